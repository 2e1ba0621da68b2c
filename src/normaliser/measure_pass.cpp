#include "core/utf8.h"
#include "normaliser/number_text.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// The unit written at `pos` ("km", "km/h", "°C", "%", "m²"), longest first;
// `end` is set past it. Trailing sentence punctuation is not part of a unit.
const Unit* unit_at(std::string_view text, std::size_t pos, std::size_t& end, const LanguageData& data) {
  std::size_t stop = pos;
  while (stop < text.size() && text[stop] != ' ' && text[stop] != ',' && text[stop] != ';' &&
         text[stop] != ')' && text[stop] != ':' && text[stop] != '"') {
    ++stop;
  }
  for (std::size_t length = stop - pos; length > 0; --length) {
    const std::size_t candidate_end = pos + length;
    // Never cut a word or a UTF-8 character in two.
    if (candidate_end < text.size() && is_word_byte(text[candidate_end]) &&
        is_word_byte(text[candidate_end - 1])) {
      continue;
    }
    if (candidate_end < text.size() && (static_cast<unsigned char>(text[candidate_end]) & 0xC0) == 0x80)
      continue;
    // "l'ha": a letter before an apostrophe is an elided word, not a unit.
    if (candidate_end < text.size() &&
        (text[candidate_end] == '\'' || starts_with_at(text, candidate_end, "’"))) {
      continue;
    }
    const std::string written(text.substr(pos, length));
    auto found = data.units.find(written);
    // "Km" finds "km"; a single capital ("5G") is not a unit written in capitals.
    if (found == data.units.end() && is_ascii_letter(written[0]) && length > 1) {
      found = data.units.find(to_lower(written));
    }
    if (found != data.units.end()) {
      end = candidate_end;
      return &found->second;
    }
  }
  return nullptr;
}

std::string say_measure(const WrittenNumber& number, const Unit& unit, const NumberWords& words) {
  const std::string count =
      unit.plain_number ? say_number(number, words) : say_count(number, unit.feminine, words);
  return count + " " + (is_one(number) ? unit.singular : unit.plural);
}

// Sign written straight before the number at `pos`, as said with a space
// after it ("meno "), or "".
std::string sign_before(std::string_view text, std::size_t pos, std::size_t& sign_length,
                        const LanguageData& data) {
  sign_length = 0;
  if (pos >= 3 && starts_with_at(text, pos - 3, "−") && (pos == 3 || text[pos - 4] == ' ')) {
    sign_length = 3;
    return data.phrase("sign_minus") + ' ';
  }
  if (pos >= 1 && (text[pos - 1] == '-' || text[pos - 1] == '+') &&
      (pos == 1 || text[pos - 2] == ' ' || text[pos - 2] == '(')) {
    sign_length = 1;
    return data.phrase(text[pos - 1] == '-' ? "sign_minus" : "sign_plus") + ' ';
  }
  return {};
}

// The unit written after a slash, "euro/mq", "centesimi/litro": its end, or npos.
const Unit* unit_after_slash(std::string_view text, std::size_t slash, std::size_t& end,
                             const LanguageData& data) {
  if (slash + 1 >= text.size() || text[slash] != '/' || !is_ascii_letter(text[slash + 1])) return nullptr;
  std::size_t unit_end = 0;
  const Unit* unit = unit_at(text, slash + 1, unit_end, data);
  if (unit == nullptr || !at_word_end(text, unit_end)) return nullptr;
  end = unit_end;
  return unit;
}

// A fraction before a unit, "1/2 litro" → "mezzo litro", "3/4 kg" → "tre quarti
// di chilo"; any other pair over a slash is left whole to the number groups.
// Returns where what was written ends.
std::size_t say_fraction_of(std::string_view text, std::size_t pos, const WrittenNumber& over,
                            const WrittenNumber& under, std::string& out, const LanguageData& data) {
  const auto a = over.integer();
  const auto b = under.integer();
  std::size_t unit_end = 0;
  const Unit* unit =
      a && b && *a >= 1 && *a < *b ? unit_at(text, skip_spaces(text, under.end), unit_end, data) : nullptr;
  if (unit == nullptr || unit->plain_number || !at_word_end(text, unit_end)) {
    out.append(text.substr(pos, under.end - pos));
    return under.end;
  }
  if (*a == 1 && *b == 2) {
    out += data.phrase(unit->feminine ? "unit_half_f" : "unit_half_m", {{"unit", unit->singular}});
  } else {
    out +=
        data.phrase("fraction_of", {{"fraction", data.numbers->fraction(*a, *b)}, {"unit", unit->singular}});
  }
  return unit_end;
}

