#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

int two_digits(std::string_view text, std::size_t pos) {
  return (text[pos] - '0') * 10 + (text[pos + 1] - '0');
}

bool two_digits_at(std::string_view text, std::size_t pos) {
  return pos + 1 < text.size() && is_digit(text[pos]) && is_digit(text[pos + 1]) &&
         (pos + 2 >= text.size() || !is_digit(text[pos + 2]));
}

// "sedici", "nove e un quarto", "tredici e zero due"; `cued` when a word such
// as "alle" comes before, which asks for "dodici" rather than "mezzogiorno".
std::string say_time(int hours, int minutes, int seconds, bool cued, const LanguageData& data) {
  std::string spoken;
  if (hours == 12 && minutes == 0 && !cued) {
    spoken = data.phrase("time_noon");
  } else if ((hours == 0 || hours == 24) && !cued) {
    spoken = data.phrase("time_midnight");
  } else {
    spoken = hours == 1 ? data.phrase("hour_one") : data.numbers->cardinal(hours);  // "all'una", like "l'una"
  }
  if (minutes == 15) {
    spoken = data.phrase("time_quarter", {{"hour", spoken}});
  } else if (minutes == 30) {
    spoken = data.phrase("time_half", {{"hour", spoken}});
  } else if (minutes > 0) {
    spoken = data.phrase(minutes < 10 ? "time_minutes_zero" : "time_minutes",
                         {{"hour", spoken}, {"minutes", data.numbers->cardinal(minutes)}});
  }
  if (seconds == 1) {
    spoken = data.phrase("time_second", {{"time", spoken}});
  } else if (seconds > 0) {
    spoken = data.phrase("time_seconds", {{"time", spoken}, {"seconds", data.numbers->cardinal(seconds)}});
  }
  return spoken;
}

// The time written at `pos`, a run of digits that starts a word; `cued` when
// a word such as "alle" comes before.
std::optional<Reading> read_time(std::string_view text, std::size_t pos, bool cued,
                                 const LanguageData& data) {
  const std::size_t hours_end = digits_end(text, pos);
  const std::size_t hour_digits = hours_end - pos;
  // "16:00", "9:05:30"; "9.15" and "9,15" only after a word such as "ore" or "alle".
  const bool colon = hours_end < text.size() && text[hours_end] == ':';
  const bool dot = hours_end < text.size() && (text[hours_end] == '.' || text[hours_end] == ',') && cued;
  // "dall'1 alle 3", "all'1": the hour one is "una", as in "l'una".
  const bool alone = hours_end == text.size() ||
                     std::string_view(" .,;:!?)").find(text[hours_end]) != std::string_view::npos;
  if (hour_digits == 1 && text[pos] == '1' && !colon && !dot && alone && pos > 0 && text[pos - 1] == '\'' &&
      data.is_cue("elided-hour", word_before(text, pos))) {
    return Reading{data.phrase("hour_one"), hours_end};
  }
  if (hour_digits > 2 || (!colon && !dot) || !two_digits_at(text, hours_end + 1)) return std::nullopt;
  const int hours = std::atoi(std::string(text.substr(pos, hour_digits)).c_str());
  const int minutes = two_digits(text, hours_end + 1);
  std::size_t end = hours_end + 3;
  int seconds = 0;
  if (colon && end < text.size() && text[end] == ':' && two_digits_at(text, end + 1)) {
    seconds = two_digits(text, end + 1);
    end += 3;
  }
  if (hours > 24 || minutes > 59 || seconds > 59 || (end < text.size() && is_word_byte(text[end]))) {
    return std::nullopt;
  }
  return Reading{say_time(hours, minutes, seconds, cued, data), end};
}

// Length of "8.30" at `pos` (hours, a dot, two digits of minutes), 0 when there is none.
std::size_t dotted_time_length(std::string_view text, std::size_t pos) {
  const std::size_t hours_end = digits_end(text, pos);
  if (hours_end == pos || hours_end - pos > 2 || hours_end >= text.size() || text[hours_end] != '.') return 0;
  return two_digits_at(text, hours_end + 1) ? hours_end + 3 - pos : 0;
}

// "8.30-12.30": two times with a dot joined by a dash are a span of hours
// even with no word such as "ore" before them.
bool dotted_span_at(std::string_view text, std::size_t pos) {
  const std::size_t first = dotted_time_length(text, pos);
  if (first == 0 || !starts_with_at(text, pos + first, "-")) return false;
  const std::size_t second = dotted_time_length(text, pos + first + 1);
  return second > 0 && at_word_end(text, pos + first + 1 + second);
}

// A time, or a span of two ("dalle 9.30-12.30" → "dalle nove e mezza alle dodici e mezza").
std::optional<Reading> read_times(std::string_view text, std::size_t pos, const LanguageData& data) {
  const std::string before = word_before(text, pos);
  std::optional<Reading> from =
      read_time(text, pos, data.is_cue("time", before) || dotted_span_at(text, pos), data);
  if (!from) return from;
  const std::size_t dash = starts_with_at(text, from->end, "-")   ? 1
                           : starts_with_at(text, from->end, "–") ? 3
                                                                  : 0;
  if (dash == 0 || from->end + dash >= text.size() || !is_digit(text[from->end + dash])) return from;
  const std::optional<Reading> to = read_time(text, from->end + dash, true, data);
  if (!to) return from;
  const bool introduced = data.is_cue("time-from", before);
  return Reading{data.phrase(introduced ? "time_range" : "time_range_from",
                             {{"from", from->spoken}, {"to", to->spoken}}),
                 to->end};
}

}  // namespace

std::string expand_times(std::string_view text, const LanguageData& data) {
  return rewrite_numbers(text,
                         [&](std::size_t pos, const std::string&) { return read_times(text, pos, data); });
}

}  // namespace narra
