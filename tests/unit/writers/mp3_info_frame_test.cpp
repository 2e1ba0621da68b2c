#include <doctest/doctest.h>

#include <lame/lame.h>

#include <array>
#include <string_view>
#include <vector>

#include "../audio/tone.h"
#include "writers/mp3_info_frame.h"

using namespace narra;

namespace {

// A LAME stream of `samples` at 44.1 kHz, 64 kbit/s mono, and the Info frame LAME made for it.
struct LameStream {
  std::vector<unsigned char> bytes;
  std::vector<unsigned char> info_frame;
  int padding = 0;
};

LameStream encode(const std::vector<float>& samples) {
  lame_global_flags* lame = lame_init();
  lame_set_in_samplerate(lame, 44100);
  lame_set_out_samplerate(lame, 44100);
  lame_set_num_channels(lame, 1);
  lame_set_mode(lame, MONO);
  lame_set_VBR(lame, vbr_off);
  lame_set_brate(lame, 64);
  lame_set_quality(lame, 7);
  lame_set_bWriteVbrTag(lame, 1);
  REQUIRE(lame_init_params(lame) >= 0);
  LameStream stream;
  stream.bytes.resize(samples.size() * 5 / 4 + 14400);
  const int written =
      lame_encode_buffer_ieee_float(lame, samples.data(), samples.data(), static_cast<int>(samples.size()),
                                    stream.bytes.data(), static_cast<int>(stream.bytes.size()));
  REQUIRE(written >= 0);
  const int flushed = lame_encode_flush(lame, stream.bytes.data() + written, 7200);
  REQUIRE(flushed >= 0);
  stream.bytes.resize(static_cast<std::size_t>(written + flushed));
  stream.info_frame.resize(2880);
  stream.info_frame.resize(lame_get_lametag_frame(lame, stream.info_frame.data(), stream.info_frame.size()));
  stream.padding = lame_get_encoder_padding(lame);
  lame_close(lame);
  return stream;
}

// The facts of a stream whose first frame is the Info frame, found by walking its frames.
Mp3StreamFacts facts_of(const LameStream& stream) {
  Mp3StreamFacts facts;
  std::size_t at = mpeg1_layer3_frame_length(stream.bytes);
  const std::size_t info_end = at;
  while (at + 4 <= stream.bytes.size()) {
    facts.frame_offsets.push_back(static_cast<std::uint32_t>(at));
    const std::size_t length = mpeg1_layer3_frame_length(std::span(stream.bytes).subspan(at));
    REQUIRE(length > 0);
    at += length;
  }
  facts.frames = static_cast<std::uint32_t>(facts.frame_offsets.size());
  facts.bytes = static_cast<std::uint32_t>(stream.bytes.size());
  facts.padding = stream.padding;
  facts.music_crc = lame_crc16(std::span(stream.bytes).subspan(info_end));
  return facts;
}

}  // namespace

TEST_SUITE("MP3 Info frame") {
  TEST_CASE("CRC-16 as LAME computes it: the ARC check value") {
    const std::string_view check = "123456789";
    CHECK(lame_crc16(std::span(reinterpret_cast<const unsigned char*>(check.data()), check.size())) ==
          0xBB3D);
  }

  TEST_CASE("frame lengths from MPEG-1 Layer III headers") {
    CHECK(mpeg1_layer3_frame_length(std::array<unsigned char, 4>{0xFF, 0xFB, 0x50, 0xC4}) == 208);
    CHECK(mpeg1_layer3_frame_length(std::array<unsigned char, 4>{0xFF, 0xFB, 0x52, 0xC4}) == 209);  // padded
    CHECK(mpeg1_layer3_frame_length(std::array<unsigned char, 4>{0xFF, 0xFB, 0x90, 0xC4}) ==
          417);  // 128 kbit/s
    CHECK(mpeg1_layer3_frame_length(std::array<unsigned char, 4>{0xFF, 0xF3, 0x50, 0xC4}) == 0);  // MPEG-2
    CHECK(mpeg1_layer3_frame_length(std::array<unsigned char, 4>{0x49, 0x44, 0x33, 0x03}) == 0);  // "ID3"
  }

  TEST_CASE("rewritten for one stream, the frame says what LAME said, seek table aside") {
    const LameStream stream = encode(test::sine(440, 0.3, 5, 44100));
    std::vector<unsigned char> frame = stream.info_frame;
    REQUIRE(rewrite_info_frame(frame, facts_of(stream)));
    // The Info tag starts at byte 21; its seek table is bytes 16..115 of it; the tag's own CRC ends the
    // frame's data.
    constexpr std::size_t toc = 21 + 16;
    constexpr std::size_t tag_crc = 21 + 154;
    for (std::size_t i = 0; i < tag_crc; ++i) {
      if (i >= toc && i < toc + 100) continue;
      CAPTURE(i);
      CHECK(frame[i] == stream.info_frame[i]);
    }
    for (std::size_t i = 1; i < 100; ++i) {
      CHECK(frame[toc + i] >= frame[toc + i - 1]);
      CHECK(std::abs(frame[toc + i] - stream.info_frame[toc + i]) <= 3);
    }
  }

  TEST_CASE("the padding, lengths and CRCs change with the facts") {
    const LameStream stream = encode(test::sine(440, 0.3, 2, 44100));
    Mp3StreamFacts facts = facts_of(stream);
    facts.padding = 1000;
    facts.bytes += 5000;
    std::vector<unsigned char> frame = stream.info_frame;
    REQUIRE(rewrite_info_frame(frame, facts));
    CHECK((((frame[21 + 142] & 0x0F) << 8) | frame[21 + 143]) == 1000);
    CHECK(((frame[21 + 141] << 4) | (frame[21 + 142] >> 4)) == 576);  // the encoder delay stays
    CHECK(frame[21 + 148 + 3] == static_cast<unsigned char>(facts.bytes));
    const std::uint16_t tag_crc = lame_crc16(std::span(frame).first(21 + 154));
    CHECK(frame[21 + 154] == tag_crc >> 8);
    CHECK(frame[21 + 155] == (tag_crc & 0xFF));
  }

  TEST_CASE("a frame that is not LAME's Info frame is left alone") {
    std::vector<unsigned char> frame(208, 0);
    frame[0] = 0xFF;
    frame[1] = 0xFB;
    frame[2] = 0x50;
    frame[3] = 0xC4;
    const auto before = frame;
    CHECK_FALSE(rewrite_info_frame(frame, {}));
    CHECK(frame == before);
  }
}
