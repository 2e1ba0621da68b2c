// Holds a whole episode's audio on disk instead of in memory, so that it can
// be measured while it is synthesised and processed in a second pass. The
// spool is a hidden temporary file (raw 16-bit PCM, native byte order: the
// synthesiser's own resolution, so nothing is lost) beside the outputs; it is removed when the spool is
// destroyed, and on SIGINT/SIGTERM like every temporary file. Once written, parts of it can be replayed from
// several threads at once.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "audio/audio_sink.h"
#include "audio/sample_range.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace narra {

struct FileClose {
  void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileClose>;

class PcmSpool : public AudioSink {
 public:
  // Creates the spool file `file`, a temporary file beside `output` (the
  // episode's audio file, which messages name). Throws Error.
  PcmSpool(const std::filesystem::path& file, std::filesystem::path output);
  // Creates a second spool beside `beside`, its name marked with `tag`. Throws Error.
  PcmSpool(const PcmSpool& beside, std::string_view tag);

  // Appends samples, stored at 16 bits (clipped to [-1, 1)). Throws Error when the disk is full.
  void write(std::span<const float> samples) override;

  // Sends what write() buffered to the file. Throws Error.
  void flush();

  // Takes in what another process (a forked child) wrote to the file
  // through its copy of this spool. Throws Error.
  void count_outside_writes();

  // Samples written so far.
  std::int64_t size() const { return size_; }

  // Sends everything written so far to `sink`, from the start, in blocks of
  // at most `block_samples`. Throws Error.
  void replay(AudioSink& sink, std::size_t block_samples = 4096) { replay(sink, {0, size_}, block_samples); }

  // Sends the samples of `range` (within what was written) to `sink`. Safe to
  // call from several threads at once while nothing is written. Throws Error.
  void replay(AudioSink& sink, const SampleRange& range, std::size_t block_samples = 4096);

 private:
  // An error that names the episode's file, not the temporary one.
  Error failure(const std::string& reason) const;

  std::filesystem::path output_;
  AtomicFile file_;  // never committed: only its temporary-file handling is used
  FilePtr stream_;
  std::int64_t size_ = 0;
  std::vector<std::int16_t> pcm_;  // write()'s conversion buffer
  std::mutex flush_mutex_;         // the first replay flushes stream_ for all the others
  bool flushed_ = true;
};

}  // namespace narra
