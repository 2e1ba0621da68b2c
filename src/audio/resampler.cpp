#include "audio/resampler.h"

#include <soxr.h>

#include <cmath>

#include "core/error.h"

namespace narra {

void SoxrDelete::operator()(soxr* resampler) const noexcept { soxr_delete(resampler); }

Resampler::Resampler(int input_rate, int output_rate, AudioSink& next)
    : output_rate_(output_rate), ratio_(static_cast<double>(output_rate) / input_rate), next_(next) {
  soxr_error_t error = nullptr;
  const soxr_quality_spec_t spec = soxr_quality_spec(SOXR_HQ, 0);
  soxr_.reset(soxr_create(input_rate, output_rate, 1, &error, nullptr, &spec, nullptr));
  if (error != nullptr || !soxr_) {
    throw Error("cannot resample " + std::to_string(input_rate) + " Hz to " + std::to_string(output_rate) +
                " Hz: " + (error ? error : "libsoxr failed"));
  }
}

void Resampler::write(std::span<const float> samples) { process(samples.data(), samples.size()); }

void Resampler::finish() { process(nullptr, 0); }

// A null input asks libsoxr to flush; it then keeps returning output until
// the tail is out.
void Resampler::process(const float* input, std::size_t count) {
  buffer_.resize(static_cast<std::size_t>(std::ceil(static_cast<double>(count) * ratio_)) + 1024);
  std::size_t offset = 0;
  for (;;) {
    std::size_t used = 0;
    std::size_t produced = 0;
    soxr_error_t error = soxr_process(soxr_.get(), input ? input + offset : nullptr, count - offset, &used,
                                      buffer_.data(), buffer_.size(), &produced);
    if (error != nullptr) throw Error(std::string("resampling failed: ") + error);
    offset += used;
    if (produced > 0) next_.write(std::span<const float>(buffer_.data(), produced));
    if (input ? offset >= count && produced < buffer_.size() : produced == 0) break;
  }
}

}  // namespace narra
