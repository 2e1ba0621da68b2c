#include "normaliser/number_text.h"

#include <cstdlib>

#include "normaliser/text_scan.h"

namespace narra {
namespace {

constexpr std::size_t kMaxSpelledDigits = 18;

}  // namespace

std::optional<std::int64_t> WrittenNumber::integer() const {
  if (integer_digits.size() > kMaxSpelledDigits) return std::nullopt;
  return std::atoll(integer_digits.c_str());
}

std::optional<WrittenNumber> read_number(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || !is_digit(text[pos])) return std::nullopt;
  WrittenNumber number;
  number.start = pos;
  std::size_t end = digits_end(text, pos);
  number.integer_digits = std::string(text.substr(pos, end - pos));
  if (number.integer_digits.size() <= 3) {
    while (end + 3 < text.size() && text[end] == '.' && is_digit(text[end + 1]) && is_digit(text[end + 2]) &&
           is_digit(text[end + 3]) && (end + 4 >= text.size() || !is_digit(text[end + 4]))) {
      number.integer_digits.append(text.substr(end + 1, 3));
      number.thousands_dots = true;
      end += 4;
    }
  }
  if (end + 1 < text.size() && text[end] == ',' && is_digit(text[end + 1])) {
    const std::size_t fraction_end = digits_end(text, end + 1);
    number.fraction_digits = std::string(text.substr(end + 1, fraction_end - end - 1));
    end = fraction_end;
  }
  number.end = end;
  return number;
}

std::string say_number(const WrittenNumber& number, const NumberWords& words) {
  if (number.integer_digits.size() > kMaxSpelledDigits || number.fraction_digits.size() > kMaxSpelledDigits) {
    std::string spoken = words.digits(number.integer_digits);
    if (number.has_fraction()) {
      spoken += " " + std::string(words.decimal_separator) + " " + words.digits(number.fraction_digits);
    }
    return spoken;
  }
  if (number.has_fraction()) return words.decimal(number.integer_digits + "," + number.fraction_digits);
  return words.cardinal(*number.integer());
}

bool is_one(const WrittenNumber& number) { return !number.has_fraction() && number.integer() == 1; }

std::string say_count(const WrittenNumber& number, bool feminine, const NumberWords& words) {
  if (number.has_fraction() || !number.integer()) return say_number(number, words);
  return words.count(*number.integer(), feminine ? Gender::feminine : Gender::masculine);
}

}  // namespace narra
