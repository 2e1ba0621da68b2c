// Small helpers the passes share for walking UTF-8 text byte by byte.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace narra {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
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
// End of the run of digits starting at `pos`.
inline std::size_t digits_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  return pos;
}
// End of the run of word bytes starting at `pos`.
inline std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_word_byte(text[pos])) ++pos;
  return pos;
}
// Position after the spaces starting at `pos`.
inline std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}
// The word that ends just before `pos` (spaces and an apostrophe skipped),
// lower-cased ASCII; empty when there is none.
std::string word_before(std::string_view text, std::size_t pos);
// The word starting at `pos` after spaces, as written; empty when none.
std::string_view word_after(std::string_view text, std::size_t pos);
// True when text[pos..] starts with `prefix`.
inline bool starts_with_at(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.compare(pos, prefix.size(), prefix) == 0;
}

// eSpeak NG phonemes from the lexicon ("[[...]]") pass through untouched: when
// they start at `pos`, appends them to `out`, moves `pos` past them, returns true.
inline bool copy_phonemes(std::string_view text, std::size_t& pos, std::string& out) {
  if (!starts_with_at(text, pos, "[[")) return false;
  const std::size_t close = text.find("]]", pos);
  const std::size_t end = close == std::string_view::npos ? text.size() : close + 2;
  out.append(text.substr(pos, end - pos));
  pos = end;
  return true;
}

// What a pass says for the text from a position, and where that text ends.
struct Reading {
  std::string spoken;
  std::size_t end = 0;
  std::size_t replaces = 0;  // bytes already written that the reading also takes back ("il " before a span)
};

// Takes back the last `replaced` bytes of `out` and returns `spoken` to write
// instead, capitalised when what it replaces was ("Il 3-5 maggio" → "Dal tre al cinque maggio").
std::string take_back(std::string& out, std::size_t replaced, std::string spoken);

// The walk the number passes share: copies `text`, and at each run of digits
// that starts a word asks `read(pos, out)` (`out` is what was written so far)
// for a reading. A reading replaces the text it covers (and the last
// `replaces` bytes of `out`); without one the run of digits is copied as written.
template <typename Read>
std::string rewrite_numbers(std::string_view text, Read&& read) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_digit(text[pos]) || !at_word_start(text, pos)) {
      out += text[pos++];
      continue;
    }
    if (std::optional<Reading> reading = read(pos, std::as_const(out))) {
      out += take_back(out, reading->replaces, std::move(reading->spoken));
      pos = reading->end;
    } else {
      const std::size_t end = digits_end(text, pos);
      out.append(text.substr(pos, end - pos));
      pos = end;
    }
  }
  return out;
}

}  // namespace narra
