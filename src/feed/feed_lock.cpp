#include "feed/feed_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/episode_files.h"
#include "core/error.h"
#include "feed/feed_document.h"

namespace narra {

FeedLock::FeedLock(const std::filesystem::path& feed_path) {
  // In the state folder beside the file the feed really is, so that every
  // name of it shares one lock and the published folder holds no lock file.
  const std::filesystem::path target = feed_file_target(feed_path);
  const std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    throw cannot_write(feed_path, "its folder does not exist",
                       "the feed's folder must exist and be writable");
  }
  const std::filesystem::path lock_path = make_state_dir(folder) / (target.filename().string() + ".lock");
  // Never through a link: a link planted where the lock file goes would make
  // narra create a file wherever it points.
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd_ < 0 && errno == ELOOP) {
    throw cannot_write(feed_path, "its lock file " + quoted(lock_path) + " is a symbolic link",
                       "remove that link; narra makes the lock file itself");
  }
  if (fd_ < 0) {
    const bool no_folder = errno == ENOENT;
    throw cannot_write(feed_path,
                       no_folder ? "its folder does not exist"
                                 : std::string("cannot lock it (") + std::strerror(errno) + ")",
                       "the feed's folder must exist and be writable");
  }
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    const std::string reason = std::strerror(errno);
    ::close(fd_);
    throw cannot_write(feed_path, "cannot lock it (" + reason + ")");
  }
}

FeedLock::~FeedLock() { ::close(fd_); }  // closing releases the flock

}  // namespace narra
