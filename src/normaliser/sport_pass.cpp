#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/score_context.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

constexpr std::string_view kPrime = "′";
constexpr std::string_view kDoublePrime = "″";

// Length of a minute mark at `pos` ("'" or "′"), 0 when there is none.
std::size_t minute_mark_at(std::string_view text, std::size_t pos) {
  if (starts_with_at(text, pos, "''")) return 0;
  if (pos < text.size() && text[pos] == '\'') return 1;
  if (starts_with_at(text, pos, kPrime) && !starts_with_at(text, pos + kPrime.size(), kPrime)) {
    return kPrime.size();
  }
  return 0;
}

// Length of a second mark at `pos` ("''", "″", "\"", "′′"), 0 when there is none.
std::size_t second_mark_at(std::string_view text, std::size_t pos) {
  if (starts_with_at(text, pos, "''")) return 2;
  if (starts_with_at(text, pos, kDoublePrime)) return kDoublePrime.size();
  if (starts_with_at(text, pos, "\"")) return 1;
  if (starts_with_at(text, pos, "′′")) return 2 * kPrime.size();
  return 0;
}

int number_at(std::string_view text, std::size_t pos, std::size_t end) {
  return std::atoi(std::string(text.substr(pos, end - pos)).c_str());
}

// "un minuto" or "sedici minuti": the phrases `unit` (one) and `unit`s (more).
std::string count_of(int value, const std::string& unit, const LanguageData& data) {
  return value == 1 ? data.phrase(unit) : data.phrase(unit + "s", {{"count", data.numbers->cardinal(value)}});
}

// "un minuto, sedici secondi e settantaquattro centesimi": tenths, hundredths
// or thousandths (phrases fraction_1..3) after the number of digits written.
std::string say_lap(int minutes, int seconds, std::string_view fraction, const LanguageData& data) {
  std::string out;
  if (minutes > 0) out = count_of(minutes, "duration_minute", data) + ", ";
  out += count_of(seconds, "duration_second", data);
  if (!fraction.empty()) {
    const std::string part =
        data.phrase("fraction_" + std::to_string(fraction.size()),
                    {{"count", data.numbers->cardinal(std::atoi(std::string(fraction).c_str()))}});
    out = data.phrase("duration_and", {{"first", out}, {"second", part}});
  }
  return out;
}

// A race or lap time: "1:18.345", "1'16''74", "1′16″7", "16″74". Sets `end`.
bool read_lap(std::string_view text, std::size_t pos, std::size_t& end, std::string& spoken,
              const LanguageData& data) {
  const std::size_t first_end = digits_end(text, pos);
  int minutes = 0;
  std::size_t seconds_start = pos;
  const std::size_t minute_mark = minute_mark_at(text, first_end);
  const bool colon = first_end < text.size() && text[first_end] == ':';
  if (colon || minute_mark > 0) {
    seconds_start = first_end + (colon ? 1 : minute_mark);
    minutes = number_at(text, pos, first_end);
  }
  const std::size_t seconds_end = digits_end(text, seconds_start);
  if (seconds_end == seconds_start || seconds_end - seconds_start > 2) return false;
  if (seconds_start != pos && seconds_end - seconds_start != 2) return false;
  std::size_t fraction_start = 0;
  if (colon) {
    if (seconds_end >= text.size() || text[seconds_end] != '.') return false;
    fraction_start = seconds_end + 1;
  } else {
    const std::size_t mark = second_mark_at(text, seconds_end);
    if (mark == 0) return false;
    fraction_start = seconds_end + mark;
  }
  const std::size_t fraction_end = digits_end(text, fraction_start);
  if (fraction_end - fraction_start > 3 || (colon && fraction_end == fraction_start)) return false;
  if (!at_word_end(text, fraction_end)) return false;
  const int seconds = number_at(text, seconds_start, seconds_end);
  if (minutes > 59 || seconds > 59 || (seconds_start == pos && fraction_end == fraction_start)) return false;
  spoken = say_lap(minutes, seconds, text.substr(fraction_start, fraction_end - fraction_start), data);
  end = fraction_end;
  return true;
}

// Seconds written after the minutes of a duration ("30\"" in "2h05'30\""): their
// number, with `end` past the mark; -1 when there are none.
int seconds_after(std::string_view text, std::size_t pos, std::size_t& end) {
  const std::size_t seconds_end = digits_end(text, pos);
  const std::size_t mark = seconds_end - pos == 2 ? second_mark_at(text, seconds_end) : 0;
  if (mark == 0 || !at_word_end(text, seconds_end + mark)) return -1;
  const int seconds = number_at(text, pos, seconds_end);
  if (seconds > 59) return -1;
  end = seconds_end + mark;
  return seconds;
}

