#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {

std::string expand_symbols(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (is_word_byte(text[pos]) && c < 0x80) {
      out += text[pos++];
      continue;
    }
    std::size_t next = pos;
    decode_utf8(text, next);
    const auto found = data.symbols.find(std::string(text.substr(pos, next - pos)));
    if (found == data.symbols.end()) {
      out.append(text.substr(pos, next - pos));
      pos = next;
      continue;
    }
    // A symbol is a word of its own: "Johnson & Johnson", "A+B" → "A più B".
    if (!out.empty() && out.back() != ' ') out += ' ';
    out += found->second;
    pos = next;
    if (pos < text.size() && is_word_byte(text[pos])) out += ' ';
  }
  return out;
}

}  // namespace narra
