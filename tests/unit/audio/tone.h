// Test tones of known level for the audio stages.
#pragma once

#include <cmath>
#include <numbers>
#include <vector>

#include "audio/audio_sink.h"

namespace narra::test {

// `seconds` of a sine at `frequency` Hz with peak `amplitude`, at `rate` Hz.
inline std::vector<float> sine(double frequency, double amplitude, double seconds, int rate) {
  std::vector<float> samples(static_cast<std::size_t>(seconds * rate));
  for (std::size_t i = 0; i < samples.size(); ++i) {
    samples[i] = static_cast<float>(
        amplitude * std::sin(2 * std::numbers::pi * frequency * static_cast<double>(i) / rate));
  }
  return samples;
}

// `samples` faded in and out over `seconds`: a tone that starts or stops at
// full level overshoots between its first and last samples, as any band-limited
// reconstruction of it does.
inline std::vector<float> faded(std::vector<float> samples, double seconds, int rate) {
  const auto ramp = std::min(samples.size() / 2, static_cast<std::size_t>(seconds * rate));
  for (std::size_t i = 0; i < ramp; ++i) {
    const auto scale = static_cast<float>(i) / static_cast<float>(ramp);
    samples[i] *= scale;
    samples[samples.size() - 1 - i] *= scale;
  }
  return samples;
}

// Keeps everything it is given.
class CollectingSink : public AudioSink {
 public:
  void write(std::span<const float> block) override {
    samples.insert(samples.end(), block.begin(), block.end());
  }
  std::vector<float> samples;
};

// Writes `samples` to `sink` in blocks of `block` samples, as the render chain does.
inline void write_in_blocks(AudioSink& sink, const std::vector<float>& samples, std::size_t block = 1000) {
  for (std::size_t i = 0; i < samples.size(); i += block) {
    sink.write(std::span<const float>(samples).subspan(i, std::min(block, samples.size() - i)));
  }
}

}  // namespace narra::test
