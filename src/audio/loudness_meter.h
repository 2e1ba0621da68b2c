// Loudness of a mono stream after ITU-R BS.1770-4 / EBU R128, measured by
// libebur128 in dual-mono mode: the mono channel counts as if it played on
// two loudspeakers, as podcast loudness targets assume (a plain mono
// measurement of the same signal reads about 3 LU lower). True peaks are
// found 8x oversampled by InterSamplePeaks, which interpolates only where a
// new highest peak is possible.
#pragma once

#include <memory>
#include <vector>

#include "audio/audio_sink.h"
#include "audio/inter_sample_peaks.h"

namespace narra {

struct LoudnessFigures {
  double integrated_lufs = 0;   // LUFS (dual mono); -HUGE_VAL for silence
  double true_peak_dbtp = 0;    // dBTP, 8x oversampled
  double sample_peak_dbfs = 0;  // dBFS
};

class LoudnessMeter : public AudioSink {
 public:
  // `sample_rate` in Hz. Memory stays constant however long the stream
  // (histogram mode). Without `peaks` only integrated_lufs is measured and
  // the peaks read -inf. Throws Error when libebur128 cannot start.
  explicit LoudnessMeter(int sample_rate, bool peaks = true);

  void write(std::span<const float> samples) override;

  // The figures for everything written so far.
  LoudnessFigures figures() const;

  // The figures of the meters' streams taken as one stream (the parts of one
  // episode, measured on several threads): loudness over all their gating
  // blocks, the highest peaks. All must measure the same things.
  static LoudnessFigures combined(const std::vector<const LoudnessMeter*>& meters);

 private:
  struct State;  // libebur128's state (loudness_meter.cpp)
  struct StateDelete {
    void operator()(State* state) const noexcept;
  };

  std::unique_ptr<State, StateDelete> state_;
  bool peaks_;
  InterSamplePeaks true_peaks_;
  float true_peak_ = 0;
  float sample_peak_ = 0;
};

// Decibels of a linear amplitude, and back.
double to_db(double amplitude);
double from_db(double decibels);

}  // namespace narra
