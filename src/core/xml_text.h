// Text that every document narra writes can hold: an XML feed, an ID3 tag, a
// web page. XML 1.0 refuses some code points outright, and a feed holding one
// is not a feed any more, so metadata is cleaned where it enters narra (the
// article's title, author and chapters, the command-line texts).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace narra {

// True for a code point XML 1.0 can hold that is not a noncharacter: not a
// C0 control other than tab, line feed and carriage return, not a surrogate,
// not U+FDD0–U+FDEF, not U+xFFFE or U+xFFFF in any plane, not above U+10FFFF.
bool is_document_character(char32_t cp);

// `text` with every code point is_document_character() refuses dropped, and
// each run of bytes that is not well-formed UTF-8 (a Latin-1 byte, a
// surrogate encoded on its own as CESU-8 does) replaced by one U+FFFD.
// Text that needs no cleaning comes back unchanged.
std::string document_text(std::string_view text);

// The byte offset of the first code point is_document_character() refuses,
// or of the first byte that is not well-formed UTF-8; nullopt when none.
std::optional<std::size_t> find_non_document_character(std::string_view text);

}  // namespace narra
