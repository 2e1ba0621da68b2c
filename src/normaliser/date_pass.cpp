#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

bool all_capitals(std::string_view word) {
  for (char c : word) {
    if (!is_ascii_upper(c)) return false;
  }
  return word.size() >= 3;
}

// After a dateline's date comes the agency in brackets or a dash.
bool dateline_follows(std::string_view text, std::size_t pos) {
  const std::size_t next = skip_spaces(text, pos);
  return next > pos && next < text.size() &&
         (text[next] == '(' || text[next] == '-' || starts_with_at(text, next, "–") ||
          starts_with_at(text, next, "—"));
}

// Reads the month name (or abbreviation) starting at `pos`, if any.
const Month* month_at(std::string_view text, std::size_t pos, std::size_t& end, const LanguageData& data) {
  const std::size_t name_end = word_end(text, pos);
  if (name_end == pos) return nullptr;
  if (name_end < text.size() && text[name_end] == '.') {
    const auto found = data.months.find(to_lower(text.substr(pos, name_end + 1 - pos)));
    if (found != data.months.end()) {
      end = name_end + 1;
      return &found->second;
    }
  }
  const std::string name = to_lower(text.substr(pos, name_end - pos));
  auto found = data.months.find(name);
  // A dateline abbreviates without the dot: "ROMA, 12 GEN -", "Roma, 13 gen (Adnkronos)".
  if (found == data.months.end() &&
      (all_capitals(text.substr(pos, name_end - pos)) || dateline_follows(text, name_end))) {
    found = data.months.find(name + ".");
  }
  if (found == data.months.end()) return nullptr;
  end = name_end;
  return &found->second;
}

// The spoken name of month `number` (1-12), from months.tsv.
std::string month_name(int number, const LanguageData& data) {
  for (const auto& [written, month] : data.months) {
    if (month.number == number && written == month.name) return month.name;
  }
  return {};
}

// The first of a month is "primo", unless an elided article before it ("dall'1
// luglio", "l'1-3 giugno") was written for the vowel of "uno".
std::string say_day(int day, bool ordinal_mark, const LanguageData& data, bool elided = false) {
  return ((day == 1 && !elided) || ordinal_mark) ? data.numbers->ordinal(day, Gender::masculine)
                                                 : data.numbers->cardinal(day);
}

bool after_elision(std::string_view text, std::size_t pos) { return pos > 0 && text[pos - 1] == '\''; }

int number_at(std::string_view text, std::size_t pos, std::size_t length) {
  return std::atoi(std::string(text.substr(pos, length)).c_str());
}

struct NumericDate {
  int day = 0, month = 0;
  std::string year;  // digits as written
  std::size_t end = 0;
};

// "19/6/2024", "19.06.2024", "19-06-2024" (day first) or "2024-06-19" (ISO).
bool read_numeric_date(std::string_view text, std::size_t pos, NumericDate& date) {
  const std::size_t first_end = digits_end(text, pos);
  const std::size_t first = first_end - pos;
  if (first_end >= text.size()) return false;
  const char separator = text[first_end];
  if (separator != '/' && separator != '.' && separator != '-') return false;
  const std::size_t second_start = first_end + 1;
  const std::size_t second_end = digits_end(text, second_start);
  const std::size_t second = second_end - second_start;
  if (second == 0 || second > 2 || second_end >= text.size() || text[second_end] != separator) return false;
  const std::size_t third_start = second_end + 1;
  const std::size_t third_end = digits_end(text, third_start);
  const std::size_t third = third_end - third_start;
  if (!at_word_end(text, third_end)) return false;
  if (third_end < text.size() && (text[third_end] == separator || text[third_end] == ',') &&
      third_end + 1 < text.size() && is_digit(text[third_end + 1])) {
    return false;
  }
  if (first == 4 && separator == '-' && third >= 1 && third <= 2) {
    date.year = std::string(text.substr(pos, 4));
    date.month = number_at(text, second_start, second);
    date.day = number_at(text, third_start, third);
  } else if (first <= 2 && (third == 4 || third == 2)) {
    date.day = number_at(text, pos, first);
    date.month = number_at(text, second_start, second);
    date.year = std::string(text.substr(third_start, third));
  } else {
    return false;
  }
  date.end = third_end;
  return date.day >= 1 && date.day <= 31 && date.month >= 1 && date.month <= 12;
}

