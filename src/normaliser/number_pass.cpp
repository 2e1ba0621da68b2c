#include "core/utf8.h"
#include "normaliser/number_text.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// Spells the capital letters of a code before a number: "G" in "G7", "F" in "F-35".
std::string spell_code_letters(std::string_view letters, const LanguageData& data) {
  std::string out;
  for (char c : letters) {
    const auto found = data.letters.find(std::string(1, static_cast<char>(c - 'A' + 'a')));
    if (!out.empty()) out += ' ';
    out += found != data.letters.end() ? found->second : std::string(1, c);
  }
  return out;
}

// A code of one to three capital letters written straight before a number
// ("G7", "F-35", "A4"): returns the letters' start, or npos.
std::size_t code_start(std::string_view text, std::size_t digit) {
  std::size_t end = digit;
  if (end > 0 && text[end - 1] == '-') --end;
  std::size_t start = end;
  while (start > 0 && is_ascii_upper(text[start - 1]) && end - start < 4) --start;
  if (start == end || end - start > 3 || !at_word_start(text, start)) return std::string_view::npos;
  return start;
}

// "1" agreeing with the noun after it ("un anno", "una persona"); the number
// alone when no noun follows ("1 su 3"). Nouns in -a are feminine unless
// cues.tsv lists them as masculine-noun.
std::string one_before(std::string_view text, std::size_t pos, const LanguageData& data) {
  const std::string alone = data.numbers->cardinal(1);
  if (pos >= text.size() || text[pos] != ' ') return alone;
  const std::string_view word = word_after(text, pos);
  if (word.size() < 3 || !is_ascii_letter(word[0]) || is_ascii_upper(word[0])) return alone;
  const std::string lower = to_lower(word);
  if (data.is_cue("not-a-noun", lower)) return alone;
  const bool feminine = lower.back() == 'a' && !data.is_cue("masculine-noun", lower);
  return data.numbers->one_before(lower, feminine ? Gender::feminine : Gender::masculine);
}

// A scale word written apart that joins the number ("50 mila" → "cinquantamila",
// scales.tsv), or nullptr; `end` is set past it.
const Scale* joined_scale_after(std::string_view text, std::size_t pos, std::size_t& end,
                                const LanguageData& data) {
  const std::string_view word = word_after(text, pos);
  const auto found = data.scales.find(std::string(word));  // as written: "Mila" may be a name
  if (word.empty() || found == data.scales.end() || !found->second.joined) return nullptr;
  end = skip_spaces(text, pos) + word.size();
  return &found->second;
}

}  // namespace

std::string expand_numbers(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // A code of letters and digits listed with the acronyms: "M5s" → "emme cinque stelle", "5G".
    if (is_word_byte(text[pos]) && at_word_start(text, pos)) {
      const std::size_t end = word_end(text, pos);
      const std::string_view word = text.substr(pos, end - pos);
      if (word.find_first_of("0123456789") != std::string_view::npos &&
          word.find_first_not_of("0123456789") != std::string_view::npos) {
        const auto known = data.acronyms.find(to_lower(word));
        if (known != data.acronyms.end()) {
          out += known->second;
          pos = end;
          continue;
        }
      }
    }
    if (!is_digit(text[pos]) || (pos > 0 && is_digit(text[pos - 1]))) {
      out += text[pos++];
      continue;
    }
    const std::size_t code = code_start(text, pos);
    std::string sign;
    if (code != std::string_view::npos) {
      out.erase(out.size() - (pos - code));
      out += spell_code_letters(text.substr(code, pos - code - (text[pos - 1] == '-')), data) + ' ';
    } else if (pos > 0 && (text[pos - 1] == '-' || text[pos - 1] == '+') &&
               (pos == 1 || text[pos - 2] == ' ' || text[pos - 2] == '(')) {
      sign = data.phrase(text[pos - 1] == '-' ? "sign_minus" : "sign_plus") + ' ';
      out.pop_back();
    } else if (pos >= 3 && starts_with_at(text, pos - 3, "−")) {
      sign = data.phrase("sign_minus") + ' ';
      out.erase(out.size() - 3);
    } else if (pos > 0 && is_word_byte(text[pos - 1])) {
      out += ' ';  // "Covid19" → "Covid diciannove"
    } else if (pos > 0 && text[pos - 1] == '-' && pos > 1 && is_word_byte(text[pos - 2])) {
      out.back() = ' ';  // "Covid-19" → "Covid diciannove"
    }
    const WrittenNumber number = *read_number(text, pos);
    std::string spoken = sign + say_number(number, *data.numbers);
    pos = number.end;
    std::size_t scale_end = pos;
    if (const Scale* scale =
            number.has_fraction() ? nullptr : joined_scale_after(text, pos, scale_end, data)) {
      spoken = sign + (is_one(number) ? scale->singular : say_number(number, *data.numbers) + scale->plural);
      pos = scale_end;
    }
    if (sign.empty() && is_one(number) && code == std::string_view::npos && pos == number.end) {
      spoken = one_before(text, pos, data);
      if (spoken.back() == '\'') pos = skip_spaces(text, pos);  // "un'ora"
    }
    out += spoken;
    if (pos < text.size() && is_word_byte(text[pos]) && spoken.back() != '\'') out += ' ';
  }
  return out;
}

}  // namespace narra
