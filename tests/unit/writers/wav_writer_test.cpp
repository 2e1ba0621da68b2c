#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "../audio/tone.h"
#include "../temp_dir.h"
#include "writers/wav_writer.h"

using namespace narra;

namespace {

// `value` as four little-endian bytes, as RIFF stores every size and number.
std::string u32(std::uint32_t value) {
  std::string bytes;
  for (int i = 0; i < 4; ++i) bytes += static_cast<char>((value >> (8 * i)) & 0xFF);
  return bytes;
}

std::uint32_t read_u32(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The top-level chunks of a RIFF/WAVE file as (id, body), walked by their sizes
// and pad bytes. Fails the test when the header or a size does not add up.
std::vector<std::pair<std::string, std::string>> riff_chunks(const std::string& file) {
  REQUIRE(file.size() >= 12);
  REQUIRE(file.substr(0, 4) == "RIFF");
  REQUIRE(file.substr(8, 4) == "WAVE");
  CHECK(read_u32(file, 4) == file.size() - 8);
  std::vector<std::pair<std::string, std::string>> chunks;
  std::size_t at = 12;
  while (at < file.size()) {
    REQUIRE(at + 8 <= file.size());
    const std::uint32_t size = read_u32(file, at + 4);
    REQUIRE(at + 8 + size <= file.size());
    chunks.emplace_back(file.substr(at, 4), file.substr(at + 8, size));
    at += 8 + size + size % 2;
  }
  CHECK(at == file.size());
  return chunks;
}

}  // namespace

TEST_SUITE("WAV writer") {
  TEST_CASE("chapter markers become cue points with labl titles, byte for byte as RIFF lays them out") {
    test::TempDir dir;
    const auto path = dir.path() / "episodio.wav";
    EpisodeInfo info;
    info.title = "Vertice sul clima";
    WavWriter writer(path, 8000, info, {{"Apertura", 0}, {"Città e società", 4000}});
    test::write_in_blocks(writer, test::sine(440, 0.3, 1, 8000), 1000);
    writer.commit();

    const auto chunks = riff_chunks(read_all(path));
    const auto find = [&chunks](const std::string& id, const std::string& body_start = "") {
      for (const auto& [chunk_id, body] : chunks) {
        if (chunk_id == id && body.compare(0, body_start.size(), body_start) == 0) return body;
      }
      FAIL("no '" << id << "' chunk starting with '" << body_start << "'");
      return std::string();
    };

    SUBCASE("the audio is 16-bit mono at the writer's rate") {
      const std::string format = find("fmt ");
      CHECK(read_u32(format, 0) == (1u | 1u << 16));  // PCM, one channel
      CHECK(read_u32(format, 4) == 8000);
      CHECK(read_u32(format, 12) == (2u | 16u << 16));  // block align 2, 16 bits
      CHECK(find("data").size() == 8000 * 2);
    }
    SUBCASE("one cue point per chapter, named 1 and 2, at its sample frame in the data chunk") {
      // dwCuePoints, then per point dwName, dwPosition, fccChunk, dwChunkStart,
      // dwBlockStart, dwSampleOffset.
      const std::string expected = u32(2) + u32(1) + u32(0) + "data" + u32(0) + u32(0) + u32(0) + u32(2) +
                                   u32(4000) + "data" + u32(0) + u32(0) + u32(4000);
      CHECK(find("cue ") == expected);
    }
    SUBCASE("a LIST/adtl chunk holds a NUL-ended UTF-8 labl per cue, padded to even sizes") {
      // "Apertura" + NUL after the cue name is 13 bytes, so one pad byte follows;
      // "Città e società" is 17 bytes of UTF-8, 22 with the name and NUL.
      const std::string expected = std::string("adtl") + "labl" + u32(13) + u32(1) +
                                   std::string("Apertura\0", 9) + '\0' + "labl" + u32(22) + u32(2) +
                                   std::string("Città e società\0", 18);
      CHECK(find("LIST", "adtl") == expected);
    }
  }
}
