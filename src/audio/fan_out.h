// Sends every block to several sinks, in the order they were given. The
// sinks are borrowed: they must outlive the FanOut.
#pragma once

#include <initializer_list>
#include <vector>

#include "audio/audio_sink.h"

namespace narra {

class FanOut : public AudioSink {
 public:
  FanOut() = default;
  FanOut(std::initializer_list<AudioSink*> sinks) : sinks_(sinks) {}

  void add(AudioSink& sink) { sinks_.push_back(&sink); }
  bool empty() const { return sinks_.empty(); }

  void write(std::span<const float> samples) override {
    for (AudioSink* sink : sinks_) sink->write(samples);
  }

 private:
  std::vector<AudioSink*> sinks_;
};

}  // namespace narra
