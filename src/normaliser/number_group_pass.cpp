#include <optional>

#include "core/utf8.h"
#include "normaliser/number_text.h"
#include "normaliser/passes.h"
#include "normaliser/score_context.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// Reads a phone number from `pos`: "+39 06 1234 5678", "06 12345678",
// "333 1234567", "0612345678", "0541/123456". Returns the groups as written, or none.
std::vector<std::string> read_phone(std::string_view text, std::size_t pos, std::size_t& end, bool cued) {
  std::vector<std::string> groups;
  std::size_t at = pos;
  if (text[at] == '+') {
    const std::size_t code_end = digits_end(text, at + 1);
    if (code_end - at - 1 < 1 || code_end - at - 1 > 3 || code_end >= text.size() || text[code_end] != ' ')
      return {};
    groups.push_back(std::string(text.substr(at, code_end - at)));
    at = code_end + 1;
  }
  std::size_t digits = 0;
  std::size_t last_end = at;
  // "300.000", "1.250.000": groups of three after points are thousands, not a phone number.
  bool thousands = true;
  while (at < text.size() && is_digit(text[at])) {
    const std::size_t group_end = digits_end(text, at);
    if (!at_word_end(text, group_end)) break;
    groups.push_back(std::string(text.substr(at, group_end - at)));
    thousands =
        thousands && (groups.size() == 1 ? group_end - at <= 3 : group_end - at == 3 && text[at - 1] == '.');
    digits += group_end - at;
    last_end = group_end;
    if (group_end + 1 < text.size() &&
        (text[group_end] == ' ' || text[group_end] == '-' || text[group_end] == '.' ||
         (text[group_end] == '/' && groups.size() == 1 && groups[0][0] == '0')) &&  // "0541/123456"
        is_digit(text[group_end + 1])) {
      at = group_end + 1;
    } else {
      break;
    }
  }
  if (groups.empty() || (thousands && groups.size() > 1 + (groups.front()[0] == '+' ? 1 : 0) && !cued))
    return {};
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
std::string say_group(std::string_view group, const NumberWords& words) {
  std::size_t zeros = 0;
  while (zeros < group.size() && group[zeros] == '0') ++zeros;
  std::string out = words.digits(group.substr(0, zeros));
  if (zeros < group.size()) {
    if (!out.empty()) out += ' ';
    out += words.cardinal(std::atoll(std::string(group.substr(zeros)).c_str()));
  }
  return out;
}

// The prefix digit by digit (a toll-free 800 as a number), then groups of up
// to three digits as numbers, long groups split into a three and pairs:
// "06 1234567" → "zero sei, centoventitré quarantacinque sessantasette".
std::string say_phone(const std::vector<std::string>& groups, const LanguageData& data) {
  std::string out;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (!out.empty()) out += ", ";
    const std::string& group = groups[i];
    if (group[0] == '+') {
      out += data.phrase("sign_plus") + ' ' + data.numbers->cardinal(std::atoll(group.c_str() + 1));
      continue;
    }
    const bool prefix = i == 0 || (i == 1 && groups[0][0] == '+');
    if (prefix && group[0] != '8') {
      out += data.numbers->digits(group);
      continue;
    }
    if (group.size() <= 3) {
      out += say_group(group, *data.numbers);
      continue;
    }
    const std::size_t head = group.size() % 2 == 1 ? 3 : 2;
    out += say_group(std::string_view(group).substr(0, head), *data.numbers);
    for (std::size_t j = head; j < group.size(); j += 2) {
      out += ' ' + say_group(std::string_view(group).substr(j, 2), *data.numbers);
    }
  }
  return out;
}

// Length of the joint of a pair of numbers at `pos`: "-", "–", or (spaced) " - ", " – ".
std::size_t pair_joint(std::string_view text, std::size_t pos, bool& spaced) {
  spaced = false;
  for (std::string_view joint : {"-", "–", " - ", " – "}) {
    if (starts_with_at(text, pos, joint) && pos + joint.size() < text.size() &&
        is_digit(text[pos + joint.size()])) {
      spaced = joint[0] == ' ';
      return joint.size();
    }
  }
  return 0;
}

