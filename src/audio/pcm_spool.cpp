#include "audio/pcm_spool.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"

namespace narra {

PcmSpool::PcmSpool(const std::filesystem::path& file, std::filesystem::path output)
    : output_(std::move(output)), file_(file), stream_(file_.open_stream("w+b")) {}

PcmSpool::PcmSpool(const PcmSpool& beside, std::string_view tag)
    : PcmSpool(beside.file_.final_path().parent_path() /
                   (beside.file_.final_path().stem().string() + "." + std::string(tag) +
                    beside.file_.final_path().extension().string()),
               beside.output_) {}

Error PcmSpool::failure(const std::string& reason) const {
  return cannot_write(output_, reason, "check the free disk space in " + quoted(output_.parent_path()));
}

void PcmSpool::write(std::span<const float> samples) {
  pcm_.resize(samples.size());
  // Rounded half away from zero, as lround does, in a form the compiler vectorises.
  std::transform(samples.begin(), samples.end(), pcm_.begin(), [](float sample) {
    const float scaled = std::clamp(sample * 32768.0f, -32768.0f, 32767.0f);
    return static_cast<std::int16_t>(scaled + (scaled < 0 ? -0.5f : 0.5f));
  });
  if (std::fwrite(pcm_.data(), sizeof(std::int16_t), pcm_.size(), stream_.get()) != pcm_.size()) {
    throw failure(std::strerror(errno));
  }
  size_ += static_cast<std::int64_t>(samples.size());
  flushed_ = false;
}

void PcmSpool::flush() {
  std::lock_guard lock(flush_mutex_);
  if (!flushed_ && std::fflush(stream_.get()) != 0) {
    throw failure(std::strerror(errno));
  }
  flushed_ = true;
}

void PcmSpool::count_outside_writes() {
  flush();
  struct stat status {};
  if (::fstat(fileno(stream_.get()), &status) != 0) throw failure(std::strerror(errno));
  size_ = static_cast<std::int64_t>(status.st_size) / static_cast<std::int64_t>(sizeof(std::int16_t));
}

void PcmSpool::replay(AudioSink& sink, const SampleRange& range, std::size_t block_samples) {
  flush();
  std::vector<std::int16_t> pcm(block_samples);
  std::vector<float> block(block_samples);
  const int fd = fileno(stream_.get());
  std::int64_t position = std::clamp<std::int64_t>(range.first, 0, size_);
  const std::int64_t end = std::clamp<std::int64_t>(range.end(), position, size_);
  while (position < end) {
    const auto want = static_cast<std::size_t>(
        std::min<std::int64_t>(end - position, static_cast<std::int64_t>(block_samples)));
    const auto bytes = static_cast<ssize_t>(want * sizeof(std::int16_t));
    if (::pread(fd, pcm.data(), static_cast<std::size_t>(bytes),
                position * static_cast<off_t>(sizeof(std::int16_t))) != bytes) {
      throw failure("its temporary file ended early");
    }
    std::transform(pcm.begin(), pcm.begin() + static_cast<std::ptrdiff_t>(want), block.begin(),
                   [](std::int16_t sample) { return static_cast<float>(sample) / 32768.0f; });
    sink.write(std::span<const float>(block.data(), want));
    position += static_cast<std::int64_t>(want);
  }
}

}  // namespace narra
