// The MP3 writer: LAME (libmp3lame) directly, mono CBR, with the LAME/Info
// frame that tells gapless decoders how many samples of encoder delay and
// padding to drop, so times in the tag match the decoded audio. The ID3v2
// tag (id3_tag.h) goes first; all of it into a temporary file that finish()
// renames into place.
//
// The audio can come in segments, each encoded by a LAME encoder of its own
// on a thread of its own, and joined end to end. LAME delays every stream by
// the same 576 samples and closes it with padding up to a whole frame, so a
// segment that starts on a frame boundary and leaves its last frame's worth
// of samples (which must be silent) to that padding decodes exactly where it
// belongs. The Info frame is then rewritten for the whole file.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "audio/output_sink.h"
#include "core/atomic_file.h"
#include "writers/episode.h"

namespace narra {

struct Mp3Settings {
  int sample_rate = 44100;  // Hz, of the samples written
  int bitrate_kbps = 64;    // CBR; one of the MPEG-1 Layer III bitrates (32..320)
  int quality = 7;  // LAME's algorithm quality, 0 (best, slowest) .. 9; 7 as `lame -q 7`, ample for speech
};

// The MPEG-1 Layer III bitrates a CBR file can use, kbit/s.
bool is_mp3_bitrate(int kbps);

class Mp3Writer : public OutputSink {
 public:
  // Samples in one MPEG-1 Layer III frame: segments start at multiples of this.
  static constexpr std::int64_t kFrameSamples = 1152;

  // Writes the ID3v2 tag with `info` and `chapters` into a temporary file
  // beside `path`. `segment_starts` are the first samples of the segments
  // after the first, increasing multiples of kFrameSamples; without them
  // the audio is one segment. Throws Error.
  Mp3Writer(const std::filesystem::path& path, const Mp3Settings& settings, const EpisodeInfo& info,
            const std::vector<TimedChapter>& chapters, const std::vector<std::int64_t>& segment_starts = {});
  ~Mp3Writer() override;

  int sample_rate() const override { return sample_rate_; }
  bool takes_parts() const override { return true; }

  // The sink of segment `index`: mono samples in [-1, 1] at settings.sample_rate,
  // from the segment's first sample on. Samples in its last frame are
  // dropped (the next segment's encoder delay takes their place). Each
  // segment may be written from its own thread.
  AudioSink& part(std::size_t index) override;
  std::size_t part_count() const;

  // Flushes segment `index`'s encoder; its audio joins the file once every
  // segment before it has. Call from the thread that wrote it. Throws Error.
  void finish_part(std::size_t index) override;

  // Writes to the one segment (the writer made without segment starts).
  void write(std::span<const float> samples) override;

  // Finishes the segments not finished yet, fills in the Info frame and
  // renames the file into place. Throws Error.
  void commit() override;

 private:
  class Segment;
  void take(Segment& segment, std::vector<unsigned char>& bytes, bool finished);
  void append_audio(std::span<const unsigned char> bytes);
  void write_info_frame();

  AtomicFile file_;
  int sample_rate_;
  float input_scale_;     // undoes the scale LAME applies of its own accord
  long audio_start_ = 0;  // byte offset of the first MPEG frame (the Info frame)
  std::vector<std::unique_ptr<Segment>> segments_;
  std::mutex mutex_;        // guards everything below, and writing the file
  std::size_t joined_ = 0;  // segments wholly in the file; the next one writes straight to it
  std::uint64_t audio_bytes_ = 0;
  std::vector<unsigned char> header_;  // the start of a frame split between two writes
  std::uint64_t next_frame_ = 0;       // audio byte offset of the next frame header
  std::vector<std::uint32_t> frame_offsets_;
  std::uint16_t music_crc_ = 0;
};

}  // namespace narra
