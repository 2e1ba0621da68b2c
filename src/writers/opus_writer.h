// The Ogg Opus writer: libopusenc, 48 kHz mono, with the episode's metadata
// as Vorbis comments and its chapters in the Vorbis chapter extension
// (CHAPTER001=HH:MM:SS.mmm, CHAPTER001NAME=title). Decoders drop the
// pre-skip, so chapter times are times in the decoded audio. Writes into a
// temporary file that finish() renames into place.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "audio/output_sink.h"
#include "core/atomic_file.h"
#include "writers/episode.h"

struct OggOpusEnc;  // libopusenc's encoder (<opus/opusenc.h>)

namespace narra {

struct OpeEncoderDestroy {
  void operator()(OggOpusEnc* encoder) const noexcept;
};
using OpeEncoderPtr = std::unique_ptr<OggOpusEnc, OpeEncoderDestroy>;

struct OpusSettings {
  int bitrate_kbps = 48;
  // The Ogg stream serial number, fixed so that the same input gives the same file.
  int serial_number = 0x6e617272;
};

// The Vorbis comments (name, value), in the order they are written: TITLE,
// ARTIST, ALBUM, DATE, GENRE, DESCRIPTION (empty values left out), then
// CHAPTERnnn and CHAPTERnnnNAME from 001. Throws Error beyond 999 chapters.
std::vector<std::pair<std::string, std::string>> vorbis_comments(const EpisodeInfo& info,
                                                                 const std::vector<TimedChapter>& chapters);

class OpusWriter : public OutputSink {
 public:
  static constexpr int kSampleRate = 48000;

  // Throws Error when the file or the encoder cannot be created.
  OpusWriter(const std::filesystem::path& path, const OpusSettings& settings, const EpisodeInfo& info,
             const std::vector<TimedChapter>& chapters);

  int sample_rate() const override { return kSampleRate; }
  bool wants_own_thread() const override { return true; }

  // Mono samples in [-1, 1] at kSampleRate.
  void write(std::span<const float> samples) override;

  // Drains the encoder and renames the file into place. Throws Error.
  void commit() override;

 private:
  AtomicFile file_;
  std::FILE* stream_ = nullptr;  // closed by the encoder when it is destroyed
  OpeEncoderPtr encoder_;
};

}  // namespace narra
