// Front matter: a YAML block at the very top of a Markdown or plain-text
// article, opened by a line "---" and closed by a line "---" or "...":
//
//   ---
//   title: "Vertice: si tratta"
//   author: Anna Neri
//   ---
//
// Parsed with libyaml. The top level is a mapping; `title`, `author`, `date`,
// `lang` (or `language`), `cover` (or `image`), `description` and `url` (or
// `canonical`) take one scalar each, read
// as its text (a date or a number is taken as written); other keys may hold
// anything and are ignored. Aliases (*name) are refused, so a block cannot
// make the parser expand a small text into a huge one.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace narra {

struct FrontMatter {
  std::string title, author, date, language, cover, description, source_url;  // empty when not given
  std::size_t body_start = 0;  // byte offset of the text after the block; 0 without a block
};

// Reads the front matter at the start of `text`, if there is one. Throws
// Error naming `origin` and the line when the block is never closed, is not
// valid YAML, is not a mapping, nests deeper than kMaxFrontMatterDepth, uses
// an alias, repeats a key, or gives a list or mapping to one of the keys above.
FrontMatter read_front_matter(std::string_view text, const std::filesystem::path& origin);

inline constexpr int kMaxFrontMatterDepth = 64;

}  // namespace narra
