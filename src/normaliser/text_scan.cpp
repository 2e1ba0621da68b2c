#include "normaliser/text_scan.h"

#include "core/utf8.h"

namespace narra {

std::string word_before(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\'')) --end;
  std::size_t start = end;
  while (start > 0 && is_word_byte(text[start - 1])) --start;
  return to_lower(text.substr(start, end - start));
}

std::string_view word_after(std::string_view text, std::size_t pos) {
  const std::size_t start = skip_spaces(text, pos);
  return text.substr(start, word_end(text, start) - start);
}

std::string take_back(std::string& out, std::size_t replaced, std::string spoken) {
  const bool capital = replaced > 0 && is_ascii_upper(out[out.size() - replaced]);
  out.erase(out.size() - replaced);
  if (capital && !spoken.empty() && spoken[0] >= 'a' && spoken[0] <= 'z') spoken[0] -= 'a' - 'A';
  return spoken;
}

}  // namespace narra
