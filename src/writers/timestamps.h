// The time mapping from sample positions to the times written in tags,
// chapters and transcripts. Every output derives its times from the same
// whole milliseconds, so they agree to the millisecond.
#pragma once

#include <cstdint>
#include <string>

namespace narra {

// `samples` at `sample_rate` Hz as whole milliseconds, rounded to the nearest.
std::int64_t samples_to_ms(std::int64_t samples, int sample_rate);

// "HH:MM:SS.mmm" (hours at least two digits) with `fraction_separator`
// before the milliseconds: '.' for WebVTT and Vorbis chapters, ',' for SRT.
// The seconds are truncated, never rounded: 8869 ms is 00:00:08.869.
std::string format_timestamp(std::int64_t ms, char fraction_separator = '.');

}  // namespace narra
