#include "audio/pcm_spool.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>

#include "core/error.h"

namespace narra {

PcmSpool::PcmSpool(const std::filesystem::path& dir, const std::string& stem)
    : file_(dir / (stem + ".spool")), stream_(file_.open_stream("w+b")) {}

void PcmSpool::write(std::span<const float> samples) {
  pcm_.resize(samples.size());
  std::transform(samples.begin(), samples.end(), pcm_.begin(), [](float sample) {
    return static_cast<std::int16_t>(std::lround(std::clamp(sample * 32768.0f, -32768.0f, 32767.0f)));
  });
  if (std::fwrite(pcm_.data(), sizeof(std::int16_t), pcm_.size(), stream_.get()) != pcm_.size()) {
    throw cannot_write(file_.final_path(), std::strerror(errno), "check the free disk space");
  }
  size_ += static_cast<std::int64_t>(samples.size());
}

void PcmSpool::replay(AudioSink& sink, std::size_t block_samples) {
  if (std::fflush(stream_.get()) != 0 || std::fseek(stream_.get(), 0, SEEK_SET) != 0) {
    throw cannot_write(file_.final_path(), std::strerror(errno), "check the free disk space");
  }
  std::vector<float> block(block_samples);
  pcm_.resize(block_samples);
  std::int64_t left = size_;
  while (left > 0) {
    const auto want = static_cast<std::size_t>(std::min<std::int64_t>(left, static_cast<std::int64_t>(block_samples)));
    if (std::fread(pcm_.data(), sizeof(std::int16_t), want, stream_.get()) != want) {
      throw cannot_read(file_.temp_path(), "the spool file ended early");
    }
    std::transform(pcm_.begin(), pcm_.begin() + static_cast<std::ptrdiff_t>(want), block.begin(),
                   [](std::int16_t sample) { return static_cast<float>(sample) / 32768.0f; });
    sink.write(std::span<const float>(block.data(), want));
    left -= static_cast<std::int64_t>(want);
  }
  if (std::fseek(stream_.get(), 0, SEEK_END) != 0) {
    throw cannot_read(file_.temp_path(), std::strerror(errno));
  }
}

}  // namespace narra
