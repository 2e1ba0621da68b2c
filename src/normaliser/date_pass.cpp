#include "core/utf8.h"
#include "normaliser/number_speller.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {
namespace {

// Reads the month name (or abbreviation) starting at `pos`, if any.
const Month* month_at(std::string_view text, std::size_t pos, std::size_t& end,
                      const LanguageData& data) {
  std::size_t word_end = pos;
  while (word_end < text.size() && is_word_byte(text[word_end])) ++word_end;
  if (word_end < text.size() && text[word_end] == '.') {
    const auto found = data.months.find(to_lower(text.substr(pos, word_end + 1 - pos)));
    if (found != data.months.end()) {
      end = word_end + 1;
      return &found->second;
    }
  }
  const auto found = data.months.find(to_lower(text.substr(pos, word_end - pos)));
  if (found == data.months.end()) return nullptr;
  end = word_end;
  return &found->second;
}

}  // namespace

std::string expand_dates(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_digit(text[pos]) || !at_word_start(text, pos)) {
      out += text[pos++];
      continue;
    }
    std::size_t end = pos;
    while (end < text.size() && is_digit(text[end])) ++end;
    const std::size_t digits = end - pos;
    const int day = std::atoi(std::string(text.substr(pos, digits)).c_str());
    std::size_t after_day = end;
    bool ordinal_mark = false;
    if (text.substr(after_day, 2) == "°" || text.substr(after_day, 2) == "º") {
      after_day += 2;
      ordinal_mark = true;
    }
    std::size_t month_start = after_day;
    while (month_start < text.size() && text[month_start] == ' ') ++month_start;
    std::size_t month_end = 0;
    const Month* month = (digits <= 2 && day >= 1 && day <= 31 && month_start > after_day)
                             ? month_at(text, month_start, month_end, data)
                             : nullptr;
    if (month == nullptr) {
      out.append(text.substr(pos, end - pos));
      pos = end;
      continue;
    }
    out += (day == 1 || ordinal_mark) ? spell_ordinal(day) : spell_cardinal(day);
    out += ' ';
    out += month->name;
    pos = month_end;
  }
  return out;
}

}  // namespace narra
