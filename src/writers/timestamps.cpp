#include "writers/timestamps.h"

#include <cstdio>

namespace narra {

std::int64_t samples_to_ms(std::int64_t samples, int sample_rate) {
  return (samples * 1000 + sample_rate / 2) / sample_rate;
}

std::string format_timestamp(std::int64_t ms, char fraction_separator) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld%c%03lld", static_cast<long long>(ms / 3600000),
                static_cast<long long>(ms / 60000 % 60), static_cast<long long>(ms / 1000 % 60),
                fraction_separator, static_cast<long long>(ms % 1000));
  return buffer;
}

}  // namespace narra
