
#include "core/utf8.h"
#include "normaliser/number_speller.h"
#include "normaliser/number_text.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// True when some word of the sentence is a cue of `kind` (e.g. "score": vince, pareggio).
bool sentence_has_cue(std::string_view text, const std::string& kind, const LanguageData& data) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_word_byte(text[pos])) {
      ++pos;
      continue;
    }
    const std::size_t end = word_end(text, pos);
    if (data.is_cue(kind, to_lower(text.substr(pos, end - pos)))) return true;
    pos = end;
  }
  return false;
}

// "un mezzo", "tre quarti", "due terzi".
std::string say_fraction(std::int64_t numerator, std::int64_t denominator) {
  std::string head = numerator == 1 ? "un" : spell_cardinal(numerator);
  std::string tail = denominator == 2 ? "mezzo" : spell_ordinal(denominator);
  if (numerator != 1) tail.back() = 'i';
  return head + " " + tail;
}

// Reads a phone number from `pos`: "+39 06 1234 5678", "06 12345678",
// "333 1234567", "0612345678". Returns the groups as written, or none.
std::vector<std::string> read_phone(std::string_view text, std::size_t pos, std::size_t& end,
                                    bool cued) {
  std::vector<std::string> groups;
  std::size_t at = pos;
  if (text[at] == '+') {
    const std::size_t code_end = digits_end(text, at + 1);
    if (code_end - at - 1 < 1 || code_end - at - 1 > 3 || code_end >= text.size() || text[code_end] != ' ') return {};
    groups.push_back(std::string(text.substr(at, code_end - at)));
    at = code_end + 1;
  }
  std::size_t digits = 0;
  std::size_t last_end = at;
  while (at < text.size() && is_digit(text[at])) {
    const std::size_t group_end = digits_end(text, at);
    if (!at_word_end(text, group_end)) break;
    groups.push_back(std::string(text.substr(at, group_end - at)));
    digits += group_end - at;
    last_end = group_end;
    if (group_end + 1 < text.size() && (text[group_end] == ' ' || text[group_end] == '-' ||
                                        text[group_end] == '.') && is_digit(text[group_end + 1])) {
      at = group_end + 1;
    } else {
      break;
    }
  }
  const std::size_t national = groups.empty() || groups.front()[0] != '+' ? 0 : 1;
  if (groups.size() <= national) return {};
  const std::string& first = groups[national];
  // Landlines start with 0, mobiles with a 3xx group, toll-free numbers with 800/803.
  const bool looks_like_phone =
      (first[0] == '0' && first.size() >= 2) ||
      ((first[0] == '3' || first[0] == '8') && first.size() == 3 && groups.size() > national + 1);
  if (digits < 6 || digits > 12 || (!looks_like_phone && !cued && national == 0)) return {};
  if (groups.size() == national + 1 && first[0] != '0' && !cued) return {};
  end = last_end;
  return groups;
}

// A group of digits as a number, keeping leading zeros: "05" → "zero cinque".
std::string say_group(std::string_view group) {
  std::size_t zeros = 0;
  while (zeros < group.size() && group[zeros] == '0') ++zeros;
  std::string out = spell_digits(group.substr(0, zeros));
  if (zeros < group.size()) {
    if (!out.empty()) out += ' ';
    out += spell_cardinal(std::atoll(std::string(group.substr(zeros)).c_str()));
  }
  return out;
}

// The prefix digit by digit (a toll-free 800 as a number), then groups of up
// to three digits as numbers, long groups split into a three and pairs:
// "06 1234567" → "zero sei, centoventitré quarantacinque sessantasette".
std::string say_phone(const std::vector<std::string>& groups) {
  std::string out;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (!out.empty()) out += ", ";
    const std::string& group = groups[i];
    if (group[0] == '+') {
      out += "più " + spell_cardinal(std::atoll(group.c_str() + 1));
      continue;
    }
    const bool prefix = i == 0 || (i == 1 && groups[0][0] == '+');
    if (prefix && group[0] != '8') {
      out += spell_digits(group);
      continue;
    }
    if (group.size() <= 3) {
      out += say_group(group);
      continue;
    }
    const std::size_t head = group.size() % 2 == 1 ? 3 : 2;
    out += say_group(std::string_view(group).substr(0, head));
    for (std::size_t j = head; j < group.size(); j += 2) {
      out += ' ' + say_group(std::string_view(group).substr(j, 2));
    }
  }
  return out;
}

// "Italia-Francia 3-2": two capitalised names joined by a hyphen just before the numbers.
bool teams_before(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t start = end;
  while (start > 0 && text[start - 1] != ' ') --start;
  const std::string_view token = text.substr(start, end - start);
  const auto hyphen = token.find('-');
  return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < token.size() &&
         is_ascii_upper(token[0]) && is_ascii_upper(token[hyphen + 1]);
}

}  // namespace

std::string expand_number_groups(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  bool score_checked = false;
  bool score = false;
  while (pos < text.size()) {
    const bool plus = text[pos] == '+' && pos + 1 < text.size() && is_digit(text[pos + 1]);
    if ((!is_digit(text[pos]) && !plus) || !at_word_start(text, pos) ||
        (pos > 0 && (text[pos - 1] == '.' || text[pos - 1] == ',' || text[pos - 1] == '-'))) {
      out += text[pos++];
      continue;
    }
    std::size_t phone_end = 0;
    const auto phone = read_phone(text, pos, phone_end, data.is_cue("phone", word_before(text, pos)));
    if (!phone.empty()) {
      out += say_phone(phone);
      pos = phone_end;
      continue;
    }
    if (plus) {
      out += text[pos++];
      continue;
    }
    const auto first = read_number(text, pos);
    const std::size_t joint = first->end;
    const bool dash = joint + 1 < text.size() && text[joint] == '-' && is_digit(text[joint + 1]);
    const bool slash = joint + 1 < text.size() && text[joint] == '/' && is_digit(text[joint + 1]);
    if ((dash || slash) && !first->has_fraction() && first->integer_digits.size() <= 4) {
      const auto second = read_number(text, joint + 1);
      const bool clean_end = at_word_end(text, second->end) &&
                             (second->end >= text.size() || (text[second->end] != '-' && text[second->end] != '/'));
      if (clean_end && !second->has_fraction() && second->integer_digits.size() <= 4) {
        const std::int64_t a = *first->integer();
        const std::int64_t b = *second->integer();
        if (dash) {
          if (!score_checked) {
            score = sentence_has_cue(text, "score", data);
            score_checked = true;
          }
          if (score || teams_before(text, pos)) {
            out += spell_cardinal(a) + " a " + spell_cardinal(b);
          } else if (data.is_cue("between", word_before(text, pos))) {
            out += spell_cardinal(a) + " e " + spell_cardinal(b);  // "tra 5-6 anni"
          } else {
            out += "da " + spell_cardinal(a) + " a " + spell_cardinal(b);
          }
          pos = second->end;
          continue;
        }
        if (second->integer_digits.size() == 4 && b >= 1800 && b <= 2100) {
          out += spell_cardinal(a) + " del " + spell_cardinal(b);  // "legge 104/1992"
        } else if (b >= 2 && b <= 10 && a >= 1 && a < b) {
          out += say_fraction(a, b);
        } else {
          out += spell_cardinal(a) + " su " + spell_cardinal(b);
        }
        pos = second->end;
        continue;
      }
    }
    out.append(text.substr(pos, first->end - pos));
    pos = first->end;
  }
  return out;
}

}  // namespace narra
