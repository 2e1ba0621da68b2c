// The MP3 writer: LAME (libmp3lame) directly, mono CBR, with the LAME/Info
// frame that tells gapless decoders how many samples of encoder delay and
// padding to drop, so times in the tag match the decoded audio. The ID3v2
// tag (id3_tag.h) goes first; all of it into a temporary file that finish()
// renames into place.
#pragma once

#include <lame/lame.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <vector>

#include "audio/audio_sink.h"
#include "core/atomic_file.h"
#include "writers/episode.h"

namespace narra {

struct LameClose {
  void operator()(lame_global_flags* flags) const noexcept { lame_close(flags); }
};
using LamePtr = std::unique_ptr<lame_global_flags, LameClose>;

struct Mp3Settings {
  int sample_rate = 44100;  // Hz, of the samples written
  int bitrate_kbps = 64;    // CBR; one of the MPEG-1 Layer III bitrates (32..320)
  int quality = 7;          // LAME's algorithm quality, 0 (best, slowest) .. 9; 7 as `lame -q 7`, ample for speech
};

// The MPEG-1 Layer III bitrates a CBR file can use, kbit/s.
bool is_mp3_bitrate(int kbps);

class Mp3Writer : public AudioSink {
 public:
  // Writes the ID3v2 tag with `info` and `chapters` into a temporary file
  // beside `path`. Throws Error.
  Mp3Writer(const std::filesystem::path& path, const Mp3Settings& settings, const EpisodeInfo& info,
            const std::vector<TimedChapter>& chapters);

  // Mono samples in [-1, 1] at settings.sample_rate.
  void write(std::span<const float> samples) override;

  // Flushes the encoder, fills in the LAME/Info frame and renames the file into place. Throws Error.
  void finish();

 private:
  void put(const unsigned char* bytes, std::size_t count);

  AtomicFile file_;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream_;
  LamePtr lame_;
  long audio_start_ = 0;  // byte offset of the first MPEG frame (the Info frame)
  std::vector<unsigned char> buffer_;
};

}  // namespace narra
