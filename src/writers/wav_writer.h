// The WAV writer: 16-bit PCM mono through libsndfile, LIST/INFO with title,
// artist and software, and one `cue ` point with a `labl` title per chapter.
// Writes into a temporary file that finish() renames into place.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "audio/output_sink.h"
#include "core/atomic_file.h"
#include "writers/episode.h"

// libsndfile's handle, as <sndfile.h> declares it.
typedef struct sf_private_tag SNDFILE;

namespace narra {

struct SndfileClose {
  void operator()(SNDFILE* file) const noexcept;
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileClose>;

class WavWriter : public OutputSink {
 public:
  // `chapters` are sample frames at `sample_rate`. Throws Error when the
  // temporary file cannot be created.
  WavWriter(const std::filesystem::path& path, int sample_rate, const EpisodeInfo& info,
            std::vector<Marker> chapters);

  int sample_rate() const override { return sample_rate_; }

  // Samples beyond [-1, 1] are clipped.
  void write(std::span<const float> samples) override;

  // Adds the chapter markers, closes the file and renames it into place. Throws Error.
  void commit() override;

 private:
  AtomicFile file_;
  int sample_rate_;
  std::vector<Marker> chapters_;
  SndfilePtr sndfile_;
};

}  // namespace narra
