#include "core/atomic_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/error.h"
#include "core/termination.h"

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
    throw Error("output folder " + quoted(dir) + " is not a folder", "choose a folder with --output-dir");
  }
  if (::access(dir.c_str(), W_OK | X_OK) != 0) {
    throw Error("output folder " + quoted(dir) + " is not writable",
                "choose another folder with --output-dir, or change its permissions");
  }
}

void require_replaceable(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) return;
  if (fs::is_directory(status)) {
    throw Error("cannot write " + quoted(path) + ": a folder of that name is in the way",
                "rename or remove that folder, or choose another --output-dir");
  }
  const auto writable = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
  if ((status.permissions() & writable) == fs::perms::none || ::access(path.c_str(), W_OK) != 0) {
    throw Error("cannot replace " + quoted(path) + ": the file is read-only",
                "make it writable (chmod u+w) to let narra replace it, or choose another --output-dir");
  }
}

AtomicFile::AtomicFile(fs::path final_path) : final_path_(std::move(final_path)) {
  fs::path dir = final_path_.parent_path();
  if (dir.empty()) dir = ".";
  require_writable_dir(dir);
  require_replaceable(final_path_);
  const std::string pattern = (dir / ("." + final_path_.filename().string() + ".XXXXXX")).string();
  auto [path, fd] = create_temp_file(pattern, final_path_);
  temp_path_ = std::move(path);
  fd_ = fd;
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : final_path_(std::move(other.final_path_)),
      temp_path_(std::move(other.temp_path_)),
      fd_(other.fd_),
      committed_(other.committed_) {
  other.fd_ = -1;
  other.committed_ = true;
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (committed_ || temp_path_.empty()) return;
  std::error_code ec;
  fs::remove(temp_path_, ec);
  unregister_temp_file(temp_path_);
}

std::FILE* AtomicFile::open_stream(const char* mode) const {
  const int copy = ::dup(fd_);
  std::FILE* stream = copy < 0 ? nullptr : ::fdopen(copy, mode);
  if (stream == nullptr) {
    const std::string reason = std::strerror(errno);
    if (copy >= 0) ::close(copy);
    throw cannot_write(final_path_, reason);
  }
  return stream;
}

void AtomicFile::write(std::string_view bytes) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw cannot_write(final_path_, std::strerror(errno), "check the free disk space");
    written += static_cast<std::size_t>(n);
  }
}

void AtomicFile::commit() {
  if (::fsync(fd_) != 0) throw cannot_write(final_path_, std::strerror(errno), "check the free disk space");
  // Renamed while still open, so its lock marks it live until it has its final name.
  if (::rename(temp_path_.c_str(), final_path_.c_str()) != 0) {
    throw cannot_write(final_path_, std::strerror(errno),
                       "check that the path is not a folder and that you may replace it");
  }
  committed_ = true;
  unregister_temp_file(temp_path_);
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throw cannot_write(final_path_, std::strerror(errno), "check the free disk space");
}

void remove_stale_temporaries(const fs::path& dir, std::string_view prefix) {
  constexpr std::size_t kRandomTail = 7;  // ".XXXXXX", as mkstemp fills it in
  const std::string start = "." + std::string(prefix);
  std::error_code ec;
  for (fs::directory_iterator it(dir.empty() ? "." : dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with(start) || name.size() < start.size() + kRandomTail ||
        name[name.size() - kRandomTail] != '.') {
      continue;
    }
    const int fd = ::open(it->path().c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) continue;
    struct stat status {};
    // A live run holds its temporary files locked; a killed one left them unlocked.
    if (::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
      ::unlink(it->path().c_str());
    }
    ::close(fd);
  }
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  AtomicFile file(path);
  file.write(content);
  file.commit();
}

}  // namespace narra
