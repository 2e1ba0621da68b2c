#include <optional>

#include "core/utf8.h"
#include "normaliser/number_text.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

int roman_digit(char c) {
  switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
  }
}

// The value of a Roman numeral in its canonical form ("XXI" → 21), 0 when the
// letters are not one ("IIII", "VX", "IC").
int roman_value(std::string_view letters) {
  int value = 0;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const int digit = roman_digit(letters[i]);
    if (digit == 0) return 0;
    const int next = i + 1 < letters.size() ? roman_digit(letters[i + 1]) : 0;
    value += digit < next ? -digit : digit;
  }
  if (value <= 0 || value >= 4000) return 0;
  // Canonical check: write the value back and compare.
  static constexpr std::pair<int, std::string_view> kParts[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string canonical;
  int rest = value;
  for (const auto& [size, text] : kParts) {
    while (rest >= size) {
      canonical += text;
      rest -= size;
    }
  }
  return canonical == letters ? value : 0;
}

// True when the word ending before `pos` is a name: a capitalised word. For
// "I", which is also an article ("Poi I ragazzi"), the name must not be the
// first word of the sentence unless no lower-case word follows.
bool name_before(std::string_view text, std::size_t pos, int value, std::string& name) {
  std::size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == pos) return false;
  std::size_t start = end;
  while (start > 0 && is_word_byte(text[start - 1])) --start;
  if (start == end || !is_ascii_upper(text[start])) return false;
  name = std::string(text.substr(start, end - start));
  // Every letter upper-case: an acronym, not a name.
  bool all_upper = true;
  for (char c : name) all_upper = all_upper && is_ascii_upper(c);
  if (all_upper && name.size() > 1) return false;
  if (value != 1) return true;
  const std::string_view next = word_after(text, pos + 1);
  if (next.empty() || !is_ascii_letter(next[0]) || is_ascii_upper(next[0])) return true;
  std::size_t before = start;
  while (before > 0 && text[before - 1] == ' ') --before;
  return before > 0 && text[before - 1] != '.' && text[before - 1] != '!' && text[before - 1] != '?';
}

// The gender of a noun listed under `kind` (masculine) or `kind`-f (feminine)
// in cues.tsv; nullopt when it is in neither list.
std::optional<Gender> listed_gender(const std::string& kind, const std::string& word,
                                    const LanguageData& data) {
  if (data.is_cue(kind + "-f", word)) return Gender::feminine;
  if (data.is_cue(kind, word)) return Gender::masculine;
  return std::nullopt;
}

bool feminine_name(const std::string& name, const LanguageData& data) {
  return !name.empty() && name.back() == 'a' && !data.is_cue("masculine-name", to_lower(name));
}

bool degree_mark_at(std::string_view text, std::size_t pos) {
  return starts_with_at(text, pos, "°") || starts_with_at(text, pos, "º");
}

// True when "N°" is an ordinal ("il 2° posto", "1° Tronco") rather than
// degrees ("massime di 13°", "18° le massime", "4-5°", "2,6°").
bool ordinal_degree_mark(std::string_view text, std::size_t pos, std::size_t mark_end,
                         const LanguageData& data) {
  const std::string before = word_before(text, pos);
  if (data.is_cue("degrees", before)) return false;
  if (data.is_cue("ordinal-article", before)) return true;
  const std::string_view next = word_after(text, mark_end);
  return next.empty() || !data.is_cue("degrees-after", to_lower(next));
}

// A coordinate, "45°28′N", "9°11'30\"E" → "quarantacinque gradi, ventotto primi nord".
bool expand_coordinate(std::string_view text, std::size_t& pos, std::string& out, const LanguageData& data) {
  const std::size_t degrees_end = digits_end(text, pos);
  if (degrees_end - pos > 3 || !degree_mark_at(text, degrees_end)) return false;
  std::size_t at = degrees_end + 2;
  const std::size_t minutes_end = digits_end(text, at);
  const std::size_t prime = starts_with_at(text, minutes_end, "′")   ? 3
                            : starts_with_at(text, minutes_end, "'") ? 1
                                                                     : 0;
  if (minutes_end == at || minutes_end - at > 2 || prime == 0) return false;
  std::string spoken =
      data.phrase("degrees", {{"count", data.numbers->cardinal(std::atoi(
                                            std::string(text.substr(pos, degrees_end - pos)).c_str()))}}) +
      ", " +
      data.phrase("arc_minutes", {{"count", data.numbers->cardinal(std::atoi(
                                                std::string(text.substr(at, minutes_end - at)).c_str()))}});
  at = minutes_end + prime;
  const std::size_t seconds_end = digits_end(text, at);
  const std::size_t double_prime = starts_with_at(text, seconds_end, "″")    ? 3
                                   : starts_with_at(text, seconds_end, "\"") ? 1
                                                                             : 0;
  if (seconds_end > at && seconds_end - at <= 2 && double_prime > 0) {
    spoken += ", " + data.phrase("arc_seconds",
                                 {{"count", data.numbers->cardinal(std::atoi(
                                                std::string(text.substr(at, seconds_end - at)).c_str()))}});
    at = seconds_end + double_prime;
  }
  if (at < text.size() && is_ascii_upper(text[at]) && at_word_end(text, at + 1)) {
    const std::string direction = data.phrase("compass_" + std::string(1, text[at]));
    if (!direction.empty()) {
      spoken += " " + direction;
      ++at;
    }
  }
  if (!at_word_end(text, at)) return false;
  if (at + 1 < text.size() && text[at] == ' ' && is_digit(text[at + 1])) spoken += ',';  // "45°28′N 9°11′E"
  out += spoken;
  pos = at;
  return true;
}

