#include <doctest/doctest.h>

#include <algorithm>
#include <numbers>

#include "audio/gain_limiter.h"
#include "audio/loudness_meter.h"
#include "audio/loudness_plan.h"
#include "audio/resampler.h"
#include "tone.h"

using namespace narra;
using narra::test::CollectingSink;
using narra::test::faded;
using narra::test::sine;
using narra::test::write_in_blocks;

namespace {

LoudnessFigures measure(const std::vector<float>& samples, int rate) {
  LoudnessMeter meter(rate);
  write_in_blocks(meter, samples);
  return meter.figures();
}

}  // namespace

TEST_SUITE("loudness") {
  TEST_CASE("a 1 kHz sine at -23 dBFS reads -23 LUFS in dual mono, as on two loudspeakers") {
    // EBU Tech 3341 case 1: that sine in both channels of a stereo file is -23 LUFS.
    const auto figures = measure(sine(1000, from_db(-23), 20, 48000), 48000);
    CHECK(figures.integrated_lufs == doctest::Approx(-23).epsilon(0.1 / 23));  // Tech 3341: ±0.1 LU
    CHECK(figures.true_peak_dbtp == doctest::Approx(-23).epsilon(0.005));
  }

  TEST_CASE("the meter works at the synthesis rate too") {
    const auto figures = measure(sine(1000, from_db(-20), 10, 22050), 22050);
    CHECK(figures.integrated_lufs == doctest::Approx(-20).epsilon(0.005));
  }

  TEST_CASE("silence has no integrated loudness and gets no gain") {
    const auto figures = measure(std::vector<float>(48000 * 5, 0.0f), 48000);
    CHECK_FALSE(std::isfinite(figures.integrated_lufs));
    CHECK(plan_loudness(figures, {}).gain_db == 0);
  }

  TEST_CASE("the plan raises a quiet tone by the missing loudness and leaves its peaks alone") {
    const auto plan = plan_loudness({-23, -23, -23}, LoudnessTarget{});
    CHECK(plan.gain_db == doctest::Approx(7));
    CHECK_FALSE(plan.limit_peaks);
  }

  TEST_CASE("the plan limits when the gain would push peaks past the ceiling less the margin") {
    LoudnessTarget target;
    CHECK(plan_loudness({-19, -4.5, -4.5}, target).limit_peaks);        // peak ends at -1.5 dBTP
    CHECK_FALSE(plan_loudness({-19, -5.5, -5.5}, target).limit_peaks);  // -2.5 dBTP
  }

  TEST_CASE("gain alone scales every sample and keeps the count") {
    const auto tone = sine(440, 0.25, 1, 22050);
    CollectingSink out;
    GainLimiter stage(22050, 6.0206, false, -1, out);
    write_in_blocks(stage, tone, 333);
    stage.finish();
    REQUIRE(out.samples.size() == tone.size());
    for (std::size_t i = 0; i < tone.size(); i += 997)
      CHECK(out.samples[i] == doctest::Approx(tone[i] * 2).epsilon(1e-4));
  }

  TEST_CASE("the limiter keeps true peaks under its ceiling and keeps the count") {
    // 5 kHz at 22.05 kHz: the sample peaks sit well below the true peak.
    const int rate = 22050;
    auto tone = faded(sine(5000, 0.5, 2, rate), 0.01, rate);
    const auto quiet = sine(300, 0.05, 1, rate);
    tone.insert(tone.end(), quiet.begin(), quiet.end());
    CollectingSink out;
    GainLimiter stage(rate, 6, true, -3, out);
    write_in_blocks(stage, tone);
    stage.finish();
    REQUIRE(out.samples.size() == tone.size());
    CHECK(measure(out.samples, rate).true_peak_dbtp <= -3 + 0.1);
    CHECK(stage.report().max_reduction_db == doctest::Approx(6 + 20 * std::log10(0.5) + 3).epsilon(0.05));
    // The quiet part, past the release ramp, gets the plain gain.
    const std::size_t later = tone.size() - rate / 2;
    CHECK(out.samples[later] == doctest::Approx(tone[later] * from_db(6)).epsilon(1e-3));
  }

  TEST_CASE("true peaks between samples: a quarter-rate sine sampled off its crests") {
    // 5512.5 Hz at 22.05 kHz, phase 45 degrees: every sample sits at 0.707 of the crest.
    const int rate = 22050;
    std::vector<float> tone(rate);
    for (std::size_t i = 0; i < tone.size(); ++i) {
      tone[i] = static_cast<float>(
          0.5 * std::sin(std::numbers::pi / 2 * static_cast<double>(i) + std::numbers::pi / 4));
    }
    const auto figures = measure(faded(tone, 0.01, rate), rate);
    CHECK(figures.sample_peak_dbfs == doctest::Approx(20 * std::log10(0.5 * std::sqrt(0.5))).epsilon(0.001));
    CHECK(figures.true_peak_dbtp == doctest::Approx(20 * std::log10(0.5)).epsilon(0.01));
  }

  TEST_CASE("the true-peak meter interpolates only near loud samples, and misses no peak there") {
    // A burst far louder than everything else, then quiet: the peak is found whatever the block size.
    const int rate = 22050;
    auto signal = sine(1000, 0.01, 1, rate);
    const auto burst = faded(sine(5000, 0.8, 0.05, rate), 0.01, rate);
    std::copy(burst.begin(), burst.end(), signal.begin() + rate / 2);
    for (std::size_t block : {1u, 7u, 4096u}) {
      CAPTURE(block);
      LoudnessMeter meter(rate);
      write_in_blocks(meter, signal, block);
      CHECK(meter.figures().true_peak_dbtp == doctest::Approx(20 * std::log10(0.8)).epsilon(0.02));
    }
  }

  TEST_CASE("resampling keeps the length in time and the loudness") {
    const auto tone = sine(1000, from_db(-20), 10, 22050);
    for (int rate : {44100, 48000}) {
      CAPTURE(rate);
      CollectingSink out;
      Resampler resampler(22050, rate, out);
      write_in_blocks(resampler, tone, 4096);
      resampler.finish();
      CHECK(out.samples.size() == static_cast<std::size_t>(tone.size() * rate / 22050));
      CHECK(measure(out.samples, rate).integrated_lufs == doctest::Approx(-20).epsilon(0.005));
    }
  }

  TEST_CASE("resampling keeps positions: a click stays at the same time") {
    std::vector<float> input(22050, 0.0f);
    input[11025] = 1.0f;  // at 0.5 s
    CollectingSink out;
    Resampler resampler(22050, 48000, out);
    write_in_blocks(resampler, input);
    resampler.finish();
    const auto peak = std::max_element(out.samples.begin(), out.samples.end(),
                                       [](float a, float b) { return std::abs(a) < std::abs(b); });
    CHECK(std::abs(std::distance(out.samples.begin(), peak) - 24000) <= 1);
  }
}
