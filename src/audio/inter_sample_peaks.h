// Peaks between samples (true peaks): the signal is interpolated
// kOversampling times with a windowed-sinc filter of kTaps samples per
// point, as a reconstruction filter would, and each sample's span of time
// gets the largest magnitude found in it.
//
// Interpolating everything is what makes true-peak metering expensive, and
// almost all of it is wasted: an interpolated value is never larger than the
// largest sample near it times the filter's gain bound(), so a span is
// interpolated only where that bound exceeds the level that matters to the
// caller (the limiter's ceiling; the meter's highest peak so far). Every
// span above that level is measured exactly; the others are only known to
// be at or below it.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace narra {

class InterSamplePeaks {
 public:
  static constexpr int kOversampling = 8;
  static constexpr int kTaps = 24;  // input samples around each interpolated point
  // Samples that must follow a sample before its span is known.
  static constexpr int kDelay = kTaps / 2;

  InterSamplePeaks();

  // The largest factor by which an interpolated value exceeds the largest
  // sample magnitude among the kTaps around it.
  static float bound();

  // Takes `samples`; for each span that becomes known (in order, kDelay
  // behind the input), calls `out(peak)`. `level()` is read before each
  // span: a span whose peak may exceed it is measured exactly; any other
  // gets a value at or below it (the sample's own magnitude).
  template <typename Level, typename Out>
  void write(std::span<const float> samples, Level&& level, Out&& out) {
    history_.insert(history_.end(), samples.begin(), samples.end());
    resolve(level, out);
  }

  // The last kDelay spans, as if silence followed. Call once, at the end.
  template <typename Level, typename Out>
  void finish(Level&& level, Out&& out) {
    history_.insert(history_.end(), kDelay, 0.0f);
    resolve(level, out);
  }

 private:
  // The peak of the span starting at history_[center].
  float interpolated_peak(std::size_t center) const;

  // Span s (from sample s to s + 1) is known once sample s + kDelay is in.
  template <typename Level, typename Out>
  void resolve(Level&& level, Out&& out) {
    const float gain = bound();
    while (next_span_ + kDelay - position_ < static_cast<std::int64_t>(history_.size())) {
      // A sample is loud if it could take a span near it past the level.
      const float threshold = level() / gain;
      for (; checked_ <= next_span_ + kDelay; ++checked_) {
        if (std::abs(history_[static_cast<std::size_t>(checked_ - position_)]) > threshold)
          last_loud_ = checked_;
      }
      const auto center = static_cast<std::size_t>(next_span_ - position_);
      const bool near_loud = last_loud_ > next_span_ - kDelay;
      out(near_loud ? interpolated_peak(center) : std::abs(history_[center]));
      ++next_span_;
    }
    // Keep the kDelay - 1 samples the next span looks back at.
    const std::int64_t drop = next_span_ - (kDelay - 1) - position_;
    history_.erase(history_.begin(), history_.begin() + static_cast<std::ptrdiff_t>(drop));
    position_ += drop;
  }

  std::vector<float> history_;  // samples from stream index position_ on
  std::int64_t position_;       // negative at first: silence before the stream
  std::int64_t next_span_ = 0;  // the next span to resolve
  std::int64_t checked_ = 0;    // samples before this were checked for loudness
  std::int64_t last_loud_ = std::numeric_limits<std::int64_t>::min() / 2;  // the latest loud sample
};

}  // namespace narra
