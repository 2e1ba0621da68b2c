#include "core/process_pool.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>

#include "core/error.h"
#include "core/termination.h"

namespace narra {
namespace {

// One line per message on the pipe: "P done total", "O summary", "E error", "H hint".
std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

void write_all(int fd, const std::string& text) {
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    written += static_cast<std::size_t>(n);
  }
}

JobReport run_here(std::size_t index, const Job& job, const JobChannel& channel) {
  JobReport report{index, false, {}, {}};
  try {
    report.message = job(index, channel);
    report.ok = true;
  } catch (const Error& e) {
    report.message = e.what();
    report.hint = e.hint();
  } catch (const std::exception& e) {
    report.message = e.what();
  }
  return report;
}

[[noreturn]] void run_child(std::size_t index, const Job& job, int fd) {
  const JobChannel channel([fd](std::size_t done, std::size_t total) {
    write_all(fd, "P " + std::to_string(done) + " " + std::to_string(total) + "\n");
  });
  const JobReport report = run_here(index, job, channel);
  std::string message;
  if (report.ok) {
    // A summary may span lines: one "O" line each.
    std::size_t start = 0;
    while (start < report.message.size()) {
      const auto end = std::min(report.message.find('\n', start), report.message.size());
      message += "O " + report.message.substr(start, end - start) + "\n";
      start = end + 1;
    }
  } else {
    message = "E " + one_line(report.message) + "\n";
  }
  if (!report.hint.empty()) message += "H " + one_line(report.hint) + "\n";
  write_all(fd, message);
  ::close(fd);
  std::fflush(nullptr);
  ::_exit(report.ok ? 0 : 1);
}

struct Running {
  std::size_t index = 0;
  pid_t pid = 0;
  std::string pending;  // bytes read but not yet a whole line
  JobReport report;
};

// Handles the complete lines in `running.pending`.
void handle_lines(Running& running, const JobCallbacks& callbacks) {
  std::size_t newline;
  while ((newline = running.pending.find('\n')) != std::string::npos) {
    const std::string line = running.pending.substr(0, newline);
    running.pending.erase(0, newline + 1);
    if (line.size() < 2) continue;
    const std::string body = line.substr(2);
    switch (line[0]) {
      case 'P': {
        std::size_t done = 0, total = 0;
        if (std::sscanf(body.c_str(), "%zu %zu", &done, &total) == 2 && callbacks.on_progress) {
          callbacks.on_progress(running.index, done, total);
        }
        break;
      }
      case 'O':
        running.report.ok = true;
        running.report.message += (running.report.message.empty() ? "" : "\n") + body;
        break;
      case 'E': running.report.ok = false, running.report.message = body; break;
      case 'H': running.report.hint = body; break;
      default: break;
    }
  }
}

}  // namespace

std::vector<JobReport> run_jobs(std::size_t count, std::size_t workers, const Job& job,
                                const JobCallbacks& callbacks) {
  std::vector<JobReport> reports(count);
  if (count <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      const JobChannel channel([&, i](std::size_t done, std::size_t total) {
        if (callbacks.on_progress) callbacks.on_progress(i, done, total);
      });
      reports[i] = run_here(i, job, channel);
      if (callbacks.on_done) callbacks.on_done(reports[i]);
    }
    return reports;
  }

  std::map<int, Running> running;  // by pipe read end
  std::size_t next = 0;
  workers = std::max<std::size_t>(workers, 1);
  while (next < count || !running.empty()) {
    while (next < count && running.size() < workers) {
      int fds[2];
      if (::pipe(fds) != 0) throw Error(std::string("cannot start a worker: ") + std::strerror(errno));
      const pid_t parent = ::getpid();
      const pid_t pid = ::fork();
      if (pid < 0) throw Error(std::string("cannot start a worker: ") + std::strerror(errno));
      if (pid == 0) {
        // Stopped when the parent dies, however it dies: SIGTERM, so that the
        // worker removes its temporary files and stops its own children.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) ::_exit(1);  // the parent died before the line above
        watch_termination_signals();
        ::close(fds[0]);
        run_child(next, job, fds[1]);
      }
      ::close(fds[1]);
      register_child(pid);
      Running entry;
      entry.index = next;
      entry.pid = pid;
      entry.report.index = next;
      entry.report.message.clear();
      running.emplace(fds[0], std::move(entry));
      ++next;
    }
    std::vector<pollfd> polls;
    for (const auto& [fd, entry] : running) polls.push_back({fd, POLLIN, 0});
    if (::poll(polls.data(), polls.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw Error(std::string("waiting for workers failed: ") + std::strerror(errno));
    }
    for (const auto& polled : polls) {
      if (polled.revents == 0) continue;
      Running& entry = running.at(polled.fd);
      char buffer[4096];
      const ssize_t n = ::read(polled.fd, buffer, sizeof buffer);
      if (n > 0) {
        entry.pending.append(buffer, static_cast<std::size_t>(n));
        handle_lines(entry, callbacks);
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      // End of the pipe: the child is done.
      int status = 0;
      while (::waitpid(entry.pid, &status, 0) < 0 && errno == EINTR) {
      }
      unregister_child(entry.pid);
      ::close(polled.fd);
      if (!entry.report.ok && entry.report.message.empty()) {
        entry.report.message = "the worker ended without a report";
      }
      if (WIFSIGNALED(status)) {
        entry.report.ok = false;
        entry.report.stopped = true;
        entry.report.message =
            std::string("the worker was stopped by signal ") + ::strsignal(WTERMSIG(status));
      } else if (WEXITSTATUS(status) != 0) {
        entry.report.ok = false;
      }
      reports[entry.index] = entry.report;
      if (callbacks.on_done) callbacks.on_done(entry.report);
      running.erase(polled.fd);
    }
  }
  return reports;
}

}  // namespace narra
