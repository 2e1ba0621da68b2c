#include "core/text_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/utf8.h"

namespace narra {
namespace fs = std::filesystem;

void check_text(const std::string& text, const fs::path& origin) {
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                           (text[0] == '\xFE' && text[1] == '\xFF'))) {
    throw cannot_read(origin, "the file is UTF-16 (it starts with a UTF-16 byte order mark)",
                      "save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8");
  }
  if (const auto nul = text.find('\0'); nul != std::string::npos) {
    throw cannot_read(origin,
                      "it is not a text file (NUL byte at byte " + std::to_string(nul) + ")",
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
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) {
    throw cannot_read(path, "no such file", "check the path");
  }
  if (fs::is_directory(status)) {
    throw cannot_read(path, "it is a folder, not a file", "pass the article file itself");
  }
  if (!fs::is_regular_file(status)) {
    throw cannot_read(path, "it is not a regular file", "pass the article file itself");
  }
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    throw cannot_read(path,
                      "the file is " + std::to_string(size) + " bytes, more than the limit of " +
                          std::to_string(max_bytes),
                      "split the article into smaller files");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw cannot_read(path, std::strerror(errno), "check the file's permissions");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  check_text(text, path);
  return text;
}

}  // namespace narra
