// Reading numbers as they are written in Italian text ("1.234.567", "3,5",
// "-2") and saying them, shared by every pass that meets a number.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "normaliser/number_words.h"

namespace narra {

struct WrittenNumber {
  std::string integer_digits;   // without thousands dots: "1234567"
  std::string fraction_digits;  // after the decimal comma, "" when none
  std::size_t start = 0;        // byte offsets of the number in the text
  std::size_t end = 0;
  bool thousands_dots = false;  // written with dots between groups of three

  bool has_fraction() const { return !fraction_digits.empty(); }
  // The integer part, or nullopt when it has more than 18 digits.
  std::optional<std::int64_t> integer() const;
};

// Reads the number whose first digit is at `pos`: digits, thousands groups
// ".ddd" (only after a first group of 1 to 3 digits) and a decimal part ",d+".
// Returns nullopt when text[pos] is not a digit.
std::optional<WrittenNumber> read_number(std::string_view text, std::size_t pos);

// The number as words: "uno", "tre virgola cinque", a number of more than 18
// digits digit by digit.
std::string say_number(const WrittenNumber& number, const NumberWords& words);

// The number as words counting a noun of the given gender: 1 → "un"/"una",
// 21 → "ventun", 3,5 → "tre virgola cinque".
std::string say_count(const WrittenNumber& number, bool feminine, const NumberWords& words);

// True when the number is exactly 1 (so a following noun is singular).
bool is_one(const WrittenNumber& number);

}  // namespace narra
