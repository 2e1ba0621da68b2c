#include "core/utf8.h"
#include "normaliser/number_text.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// The currency symbol or word at `pos` ("€", "$", "euro", "USD"), if any;
// `end` is set past it. Symbols may touch the number, words may not.
const Unit* currency_at(std::string_view text, std::size_t pos, std::size_t& end, const LanguageData& data) {
  if (pos >= text.size()) return nullptr;
  std::size_t length = 0;
  if (is_ascii_letter(text[pos])) {
    length = word_end(text, pos) - pos;
  } else if (is_digit(text[pos])) {
    return nullptr;
  } else {
    // A symbol: one UTF-8 character.
    std::size_t next = pos;
    decode_utf8(text, next);
    length = next - pos;
  }
  const std::string written(text.substr(pos, length));
  auto found = data.currencies.find(written);
  if (found == data.currencies.end()) found = data.currencies.find(to_lower(written));
  if (found == data.currencies.end()) return nullptr;
  end = pos + length;
  return &found->second;
}

// The scale word after an amount ("mila", "milioni", "mln"), if any; `end`
// is set past it.
const Scale* scale_at(std::string_view text, std::size_t pos, std::size_t& end, const LanguageData& data) {
  const std::size_t word = word_end(text, pos);
  if (word == pos) return nullptr;
  std::string written = to_lower(text.substr(pos, word - pos));
  std::size_t after = word;
  if (after < text.size() && text[after] == '.' && data.scales.count(written + ".") > 0) {
    written += '.';
    ++after;
  }
  const auto found = data.scales.find(written);
  if (found == data.scales.end()) return nullptr;
  end = after;
  return &found->second;
}

std::string say_amount(const WrittenNumber& number, const Unit& currency, const LanguageData& data) {
  if (number.has_fraction() && number.fraction_digits.size() <= 2 && !currency.cent_plural.empty()) {
    std::string spoken =
        say_count(WrittenNumber{number.integer_digits, {}, 0, 0, false}, currency.feminine, *data.numbers);
    const bool one = number.integer() == 1;
    spoken += " " + (one ? currency.singular : currency.plural);
    std::string cents = number.fraction_digits;
    if (cents.size() == 1) cents += '0';
    const int value = std::atoi(cents.c_str());
    if (value == 0) return spoken;
    const std::string cents_name = value == 1 ? currency.cent_singular : currency.cent_plural;
    const std::string cents_spoken =
        say_count(WrittenNumber{cents, {}, 0, 0, false}, false, *data.numbers) + " " + cents_name;
    // "€ 0,99" → "novantanove centesimi"
    return number.integer() == 0
               ? cents_spoken
               : data.phrase("amount_and_cents", {{"amount", spoken}, {"cents", cents_spoken}});
  }
  return say_count(number, currency.feminine, *data.numbers) + " " +
         (is_one(number) ? currency.singular : currency.plural);
}

std::string say_scaled(const WrittenNumber& number, const Scale& scale, const Unit& currency,
                       const LanguageData& data) {
  if (scale.joined) {
    const bool one = is_one(number);
    return data.phrase("scaled_amount_joined", {{"count", one ? "" : say_number(number, *data.numbers)},
                                                {"scale", one ? scale.singular : scale.plural},
                                                {"currency", currency.plural}});
  }
  return data.phrase("scaled_amount", {{"count", say_count(number, false, *data.numbers)},
                                       {"scale", is_one(number) ? scale.singular : scale.plural},
                                       {"currency", currency.plural}});
}

// "10-12 euro" → "da dieci a dodici euro", but "per 10-12 euro" → "per dieci o
// dodici euro": no "da … a" after a preposition (`before`).
std::string say_range(const WrittenNumber& lower, const std::string& amount, const std::string& before,
                      const LanguageData& data) {
  const bool paired = data.is_cue("pair-preposition", before) || data.is_cue("pair-article", before);
  return data.phrase(paired ? "pair_or" : "range",
                     {{"from", say_number(lower, *data.numbers)}, {"to", amount}});
}

// "€ 2,50", "$1,2 miliardi", and in notices "euro 1.250.000,00" (in lower case:
// "Euro 2024" is a tournament, "Euro 6" an engine class): the currency first.
// Returns where the amount ends, or 0.
std::size_t read_currency_first(std::string_view text, std::size_t pos, std::string& out,
                                const LanguageData& data) {
  std::size_t currency_end = 0;
  const bool symbol_start = !is_ascii_letter(text[pos]) && !is_digit(text[pos]) && text[pos] != ' ' &&
                            (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
  const bool word_start = text[pos] >= 'a' && text[pos] <= 'z' && at_word_start(text, pos);
  const Unit* before = symbol_start || word_start ? currency_at(text, pos, currency_end, data) : nullptr;
  const std::size_t number_start = skip_spaces(text, currency_end);
  if (before == nullptr || (!symbol_start && number_start == currency_end)) return 0;
  const auto number = read_number(text, number_start);
  // After a currency word, an amount as notices write it ("1.250.000,00") or after "di", "per".
  const bool amount =
      symbol_start || (number && (number->thousands_dots || number->fraction_digits.size() == 2 ||
                                  data.is_cue("pair-preposition", word_before(text, pos))));
  if (!number || !amount || !at_word_end(text, number->end)) return 0;
  std::size_t scale_end = 0;
  if (const Scale* scale = scale_at(text, skip_spaces(text, number->end), scale_end, data)) {
    out += say_scaled(*number, *scale, *before, data);
    return scale_end;
  }
  out += say_amount(*number, *before, data);
  return number->end;
}

}  // namespace

std::string expand_money(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (const std::size_t amount_end = read_currency_first(text, pos, out, data)) {
      pos = amount_end;
      continue;
    }
    if (!is_digit(text[pos]) || !at_word_start(text, pos)) {
      out += text[pos++];
      continue;
    }
    // "2,50 €", "3,23€", "10 euro", "1,2 miliardi di dollari" (left to the numbers).
    auto number = read_number(text, pos);
    // "10-12 euro": a range before the amount, said "da dieci a dodici euro".
    std::optional<WrittenNumber> lower;
    if (number->end + 1 < text.size() && text[number->end] == '-' && is_digit(text[number->end + 1])) {
      lower = number;
      number = read_number(text, number->end + 1);
    }
    std::size_t after = skip_spaces(text, number->end);
    std::size_t scale_end = 0;
    const Scale* scale = scale_at(text, after, scale_end, data);
    const std::size_t currency_start = scale == nullptr ? after : skip_spaces(text, scale_end);
    std::size_t currency_end = 0;
    const Unit* currency = currency_at(text, currency_start, currency_end, data);
    if (currency == nullptr || !at_word_end(text, currency_end) ||
        (currency_start == number->end && is_ascii_letter(text[currency_start]))) {
      const std::size_t first_end = lower ? lower->end : number->end;
      out.append(text.substr(pos, first_end - pos));
      pos = first_end;
      continue;
    }
    const std::string amount = scale == nullptr ? say_amount(*number, *currency, data)
                                                : say_scaled(*number, *scale, *currency, data);
    out += lower ? say_range(*lower, amount, word_before(text, pos), data) : amount;
    pos = currency_end;
  }
  return out;
}

}  // namespace narra
