// Runs independent jobs (one article each) in child processes, at most
// `workers` at a time. eSpeak NG keeps process-global state, so processes,
// not threads, give each job its own synthesiser. A failing job does not stop
// the others. Every job of a batch runs in a fresh process, even with one
// worker, so a job's output does not depend on the jobs before it; a single
// job runs in this process. Running
// children are registered with core/termination.h, so an interrupted batch
// stops as a whole.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace narra {

struct JobReport {
  std::size_t index = 0;
  bool ok = false;
  std::string message;   // the job's one-line summary, or its error
  std::string hint;      // the error's hint, if any
  bool stopped = false;  // the worker was stopped by a signal: the message cannot name what it was doing
};

// What a running job may tell the parent while it runs.
class JobChannel {
 public:
  using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;
  explicit JobChannel(ProgressFn on_progress) : on_progress_(std::move(on_progress)) {}
  // Reports that `done` of `total` steps (chapters) are finished.
  void progress(std::size_t done, std::size_t total) const { on_progress_(done, total); }

 private:
  ProgressFn on_progress_;
};

struct JobCallbacks {
  // A job's progress, as it reports it.
  std::function<void(std::size_t index, std::size_t done, std::size_t total)> on_progress;
  // A job has ended.
  std::function<void(const JobReport&)> on_done;
};

// Runs job(i, channel) for every i in [0, count). A job returns its summary
// line or throws narra::Error (any other exception counts as a failure too).
// Returns the reports in index order.
using Job = std::function<std::string(std::size_t index, const JobChannel& channel)>;
std::vector<JobReport> run_jobs(std::size_t count, std::size_t workers, const Job& job,
                                const JobCallbacks& callbacks);

}  // namespace narra
