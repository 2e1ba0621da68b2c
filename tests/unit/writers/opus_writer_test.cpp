#include <doctest/doctest.h>

#include <taglib/opusfile.h>

#include "../audio/tone.h"
#include "../temp_dir.h"
#include "core/error.h"
#include "writers/opus_writer.h"

using namespace narra;

namespace {

EpisodeInfo episode() {
  EpisodeInfo info;
  info.title = "Vertice sul clima";
  info.author = "Redazione";
  return info;
}

}  // namespace

TEST_SUITE("Opus writer") {
  TEST_CASE("chapter comments truncate to the millisecond and never round the seconds up") {
    const auto comments =
        vorbis_comments(episode(), {{"Uno", 0, 8869}, {"Due", 8869, 9999}, {"Tre", 9999, 3723004}});
    const std::vector<std::pair<std::string, std::string>> expected{
        {"TITLE", "Vertice sul clima"}, {"ARTIST", "Redazione"},        {"GENRE", "Podcast"},
        {"CHAPTER001", "00:00:00.000"}, {"CHAPTER001NAME", "Uno"},      {"CHAPTER002", "00:00:08.869"},
        {"CHAPTER002NAME", "Due"},      {"CHAPTER003", "00:00:09.999"}, {"CHAPTER003NAME", "Tre"}};
    CHECK(comments == expected);
  }

  TEST_CASE("more than 999 chapters do not fit the three-digit numbers") {
    std::vector<TimedChapter> many(1000, TimedChapter{"x", 0, 1});
    CHECK_THROWS_AS(vorbis_comments(episode(), many), Error);
  }

  TEST_CASE("the file is 48 kHz mono Ogg Opus whose comments hold the chapters") {
    test::TempDir dir;
    const auto path = dir.path() / "episode.opus";
    EpisodeInfo info = episode();
    info.show = "Notizie lette";
    {
      OpusWriter writer(path, {}, info, {{"Apertura", 0, 1500}, {"Città", 1500, 2000}});
      test::write_in_blocks(writer, test::sine(440, 0.3, 2, OpusWriter::kSampleRate), 4096);
      writer.commit();
    }
    TagLib::Ogg::Opus::File file(path.c_str());
    REQUIRE(file.isValid());
    CHECK(file.audioProperties()->channels() == 1);
    CHECK(file.audioProperties()->inputSampleRate() == 48000);
    CHECK(file.audioProperties()->lengthInMilliseconds() == doctest::Approx(2000).epsilon(0.02));
    const auto fields = file.tag()->fieldListMap();
    CHECK(fields["ALBUM"].front().to8Bit(true) == "Notizie lette");
    CHECK(fields["CHAPTER002"].front().to8Bit(true) == "00:00:01.500");
    CHECK(fields["CHAPTER002NAME"].front().to8Bit(true) == "Città");
  }
}
