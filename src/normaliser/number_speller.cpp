#include "normaliser/number_speller.h"

#include <array>
#include <cstdlib>

namespace narra {
namespace {

constexpr std::array<std::string_view, 20> kUnits = {
    "zero",        "uno",      "due",    "tre",         "quattro",  "cinque",    "sei",
    "sette",       "otto",     "nove",   "dieci",       "undici",   "dodici",    "tredici",
    "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"};
constexpr std::array<std::string_view, 10> kTens = {
    "", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"};

// 0..99, "" for 0.
std::string spell_below_hundred(int value) {
  if (value == 0) return {};
  if (value < 20) return std::string(kUnits[value]);
  std::string tens(kTens[value / 10]);
  const int unit = value % 10;
  if (unit == 0) return tens;
  if (unit == 1 || unit == 8) tens.pop_back();  // ventuno, ventotto
  return tens + std::string(kUnits[unit]);
}

// 0..999, "" for 0.
std::string spell_below_thousand(int value) {
  const int hundreds = value / 100;
  std::string rest = spell_below_hundred(value % 100);
  if (hundreds == 0) return rest;
  std::string head = hundreds == 1 ? "cento" : std::string(kUnits[hundreds]) + "cento";
  // cento elides before otto and ottanta: centotto, centottanta.
  if (value % 100 / 10 == 8 || value % 100 == 8) head.pop_back();
  return head + rest;
}

// A final "tre" in a compound takes the accent: ventitré, centotré, milletré.
void accent_final_tre(std::string& word) {
  if (word.size() > 3 && word.compare(word.size() - 3, 3, "tre") == 0) {
    word.replace(word.size() - 3, 3, "tré");
  }
}

// 0..999'999, "" for 0.
std::string spell_below_million(int value) {
  const int thousands = value / 1000;
  std::string rest = spell_below_thousand(value % 1000);
  std::string head;
  if (thousands == 1) {
    head = "mille";
  } else if (thousands > 1) {
    head = spell_below_thousand(thousands) + "mila";
  }
  std::string word = head + rest;
  accent_final_tre(word);
  return word;
}

struct Scale {
  std::int64_t size;
  std::string_view singular;
  std::string_view plural;
};
constexpr std::array<Scale, 4> kScales = {{
    {1'000'000'000'000'000LL, "un biliardo", "biliardi"},
    {1'000'000'000'000LL, "un bilione", "bilioni"},
    {1'000'000'000LL, "un miliardo", "miliardi"},
    {1'000'000LL, "un milione", "milioni"},
}};

}  // namespace

std::string spell_cardinal(std::int64_t value) {
  if (value == 0) return "zero";
  if (value < 0) return "meno " + spell_cardinal(-value);
  std::string out;
  for (const auto& scale : kScales) {
    if (value < scale.size) continue;
    const std::int64_t count = value / scale.size;
    value %= scale.size;
    if (!out.empty()) out += ' ';
    if (count == 1) {
      out += scale.singular;
    } else {
      out += spell_cardinal(count) + " " + std::string(scale.plural);
    }
  }
  if (value > 0) {
    if (!out.empty()) out += ' ';
    out += spell_below_million(static_cast<int>(value));
  }
  return out;
}

std::string spell_ordinal(std::int64_t value, Gender gender) {
  static constexpr std::array<std::string_view, 11> kFirst = {"zeresimo", "primo",  "secondo", "terzo",
                                                              "quarto",   "quinto", "sesto",   "settimo",
                                                              "ottavo",   "nono",   "decimo"};
  std::string word;
  if (value >= 0 && value <= 10) {
    word = kFirst[static_cast<std::size_t>(value)];
  } else {
    word = spell_cardinal(value);
    // ventitré → ventitreesimo, sei → seiesimo; otherwise drop the final vowel.
    if (word.size() >= 4 && word.compare(word.size() - 4, 4, "mila") == 0) {
      word.replace(word.size() - 4, 4, "mill");  // quattordicimila → quattordicimillesimo
    } else if (word.size() >= 4 && word.compare(word.size() - 4, 4, "tré") == 0) {
      word.replace(word.size() - 4, 4, "tre");
    } else if (word.size() >= 3 && word.compare(word.size() - 3, 3, "sei") == 0) {
      // keep the i: ventiseiesimo
    } else if (!word.empty()) {
      word.pop_back();
    }
    word += "esimo";
  }
  if (gender == Gender::feminine) word.back() = 'a';
  return word;
}

std::string spell_digits(std::string_view digits) {
  std::string out;
  for (char c : digits) {
    if (c < '0' || c > '9') continue;
    if (!out.empty()) out += ' ';
    out += kUnits[static_cast<std::size_t>(c - '0')];
  }
  return out;
}

std::string spell_decimal(std::string_view written) {
  bool negative = false;
  if (!written.empty() && (written.front() == '-' || written.front() == '+')) {
    negative = written.front() == '-';
    written.remove_prefix(1);
  }
  const auto comma = written.find(',');
  if (comma == std::string_view::npos || comma == 0 || comma + 1 >= written.size()) return {};
  std::string integer_digits;
  for (char c : written.substr(0, comma)) {
    if (c == '.') continue;
    if (c < '0' || c > '9') return {};
    integer_digits += c;
  }
  const auto fraction = written.substr(comma + 1);
  for (char c : fraction) {
    if (c < '0' || c > '9') return {};
  }
  if (integer_digits.empty() || integer_digits.size() > 18 || fraction.size() > 18) return {};
  std::string out = negative ? "meno " : "";
  out += spell_cardinal(std::atoll(integer_digits.c_str()));
  out += " virgola ";
  std::size_t zeros = 0;
  while (zeros + 1 < fraction.size() && fraction[zeros] == '0') ++zeros;
  for (std::size_t i = 0; i < zeros; ++i) out += "zero ";
  out += spell_cardinal(std::atoll(std::string(fraction.substr(zeros)).c_str()));
  return out;
}

std::string spell_fraction(std::int64_t numerator, std::int64_t denominator) {
  std::string head = numerator == 1 ? "un" : spell_cardinal(numerator);
  std::string tail = denominator == 2 ? "mezzo" : spell_ordinal(denominator);
  if (numerator != 1) tail.back() = 'i';
  return head + " " + tail;
}

std::string spell_count(std::int64_t value, Gender gender) {
  std::string spoken = spell_cardinal(value);
  if (spoken == "uno") return gender == Gender::feminine ? "una" : "un";
  // ventuno chilometri → ventun chilometri; not "un milione" (ends in "e").
  if (spoken.size() > 3 && spoken.compare(spoken.size() - 3, 3, "uno") == 0) spoken.pop_back();
  return spoken;
}

std::string spell_one_before(std::string_view noun, Gender gender) {
  const bool vowel = noun.find_first_of("aeiou") == 0;
  if (gender == Gender::feminine) return vowel ? "un'" : "una";
  bool impure = noun.substr(0, 1) == "s" && noun.find_first_of("aeiou") != 1;
  for (const std::string_view start : {"z", "x", "y", "gn", "ps", "pn"}) {
    impure = impure || noun.substr(0, start.size()) == start;
  }
  return impure ? "uno" : "un";
}

const NumberWords& italian_number_words() {
  static const NumberWords words{
      spell_cardinal, spell_count,   spell_one_before, spell_ordinal,
      spell_fraction, spell_decimal, spell_digits,     "virgola",
  };
  return words;
}

}  // namespace narra
