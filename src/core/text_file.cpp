#include "core/text_file.h"

#include "core/error.h"
#include "core/file_bytes.h"
#include "core/utf8.h"

namespace narra {
namespace fs = std::filesystem;

void check_text(std::string_view text, const fs::path& origin) {
  if (text.size() >= 2 &&
      ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    throw cannot_read(origin, "the file is UTF-16 (it starts with a UTF-16 byte order mark)",
                      "save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8");
  }
  if (const auto nul = text.find('\0'); nul != std::string::npos) {
    throw cannot_read(origin, "it is not a text file (NUL byte at byte " + std::to_string(nul) + ")",
                      "pass a UTF-8 text, Markdown or HTML article");
  }
  if (const auto bad = find_invalid_utf8(text)) {
    throw cannot_read(origin, "not valid UTF-8 at byte " + std::to_string(*bad),
                      "save the file as UTF-8, e.g. iconv -f LATIN1 -t UTF-8");
  }
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    throw cannot_read(origin, "the article is empty", "pass a file that contains text");
  }
}

std::string read_text_file(const fs::path& path, std::size_t max_bytes) {
  std::string text =
      read_file_bytes(path, max_bytes, {"check the path", "split the article into smaller files"});
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  check_text(text, path);
  return text;
}

}  // namespace narra
