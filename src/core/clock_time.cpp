#include "core/clock_time.h"

#include <cmath>
#include <cstdio>

namespace narra {

std::string clock_time(double seconds, int minute_digits) {
  const auto whole = static_cast<long>(std::floor(seconds));
  char text[32];
  if (whole >= 3600) {
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", whole / 3600, whole / 60 % 60, whole % 60);
  } else {
    std::snprintf(text, sizeof text, "%0*ld:%02ld", minute_digits, whole / 60, whole % 60);
  }
  return text;
}

}  // namespace narra
