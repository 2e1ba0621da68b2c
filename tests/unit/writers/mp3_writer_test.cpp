#include <doctest/doctest.h>

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/mpegheader.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/xingheader.h>

#include <fstream>
#include <iterator>
#include <map>

#include "../audio/tone.h"
#include "../temp_dir.h"
#include "writers/mp3_info_frame.h"
#include "writers/mp3_writer.h"

using namespace narra;

namespace {

const std::vector<TimedChapter> kChapters{
    {"Apertura", 0, 1250}, {"Città e società", 1250, 2600}, {"Chiusura", 2600, 3000}};

EpisodeInfo episode() {
  EpisodeInfo info;
  info.title = "Vertice sul clima";
  info.author = "Redazione";
  info.show = "Notizie lette";
  info.date = "2026-11-28";
  info.description = "Un riassunto";
  return info;
}

std::filesystem::path write_mp3(const std::filesystem::path& dir, const EpisodeInfo& info) {
  const auto path = dir / "episode.mp3";
  Mp3Writer writer(path, {}, info, kChapters);
  test::write_in_blocks(writer, test::sine(440, 0.3, 3, 44100), 4096);
  writer.commit();
  return path;
}

// Six seconds of tone, silent around two frame boundaries where segments start.
const std::vector<std::int64_t> kSegmentStarts{77 * 1152, 153 * 1152};

std::vector<float> tone_with_pauses() {
  auto samples = test::sine(440, 0.3, 6, 44100);
  for (std::int64_t start : kSegmentStarts) {
    std::fill(samples.begin() + start - 1152 - 2000, samples.begin() + start + 1000, 0.0f);
  }
  return samples;
}

// Writes `samples` as segments at kSegmentStarts, each through its own sink, in `order`.
std::filesystem::path write_segments(const std::filesystem::path& path, const std::vector<float>& samples,
                                     const std::vector<std::size_t>& order) {
  Mp3Writer writer(path, {}, episode(), kChapters, kSegmentStarts);
  REQUIRE(writer.part_count() == 3);
  for (std::size_t k : order) {
    const auto first = static_cast<std::size_t>(k == 0 ? 0 : kSegmentStarts[k - 1]);
    const auto end = static_cast<std::size_t>(k < kSegmentStarts.size() ? kSegmentStarts[k] : samples.size());
    test::write_in_blocks(writer.part(k), std::vector<float>(samples.begin() + first, samples.begin() + end),
                          4096);
    writer.finish_part(k);
  }
  writer.commit();
  return path;
}

std::vector<unsigned char> read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_SUITE("MP3 writer") {
  TEST_CASE("the ID3v2.3 tag carries title, author, show, genre and description") {
    test::TempDir dir;
    TagLib::MPEG::File file(write_mp3(dir.path(), episode()).c_str());
    REQUIRE(file.isValid());
    TagLib::ID3v2::Tag* tag = file.ID3v2Tag();
    REQUIRE(tag != nullptr);
    CHECK(tag->header()->majorVersion() == 3);
    CHECK(tag->title().to8Bit(true) == "Vertice sul clima");
    CHECK(tag->artist().to8Bit(true) == "Redazione");
    CHECK(tag->album().to8Bit(true) == "Notizie lette");
    CHECK(tag->genre().to8Bit(true) == "Podcast");
    CHECK(tag->comment().to8Bit(true) == "Un riassunto");
    CHECK(tag->year() == 2026);
    CHECK(tag->frameListMap()["APIC"].isEmpty());
  }

  TEST_CASE("one CHAP per chapter in time order, with titles, and a top-level ordered CTOC") {
    test::TempDir dir;
    TagLib::MPEG::File file(write_mp3(dir.path(), episode()).c_str());
    TagLib::ID3v2::Tag* tag = file.ID3v2Tag();
    REQUIRE(tag != nullptr);
    const auto chaps = tag->frameListMap()["CHAP"];
    REQUIRE(chaps.size() == kChapters.size());
    std::size_t i = 0;
    for (auto* frame : chaps) {
      CAPTURE(i);
      auto* chap = dynamic_cast<TagLib::ID3v2::ChapterFrame*>(frame);
      REQUIRE(chap != nullptr);
      CHECK(chap->elementID() == TagLib::ByteVector(("ch" + std::to_string(i)).c_str()));
      CHECK(chap->startTime() == kChapters[i].start_ms);
      CHECK(chap->endTime() == kChapters[i].end_ms);
      CHECK(chap->startOffset() == 0xFFFFFFFFu);
      CHECK(chap->endOffset() == 0xFFFFFFFFu);
      const auto titles = chap->embeddedFrameList("TIT2");
      REQUIRE(titles.size() == 1);
      CHECK(titles.front()->toString().to8Bit(true) == kChapters[i].title);
      ++i;
    }
    const auto tocs = tag->frameListMap()["CTOC"];
    REQUIRE(tocs.size() == 1);
    auto* toc = dynamic_cast<TagLib::ID3v2::TableOfContentsFrame*>(tocs.front());
    REQUIRE(toc != nullptr);
    CHECK(toc->elementID() == TagLib::ByteVector("toc"));
    CHECK(toc->isTopLevel());
    CHECK(toc->isOrdered());
    REQUIRE(toc->entryCount() == kChapters.size());
    CHECK(toc->childElements()[1] == TagLib::ByteVector("ch1"));
  }

  TEST_CASE("a digest's nested chapters get a CTOC of their own under the top-level one") {
    // An introduction, then two articles: the first with two chapters, one of them with a sub-chapter.
    const std::vector<TimedChapter> nested{{"Rassegna", 0, 1000, 0},     {"Primo articolo", 1000, 1500, 0},
                                           {"Apertura", 1500, 2000, 1},  {"Il fatto", 2000, 2200, 1},
                                           {"Dettaglio", 2200, 2400, 2}, {"Secondo articolo", 2400, 3000, 0}};
    test::TempDir dir;
    const auto path = dir.path() / "digest.mp3";
    Mp3Writer writer(path, {}, episode(), nested);
    test::write_in_blocks(writer, test::sine(440, 0.3, 3, 44100), 4096);
    writer.commit();
    TagLib::MPEG::File file(path.c_str());
    const auto tocs = file.ID3v2Tag()->frameListMap()["CTOC"];
    REQUIRE(tocs.size() == 3);
    std::map<std::string, TagLib::ID3v2::TableOfContentsFrame*> by_id;
    for (auto* frame : tocs) {
      auto* toc = dynamic_cast<TagLib::ID3v2::TableOfContentsFrame*>(frame);
      REQUIRE(toc != nullptr);
      by_id[std::string(toc->elementID().data(), toc->elementID().size())] = toc;
    }
    const auto ids = [](TagLib::ID3v2::TableOfContentsFrame* toc) {
      std::vector<std::string> out;
      for (const auto& id : toc->childElements()) out.emplace_back(id.data(), id.size());
      return out;
    };
    REQUIRE(by_id.count("toc") == 1);
    CHECK(by_id["toc"]->isTopLevel());
    CHECK(ids(by_id["toc"]) == std::vector<std::string>{"ch0", "toc1", "ch5"});
    REQUIRE(by_id.count("toc1") == 1);
    CHECK_FALSE(by_id["toc1"]->isTopLevel());
    CHECK(by_id["toc1"]->isOrdered());
    CHECK(ids(by_id["toc1"]) == std::vector<std::string>{"ch1", "ch2", "toc3"});
    CHECK(by_id["toc1"]->embeddedFrameList("TIT2").front()->toString().to8Bit(true) == "Primo articolo");
    REQUIRE(by_id.count("toc3") == 1);
    CHECK(ids(by_id["toc3"]) == std::vector<std::string>{"ch3", "ch4"});
    CHECK(file.ID3v2Tag()->frameListMap()["CHAP"].size() == nested.size());
  }

  TEST_CASE("a table of contents holds at most the 255 entries its one-byte count allows") {
    std::vector<TimedChapter> many;
    for (int i = 0; i < 300; ++i) many.push_back({"Capitolo " + std::to_string(i), i * 10, i * 10 + 10});
    test::TempDir dir;
    const auto path = dir.path() / "many.mp3";
    Mp3Writer writer(path, {}, episode(), many);
    test::write_in_blocks(writer, test::sine(440, 0.3, 3, 44100), 4096);
    writer.commit();
    TagLib::MPEG::File file(path.c_str());
    const auto tocs = file.ID3v2Tag()->frameListMap()["CTOC"];
    REQUIRE(tocs.size() == 1);
    CHECK(dynamic_cast<TagLib::ID3v2::TableOfContentsFrame*>(tocs.front())->entryCount() == 255);
    CHECK(file.ID3v2Tag()->frameListMap()["CHAP"].size() == 300);
  }

  TEST_CASE("the audio is 44.1 kHz mono CBR with a LAME Info frame for gapless decoding") {
    test::TempDir dir;
    TagLib::MPEG::File file(write_mp3(dir.path(), episode()).c_str());
    const auto* properties = file.audioProperties();
    REQUIRE(properties != nullptr);
    CHECK(properties->sampleRate() == 44100);
    CHECK(properties->channels() == 1);
    REQUIRE(properties->xingHeader() != nullptr);
    CHECK(TagLib::MPEG::Header(&file, file.firstFrameOffset()).bitrate() == 64);
    CHECK(properties->lengthInMilliseconds() == doctest::Approx(3000).epsilon(0.03));
  }

  TEST_CASE("a cover becomes an APIC front cover with its type") {
    test::TempDir dir;
    EpisodeInfo info = episode();
    info.cover = {"image/png", std::string("\x89PNG\r\n\x1A\n", 8) + "pixels"};
    TagLib::MPEG::File file(write_mp3(dir.path(), info).c_str());
    const auto pictures = file.ID3v2Tag()->frameListMap()["APIC"];
    REQUIRE(pictures.size() == 1);
    auto* picture = dynamic_cast<TagLib::ID3v2::AttachedPictureFrame*>(pictures.front());
    REQUIRE(picture != nullptr);
    CHECK(picture->mimeType() == "image/png");
    CHECK(picture->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    CHECK(picture->picture().size() == info.cover.data.size());
  }

  TEST_CASE("segments encoded apart join into one stream as long as what was written") {
    test::TempDir dir;
    const auto samples = tone_with_pauses();
    const auto bytes = read_bytes(write_segments(dir.path() / "joined.mp3", samples, {0, 1, 2}));
    TagLib::MPEG::File file((dir.path() / "joined.mp3").c_str());
    REQUIRE(file.isValid());
    REQUIRE(file.audioProperties()->xingHeader() != nullptr);
    const auto frames = file.audioProperties()->xingHeader()->totalFrames();
    // The Info frame: frames x 1152 less the encoder delay and the padding is every sample written.
    const auto info = static_cast<std::size_t>(file.firstFrameOffset());
    const unsigned char* lame = &bytes[info + 21];
    const int delay = (lame[141] << 4) | (lame[142] >> 4);
    const int padding = ((lame[142] & 0x0F) << 8) | lame[143];
    CHECK(delay == 576);
    CHECK(static_cast<std::int64_t>(frames) * 1152 - delay - padding ==
          static_cast<std::int64_t>(samples.size()));
    // The music CRC covers every frame after the Info frame.
    const std::size_t audio = info + mpeg1_layer3_frame_length(std::span(bytes).subspan(info));
    const std::uint16_t crc = lame_crc16(std::span(bytes).subspan(audio));
    CHECK(lame[152] == crc >> 8);
    CHECK(lame[153] == (crc & 0xFF));
    CHECK(((lame[148] << 24) | (lame[149] << 16) | (lame[150] << 8) | lame[151]) ==
          static_cast<int>(bytes.size() - info));
  }

  TEST_CASE("the order in which segments finish does not change a byte") {
    test::TempDir dir;
    const auto samples = tone_with_pauses();
    const auto in_order = read_bytes(write_segments(dir.path() / "a.mp3", samples, {0, 1, 2}));
    const auto reversed = read_bytes(write_segments(dir.path() / "b.mp3", samples, {2, 1, 0}));
    const auto middle_first = read_bytes(write_segments(dir.path() / "c.mp3", samples, {1, 0, 2}));
    CHECK(in_order == reversed);
    CHECK(in_order == middle_first);
  }

  TEST_CASE("segment starts off a frame boundary are refused") {
    test::TempDir dir;
    CHECK_THROWS(Mp3Writer(dir.path() / "x.mp3", {}, episode(), kChapters, {1000}));
    CHECK_THROWS(Mp3Writer(dir.path() / "y.mp3", {}, episode(), kChapters, {1152 * 4, 1152 * 4}));
  }

  TEST_CASE("only the MPEG-1 Layer III bitrates are accepted") {
    CHECK(is_mp3_bitrate(64));
    CHECK(is_mp3_bitrate(320));
    CHECK_FALSE(is_mp3_bitrate(65));
    CHECK_FALSE(is_mp3_bitrate(8));
  }
}