// How a pair of numbers joined by a dash is read, from what surrounds it.
// What earlier pairs of the sentence were: a run of tennis sets, or scores
// (then a list of results goes on being scores: "Atalanta-Crotone 5-1, Benevento-Hellas Verona 0-3").
struct PairContext {
  std::optional<bool> score_sentence;  // a score word in the sentence; looked up at the first pair
  bool set_sequence = false;
  bool score_seen = false;
  bool range_seen =
      false;  // then a place after a later pair does not make it a score ("per 2-3 a Napoli e 1-2 a Bari")
};

std::string say_dashed_pair(std::string_view text, std::size_t pos, std::size_t end, bool spaced,
                            PairContext& context, std::string& out, const LanguageData& data) {
  const auto first = read_number(text, pos);
  const auto second = read_number(text, end);
  const std::int64_t a = *first->integer();
  const std::int64_t b = *second->integer();
  const std::string before = word_before(text, pos);
  const bool small = a <= 7 && b <= 7 && first->end - pos == 1 && second->end - end == 1;
  context.set_sequence = small && (context.set_sequence || set_follows(text, second->end));
  if (data.is_cue("serial", before)) {
    return data.numbers->digits(first->integer_digits) + ", " + data.numbers->digits(second->integer_digits);
  }
  // "il 26-29 marzo": days of a month, "dal ventisei al ventinove marzo".
  const bool month_after = data.months.contains(to_lower(word_after(text, second->end)));
  if (month_after && !spaced && a >= 1 && a < b && b <= 31) {
    if (const std::size_t article = span_article_length(out, data)) {
      std::string span = take_back(
          out, article,
          data.phrase("span", {{"from", data.numbers->cardinal(a)}, {"to", data.numbers->cardinal(b)}}));
      return (out.empty() || out.back() == ' ' ? "" : " ") + span;
    }
    if (data.is_cue("pair-article", before))
      return data.phrase("span_joined",
                         {{"from", data.numbers->cardinal(a)}, {"to", data.numbers->cardinal(b)}});
  }
  if (!context.score_sentence) context.score_sentence = sentence_has_cue(text, "score", data);
  // "dell'1-2 per cento": a pair of quantities, never a result.
  const bool quantity = data.is_cue("pair-quantity", words_after(text, second->end, 1)) ||
                        data.is_cue("pair-quantity", words_after(text, second->end, 2));
  const bool single_digits = first->end - pos == 1 && second->end - end == 1;
  const bool score =
      !quantity &&
      (context.set_sequence || context.score_seen || *context.score_sentence ||
       teams_around(text, pos, second->end) ||
       (single_digits && !context.range_seen && score_by_place(text, second->end, before, data)));
  context.score_seen = context.score_seen || score;
  context.range_seen = context.range_seen || !score;
  const std::vector<std::pair<std::string, std::string>> ends{{"from", data.numbers->cardinal(a)},
                                                              {"to", data.numbers->cardinal(b)}};
  const bool article = data.is_cue("pair-article", before);
  // "dall'1-3": a span from the one to the other, "dall'uno al tre".
  if (!score && !quantity && a < b && data.is_cue("span-from", before))
    return data.phrase("span_joined", ends);
  // "il 3-1", "l'1-0": never a range; nor is "3-3", two equal ends.
  if (score || (article && !quantity) || (a == b && !quantity)) return data.phrase("score", ends);
  if (article) return data.phrase("pair_or", ends);
  if (spaced) return {};
  if (data.is_cue("time-from", before) && a <= 24 && b <= 24 && a < b) {  // "dalle 9-13"
    const auto hour = [&](std::int64_t h) {
      return h == 1 ? data.phrase("hour_one") : data.numbers->cardinal(h);
    };
    return data.phrase("time_range", {{"from", hour(a)}, {"to", hour(b)}});
  }
  if (data.is_cue("pair-preposition", before)) return data.phrase("pair_or", ends);  // "per 3-4 giorni"
  if (data.is_cue("between", before)) return data.phrase("pair_and", ends);          // "tra 5-6 anni"
  return data.phrase("range", ends);
}

// A word after a number that it counts, which makes "2/3 metri" a pair, not a fraction.
bool counted_after(std::string_view text, std::size_t end, const LanguageData& data) {
  const std::string after = to_lower(word_after(text, end));
  return data.is_cue("counted-after", after) || data.units.contains(after);
}

