#include "audio/inter_sample_peaks.h"

#include <algorithm>
#include <array>
#include <numbers>

namespace narra {
namespace {

constexpr int kPhases = InterSamplePeaks::kOversampling;
constexpr int kTaps = InterSamplePeaks::kTaps;
// The Kaiser window's shape: side lobes near -80 dB.
constexpr double kKaiserBeta = 8.0;

using Filter = std::array<std::array<float, kTaps>, kPhases>;

// Phase p interpolates at p / kPhases of the way from the centre sample to
// the next; tap k weighs the sample k - (kDelay - 1) places from the centre.
Filter make_filter() {
  Filter filter{};
  const double half = kTaps / 2.0;
  for (int p = 0; p < kPhases; ++p) {
    double sum = 0;
    for (int k = 0; k < kTaps; ++k) {
      const double t =
          static_cast<double>(k - (InterSamplePeaks::kDelay - 1)) - static_cast<double>(p) / kPhases;
      const double sinc = t == 0 ? 1.0 : std::sin(std::numbers::pi * t) / (std::numbers::pi * t);
      const double x = t / half;
      const double window = x * x < 1 ? std::cyl_bessel_i(0.0, kKaiserBeta * std::sqrt(1 - x * x)) /
                                            std::cyl_bessel_i(0.0, kKaiserBeta)
                                      : 0.0;
      filter[p][k] = static_cast<float>(sinc * window);
      sum += sinc * window;
    }
    for (float& tap : filter[p]) tap = static_cast<float>(tap / sum);  // unity gain at DC
  }
  return filter;
}

const Filter& filter() {
  static const Filter table = make_filter();
  return table;
}

}  // namespace

InterSamplePeaks::InterSamplePeaks() : history_(kDelay - 1, 0.0f), position_(-(kDelay - 1)) {}

float InterSamplePeaks::bound() {
  static const float largest = [] {
    float gain = 0;
    for (const auto& phase : filter()) {
      float sum = 0;
      for (float tap : phase) sum += std::abs(tap);
      gain = std::max(gain, sum);
    }
    return gain;
  }();
  return largest;
}

float InterSamplePeaks::interpolated_peak(std::size_t center) const {
  const Filter& taps = filter();
  const float* window = &history_[center - (kDelay - 1)];
  float peak = std::abs(history_[center]);
  for (int p = 1; p < kPhases; ++p) {
    float value = 0;
    for (int k = 0; k < kTaps; ++k) value += taps[p][k] * window[k];
    peak = std::max(peak, std::abs(value));
  }
  return peak;
}

}  // namespace narra
