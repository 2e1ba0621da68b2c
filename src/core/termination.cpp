#include "core/termination.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "core/error.h"

namespace narra {
namespace {

std::mutex registry_mutex;
std::set<std::string> temp_files;
std::set<pid_t> children;

sigset_t termination_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

[[noreturn]] void terminate_by(int signal_number) {
  {
    std::lock_guard lock(registry_mutex);
    for (const auto& path : temp_files) ::unlink(path.c_str());
    for (const pid_t child : children) ::kill(child, signal_number);
  }
  ::signal(signal_number, SIG_DFL);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, signal_number);
  pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
  ::raise(signal_number);
  ::_exit(128 + signal_number);
}

}  // namespace

void watch_termination_signals() {
  {
    // After fork() the registry holds the parent's entries: they are not ours.
    std::lock_guard lock(registry_mutex);
    temp_files.clear();
    children.clear();
  }
  const sigset_t set = termination_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::thread([set] {
    int signal_number = 0;
    while (sigwait(&set, &signal_number) != 0) {
    }
    terminate_by(signal_number);
  }).detach();
}

std::pair<std::filesystem::path, int> create_temp_file(const std::string& pattern,
                                                       const std::filesystem::path& final_path) {
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  std::lock_guard lock(registry_mutex);
  // mkstemp opens with O_CREAT | O_EXCL: a symbolic link planted at the name
  // makes it fail or pick another name, never write where the link points.
  const int fd = ::mkstemp(buffer.data());
  if (fd < 0) throw cannot_write(final_path, std::strerror(errno));
  ::fchmod(fd, 0644);
  // Held until the file is renamed into place or removed: a later run tells
  // a live temporary file from one a killed run left by this lock.
  ::flock(fd, LOCK_EX | LOCK_NB);
  temp_files.insert(buffer.data());
  return {std::filesystem::path(buffer.data()), fd};
}

void register_temp_file(const std::filesystem::path& path) {
  std::lock_guard lock(registry_mutex);
  temp_files.insert(path.string());
}

void unregister_temp_file(const std::filesystem::path& path) {
  std::lock_guard lock(registry_mutex);
  temp_files.erase(path.string());
}

void register_child(pid_t pid) {
  std::lock_guard lock(registry_mutex);
  children.insert(pid);
}

void unregister_child(pid_t pid) {
  std::lock_guard lock(registry_mutex);
  children.erase(pid);
}

}  // namespace narra
