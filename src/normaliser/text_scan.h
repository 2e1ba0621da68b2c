// Small helpers the passes share for walking UTF-8 text byte by byte.
#pragma once

#include <string_view>

namespace narra {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// A byte that belongs to a word: ASCII letters and digits, and every byte of a
// multi-byte UTF-8 sequence (accented letters).
inline bool is_word_byte(char c) {
  return is_ascii_letter(c) || is_digit(c) || (static_cast<unsigned char>(c) & 0x80) != 0;
}
// True when the byte before `pos` does not continue a word.
inline bool at_word_start(std::string_view text, std::size_t pos) {
  return pos == 0 || !is_word_byte(text[pos - 1]);
}
// True when the byte at `pos` does not continue a word.
inline bool at_word_end(std::string_view text, std::size_t pos) {
  return pos >= text.size() || !is_word_byte(text[pos]);
}

}  // namespace narra
