#include "core/file_bytes.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/error.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

Error too_large(const fs::path& origin, std::size_t max_bytes, const FileHints& hints) {
  return cannot_read(origin, "more than the limit of " + std::to_string(max_bytes) + " bytes",
                     hints.too_large);
}

}  // namespace

std::string read_stream_bytes(std::istream& in, const fs::path& origin, std::size_t max_bytes,
                              const FileHints& hints) {
  std::string bytes;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes) throw too_large(origin, max_bytes, hints);
  }
  if (in.bad()) throw cannot_read(origin, std::strerror(errno), "check the file's permissions");
  return bytes;
}

std::string read_file_bytes(const fs::path& path, std::size_t max_bytes, const FileHints& hints) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw cannot_read(path, "no such file", hints.missing);
  if (fs::is_directory(status)) throw cannot_read(path, "it is a folder, not a file", "pass the file itself");
  if (!fs::is_regular_file(status))
    throw cannot_read(path, "it is not a regular file", "pass the file itself");
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) throw too_large(path, max_bytes, hints);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw cannot_read(path, std::strerror(errno), "check the file's permissions");
  return read_stream_bytes(in, path, max_bytes, hints);
}

}  // namespace narra
