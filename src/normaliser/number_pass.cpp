#include <cstdlib>

#include "normaliser/number_speller.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

constexpr std::size_t kMaxSpelledDigits = 18;

struct WrittenNumber {
  std::string integer_digits;  // without thousands dots
  std::string written;         // as it stands in the text
  std::size_t end = 0;
  bool has_fraction = false;
};

// Reads "1.234.567", "1234", "3,5" or "1.234,56" starting at `pos`.
WrittenNumber read_number(std::string_view text, std::size_t pos) {
  WrittenNumber number;
  std::size_t end = pos;
  while (end < text.size() && is_digit(text[end])) ++end;
  number.integer_digits = std::string(text.substr(pos, end - pos));
  // Thousands groups: only after a first group of 1-3 digits, each exactly 3 digits.
  if (number.integer_digits.size() <= 3) {
    while (end + 3 < text.size() + 0 && text[end] == '.' && is_digit(text[end + 1]) &&
           is_digit(text[end + 2]) && is_digit(text[end + 3]) &&
           (end + 4 >= text.size() || !is_digit(text[end + 4]))) {
      number.integer_digits.append(text.substr(end + 1, 3));
      end += 4;
    }
  }
  if (end + 1 < text.size() && text[end] == ',' && is_digit(text[end + 1])) {
    number.has_fraction = true;
    ++end;
    while (end < text.size() && is_digit(text[end])) ++end;
  }
  number.written = std::string(text.substr(pos, end - pos));
  number.end = end;
  return number;
}

std::string say_number(const WrittenNumber& number, bool negative) {
  if (number.has_fraction) {
    std::string spoken = spell_decimal(number.written);
    if (!spoken.empty()) return negative ? "meno " + spoken : spoken;
  }
  if (number.integer_digits.size() > kMaxSpelledDigits) return spell_digits(number.integer_digits);
  const auto value = std::atoll(number.integer_digits.c_str());
  return spell_cardinal(negative ? -value : value);
}

}  // namespace

std::string expand_numbers(std::string_view text, const LanguageData&) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_digit(text[pos]) || (pos > 0 && is_digit(text[pos - 1]))) {
      out += text[pos++];
      continue;
    }
    // A minus sign directly before the number, itself not inside a word or span.
    const bool negative = pos > 0 && text[pos - 1] == '-' && (pos == 1 || text[pos - 2] == ' ');
    if (negative) out.pop_back();
    if (pos > 0 && is_word_byte(text[pos - 1]) && !out.empty() && out.back() != ' ') out += ' ';
    const WrittenNumber number = read_number(text, pos);
    out += say_number(number, negative);
    pos = number.end;
    std::size_t after = pos;
    while (after < text.size() && text[after] == ' ') ++after;
    if (after < text.size() && text[after] == '%') {
      out += " per cento";
      pos = after + 1;
    } else if (pos < text.size() && is_word_byte(text[pos])) {
      out += ' ';
    }
  }
  return out;
}

}  // namespace narra
