// Character-level cleanup of written text before it is read: Unicode NFC,
// then one spelling per mark, so later stages see a small, fixed alphabet.
#pragma once

#include <string>
#include <string_view>

namespace narra {

// Returns `text` in NFC with:
// - curly and low double quotes (“ ” „ ‟) as ", curly single quotes and
//   apostrophes (‘ ’ ‚ ‛ ′) as ', single guillemets ‹ › as « »;
// - figure dash and horizontal bar as —, hyphens U+2010/U+2011 and the minus
//   sign as -;
// - "..." as …;
// - no-break, thin and other fixed-width spaces, tabs and line breaks as one
//   space; zero-width characters, the byte order mark and soft hyphens removed;
//   other control characters, noncharacters and bytes that are not UTF-8
//   removed or replaced first (core/xml_text.h);
// - runs of spaces collapsed and the ends trimmed.
std::string normalise_typography(std::string_view text);

// The most characters a title or author keeps in tags, feeds and pages, and
// in the opening sentence that speaks them.
constexpr std::size_t kMaxTitleCharacters = 200;

// `text` (valid UTF-8) when it has at most `max_characters` characters; else
// cut at the last space within the limit (or at the limit, between
// characters, when there is none) and ended with "…".
std::string bounded_title(std::string_view text, std::size_t max_characters = kMaxTitleCharacters);

}  // namespace narra

namespace narra {

// A file name stem for a title: lower case ASCII letters and digits, accents
// dropped, words joined by '-' ("Rassegna del 28 novembre" →
// "rassegna-del-28-novembre"); `fallback` when nothing is left.
std::string file_stem_for(std::string_view title, std::string_view fallback);

}  // namespace narra
