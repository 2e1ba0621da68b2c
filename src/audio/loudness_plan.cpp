#include "audio/loudness_plan.h"

#include <cmath>
#include <optional>

#include "audio/gain_limiter.h"
#include "audio/pcm_spool.h"
#include "audio/segment_plan.h"
#include "core/parallel.h"

namespace narra {

LoudnessPlan plan_loudness(const LoudnessFigures& measured, const LoudnessTarget& target) {
  if (!std::isfinite(measured.integrated_lufs)) return {};
  LoudnessPlan plan;
  plan.gain_db = target.integrated_lufs - measured.integrated_lufs;
  plan.limit_peaks = measured.true_peak_dbtp + plan.gain_db > target.limiter_ceiling_dbtp();
  plan.max_gain_db = target.limiter_ceiling_dbtp() - measured.true_peak_dbtp + kMaxLimitingDb;
  return plan;
}

namespace {
// The dry run's parts: a fixed number, so the plan never depends on the cores.
constexpr std::size_t kDryRunParts = 4;

// The integrated loudness of the spool after `gain_db` and the limiter,
// without writing anything.
double limited_loudness(PcmSpool& spool, int sample_rate, const std::vector<SampleRange>& segments,
                        double gain_db, const LoudnessTarget& target, unsigned threads) {
  // A meter holds a few tens of kB: a handful of long parts, whatever the length.
  const std::vector<SampleRange> parts = group_segments(segments, kDryRunParts);
  std::vector<std::optional<LoudnessMeter>> meters(parts.size());
  run_in_parallel(parts.size(), threads, [&](std::size_t k) {
    LoudnessMeter& meter = meters[k].emplace(sample_rate, false);
    // Sample peaks are enough to estimate the loudness limiting takes away.
    GainLimiter limiter(sample_rate, gain_db, true, target.limiter_ceiling_dbtp(), meter,
                        GainLimiter::Detection::sample_peak);
    spool.replay(limiter, parts[k]);
    limiter.finish();
  });
  std::vector<const LoudnessMeter*> measured;
  for (const auto& meter : meters) measured.push_back(&*meter);
  return LoudnessMeter::combined(measured).integrated_lufs;
}

}  // namespace

LoudnessPlan compensate_limiting(PcmSpool& spool, int sample_rate, const std::vector<SampleRange>& segments,
                                 const LoudnessPlan& plan, const LoudnessTarget& target, unsigned threads) {
  if (!plan.limit_peaks) return plan;
  const double limited_lufs = limited_loudness(spool, sample_rate, segments, plan.gain_db, target, threads);
  if (!std::isfinite(limited_lufs)) return plan;
  LoudnessPlan compensated = plan;
  compensated.gain_db = plan.gain_db + target.integrated_lufs - limited_lufs;
  if (compensated.gain_db > plan.max_gain_db) {
    compensated.gain_db = plan.max_gain_db;
    compensated.reachable_lufs =
        limited_loudness(spool, sample_rate, segments, plan.max_gain_db, target, threads);
  }
  return compensated;
}

}  // namespace narra
