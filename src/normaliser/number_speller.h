// Italian number words: the core every normaliser pass uses to say a number.
// Words follow the written standard: compounds are one word (duemilatrecento),
// tens drop their vowel before uno and otto (ventuno, ventotto), cento elides
// before otto and ottanta (centotto, centottanta), a final tre in a compound
// takes the accent (ventitré), and scale words above mille stand apart
// (un milione duecentomila).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "normaliser/number_words.h"

namespace narra {

// The Italian number words, for the language registry: the functions below.
const NumberWords& italian_number_words();

// 0 → "zero", 21 → "ventuno", 1'000'000 → "un milione"; negatives get "meno".
// Values up to 10^18 - 1 in magnitude.
std::string spell_cardinal(std::int64_t value);

// The number counting a noun: 1 → "un"/"una", 21 → "ventun" (ventun chilometri),
// 1'000'000 → "un milione".
std::string spell_count(std::int64_t value, Gender gender);

// 1 before a noun (lower-case): "un anno", "una persona", "un'ora", "uno studente".
std::string spell_one_before(std::string_view noun, Gender gender);

// 1 → "primo"/"prima", 11 → "undicesimo", 23 → "ventitreesimo".
std::string spell_ordinal(std::int64_t value, Gender gender = Gender::masculine);

// A fraction of small numbers: "un mezzo", "tre quarti", "due terzi".
std::string spell_fraction(std::int64_t numerator, std::int64_t denominator);

// A decimal written with Italian separators ("3,5", "1.234,56", "-0,25")
// → "tre virgola cinque". The digits after the comma are read as a number,
// keeping leading zeros ("0,05" → "zero virgola zero cinque").
// Returns an empty string when `written` is not such a number.
std::string spell_decimal(std::string_view written);

// Reads digits one at a time: "0612" → "zero sei uno due".
std::string spell_digits(std::string_view digits);

}  // namespace narra
