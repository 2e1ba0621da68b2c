// How the listening pages write times, dates and lengths for an Italian reader.
#pragma once

#include <string>

#include "core/clock_time.h"

namespace narra {

// Seconds with millisecond precision, for attributes: "62.086".
std::string seconds_text(double seconds);

// itunes:duration in seconds ("226") or [hh:]mm:ss → "3:46"; "" when empty.
std::string duration_text(const std::string& duration);

// A feed date (RFC 2822) as the pages show it. Both parts are empty when the
// date cannot be read.
struct PageDate {
  std::string datetime;  // ISO 8601 in UTC for <time datetime>: "2026-11-28T08:00:00Z"
  std::string text;      // "28 novembre 2026"
};
PageDate page_date(const std::string& rfc2822);

}  // namespace narra
