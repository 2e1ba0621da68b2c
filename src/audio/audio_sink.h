// Where a stage sends audio: mono float samples in [-1, 1] at the rate the
// stage was set up with. Stages pass audio on in blocks; a sink never keeps
// a pointer to a block after write() returns.
#pragma once

#include <span>

namespace narra {

class AudioSink {
 public:
  virtual ~AudioSink() = default;
  virtual void write(std::span<const float> samples) = 0;
};

}  // namespace narra
