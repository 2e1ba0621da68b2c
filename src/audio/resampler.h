// A streaming sample-rate converter (libsoxr, high quality, linear phase):
// blocks in at `input_rate`, blocks out to `next` at `output_rate`. The
// output is time-aligned with the input (libsoxr removes its own delay), so
// a position t seconds into the input is t seconds into the output.
#pragma once

#include <memory>
#include <vector>

#include "audio/audio_sink.h"

struct soxr;  // libsoxr's resampler (<soxr.h>)

namespace narra {

struct SoxrDelete {
  void operator()(soxr* resampler) const noexcept;
};
using SoxrPtr = std::unique_ptr<soxr, SoxrDelete>;

class Resampler : public AudioSink {
 public:
  // Rates in Hz. `next` is borrowed and must outlive the Resampler. Throws Error.
  Resampler(int input_rate, int output_rate, AudioSink& next);

  void write(std::span<const float> samples) override;

  // Drains the converter's tail into `next`. Call once, after the last write().
  void finish();

  int output_rate() const { return output_rate_; }

 private:
  void process(const float* input, std::size_t count);

  int output_rate_;
  double ratio_;
  SoxrPtr soxr_;
  AudioSink& next_;
  std::vector<float> buffer_;
};

}  // namespace narra
