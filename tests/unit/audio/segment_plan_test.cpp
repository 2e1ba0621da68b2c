#include <doctest/doctest.h>

#include "audio/segment_plan.h"

using namespace narra;

namespace {

constexpr int kRate = 22050;

// Speech and pauses alternating: `pause_ms` of silence after every `speech_ms` of speech.
std::vector<SampleRange> regular_pauses(std::int64_t total, int speech_ms, int pause_ms) {
  std::vector<SampleRange> pauses;
  const std::int64_t speech = kRate * speech_ms / 1000;
  const std::int64_t pause = kRate * pause_ms / 1000;
  for (std::int64_t at = speech; at + pause <= total; at += speech + pause) pauses.push_back({at, pause});
  return pauses;
}

bool inside_a_pause(std::int64_t first, std::int64_t end, const std::vector<SampleRange>& pauses) {
  for (const auto& pause : pauses) {
    if (pause.first <= first && end <= pause.end()) return true;
  }
  return false;
}

}  // namespace

TEST_SUITE("segment plan") {
  TEST_CASE("segments cover the audio, and every cut sits in a pause on an MP3 frame boundary") {
    const std::int64_t total = kRate * 240;
    const auto pauses = regular_pauses(total, 4000, 350);
    const SegmentPlanOptions options;
    const auto segments = plan_segments(total, pauses, options);
    REQUIRE(segments.size() == 16);  // 240 s in about 15 s each
    CHECK(segments.front().first == 0);
    CHECK(segments.back().end() == total);
    for (std::size_t k = 1; k < segments.size(); ++k) {
      CAPTURE(k);
      const std::int64_t cut = segments[k].first;
      CHECK(segments[k - 1].end() == cut);
      CHECK(cut * 2 % 1152 == 0);  // a whole number of frames at 44.1 kHz
      // One output frame (576 input samples) and 20 ms before the cut, 20 ms after it: silence.
      CHECK(inside_a_pause(cut - 576 - 441, cut + 441, pauses));
      CHECK(segments[k - 1].count == doctest::Approx(kRate * 15).epsilon(0.3));  // cuts only where pauses are
    }
  }

  TEST_CASE("pauses too short for a cut leave the audio whole") {
    const std::int64_t total = kRate * 120;
    CHECK(plan_segments(total, regular_pauses(total, 3000, 40), {}).size() == 1);
    CHECK(plan_segments(total, {}, {}).size() == 1);
  }

  TEST_CASE("short audio is one segment") {
    const std::int64_t total = kRate * 12;
    const auto segments = plan_segments(total, regular_pauses(total, 2000, 500), {});
    REQUIRE(segments.size() == 1);
    CHECK(segments.front().count == total);
  }

  TEST_CASE("a cut lies at the last frame boundary before the speech resumes, less the margin") {
    const std::int64_t total = kRate * 90;
    const std::vector<SampleRange> pauses{{kRate * 44, kRate}};  // one second of silence mid-way
    const auto segments = plan_segments(total, pauses, {});
    REQUIRE(segments.size() == 2);
    const std::int64_t cut = segments[1].first;
    const std::int64_t speech = pauses.front().end();
    CHECK(cut + 441 <= speech);
    CHECK(cut + 441 + 576 > speech);
  }

  TEST_CASE("segments group into a few even runs that still cover the audio") {
    std::vector<SampleRange> segments;
    for (std::int64_t k = 0; k < 10; ++k) segments.push_back({k * 100, 100});
    const auto groups = group_segments(segments, 4);
    REQUIRE(groups.size() == 4);
    CHECK(groups.front().first == 0);
    CHECK(groups.back().end() == 1000);
    for (std::size_t k = 1; k < groups.size(); ++k) CHECK(groups[k].first == groups[k - 1].end());
    for (const auto& group : groups) CHECK(group.count >= 200);
    CHECK(group_segments(segments, 20).size() == 10);
    CHECK(group_segments({{0, 500}}, 4).size() == 1);
  }
}
