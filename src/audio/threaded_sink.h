// Runs a sink on its own thread: write() hands a copy of each block to a
// bounded queue that a worker thread drains into the wrapped sink, so an
// Opus encoder or a loudness meter works on one core while the stages
// before it work on another. At most about `max_samples` samples wait, so
// memory stays bounded (a single larger block is let through when the
// queue is empty).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "audio/audio_sink.h"

namespace narra {

class ThreadedSink : public AudioSink {
 public:
  // `sink` must outlive this object.
  explicit ThreadedSink(AudioSink& sink, std::size_t max_samples = std::size_t{1} << 18);
  ThreadedSink(const ThreadedSink&) = delete;
  ThreadedSink& operator=(const ThreadedSink&) = delete;
  // Stops the worker; blocks not yet written are dropped (finish() was not called).
  ~ThreadedSink() override;

  // Queues a copy of the block; rethrows the first error the sink raised.
  void write(std::span<const float> samples) override;

  // Waits until every queued block is written, stops the worker, and
  // rethrows the first error the sink raised.
  void finish();

 private:
  void run();

  AudioSink& sink_;
  std::size_t max_samples_;
  std::size_t queued_samples_ = 0;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<float>> queue_;
  bool closing_ = false;
  std::exception_ptr error_;
  std::thread worker_;
};

}  // namespace narra