// A number over another: "legge 104/1992", "3/4", "12/3" (a day and month), "7/10";
// `counted` when a word it counts follows ("2/3 metri").
std::string say_slashed_pair(std::int64_t a, std::int64_t b, std::size_t b_digits, const std::string& before,
                             bool counted, const LanguageData& data) {
  // "onde di 2/3 metri": a pair of amounts, "due o tre metri" (but "1/2 litro", "3/4 kg").
  if (counted && a < b && b <= 2 * a && b != 2 && b != 4) {
    return data.phrase("pair_or", {{"from", data.numbers->cardinal(a)}, {"to", data.numbers->cardinal(b)}});
  }
  if (b_digits == 4 && b >= 1800 && b <= 2100) {
    return data.phrase("number_of_year",
                       {{"number", data.numbers->cardinal(a)}, {"year", data.numbers->cardinal(b)}});
  }
  const bool date = a >= 1 && a <= 31 && b >= 1 && b <= 12 && data.is_cue("date", before);
  if (date && !data.months.empty()) {
    for (const auto& [written, month] : data.months) {
      if (month.number == b && written == month.name) {
        return (a == 1 ? data.numbers->ordinal(1, Gender::masculine) : data.numbers->cardinal(a)) + " " +
               month.name;
      }
    }
  }
  if (b >= 2 && b <= 10 && a >= 1 && a < b) return data.numbers->fraction(a, b);
  return data.phrase("out_of", {{"from", data.numbers->cardinal(a)}, {"to", data.numbers->cardinal(b)}});
}

// A code of three or more groups of digits joined by hyphens ("978-88-04-71234-5"),
// read group by group, digit by digit; empty when the text at `pos` is not one.
std::string say_hyphenated_code(std::string_view text, std::size_t pos, std::size_t& end,
                                const NumberWords& words) {
  std::vector<std::string_view> groups;
  std::size_t at = pos;
  while (true) {
    const std::size_t group_end = digits_end(text, at);
    if (group_end == at) return {};
    groups.push_back(text.substr(at, group_end - at));
    at = group_end;
    if (at + 1 >= text.size() || text[at] != '-' || !is_digit(text[at + 1])) break;
    ++at;
  }
  if (groups.size() < 3 || !at_word_end(text, at)) return {};
  std::string spoken;
  for (const auto group : groups) spoken += (spoken.empty() ? "" : ", ") + words.digits(group);
  end = at;
  return spoken;
}

}  // namespace

std::string expand_number_groups(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  PairContext context;
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
      out += say_phone(phone, data);
      pos = phone_end;
      continue;
    }
    if (plus) {
      out += text[pos++];
      continue;
    }
    std::size_t code_end = 0;
    if (data.is_cue("serial", word_before(text, pos))) {
      if (const std::string code = say_hyphenated_code(text, pos, code_end, *data.numbers); !code.empty()) {
        out += code;
        pos = code_end;
        continue;
      }
    }
    const auto first = read_number(text, pos);
    const std::size_t joint = first->end;
    bool spaced = false;
    const std::size_t dash = pair_joint(text, joint, spaced);
    const bool slash = joint + 1 < text.size() && text[joint] == '/' && is_digit(text[joint + 1]);
    const std::size_t second_start = joint + (slash ? 1 : dash);
    if ((dash > 0 || slash) && !first->has_fraction() && first->integer_digits.size() <= 4) {
      const auto second = read_number(text, second_start);
      const bool clean_end =
          at_word_end(text, second->end) &&
          (second->end >= text.size() || (text[second->end] != '-' && text[second->end] != '/'));
      if (clean_end && !second->has_fraction() && second->integer_digits.size() <= 4) {
        const std::string spoken =
            slash ? say_slashed_pair(*first->integer(), *second->integer(), second->integer_digits.size(),
                                     word_before(text, pos), counted_after(text, second->end, data), data)
                  : say_dashed_pair(text, pos, second_start, spaced, context, out, data);
        if (!spoken.empty()) {
          out += spoken;
          pos = second->end;
          continue;
        }
      }
    }
    if (dash == 0) context.set_sequence = false;
    out.append(text.substr(pos, first->end - pos));
    pos = first->end;
  }
  return out;
}

}  // namespace narra
