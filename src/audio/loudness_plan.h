// How loud an episode should be made: one static gain to reach the target
// integrated loudness, and whether peaks then need limiting.
#pragma once

#include <cmath>
#include <limits>
#include <vector>

#include "audio/loudness_meter.h"
#include "audio/sample_range.h"

namespace narra {

struct LoudnessTarget {
  double integrated_lufs = -16.0;  // dual-mono LUFS
  double ceiling_dbtp = -1.0;      // true peak of the encoded files
  // Lossy encoders raise true peaks (about +0.5 dB measured at 64 kbit/s MP3
  // and 48 kbit/s Opus), so the limiter aims this far below the ceiling.
  double encoding_margin_db = 1.0;

  double limiter_ceiling_dbtp() const { return ceiling_dbtp - encoding_margin_db; }
};

// The deepest the limiter may cut peaks to reach a loudness target: deeper,
// speech sounds crushed and the encoders' overshoot outgrows their margin.
constexpr double kMaxLimitingDb = 12.0;

struct LoudnessPlan {
  double gain_db = 0;        // applied to every sample
  bool limit_peaks = false;  // gain alone would push true peaks above the limiter ceiling
  double max_gain_db = 0;    // the gain at which the limiter cuts kMaxLimitingDb
  // The loudness reached when the target lies beyond max_gain_db (the gain is
  // then max_gain_db); NaN when the target is reached.
  double reachable_lufs = std::numeric_limits<double>::quiet_NaN();

  bool target_out_of_reach() const { return !std::isnan(reachable_lufs); }
};

// The plan for audio measured as `measured`. Silence (no integrated
// loudness) gets no gain.
LoudnessPlan plan_loudness(const LoudnessFigures& measured, const LoudnessTarget& target);

class PcmSpool;

// Limiting takes some loudness away. When `plan` limits peaks, runs the
// spooled audio (at `sample_rate` Hz) through gain and limiter once without
// writing anything, measures the result and raises the gain by what was
// lost, up to `plan.max_gain_db` (then the plan says what loudness it
// reaches); otherwise returns `plan` unchanged. The `segments` (which cover the
// spool, cut in silence) run on up to `threads` threads at once. Throws Error.
LoudnessPlan compensate_limiting(PcmSpool& spool, int sample_rate, const std::vector<SampleRange>& segments,
                                 const LoudnessPlan& plan, const LoudnessTarget& target, unsigned threads);

}  // namespace narra