// "il 26-29 marzo" → "dal ventisei al ventinove marzo", "26–29 marzo" the same;
// after another article or preposition ("del 3-5 maggio") only "al" joins them.
std::optional<Reading> read_day_range(std::string_view text, std::size_t pos, std::string_view written,
                                      const LanguageData& data) {
  const std::size_t first_end = digits_end(text, pos);
  const std::size_t joint = starts_with_at(text, first_end, "-")   ? 1
                            : starts_with_at(text, first_end, "–") ? 3
                                                                   : 0;
  if (joint == 0 || first_end - pos > 2) return std::nullopt;
  const std::size_t second = first_end + joint;
  const std::size_t second_end = digits_end(text, second);
  const std::size_t month_start = skip_spaces(text, second_end);
  std::size_t month_end = 0;
  if (second_end == second || second_end - second > 2 || month_start == second_end ||
      month_at(text, month_start, month_end, data) == nullptr) {
    return std::nullopt;
  }
  const int from = number_at(text, pos, first_end - pos);
  const int to = number_at(text, second, second_end - second);
  if (from < 1 || from >= to || to > 31) return std::nullopt;
  Reading reading{{}, second_end, span_article_length(written, data)};
  if (reading.replaces > 0) {
    // "prevista per il 26-29 marzo" → "prevista dal ventisei al ventinove marzo".
    const std::string_view kept = written.substr(0, written.size() - reading.replaces);
    const std::string before = word_before(kept, kept.size());
    if (data.is_cue("span-drop", before) && kept.size() >= before.size() + 1)
      reading.replaces += before.size() + 1;
  }
  const bool joined = reading.replaces == 0 && data.is_cue("pair-article", word_before(text, pos));
  reading.spoken = data.phrase(
      joined ? "span_joined" : "span",
      {{"from", say_day(from, false, data, after_elision(text, pos))}, {"to", say_day(to, false, data)}});
  return reading;
}

// "14,15, 16 e 17 novembre": days of a month listed with a comma that lacks
// its space, which would read as a decimal comma; said "quattordici, quindici,
// sedici e diciassette novembre".
std::optional<Reading> read_day_list(std::string_view text, std::size_t pos, const LanguageData& data) {
  std::string spoken;
  bool tight = false;
  std::size_t at = pos;
  std::size_t days = 0;
  while (true) {
    const std::size_t end = digits_end(text, at);
    const int day = number_at(text, at, end - at);
    if (end == at || end - at > 2 || day < 1 || day > 31) return std::nullopt;
    spoken += say_day(day, false, data, days == 0 && after_elision(text, pos));
    ++days;
    at = end;
    if (at + 1 < text.size() && text[at] == ',' && is_digit(text[at + 1])) {
      tight = true;
      spoken += ", ";
      ++at;
    } else if (starts_with_at(text, at, ", ") && at + 2 < text.size() && is_digit(text[at + 2])) {
      spoken += ", ";
      at += 2;
    } else if (starts_with_at(text, at, " e ") && at + 3 < text.size() && is_digit(text[at + 3])) {
      spoken += " e ";
      at += 3;
    } else {
      break;
    }
  }
  const std::size_t month_start = skip_spaces(text, at);
  std::size_t month_end = 0;
  const Month* month = month_start > at ? month_at(text, month_start, month_end, data) : nullptr;
  if (!tight || days < 2 || month == nullptr) return std::nullopt;
  return Reading{spoken + " " + month->name, month_end};
}

// The date at `pos`: "19/6/2024", "2024-06-19", "26-29 marzo", "1° maggio", "19 giugno".
std::optional<Reading> read_date(std::string_view text, std::size_t pos, std::string_view written,
                                 const LanguageData& data) {
  NumericDate numeric;
  if (read_numeric_date(text, pos, numeric)) {
    const std::string name = month_name(numeric.month, data);
    if (!name.empty())
      return Reading{say_day(numeric.day, false, data) + " " + name + " " + numeric.year, numeric.end};
  }
  if (auto range = read_day_range(text, pos, written, data)) return range;
  if (auto list = read_day_list(text, pos, data)) return list;
  const std::size_t end = digits_end(text, pos);
  const std::size_t digits = end - pos;
  const int day = number_at(text, pos, digits);
  std::size_t after_day = end;
  bool ordinal_mark = false;
  if (starts_with_at(text, after_day, "°") || starts_with_at(text, after_day, "º")) {
    after_day += 2;
    ordinal_mark = true;
  }
  const std::size_t month_start = skip_spaces(text, after_day);
  std::size_t month_end = 0;
  const Month* month = (digits <= 2 && day >= 1 && day <= 31 && month_start > after_day)
                           ? month_at(text, month_start, month_end, data)
                           : nullptr;
  if (month == nullptr) return std::nullopt;
  return Reading{say_day(day, ordinal_mark, data, after_elision(text, pos)) + " " + month->name, month_end};
}

}  // namespace

std::size_t span_article_length(std::string_view written, const LanguageData& data) {
  if (written.empty() || written.back() != ' ') return 0;
  std::size_t start = written.size() - 1;
  while (start > 0 && is_word_byte(written[start - 1])) --start;
  const std::size_t length = written.size() - start;
  if (length < 2 || !data.is_cue("span-article", to_lower(written.substr(start, length - 1)))) return 0;
  return length;
}

std::string expand_dates(std::string_view text, const LanguageData& data) {
  return rewrite_numbers(
      text, [&](std::size_t pos, const std::string& written) { return read_date(text, pos, written, data); });
}

}  // namespace narra
