// UTF-8 helpers: validation with the offending byte offset, and decoding one
// code point at a time. Strings are std::string holding UTF-8 throughout narra.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace narra {

// Byte offset of the first byte that is not part of a well-formed UTF-8
// sequence (overlong forms, surrogates and values above U+10FFFF included),
// or nullopt when the whole text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Decodes the code point starting at `pos` and advances `pos` past it.
// The text must be valid UTF-8 and pos < text.size().
char32_t decode_utf8(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// Number of code points in valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

// Lower-cases ASCII letters and the accented Latin-1 letters Italian uses.
std::string to_lower(std::string_view text);

// True for Unicode upper-case Latin letters (ASCII and Latin-1 range).
bool is_upper(char32_t cp);
// True for letters of the Latin (ASCII, Latin-1, Extended-A and -B, Extended Additional),
// Greek and Cyrillic blocks.
bool is_letter(char32_t cp);

}  // namespace narra
