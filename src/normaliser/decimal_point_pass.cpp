#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {

// A point between a group of at most three digits and one or two digits is a
// decimal point ("magnitudo 4.2", "lo 0.61%", "1.5 milioni"): it becomes the
// Italian decimal comma. Three digits after it are a thousands group ("20.609")
// and are left alone, as are dates ("17.05.2023") and times ("ore 9.30"),
// which earlier passes have read. After a word such as "versione" the point is
// said "punto" ("iOS 17.1").
std::string mark_decimal_points(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_digit(text[pos]) || !at_word_start(text, pos) ||
        (pos > 0 && (text[pos - 1] == '.' || text[pos - 1] == ','))) {
      out += text[pos++];
      continue;
    }
    const std::size_t integer_end = digits_end(text, pos);
    out.append(text.substr(pos, integer_end - pos));
    const bool version = data.is_cue("version", to_lower(word_before(text, pos)));
    std::size_t at = integer_end;
    if (version) {
      // "17.1.2": every point of a version number is "punto".
      while (at + 1 < text.size() && text[at] == '.' && is_digit(text[at + 1])) {
        const std::size_t part_end = digits_end(text, at + 1);
        out += " " + data.phrase("version_point") + " ";
        out.append(text.substr(at + 1, part_end - at - 1));
        at = part_end;
      }
      pos = at;
      continue;
    }
    if (integer_end - pos > 3 || at + 1 >= text.size() || text[at] != '.' || !is_digit(text[at + 1])) {
      pos = integer_end;
      continue;
    }
    const std::size_t fraction_end = digits_end(text, at + 1);
    const bool more = fraction_end + 1 < text.size() &&
                      (text[fraction_end] == '.' || text[fraction_end] == ',') &&
                      is_digit(text[fraction_end + 1]);
    if (fraction_end - at - 1 > 2 || more ||
        (fraction_end < text.size() && is_ascii_letter(text[fraction_end]))) {
      pos = integer_end;
      continue;
    }
    out += ',';
    out.append(text.substr(at + 1, fraction_end - at - 1));
    pos = fraction_end;
  }
  return out;
}

}  // namespace narra
