#include "core/utf8.h"
#include "normaliser/passes.h"
#include "normaliser/text_scan.h"

namespace narra {

namespace {

// Words joined by a slash that symbols.tsv lists as a whole ("e/o", "c/o"):
// their spoken form, and `end` past them; nullptr when the words there are not listed.
const std::string* slashed_words(std::string_view text, std::size_t pos, std::size_t& end,
                                 const LanguageData& data) {
  if (!at_word_start(text, pos)) return nullptr;
  end = pos;
  while (end < text.size() && (is_word_byte(text[end]) || text[end] == '/')) ++end;
  const std::string_view written = text.substr(pos, end - pos);
  if (written.find('/') == std::string_view::npos || !at_word_end(text, end)) return nullptr;
  const auto found = data.symbols.find(to_lower(written));
  return found == data.symbols.end() ? nullptr : &found->second;
}

}  // namespace

std::string expand_symbols(std::string_view text, const LanguageData& data) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    std::size_t end = 0;
    if (const std::string* spoken =
            is_ascii_letter(text[pos]) ? slashed_words(text, pos, end, data) : nullptr) {
      out += *spoken;
      pos = end;
      continue;
    }
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
