#include "audio/threaded_sink.h"

namespace narra {

ThreadedSink::ThreadedSink(AudioSink& sink, std::size_t max_samples)
    : sink_(sink), max_samples_(max_samples) {}

ThreadedSink::~ThreadedSink() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
    queue_.clear();
    queued_samples_ = 0;
  }
  changed_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void ThreadedSink::write(std::span<const float> samples) {
  // The thread starts with the first block, not before: a process that forks
  // between making this sink and writing to it (the synthesis split does)
  // forks with no thread of ours that could hold a lock the child needs.
  if (!worker_.joinable()) worker_ = std::thread([this] { run(); });
  std::unique_lock lock(mutex_);
  changed_.wait(lock,
                [&] { return queue_.empty() || queued_samples_ + samples.size() <= max_samples_ || error_; });
  if (error_) std::rethrow_exception(error_);
  queue_.emplace_back(samples.begin(), samples.end());
  queued_samples_ += samples.size();
  lock.unlock();
  changed_.notify_all();
}

void ThreadedSink::finish() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (worker_.joinable()) worker_.join();
  if (error_) std::rethrow_exception(error_);
}

void ThreadedSink::run() {
  while (true) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !queue_.empty() || closing_; });
    if (queue_.empty()) return;
    std::vector<float> block = std::move(queue_.front());
    queue_.pop_front();
    queued_samples_ -= block.size();
    lock.unlock();
    changed_.notify_all();
    try {
      sink_.write(block);
    } catch (...) {
      std::lock_guard error_lock(mutex_);
      error_ = std::current_exception();
      queue_.clear();
      queued_samples_ = 0;
      changed_.notify_all();
      return;
    }
  }
}

}  // namespace narra