// Reads the number at `pos` with what follows it: "2°" → "secondo", "2ª" →
// "seconda", "13°" → "tredici gradi", "4-5°" → "da quattro a cinque gradi".
// Appends the reading (or the digits) to `out` and moves `pos` past them.
void expand_marked_number(std::string_view text, std::size_t& pos, std::string& out,
                          const LanguageData& data) {
  const auto number = read_number(text, pos);
  std::optional<WrittenNumber> upper;
  std::size_t mark = number->end;
  if (mark + 1 < text.size() && text[mark] == '-' && is_digit(text[mark + 1])) {
    upper = read_number(text, mark + 1);
    mark = upper->end;
  }
  const bool degree_mark = degree_mark_at(text, mark);
  const bool feminine = starts_with_at(text, mark, "ª");
  const std::size_t after = mark + 2;
  const bool plain = !number->has_fraction() && !upper && number->integer_digits.size() <= 18;
  if (degree_mark && !(plain && ordinal_degree_mark(text, pos, after, data))) {
    const WrittenNumber& last = upper ? *upper : *number;
    std::string sign;
    if (!out.empty() && out.back() == '-' && (out.size() == 1 || out[out.size() - 2] == ' ')) {
      out.pop_back();
      sign = data.phrase("sign_minus") + ' ';
    }
    const std::string before = word_before(text, pos);
    const bool after_preposition =
        data.is_cue("pair-preposition", before) || data.is_cue("pair-article", before);
    const std::string degrees =
        data.phrase(is_one(last) ? "degree" : "degrees", {{"count", say_count(last, false, *data.numbers)}});
    out += upper ? data.phrase(after_preposition ? "pair_or" : "range",
                               {{"from", sign + say_number(*number, *data.numbers)}, {"to", degrees}})
                 : sign + degrees;
    pos = after;
  } else if ((degree_mark || feminine) && plain) {
    const bool article = data.is_cue("feminine-article", word_before(text, pos));
    out +=
        data.numbers->ordinal(*number->integer(), feminine || article ? Gender::feminine : Gender::masculine);
    pos = after;
  } else {
    const std::size_t digits = digits_end(text, pos);
    out.append(text.substr(pos, digits - pos));
    pos = digits;
    return;
  }
  if (pos < text.size() && is_word_byte(text[pos])) out += ' ';
}

}  // namespace

std::string expand_ordinals(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // "1°", "2ª", "3º": a number with an ordinal mark, or degrees.
    if (is_digit(text[pos]) && at_word_start(text, pos)) {
      if (!expand_coordinate(text, pos, out, data)) expand_marked_number(text, pos, out, data);
      continue;
    }
    // Roman numerals: "XXI secolo", "Carlo III", "Elisabetta II".
    if (roman_digit(text[pos]) != 0 && at_word_start(text, pos)) {
      const std::size_t end = word_end(text, pos);
      const std::string_view letters = text.substr(pos, end - pos);
      const int value = roman_value(letters);
      const std::string next = to_lower(word_after(text, end));
      std::string name;
      // A day written in Roman numerals, as in street names: "piazza IV Novembre", "via XX Settembre".
      if (value > 0 && value <= 31 && data.months.contains(next)) {
        out += value == 1 ? data.numbers->ordinal(1, Gender::masculine) : data.numbers->cardinal(value);
        pos = end;
        continue;
      }
      // "XXI secolo" (a noun after), "comma II", "la tabella III" (a noun that numbers its parts).
      const std::string before = word_before(text, pos);
      std::optional<Gender> gender;
      if (value > 0 && value <= 100) {
        gender = listed_gender("ordinal-noun", next, data);
        if (!gender) gender = listed_gender("roman-noun", before, data);
      }
      if (gender) {
        out += data.numbers->ordinal(value, *gender);
        pos = end;
        continue;
      }
      // "nel IV e nel V": a numeral alone after an article; I and X are too often words or names.
      const std::string_view following = word_after(text, end);
      const bool name_follows = !following.empty() && is_ascii_upper(following[0]);
      if (value > 1 && value != 10 && value < 40 && !name_follows && data.is_cue("ordinal-article", before)) {
        out += data.numbers->ordinal(
            value, data.is_cue("feminine-article", before) ? Gender::feminine : Gender::masculine);
        pos = end;
        continue;
      }
      if (value > 0 && value <= 40 && name_before(text, pos, value, name)) {
        out += data.numbers->ordinal(value, feminine_name(name, data) ? Gender::feminine : Gender::masculine);
        pos = end;
        continue;
      }
      out.append(letters);
      pos = end;
      continue;
    }
    out += text[pos++];
  }
  return out;
}

}  // namespace narra
