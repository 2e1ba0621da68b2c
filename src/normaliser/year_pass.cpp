#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// Four digits standing alone (a dash or bracket may touch them).
bool is_year_at(std::string_view text, std::size_t pos) {
  return pos + 4 <= text.size() && at_word_start(text, pos) && digits_end(text, pos) == pos + 4 &&
         (pos + 4 == text.size() || !is_ascii_letter(text[pos + 4]));
}

int number_at(std::string_view text, std::size_t pos, std::size_t length) {
  return std::atoi(std::string(text.substr(pos, length)).c_str());
}

// Length of a dash between the two years of a span, or 0.
std::size_t dash_at(std::string_view text, std::size_t pos) {
  if (starts_with_at(text, pos, "-")) return 1;
  if (starts_with_at(text, pos, "–") || starts_with_at(text, pos, "—")) return 3;
  return 0;
}

}  // namespace

std::string expand_years(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // "'68", "anni '80", "il '900": an apostrophe standing for the century.
    if ((text[pos] == '\'' || starts_with_at(text, pos, "’")) &&
        (pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '(')) {
      const std::size_t start = pos + (text[pos] == '\'' ? 1 : 3);
      const std::size_t end = digits_end(text, start);
      if ((end - start == 2 || end - start == 3) && at_word_end(text, end)) {
        out += data.numbers->cardinal(number_at(text, start, end - start));
        pos = end;
        continue;
      }
    }
    if (!is_year_at(text, pos)) {
      out += text[pos++];
      continue;
    }
    const int from = number_at(text, pos, 4);
    const std::size_t dash = dash_at(text, pos + 4);
    const std::size_t second = pos + 4 + dash;
    const std::size_t second_end = digits_end(text, second);
    const std::size_t second_digits = second_end - second;
    // "1950-1953", "1950-53": a span of years, said "dal … al …".
    if (dash > 0 && (second_digits == 4 || second_digits == 2) && at_word_end(text, second_end)) {
      int to = number_at(text, second, second_digits);
      if (second_digits == 2) to += from / 100 * 100;
      // "matricola 4521-77" is a code, "1000-1200 metri" a range of heights, not a span of years.
      const std::string after = to_lower(word_after(text, second_end));
      const bool measured = data.units.contains(after) || data.is_cue("counted-after", after);
      if (from < to && from >= 1000 && to <= 2100 && !measured &&
          !data.is_cue("serial", word_before(text, pos))) {
        const bool introduced = data.is_cue("span", word_before(text, pos));
        out += introduced ? data.numbers->cardinal(from) + " " + data.numbers->cardinal(to)
                          : data.phrase("span", {{"from", data.numbers->cardinal(from)},
                                                 {"to", data.numbers->cardinal(to)}});
        pos = second_end;
        continue;
      }
    }
    // "2023/24", "2023/2024": a season.
    if (pos + 4 < text.size() && text[pos + 4] == '/' && (second_digits == 0)) {
      const std::size_t season = pos + 5;
      const std::size_t season_end = digits_end(text, season);
      const std::size_t season_digits = season_end - season;
      if ((season_digits == 2 || season_digits == 4) && at_word_end(text, season_end)) {
        const int to = number_at(text, season, season_digits);
        if (to % 100 == (from + 1) % 100) {
          out += data.numbers->cardinal(from) + " " + data.numbers->cardinal(to);
          pos = season_end;
          continue;
        }
      }
    }
    out.append(text.substr(pos, 4));
    pos += 4;
  }
  return out;
}

}  // namespace narra
