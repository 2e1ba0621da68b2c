// Applies the loudness gain and, when asked, keeps true peaks under a
// ceiling with a look-ahead limiter. Peaks are detected between samples too
// (8x oversampled, inter_sample_peaks.h); the gain reduction ramps down over
// the look-ahead before a peak and back up after it, so no sample (and no
// point between samples) passes the ceiling and the gain never jumps.
// Output is delayed internally and flushed by finish(): the n-th sample out
// is the n-th sample in.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "audio/audio_sink.h"
#include "audio/inter_sample_peaks.h"

namespace narra {

struct LimiterReport {
  std::int64_t limited_samples = 0;  // samples whose gain was reduced
  double max_reduction_db = 0;       // largest reduction, dB (>= 0)
};

// The report of a stream limited in parts: the parts' reports together.
LimiterReport combined(std::span<const LimiterReport> parts);

class GainLimiter : public AudioSink {
 public:
  // Look-ahead and ramp length.
  static constexpr int kLookaheadMs = 5;

  // How peaks are found: between samples too (for the output), or at the
  // samples only (cheaper; enough to estimate how much loudness limiting
  // takes away).
  enum class Detection { true_peak, sample_peak };

  // `gain_db` applies to every sample; `limit` switches the limiter on, with
  // its ceiling at `ceiling_dbtp`. `next` is borrowed.
  GainLimiter(int sample_rate, double gain_db, bool limit, double ceiling_dbtp, AudioSink& next,
              Detection detection = Detection::true_peak);

  void write(std::span<const float> samples) override;

  // Sends the delayed tail to `next`. Call once, after the last write().
  void finish();

  const LimiterReport& report() const { return report_; }

 private:
  void push_peak(float peak);
  void emit(double gain);
  void send_emitted();

  float gain_;
  bool limit_;
  float ceiling_;
  std::size_t lookahead_;
  AudioSink& next_;
  std::unique_ptr<InterSamplePeaks> detector_;  // null: sample peaks
  std::vector<float> pending_;                  // gained samples not yet sent on, from pending_head_
  std::size_t pending_head_ = 0;
  std::int64_t needs_seen_ = 0;                              // needs received (one per input sample)
  std::int64_t last_reduced_ = -1;                           // the latest need below 1
  std::vector<std::pair<std::int64_t, double>> min_window_;  // increasing needs, by index, from min_head_
  std::size_t min_head_ = 0;
  std::vector<double> ramp_;  // the last `lookahead_` window minima, a ring
  std::size_t ramp_next_ = 0;
  double ramp_sum_ = 0;
  bool at_rest_ = false;        // every need in the ramp and window is 1: gain is exactly 1
  std::vector<float> out_;      // this block after the gain
  std::vector<float> emitted_;  // limited samples ready for `next_`
  LimiterReport report_;
};

}  // namespace narra
