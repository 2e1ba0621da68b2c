#include "audio/loudness_meter.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/error.h"

namespace narra {

double to_db(double amplitude) {
  return amplitude > 0 ? 20.0 * std::log10(amplitude) : -std::numeric_limits<double>::infinity();
}

double from_db(double decibels) { return std::pow(10.0, decibels / 20.0); }

struct Ebur128Close {
  void operator()(ebur128_state* state) const noexcept { ebur128_destroy(&state); }
};
using Ebur128Ptr = std::unique_ptr<ebur128_state, Ebur128Close>;

struct LoudnessMeter::State {
  Ebur128Ptr ebur128;
};

void LoudnessMeter::StateDelete::operator()(State* state) const noexcept { delete state; }

LoudnessMeter::LoudnessMeter(int sample_rate, bool peaks)
    : state_(new State{Ebur128Ptr(ebur128_init(1, static_cast<unsigned long>(sample_rate),
                                               EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM))}),
      peaks_(peaks) {
  ebur128_state* state = state_->ebur128.get();
  if (!state || ebur128_set_channel(state, 0, EBUR128_DUAL_MONO) != EBUR128_SUCCESS) {
    throw Error("cannot start the loudness meter (libebur128) at " + std::to_string(sample_rate) + " Hz");
  }
}

void LoudnessMeter::write(std::span<const float> samples) {
  if (ebur128_add_frames_float(state_->ebur128.get(), samples.data(), samples.size()) != EBUR128_SUCCESS) {
    throw Error("the loudness meter (libebur128) ran out of memory");
  }
  if (!peaks_) return;
  for (float sample : samples) sample_peak_ = std::max(sample_peak_, std::abs(sample));
  true_peaks_.write(
      samples, [this] { return true_peak_; },
      [this](float peak) { true_peak_ = std::max(true_peak_, peak); });
}

LoudnessFigures LoudnessMeter::figures() const {
  double integrated = 0;
  ebur128_loudness_global(state_->ebur128.get(), &integrated);
  if (!peaks_) return {integrated, to_db(0), to_db(0)};
  // The spans the detector still holds, as if silence followed.
  float true_peak = true_peak_;
  InterSamplePeaks tail = true_peaks_;
  tail.finish([&] { return true_peak; }, [&](float peak) { true_peak = std::max(true_peak, peak); });
  return {integrated, to_db(true_peak), to_db(sample_peak_)};
}

LoudnessFigures LoudnessMeter::combined(const std::vector<const LoudnessMeter*>& meters) {
  if (meters.size() == 1) return meters.front()->figures();
  std::vector<ebur128_state*> states;
  LoudnessFigures combined{0, -std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity()};
  for (const LoudnessMeter* meter : meters) {
    states.push_back(meter->state_->ebur128.get());
    const LoudnessFigures part = meter->figures();
    combined.true_peak_dbtp = std::max(combined.true_peak_dbtp, part.true_peak_dbtp);
    combined.sample_peak_dbfs = std::max(combined.sample_peak_dbfs, part.sample_peak_dbfs);
  }
  ebur128_loudness_global_multiple(states.data(), states.size(), &combined.integrated_lufs);
  return combined;
}

}  // namespace narra
