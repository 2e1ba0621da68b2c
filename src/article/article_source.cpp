#include "article/article_source.h"

#include <iostream>

#include "core/file_bytes.h"
#include "core/text_file.h"

namespace narra {
namespace fs = std::filesystem;

ArticleSource read_article_source(const fs::path& path) {
  if (path == kStdinPath) {
    return {"<stdin>", {},
            read_stream_bytes(std::cin, "<stdin>", kMaxArticleBytes, {{}, "split the article into smaller pieces"})};
  }
  return {path, path.stem().string(),
          read_file_bytes(path, kMaxArticleBytes, {"check the path", "split the article into smaller files"})};
}

std::string_view source_text(const ArticleSource& source) {
  std::string_view text = source.bytes;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  check_text(text, source.origin);
  return text;
}

}  // namespace narra
