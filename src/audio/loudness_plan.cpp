#include "audio/loudness_plan.h"

#include <cmath>

#include "audio/gain_limiter.h"
#include "audio/pcm_spool.h"

namespace narra {

LoudnessPlan plan_loudness(const LoudnessFigures& measured, const LoudnessTarget& target) {
  if (!std::isfinite(measured.integrated_lufs)) return {};
  LoudnessPlan plan;
  plan.gain_db = target.integrated_lufs - measured.integrated_lufs;
  plan.limit_peaks = measured.true_peak_dbtp + plan.gain_db > target.limiter_ceiling_dbtp();
  return plan;
}


LoudnessPlan compensate_limiting(PcmSpool& spool, int sample_rate, const LoudnessPlan& plan,
                                 const LoudnessTarget& target) {
  if (!plan.limit_peaks) return plan;
  LoudnessMeter meter(sample_rate, false);
  // Sample peaks are enough to estimate the loudness limiting takes away.
  GainLimiter limiter(sample_rate, plan.gain_db, true, target.limiter_ceiling_dbtp(), meter,
                      GainLimiter::Detection::sample_peak);
  spool.replay(limiter);
  limiter.finish();
  const double limited_lufs = meter.figures().integrated_lufs;
  if (!std::isfinite(limited_lufs)) return plan;
  return {plan.gain_db + target.integrated_lufs - limited_lufs, true};
}

}  // namespace narra
