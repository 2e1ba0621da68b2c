#include "audio/loudness_meter.h"

#include <cmath>
#include <limits>

#include "core/error.h"

namespace narra {

double to_db(double amplitude) {
  return amplitude > 0 ? 20.0 * std::log10(amplitude) : -std::numeric_limits<double>::infinity();
}

double from_db(double decibels) { return std::pow(10.0, decibels / 20.0); }

LoudnessMeter::LoudnessMeter(int sample_rate, bool peaks)
    : state_(ebur128_init(1, static_cast<unsigned long>(sample_rate),
                          EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM |
                              (peaks ? EBUR128_MODE_TRUE_PEAK | EBUR128_MODE_SAMPLE_PEAK : 0))),
      peaks_(peaks) {
  if (!state_ || ebur128_set_channel(state_.get(), 0, EBUR128_DUAL_MONO) != EBUR128_SUCCESS) {
    throw Error("cannot start the loudness meter (libebur128) at " + std::to_string(sample_rate) +
                " Hz");
  }
}

void LoudnessMeter::write(std::span<const float> samples) {
  if (ebur128_add_frames_float(state_.get(), samples.data(), samples.size()) != EBUR128_SUCCESS) {
    throw Error("the loudness meter (libebur128) ran out of memory");
  }
}

LoudnessFigures LoudnessMeter::figures() const {
  double integrated = 0;
  double true_peak = 0;
  double sample_peak = 0;
  ebur128_loudness_global(state_.get(), &integrated);
  if (peaks_) {
    ebur128_true_peak(state_.get(), 0, &true_peak);
    ebur128_sample_peak(state_.get(), 0, &sample_peak);
  }
  return {integrated, to_db(true_peak), to_db(sample_peak)};
}

}  // namespace narra
