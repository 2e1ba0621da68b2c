// Serialises every read-modify-write of one feed across processes: an
// exclusive flock(2) on ".narra/FEED.lock" in the feed's folder (the folder
// of the target of a feed given as a symbolic link), held for the lifetime of
// the object. The lock file is left in place (removing it would let two
// processes lock two different files).
#pragma once

#include <filesystem>

namespace narra {

class FeedLock {
 public:
  // Blocks until the lock is ours. Throws Error when the lock file cannot be
  // created (missing or read-only folder) or is a symbolic link.
  explicit FeedLock(const std::filesystem::path& feed_path);
  ~FeedLock();
  FeedLock(const FeedLock&) = delete;
  FeedLock& operator=(const FeedLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace narra
