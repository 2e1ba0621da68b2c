#include "synthesis/parallel_speech.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "audio/pcm_spool.h"
#include "core/error.h"
#include "core/termination.h"

namespace narra {
namespace {

// Below this much text, a second process is not worth starting.
constexpr std::size_t kMinimumSharedBytes = 2000;

std::size_t spoken_bytes(const ScriptChapter& chapter) {
  std::size_t bytes = 0;
  for (const auto& paragraph : chapter.paragraphs) {
    for (const auto& sentence : paragraph.sentences) bytes += sentence.spoken.size();
  }
  return bytes;
}

// The first chapter of the second half: where the spoken text before it is
// closest to half the whole. 0 when the script cannot be shared.
std::size_t halfway_chapter(const Script& script) {
  std::size_t total = 0;
  for (const auto& chapter : script.chapters) total += spoken_bytes(chapter);
  if (script.chapters.size() < 2 || total < kMinimumSharedBytes) return 0;
  std::size_t best = 0;
  std::size_t best_gap = total;
  std::size_t before = 0;
  for (std::size_t c = 1; c < script.chapters.size(); ++c) {
    before += spoken_bytes(script.chapters[c - 1]);
    const std::size_t gap = before > total - before ? before - (total - before) : (total - before) - before;
    if (gap < best_gap) best = c, best_gap = gap;
  }
  return best;
}

void write_all(int fd, const std::string& bytes) {
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

std::string read_all(int fd) {
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

// In the child: speaks chapters [first, end) into `spool`, sends back "T"
// and the timeline, or "E" and the error, and ends without running any
// destructor (the spool file belongs to the parent).
[[noreturn]] void speak_in_child(Synthesiser& synthesiser, const Script& script, std::size_t first,
                                 PcmSpool& spool, int report_fd, pid_t parent) {
  // Stopped with the parent: by its signal, or when it dies.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(1);  // the parent died before the line above
  std::string report;
  int status = 0;
  try {
    const Timeline later = synthesiser.speak_chapters(script, first, script.chapters.size(), spool);
    spool.flush();
    report = "T" + serialise_timeline(later);
  } catch (const std::exception& error) {
    report = std::string("E") + error.what();
    status = 1;
  }
  write_all(report_fd, report);
  ::_exit(status);
}

}  // namespace

Timeline speak_in_parallel(Synthesiser& synthesiser, const Script& script, AudioSink& sink, unsigned threads,
                           const PcmSpool& spool, const Synthesiser::ChapterProgress& progress) {
  const std::size_t half = halfway_chapter(script);
  if (half == 0) return synthesiser.speak(script, sink, progress);
  PcmSpool later_audio(spool, "later");
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    throw Error(std::string("cannot start a second synthesiser: ") + std::strerror(errno));
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw Error(std::string("cannot start a second synthesiser: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    speak_in_child(synthesiser, script, half, later_audio, fds[1], parent);
  }
  ::close(fds[1]);
  register_child(pid);
  // Reaps the child however this function ends.
  struct Child {
    pid_t pid;
    int fd;
    int status = 0;
    bool reaped = false;
    int wait() {
      if (!reaped) {
        ::close(fd);
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        unregister_child(pid);
        reaped = true;
      }
      return status;
    }
    ~Child() {
      if (!reaped) ::kill(pid, SIGKILL);
      wait();
    }
  } child{pid, fds[0]};

  // On one core the child speaks first, alone.
  std::string report;
  if (threads < 2) report = read_all(child.fd);
  Timeline timeline = synthesiser.speak_chapters(script, 0, half, sink, progress);
  if (threads >= 2) report = read_all(child.fd);
  const int status = child.wait();
  if (report.empty() || report[0] != 'T' || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw Error("the second synthesiser failed: " + (report.size() > 1 && report[0] == 'E'
                                                         ? report.substr(1)
                                                         : std::string("it ended without a report")));
  }
  later_audio.count_outside_writes();
  later_audio.replay(sink);
  append_timeline(timeline, parse_timeline(std::string_view(report).substr(1)));
  if (progress) progress(script.chapters.size(), script.chapters.size());
  return timeline;
}

}  // namespace narra
