// Applies the loudness gain and, when asked, keeps true peaks under a
// ceiling with a look-ahead limiter. Peaks are detected on the signal
// upsampled 8 times (libsoxr), so peaks between samples count too; the gain
// reduction ramps down over the look-ahead before a peak and back up after
// it, so no sample (and no point between samples) passes the ceiling and the
// gain never jumps. Output is delayed internally and flushed by finish():
// the n-th sample out is the n-th sample in.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>

#include "audio/audio_sink.h"
#include "audio/resampler.h"

namespace narra {

struct LimiterReport {
  std::int64_t limited_samples = 0;  // samples whose gain was reduced
  double max_reduction_db = 0;       // largest reduction, dB (>= 0)
};

class GainLimiter : public AudioSink {
 public:
  // Look-ahead and ramp length.
  static constexpr int kLookaheadMs = 5;

  // How peaks are found: between samples too (8x oversampled, for the
  // output), or at the samples only (much cheaper; enough to estimate how
  // much loudness limiting takes away).
  enum class Detection { true_peak, sample_peak };

  // `gain_db` applies to every sample; `limit` switches the limiter on, with
  // its ceiling at `ceiling_dbtp`. `next` is borrowed. Throws Error.
  GainLimiter(int sample_rate, double gain_db, bool limit, double ceiling_dbtp, AudioSink& next,
              Detection detection = Detection::true_peak);
  ~GainLimiter() override;

  void write(std::span<const float> samples) override;

  // Sends the delayed tail to `next`. Call once, after the last write().
  void finish();

  const LimiterReport& report() const { return report_; }

 private:
  class Detector;
  void push_need(double need);
  void emit(double gain);
  void send_emitted();

  float gain_;
  bool limit_;
  double ceiling_;
  std::size_t lookahead_;
  AudioSink& next_;
  std::unique_ptr<Detector> detector_;
  std::unique_ptr<Resampler> upsampler_;
  std::deque<float> pending_;                       // gained samples not yet sent on
  std::int64_t needs_seen_ = 0;                     // needs received (one per input sample)
  std::deque<std::pair<std::int64_t, double>> min_window_;  // increasing needs, by index
  std::deque<double> ramp_;                         // the last `lookahead_` window minima
  double ramp_sum_ = 0;
  std::vector<float> out_;      // this block after the gain
  std::vector<float> emitted_;  // limited samples ready for `next_`
  LimiterReport report_;
};

}  // namespace narra
