// Dates as feeds write them. Times are whole seconds on the system clock
// (UTC, leap seconds ignored, as Unix time does).
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace narra {

using Seconds = std::chrono::sys_seconds;

// Where "now" comes from; tests inject a fixed time.
using Clock = std::function<Seconds()>;

// RFC 2822 in UTC with English names whatever the locale:
// "Sat, 28 Nov 2026 07:30:00 +0000".
std::string format_rfc2822(Seconds time);

// Reads RFC 2822 dates as feeds in the wild write them: optional weekday
// (not checked), 2- or 4-digit year, optional seconds, and a zone given as
// ±HHMM, GMT/UT/UTC/Z or a North American abbreviation (EST...PDT); an
// unknown or missing zone is read as UTC. nullopt when it is not a date.
std::optional<Seconds> parse_rfc2822(std::string_view text);

// Reads ISO 8601 calendar dates: "2026-11-28" (midnight UTC),
// "2026-11-28T07:30", "2026-11-28T07:30:00", each optionally followed by "Z",
// "±HH:MM" or "±HHMM"; no zone means UTC; a space may replace the "T".
// nullopt when it is not such a date.
std::optional<Seconds> parse_iso8601(std::string_view text);

// A date as a user or an article writes it: ISO 8601, else RFC 2822.
// nullopt when it is neither.
std::optional<Seconds> parse_date(std::string_view text);

// The --date option of every command that takes one: nullopt when empty.
// Throws Error when it is neither an ISO 8601 nor an RFC 2822 date.
std::optional<Seconds> parse_date_option(const std::string& text);

// "2026-11-28 07:30" (UTC), the short form `feed list` shows.
std::string format_short_date(Seconds time);

}  // namespace narra