// "/mq" after a unit at `pos`: " per metro quadrato", and `pos` moves past it.
void append_per_unit(std::string_view text, std::size_t& pos, std::string& out, const LanguageData& data) {
  std::size_t per_end = 0;
  if (const Unit* per = unit_after_slash(text, pos, per_end, data)) {
    out += " " + data.phrase("per_unit", {{"unit", per->singular}});
    pos = per_end;
  }
}

// A word at `pos`: a road marker ("al km 41" → "al chilometro 41"), a price per
// unit ("euro/mq" → "euro per metro quadrato"), a unit counted without a number
// ("miliardi di km" → "miliardi di chilometri"), or an ordinary word.
void expand_unit_word(std::string_view text, std::size_t& pos, std::string& out, const LanguageData& data) {
  const std::size_t end = word_end(text, pos);
  const std::string word = to_lower(text.substr(pos, end - pos));
  auto unit = data.units.find(std::string(text.substr(pos, end - pos)));
  if (unit == data.units.end()) unit = data.units.find(word);
  if (unit != data.units.end() && data.is_cue("marker-unit", word) && end + 1 < text.size() &&
      text[end] == ' ' && is_digit(text[end + 1])) {
    out += unit->second.singular;
    pos = end;
    return;
  }
  const bool counted = data.is_cue("unit-counter", word_before(text, pos));
  std::size_t compound_end = 0;
  const Unit* compound = unit_at(text, pos, compound_end, data);
  if (compound != nullptr && compound_end > end) {  // "km/h" is one unit: "in km/h" → "in chilometri orari"
    out += counted ? compound->plural : compound->singular;
    pos = compound_end;
    return;
  }
  if (unit != data.units.end() && data.is_cue("counted-unit", word) && counted) {
    out += unit->second.plural;
    pos = end;
    return;
  }
  out.append(text.substr(pos, end - pos));
  pos = end;
  append_per_unit(text, pos, out, data);
}

}  // namespace

std::string expand_measures(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (is_ascii_letter(text[pos]) && at_word_start(text, pos)) {
      expand_unit_word(text, pos, out, data);
      continue;
    }
    if (!is_digit(text[pos]) ||
        (pos > 0 && (is_word_byte(text[pos - 1]) || text[pos - 1] == '.' || text[pos - 1] == ','))) {
      out += text[pos++];
      continue;
    }
    const auto number = read_number(text, pos);
    // "10-15%", "3-4 km", "2/3 metri", "90/100km/h": a range before the unit
    // (but "1/2 litro", "1/3 km", "3/4 kg": ones, halves and quarters over a slash are fractions).
    std::optional<WrittenNumber> upper;
    std::size_t unit_start = number->end;
    if (unit_start + 1 < text.size() && (text[unit_start] == '-' || text[unit_start] == '/') &&
        is_digit(text[unit_start + 1])) {
      upper = read_number(text, unit_start + 1);
      const auto a = number->integer();
      const auto b = upper->integer();
      const bool fraction =
          text[unit_start] == '/' && (!a || !b || *a == 1 || *a >= *b || *b == 2 || *b == 4);
      if (fraction) {
        pos = say_fraction_of(text, pos, *number, *upper, out, data);
        continue;
      }
      unit_start = upper->end;
    }
    const std::size_t after = skip_spaces(text, unit_start);
    std::size_t unit_end = 0;
    const Unit* unit = unit_at(text, after, unit_end, data);
    if (unit == nullptr) {
      out.append(text.substr(pos, number->end - pos));
      pos = number->end;
      continue;
    }
    std::size_t sign_length = 0;
    const std::string sign = sign_before(text, pos, sign_length, data);
    out.erase(out.size() - sign_length);
    if (upper) {
      const std::string before = word_before(text, pos);
      // "di 4-5 km" → "di quattro o cinque chilometri": no "da … a" after a preposition.
      const bool after_preposition =
          data.is_cue("pair-preposition", before) || data.is_cue("pair-article", before);
      out += data.phrase(after_preposition ? "pair_or" : "range",
                         {{"from", sign + say_number(*number, *data.numbers)},
                          {"to", say_measure(*upper, *unit, *data.numbers)}});
    } else {
      out += sign + say_measure(*number, *unit, *data.numbers);
    }
    pos = unit_end;
    append_per_unit(text, pos, out, data);  // "1,5 g/l" → "grammi per litro"
    if (pos < text.size() && is_word_byte(text[pos])) out += ' ';
  }
  return out;
}

}  // namespace narra