// A duration in hours and minutes: "1h27'", "2h05′", "2h05'30\"". Sets `end`.
bool read_duration(std::string_view text, std::size_t pos, std::size_t& end, std::string& spoken,
                   const LanguageData& data) {
  const std::size_t hours_end = digits_end(text, pos);
  if (hours_end >= text.size() || text[hours_end] != 'h' || hours_end - pos > 2) return false;
  const std::size_t minutes_end = digits_end(text, hours_end + 1);
  const std::size_t mark = minute_mark_at(text, minutes_end);
  if (minutes_end == hours_end + 1 || minutes_end - hours_end - 1 > 2 || mark == 0) return false;
  std::size_t seconds_end = minutes_end + mark;
  const int seconds = seconds_after(text, seconds_end, seconds_end);
  if (seconds < 0 && !at_word_end(text, minutes_end + mark)) return false;
  const int hours = number_at(text, pos, hours_end);
  const int minutes = number_at(text, hours_end + 1, minutes_end);
  if (minutes > 59) return false;
  spoken = count_of(hours, "duration_hour", data);
  if (seconds >= 0) {  // "due ore, cinque minuti e trenta secondi"
    spoken += ", " + data.phrase("duration_and", {{"first", count_of(minutes, "duration_minute", data)},
                                                  {"second", count_of(seconds, "duration_second", data)}});
  } else if (minutes > 0) {
    spoken = data.phrase("duration_and",
                         {{"first", spoken}, {"second", count_of(minutes, "duration_minute", data)}});
  }
  end = seconds_end;
  return true;
}

// The half a minute belongs to, written after it: " st" → " del secondo tempo".
std::string period_after(std::string_view text, std::size_t pos, std::size_t& end, const LanguageData& data) {
  const std::size_t start = skip_spaces(text, pos);
  if (start == pos) return {};
  std::size_t stop = start;
  while (stop < text.size() && (is_ascii_letter(text[stop]) || text[stop] == '.')) ++stop;
  std::string written = to_lower(text.substr(start, stop - start));
  const auto half = [&] {
    if (data.is_cue("first-half", written)) return data.phrase("first_half");
    if (data.is_cue("second-half", written)) return data.phrase("second_half");
    return std::string();
  };
  std::string spoken = half();
  if (spoken.empty() && !written.empty() && written.back() == '.') {  // "st." ending the sentence
    written.pop_back();
    --stop;
    spoken = half();
  }
  if (spoken.empty() || !at_word_end(text, stop)) return {};
  end = stop;
  return " " + spoken;
}

// A match minute: "al 38'", "45'+3", "90+4'", "(24' st)", or a length of
// time after a word such as "dopo" or `listed` after one ("durata: 24', 28'"),
// which sets `length`. Sets `end`.
bool read_minute(std::string_view text, std::size_t pos, bool listed, std::size_t& end, std::string& spoken,
                 bool& length, const LanguageData& data) {
  const std::size_t first_end = digits_end(text, pos);
  std::size_t at = first_end;
  int added = -1;
  const auto added_at = [&](std::size_t plus) {
    if (plus + 1 >= text.size() || text[plus] != '+' || !is_digit(text[plus + 1])) return false;
    const std::size_t added_end = digits_end(text, plus + 1);
    if (added_end - plus - 1 > 2) return false;
    added = number_at(text, plus + 1, added_end);
    at = added_end;
    return true;
  };
  added_at(at);
  const std::size_t mark = minute_mark_at(text, at);
  if (mark == 0 || first_end - pos > 3) return false;
  at += mark;
  if (added < 0) added_at(at);
  if (at < text.size() && (is_word_byte(text[at]) || text[at] == '\'')) return false;
  const int minute = number_at(text, pos, first_end);
  if (minute < 1 || minute > 130) return false;
  length = added < 0 && (listed || data.is_cue("minutes", word_before(text, pos)) ||
                         sentence_has_cue(text, "minutes-sentence", data));
  if (length) {
    spoken = data.phrase("minutes", {{"count", data.numbers->cardinal(minute)}});
  } else if (added < 0) {
    spoken = data.phrase("minute", {{"ordinal", data.numbers->ordinal(minute, Gender::masculine)}});
  } else {
    spoken = data.phrase("added_time", {{"ordinal", data.numbers->ordinal(minute, Gender::masculine)},
                                        {"added", data.numbers->cardinal(added)}});
  }
  end = at;
  spoken += period_after(text, end, end, data);
  return true;
}

}  // namespace

std::string expand_sport(std::string_view text, const LanguageData& data) {
  std::size_t length_end = std::string_view::npos;  // where the last length of time in minutes ended
  return rewrite_numbers(text, [&](std::size_t pos, const std::string&) -> std::optional<Reading> {
    // "2.5", "1,3", "12:30": the digits after a point, comma or colon go with the number before.
    if (pos > 0 && (text[pos - 1] == '.' || text[pos - 1] == ',' || text[pos - 1] == ':'))
      return std::nullopt;
    // "durata dei set: 24', 28' e 29'": the minutes listed after a length are lengths too.
    const std::string_view gap = length_end < pos ? text.substr(length_end, pos - length_end) : "";
    const bool listed = gap == ", " || gap == " e ";
    Reading reading;
    if (read_lap(text, pos, reading.end, reading.spoken, data) ||
        read_duration(text, pos, reading.end, reading.spoken, data)) {
      return reading;
    }
    bool length = false;
    if (read_minute(text, pos, listed, reading.end, reading.spoken, length, data)) {
      length_end = length ? reading.end : std::string_view::npos;
      return reading;
    }
    return std::nullopt;
  });
}

}  // namespace narra
