#include "feed/feed_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/error.h"
#include "feed/feed_document.h"

namespace narra {

FeedLock::FeedLock(const std::filesystem::path& feed_path) {
  // Beside the file the feed really is, so that every name of it shares one lock.
  const std::filesystem::path lock_path = feed_file_target(feed_path).string() + ".lock";
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
