// Where an article comes from: a file or standard input, read whole once,
// before any format is known.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace narra {

// The file name that means standard input.
inline constexpr const char* kStdinPath = "-";

struct ArticleSource {
  std::filesystem::path origin;  // names the article in messages: the file, or "<stdin>"
  std::string stem;              // the file's name without extension; empty for stdin
  std::string bytes;             // as read, at most kMaxArticleBytes
};

// Reads `path` ("-" reads standard input) within the article size limit.
// Throws Error naming it when it is missing, not a file, or too large.
ArticleSource read_article_source(const std::filesystem::path& path);

// The source's bytes as text: a UTF-8 byte order mark dropped. Throws Error
// naming the source when they are not UTF-8 text, or hold no text at all.
std::string_view source_text(const ArticleSource& source);

}  // namespace narra
