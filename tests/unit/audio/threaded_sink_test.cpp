#include <doctest/doctest.h>

#include <numeric>
#include <stdexcept>
#include <vector>

#include "audio/threaded_sink.h"

using namespace narra;

namespace {

struct Collector : AudioSink {
  std::vector<float> samples;
  void write(std::span<const float> block) override {
    samples.insert(samples.end(), block.begin(), block.end());
  }
};

struct FailsAfter : AudioSink {
  std::size_t blocks_left;
  explicit FailsAfter(std::size_t blocks) : blocks_left(blocks) {}
  void write(std::span<const float>) override {
    if (blocks_left-- == 0) throw std::runtime_error("disk full");
  }
};

}  // namespace

TEST_SUITE("threaded sink") {
  TEST_CASE("every block arrives, in order, however small the queue") {
    Collector collector;
    ThreadedSink threaded(collector, 10);
    std::vector<float> expected(5000);
    std::iota(expected.begin(), expected.end(), 0.0f);
    for (std::size_t i = 0; i < expected.size(); i += 7) {
      threaded.write(
          std::span<const float>(expected).subspan(i, std::min<std::size_t>(7, expected.size() - i)));
    }
    threaded.finish();
    CHECK(collector.samples == expected);
  }

  TEST_CASE("an error in the worker reaches the writer") {
    FailsAfter failing(3);
    ThreadedSink threaded(failing, 4);
    const std::vector<float> block(4, 0.5f);
    CHECK_THROWS_AS(
        {
          for (int i = 0; i < 100; ++i) threaded.write(block);
          threaded.finish();
        },
        std::runtime_error);
  }
}
