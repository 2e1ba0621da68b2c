#include "audio/gain_limiter.h"

#include <algorithm>
#include <cmath>

#include "audio/loudness_meter.h"

namespace narra {

LimiterReport combined(std::span<const LimiterReport> parts) {
  LimiterReport total;
  for (const LimiterReport& part : parts) {
    total.limited_samples += part.limited_samples;
    total.max_reduction_db = std::max(total.max_reduction_db, part.max_reduction_db);
  }
  return total;
}

GainLimiter::GainLimiter(int sample_rate, double gain_db, bool limit, double ceiling_dbtp, AudioSink& next,
                         Detection detection)
    : gain_(static_cast<float>(from_db(gain_db))),
      limit_(limit),
      ceiling_(static_cast<float>(from_db(ceiling_dbtp))),
      lookahead_(static_cast<std::size_t>(std::max(1, sample_rate * kLookaheadMs / 1000))),
      next_(next),
      ramp_(lookahead_, 1.0) {
  if (limit_ && detection == Detection::true_peak) detector_ = std::make_unique<InterSamplePeaks>();
}

void GainLimiter::write(std::span<const float> samples) {
  out_.resize(samples.size());
  std::transform(samples.begin(), samples.end(), out_.begin(), [this](float s) { return s * gain_; });
  if (!limit_) {
    next_.write(out_);
    return;
  }
  if (pending_head_ > 0 && pending_head_ * 2 >= pending_.size()) {
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(pending_head_));
    pending_head_ = 0;
  }
  pending_.insert(pending_.end(), out_.begin(), out_.end());
  if (detector_) {
    detector_->write(
        out_, [this] { return ceiling_; }, [this](float peak) { push_peak(peak); });
  } else {
    for (float sample : out_) push_peak(std::abs(sample));
  }
  send_emitted();
}

void GainLimiter::finish() {
  if (!limit_) return;
  if (detector_) detector_->finish([this] { return ceiling_; }, [this](float peak) { push_peak(peak); });
  // The look-ahead past the end needs no reduction.
  while (pending_head_ < pending_.size()) push_peak(0.0f);
  send_emitted();
}

void GainLimiter::send_emitted() {
  if (emitted_.empty()) return;
  next_.write(emitted_);
  emitted_.clear();
}

// need[i]: the largest gain sample i tolerates. window_min[i] = min of
// need[i .. i+L-1]; gain[j] = mean of window_min[j-L+1 .. j], which is at most
// need[j] because every term of the mean looks ahead over j.
void GainLimiter::push_peak(float peak) {
  const double need = peak > ceiling_ ? static_cast<double>(ceiling_) / peak : 1.0;
  const std::int64_t index = needs_seen_++;
  const auto window = static_cast<std::int64_t>(lookahead_);
  if (need < 1.0) {
    last_reduced_ = index;
    at_rest_ = false;
  } else if (at_rest_ || (index > 2 * window && index - last_reduced_ > 2 * window)) {
    // Two look-aheads after the last reduction, every window minimum and
    // every ramp term is 1: the gain is exactly 1 until the next reduction.
    if (!at_rest_) {
      at_rest_ = true;
      min_window_.clear();
      min_head_ = 0;
      std::fill(ramp_.begin(), ramp_.end(), 1.0);
      ramp_sum_ = static_cast<double>(lookahead_);
    }
    emit(1.0);
    return;
  }
  while (min_window_.size() > min_head_ && min_window_.back().second >= need) min_window_.pop_back();
  min_window_.emplace_back(index, need);
  const std::int64_t first = index - window + 1;  // window_min[first] is now known
  if (first < 0) return;
  while (min_window_[min_head_].first < first) ++min_head_;
  if (min_head_ > 0 && min_head_ * 2 >= min_window_.size()) {
    min_window_.erase(min_window_.begin(), min_window_.begin() + static_cast<std::ptrdiff_t>(min_head_));
    min_head_ = 0;
  }
  const double window_min = min_window_[min_head_].second;
  // Before the first sample the ramp holds the first window's minimum, which
  // is at most the need of each of the first L samples.
  if (first == 0) {
    std::fill(ramp_.begin(), ramp_.end(), window_min);
    ramp_sum_ = window_min * static_cast<double>(lookahead_);
  }
  ramp_sum_ += window_min - ramp_[ramp_next_];
  ramp_[ramp_next_] = window_min;
  ramp_next_ = (ramp_next_ + 1) % lookahead_;
  emit(ramp_sum_ / static_cast<double>(lookahead_));
}

void GainLimiter::emit(double gain) {
  if (pending_head_ >= pending_.size()) return;
  gain = std::min(gain, 1.0);
  if (gain < 1.0) {
    ++report_.limited_samples;
    report_.max_reduction_db = std::max(report_.max_reduction_db, -to_db(gain));
  }
  emitted_.push_back(pending_[pending_head_++] * static_cast<float>(gain));
}

}  // namespace narra
