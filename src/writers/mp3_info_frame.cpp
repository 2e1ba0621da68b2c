#include "writers/mp3_info_frame.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace narra {
namespace {

// Offsets in a mono MPEG-1 frame: the header (4 bytes) and side information
// (17 bytes) come first.
constexpr std::size_t kXing = 21;
constexpr std::size_t kFrames = kXing + 8;
constexpr std::size_t kBytes = kXing + 12;
constexpr std::size_t kToc = kXing + 16;
constexpr std::size_t kLame = kXing + 120;
constexpr std::size_t kDelayPadding = kXing + 141;
constexpr std::size_t kMusicLength = kXing + 148;
constexpr std::size_t kMusicCrc = kXing + 152;
constexpr std::size_t kTagCrc = kXing + 154;  // covers every byte before it
constexpr std::size_t kTocEntries = 100;

void put_be32(std::span<unsigned char> frame, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) frame[at + i] = static_cast<unsigned char>(value >> (24 - 8 * i));
}

void put_be16(std::span<unsigned char> frame, std::size_t at, std::uint16_t value) {
  frame[at] = static_cast<unsigned char>(value >> 8);
  frame[at + 1] = static_cast<unsigned char>(value);
}

std::array<std::uint16_t, 256> crc16_table() {
  std::array<std::uint16_t, 256> table{};
  for (unsigned byte = 0; byte < 256; ++byte) {
    unsigned crc = byte;
    for (int bit = 0; bit < 8; ++bit) crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
    table[byte] = static_cast<std::uint16_t>(crc);
  }
  return table;
}

}  // namespace

std::size_t mpeg1_layer3_frame_length(std::span<const unsigned char> header) {
  constexpr std::array<int, 16> kbps{0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0};
  constexpr std::array<int, 4> rates{44100, 48000, 32000, 0};
  // Sync (11 bits), MPEG-1 (11), Layer III (01).
  if (header.size() < 4 || header[0] != 0xFF || (header[1] & 0xFE) != 0xFA) return 0;
  const int bitrate = kbps[header[2] >> 4];
  const int rate = rates[(header[2] >> 2) & 3];
  if (bitrate == 0 || rate == 0) return 0;
  return static_cast<std::size_t>(144 * bitrate * 1000 / rate + ((header[2] >> 1) & 1));
}

std::uint16_t lame_crc16(std::span<const unsigned char> bytes, std::uint16_t crc) {
  static const std::array<std::uint16_t, 256> table = crc16_table();
  for (unsigned char byte : bytes) crc = static_cast<std::uint16_t>((crc >> 8) ^ table[(crc ^ byte) & 0xFF]);
  return crc;
}

bool rewrite_info_frame(std::span<unsigned char> frame, const Mp3StreamFacts& facts) {
  const bool mono = frame.size() > 3 && (frame[3] >> 6) == 3;
  if (!mono || frame.size() < kTagCrc + 2 || mpeg1_layer3_frame_length(frame) == 0 ||
      (std::memcmp(&frame[kXing], "Info", 4) != 0 && std::memcmp(&frame[kXing], "Xing", 4) != 0) ||
      std::memcmp(&frame[kLame], "LAME", 4) != 0) {
    return false;
  }
  put_be32(frame, kFrames, facts.frames);
  put_be32(frame, kBytes, facts.bytes);
  // Entry i: where the frame at i % of the playing time starts, as a share of the bytes, in 256ths.
  for (std::size_t i = 0; i < kTocEntries; ++i) {
    const std::size_t index = i * facts.frames / kTocEntries;
    const std::uint64_t offset =
        index < facts.frame_offsets.size() ? facts.frame_offsets[index] : facts.bytes;
    frame[kToc + i] = static_cast<unsigned char>(
        std::min<std::uint64_t>(255, facts.bytes ? offset * 256 / facts.bytes : 0));
  }
  const int padding = std::clamp(facts.padding, 0, 0xFFF);
  frame[kDelayPadding + 1] = static_cast<unsigned char>((frame[kDelayPadding + 1] & 0xF0) | (padding >> 8));
  frame[kDelayPadding + 2] = static_cast<unsigned char>(padding & 0xFF);
  put_be32(frame, kMusicLength, facts.bytes);
  put_be16(frame, kMusicCrc, facts.music_crc);
  put_be16(frame, kTagCrc, lame_crc16(frame.first(kTagCrc)));
  return true;
}

}  // namespace narra
