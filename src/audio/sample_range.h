// A stretch of an audio stream, in samples at the stream's own rate.
#pragma once

#include <cstdint>

namespace narra {

struct SampleRange {
  std::int64_t first = 0;  // the first sample
  std::int64_t count = 0;  // samples in the stretch

  std::int64_t end() const { return first + count; }
};

}  // namespace narra
