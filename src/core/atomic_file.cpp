#include "core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/error.h"
#include "core/temp_registry.h"

namespace narra {
namespace fs = std::filesystem;

void require_writable_dir(const fs::path& dir) {
  std::error_code ec;
  const auto status = fs::status(dir, ec);
  if (!fs::exists(status)) {
    throw Error("output folder " + quoted(dir) + " does not exist",
                "create it first, or choose another with --output-dir");
  }
  if (!fs::is_directory(status)) {
    throw Error("output folder " + quoted(dir) + " is not a folder",
                "choose a folder with --output-dir");
  }
  if (::access(dir.c_str(), W_OK | X_OK) != 0) {
    throw Error("output folder " + quoted(dir) + " is not writable",
                "choose another folder with --output-dir, or change its permissions");
  }
}

AtomicFile::AtomicFile(fs::path final_path) : final_path_(std::move(final_path)) {
  fs::path dir = final_path_.parent_path();
  if (dir.empty()) dir = ".";
  require_writable_dir(dir);
  std::string pattern = (dir / ("." + final_path_.filename().string() + ".XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  const int fd = ::mkstemp(buffer.data());
  if (fd < 0) throw cannot_write(final_path_, std::strerror(errno));
  ::fchmod(fd, 0644);
  ::close(fd);
  temp_path_ = buffer.data();
  register_temp_file(temp_path_);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : final_path_(std::move(other.final_path_)),
      temp_path_(std::move(other.temp_path_)),
      committed_(other.committed_) {
  other.committed_ = true;
}

AtomicFile::~AtomicFile() {
  if (committed_ || temp_path_.empty()) return;
  std::error_code ec;
  fs::remove(temp_path_, ec);
  unregister_temp_file(temp_path_);
}

void AtomicFile::commit() {
  const int fd = ::open(temp_path_.c_str(), O_RDONLY);
  if (fd < 0 || ::fsync(fd) != 0) {
    const std::string reason = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    throw cannot_write(final_path_, reason);
  }
  ::close(fd);
  if (::rename(temp_path_.c_str(), final_path_.c_str()) != 0) {
    throw cannot_write(final_path_, std::strerror(errno),
                       "check that the path is not a folder and that you may replace it");
  }
  committed_ = true;
  unregister_temp_file(temp_path_);
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  AtomicFile file(path);
  const int fd = ::open(file.temp_path().c_str(), O_WRONLY | O_TRUNC);
  if (fd < 0) throw cannot_write(path, std::strerror(errno));
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string reason = std::strerror(errno);
      ::close(fd);
      throw cannot_write(path, reason);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) throw cannot_write(path, std::strerror(errno));
  file.commit();
}

}  // namespace narra
