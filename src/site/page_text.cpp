#include "site/page_text.h"

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "feed/feed_date.h"

namespace narra {
namespace {

// The page's own wording: month names as an Italian reader sees them in a date.
constexpr std::array<const char*, 12> kMonths{"gennaio",   "febbraio", "marzo",    "aprile",
                                              "maggio",    "giugno",   "luglio",   "agosto",
                                              "settembre", "ottobre",  "novembre", "dicembre"};

}  // namespace

std::string seconds_text(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", seconds);
  return buffer;
}

std::string duration_text(const std::string& duration) {
  if (duration.empty()) return {};
  if (duration.find(':') != std::string::npos) return duration;
  return clock_time(std::atof(duration.c_str()));
}

PageDate page_date(const std::string& rfc2822) {
  using namespace std::chrono;
  const auto time = parse_rfc2822(rfc2822);
  if (!time) return {};
  const sys_days day_point = floor<days>(*time);
  const year_month_day date{day_point};
  const hh_mm_ss clock{*time - day_point};
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()));
  return {iso, std::to_string(static_cast<unsigned>(date.day())) + " " +
                   kMonths[static_cast<unsigned>(date.month()) - 1] + " " +
                   std::to_string(static_cast<int>(date.year()))};
}

}  // namespace narra
