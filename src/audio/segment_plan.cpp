#include "audio/segment_plan.h"

#include <cmath>
#include <cstdlib>
#include <numeric>
#include <optional>

namespace narra {
namespace {

// The cut points a pause allows, at most one: the latest that leaves room,
// so a segment starts just before the speech after the pause.
std::optional<std::int64_t> cut_in_pause(const SampleRange& pause, const SegmentPlanOptions& options,
                                         std::int64_t step) {
  const std::int64_t in = options.input_rate;
  const std::int64_t out = options.output_rate;
  const auto margin =
      static_cast<std::int64_t>(std::ceil(options.margin_ms * static_cast<double>(out) / 1000));
  const std::int64_t first = (pause.first * out + in - 1) / in;  // first silent output sample
  const std::int64_t end = pause.end() * out / in;               // past the last one
  const std::int64_t latest = end - margin;
  if (latest <= 0) return std::nullopt;
  const std::int64_t cut = latest / step * step;
  if (cut - options.frame_samples - margin < first || cut <= 0) return std::nullopt;
  return cut * in / out;
}

}  // namespace

std::vector<SampleRange> plan_segments(std::int64_t total_samples, const std::vector<SampleRange>& pauses,
                                       const SegmentPlanOptions& options) {
  // A cut must be a whole number of frames at the output rate and a whole
  // number of samples at the input rate.
  const std::int64_t out_per_in_step =
      options.output_rate / std::gcd(options.input_rate, options.output_rate);
  const std::int64_t step = std::lcm<std::int64_t>(options.frame_samples, out_per_in_step);
  std::vector<std::int64_t> cuts;
  for (const SampleRange& pause : pauses) {
    if (auto cut = cut_in_pause(pause, options, step); cut && *cut < total_samples) cuts.push_back(*cut);
  }
  const double seconds = static_cast<double>(total_samples) / options.input_rate;
  const auto wanted = static_cast<std::int64_t>(std::max(1.0, std::round(seconds / options.target_seconds)));
  std::vector<SampleRange> segments;
  std::int64_t start = 0;
  std::size_t next = 0;  // the first cut still available
  for (std::int64_t k = 1; k < wanted; ++k) {
    const std::int64_t ideal = total_samples * k / wanted;
    // The available cut nearest to the ideal point.
    std::optional<std::size_t> best;
    for (std::size_t i = next; i < cuts.size(); ++i) {
      if (cuts[i] <= start) continue;
      if (!best || std::llabs(cuts[i] - ideal) < std::llabs(cuts[*best] - ideal)) best = i;
      if (cuts[i] > ideal) break;
    }
    if (!best) break;
    segments.push_back({start, cuts[*best] - start});
    start = cuts[*best];
    next = *best + 1;
  }
  segments.push_back({start, total_samples - start});
  return segments;
}

std::vector<SampleRange> group_segments(const std::vector<SampleRange>& segments, std::size_t count) {
  if (segments.empty() || count == 0) return segments;
  const std::int64_t first = segments.front().first;
  const std::int64_t total = segments.back().end() - first;
  std::vector<SampleRange> groups;
  for (const SampleRange& segment : segments) {
    // A segment starts a new group once the current one has its share.
    const auto share = static_cast<std::int64_t>(groups.size());
    const bool full = !groups.empty() && groups.size() < count &&
                      (segment.first - first) * static_cast<std::int64_t>(count) >= total * share;
    if (groups.empty() || full) {
      groups.push_back(segment);
    } else {
      groups.back().count = segment.end() - groups.back().first;
    }
  }
  return groups;
}

}  // namespace narra
