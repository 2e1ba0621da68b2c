// The LAME/Info frame at the start of a CBR MP3 (the Xing header with
// LAME's extension), rewritten for a file made of several LAME streams
// joined end to end. The frame tells decoders how many frames and bytes the
// file holds, where to seek (the table of contents), and how many samples of
// encoder delay and padding a gapless decoder removes; two CRC-16s guard it
// and the audio. Layout: "Info" at byte 21 of a mono MPEG-1 frame, then
// flags, frames, bytes, 100 TOC entries, quality, and the 36 bytes of
// LAME's extension ending in the music length and the two CRCs.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace narra {

// An MPEG-1 Layer III frame header: the length of the frame it starts, in
// bytes, or 0 if `header` (at least 4 bytes) is not one.
std::size_t mpeg1_layer3_frame_length(std::span<const unsigned char> header);

// CRC-16 (polynomial 0x8005, reflected, as LAME computes it) of `bytes`, continuing from `crc`.
std::uint16_t lame_crc16(std::span<const unsigned char> bytes, std::uint16_t crc = 0);

// What the Info frame says about the audio that follows it.
struct Mp3StreamFacts {
  std::uint32_t frames = 0;                  // audio frames after the Info frame
  std::uint32_t bytes = 0;                   // the Info frame and the audio frames
  int padding = 0;                           // samples of padding at the end of the last frame
  std::uint16_t music_crc = 0;               // lame_crc16 of the audio frames
  std::vector<std::uint32_t> frame_offsets;  // where each audio frame starts, from the Info frame's start
};

// Rewrites `frame`, an Info frame as LAME made it for the first stream, to
// describe `facts`; the encoder delay, quality and settings stay as LAME
// wrote them. Returns false, changing nothing, if `frame` is not a mono
// MPEG-1 Info frame with LAME's extension.
bool rewrite_info_frame(std::span<unsigned char> frame, const Mp3StreamFacts& facts);

}  // namespace narra
