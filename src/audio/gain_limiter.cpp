#include "audio/gain_limiter.h"

#include <algorithm>
#include <cmath>

#include "audio/loudness_meter.h"

namespace narra {

// 8x oversampling: the true peak of a signal band-limited to the input's
// Nyquist frequency is then within a few hundredths of a dB.
constexpr int kOversampling = 8;

// Collects the upsampled stream in groups of kOversampling and turns each
// group (one input sample's span of time) into the gain that keeps it under
// the ceiling.
class GainLimiter::Detector : public AudioSink {
 public:
  Detector(GainLimiter& owner, int group) : owner_(owner), group_(group) {}

  void write(std::span<const float> samples) override {
    for (float sample : samples) {
      peak_ = std::max(peak_, std::abs(sample));
      if (++count_ == group_) flush();
    }
  }

  void flush() {
    if (count_ == 0) return;
    owner_.push_need(peak_ > owner_.ceiling_ ? owner_.ceiling_ / peak_ : 1.0);
    peak_ = 0;
    count_ = 0;
  }

 private:
  GainLimiter& owner_;
  int group_;  // detector samples per input sample
  float peak_ = 0;
  int count_ = 0;
};

GainLimiter::GainLimiter(int sample_rate, double gain_db, bool limit, double ceiling_dbtp,
                         AudioSink& next, Detection detection)
    : gain_(static_cast<float>(from_db(gain_db))),
      limit_(limit),
      ceiling_(from_db(ceiling_dbtp)),
      lookahead_(static_cast<std::size_t>(std::max(1, sample_rate * kLookaheadMs / 1000))),
      next_(next) {
  if (limit_ && detection == Detection::true_peak) {
    detector_ = std::make_unique<Detector>(*this, kOversampling);
    upsampler_ = std::make_unique<Resampler>(sample_rate, sample_rate * kOversampling, *detector_,
                                             Resampler::Quality::fast);
  } else if (limit_) {
    detector_ = std::make_unique<Detector>(*this, 1);
  }
}

GainLimiter::~GainLimiter() = default;

void GainLimiter::write(std::span<const float> samples) {
  out_.resize(samples.size());
  std::transform(samples.begin(), samples.end(), out_.begin(), [this](float s) { return s * gain_; });
  if (!limit_) {
    next_.write(out_);
    return;
  }
  pending_.insert(pending_.end(), out_.begin(), out_.end());
  if (upsampler_) {
    upsampler_->write(out_);
  } else {
    detector_->write(out_);
  }
  send_emitted();
}

void GainLimiter::send_emitted() {
  if (emitted_.empty()) return;
  next_.write(emitted_);
  emitted_.clear();
}

void GainLimiter::finish() {
  if (!limit_) return;
  if (upsampler_) upsampler_->finish();
  detector_->flush();
  // Samples the upsampler did not cover, and the look-ahead past the end, need no reduction.
  while (!pending_.empty()) push_need(1.0);
  send_emitted();
}

// need[i]: the largest gain sample i tolerates. window_min[i] = min of
// need[i .. i+L-1]; gain[j] = mean of window_min[j-L+1 .. j], which is at most
// need[j] because every term of the mean looks ahead over j.
void GainLimiter::push_need(double need) {
  const std::int64_t index = needs_seen_++;
  while (!min_window_.empty() && min_window_.back().second >= need) min_window_.pop_back();
  min_window_.emplace_back(index, need);
  const auto window = static_cast<std::int64_t>(lookahead_);
  const std::int64_t first = index - window + 1;  // window_min[first] is now known
  if (first < 0) return;
  while (min_window_.front().first < first) min_window_.pop_front();
  const double window_min = min_window_.front().second;
  // Before the first sample the ramp holds the first window's minimum, which
  // is at most the need of each of the first L samples.
  if (first == 0) {
    ramp_.assign(lookahead_ - 1, window_min);
    ramp_sum_ = window_min * static_cast<double>(lookahead_ - 1);
  }
  ramp_.push_back(window_min);
  ramp_sum_ += window_min;
  if (ramp_.size() > lookahead_) {
    ramp_sum_ -= ramp_.front();
    ramp_.pop_front();
  }
  emit(ramp_sum_ / static_cast<double>(lookahead_));
}

void GainLimiter::emit(double gain) {
  if (pending_.empty()) return;
  gain = std::min(gain, 1.0);
  if (gain < 1.0) {
    ++report_.limited_samples;
    report_.max_reduction_db = std::max(report_.max_reduction_db, -to_db(gain));
  }
  emitted_.push_back(pending_.front() * static_cast<float>(gain));
  pending_.pop_front();
}

}  // namespace narra
