// Loudness of a mono stream after ITU-R BS.1770-4 / EBU R128, measured by
// libebur128 in dual-mono mode: the mono channel counts as if it played on
// two loudspeakers, as podcast loudness targets assume (a plain mono
// measurement of the same signal reads about 3 LU lower).
#pragma once

#include <ebur128.h>

#include <memory>

#include "audio/audio_sink.h"

namespace narra {

struct Ebur128Close {
  void operator()(ebur128_state* state) const noexcept { ebur128_destroy(&state); }
};
using Ebur128Ptr = std::unique_ptr<ebur128_state, Ebur128Close>;

struct LoudnessFigures {
  double integrated_lufs = 0;  // LUFS (dual mono); -HUGE_VAL for silence
  double true_peak_dbtp = 0;   // dBTP, 4x oversampled below 96 kHz
  double sample_peak_dbfs = 0; // dBFS
};

class LoudnessMeter : public AudioSink {
 public:
  // `sample_rate` in Hz. Memory stays constant however long the stream
  // (histogram mode). Without `peaks` (cheaper: true peak needs 4x
  // oversampling) only integrated_lufs is measured and the peaks read
  // -inf. Throws Error when libebur128 cannot start.
  explicit LoudnessMeter(int sample_rate, bool peaks = true);

  void write(std::span<const float> samples) override;

  // The figures for everything written so far.
  LoudnessFigures figures() const;

 private:
  Ebur128Ptr state_;
  bool peaks_;
};

// Decibels of a linear amplitude, and back.
double to_db(double amplitude);
double from_db(double decibels);

}  // namespace narra
