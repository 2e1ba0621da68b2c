#include <doctest/doctest.h>

#include "../temp_dir.h"
#include "audio/pcm_spool.h"
#include "tone.h"

using namespace narra;

TEST_SUITE("spool") {
  TEST_CASE("the spool gives back 16-bit audio exactly, and leaves no file behind") {
    test::TempDir dir;
    std::vector<float> samples;
    for (int i = -32768; i < 32768; i += 7) samples.push_back(static_cast<float>(i) / 32768.0f);
    test::CollectingSink out;
    {
      PcmSpool spool(dir.path() / "episode.spool", dir.path());
      test::write_in_blocks(spool, samples, 999);
      CHECK(spool.size() == static_cast<std::int64_t>(samples.size()));
      spool.replay(out, 4096);
      CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
    }
    CHECK(out.samples == samples);
    CHECK(std::filesystem::is_empty(dir.path()));
  }
}
