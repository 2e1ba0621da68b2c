#include "feed/feed_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/error.h"

namespace narra {

FeedLock::FeedLock(const std::filesystem::path& feed_path) {
  const std::filesystem::path lock_path = feed_path.string() + ".lock";
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    throw cannot_write(lock_path, std::strerror(errno),
                       "the feed's folder must exist and be writable");
  }
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    const std::string reason = std::strerror(errno);
    ::close(fd_);
    throw cannot_write(lock_path, "cannot lock it: " + reason);
  }
}

FeedLock::~FeedLock() { ::close(fd_); }  // closing releases the flock

}  // namespace narra
