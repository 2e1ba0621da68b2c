// Where an article comes from: a file, standard input or a web page (an
// http:// or https:// address), read whole once, before any format is known.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "fetch/web_page.h"

namespace narra {

// The file name that means standard input.
inline constexpr const char* kStdinPath = "-";

struct ArticleSource {
  std::filesystem::path origin;  // names the article in messages: the file, the address, or "<stdin>"
  std::string stem;              // source_stem(): empty for stdin
  std::string bytes;             // as read, at most kMaxArticleBytes; a web page converted to UTF-8
  std::string url;               // a web page's address after redirects; empty for files and stdin
};

// Reads `path` ("-" reads standard input, an http:// or https:// address
// fetches the page with `fetch`) within the article size limit. Throws Error
// naming it when it is missing, not a file, too large, cannot be fetched, is
// not HTML, or is in a character set that cannot be read.
ArticleSource read_article_source(const std::filesystem::path& path, const FetchOptions& fetch = {});

// The name an article's files take: a file's name without extension; for a
// web address, the last segment of its path ("/2026/11/siccita-in-sicilia.html"
// → "siccita-in-sicilia"), else its host, as ASCII letters, digits and
// hyphens, never a device name; empty for stdin.
std::string source_stem(const std::filesystem::path& path);

// The source's bytes as text: a UTF-8 byte order mark dropped. Throws Error
// naming the source when they are not UTF-8 text, or hold no text at all.
std::string_view source_text(const ArticleSource& source);

}  // namespace narra
