#include "audio/pcm_spool.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/error.h"

namespace narra {

PcmSpool::PcmSpool(const std::filesystem::path& dir, const std::string& stem)
    : file_(dir / (stem + ".spool")), stream_(std::fopen(file_.temp_path().c_str(), "w+b")) {
  if (!stream_) throw cannot_write(file_.temp_path(), std::strerror(errno));
}

void PcmSpool::write(std::span<const float> samples) {
  if (std::fwrite(samples.data(), sizeof(float), samples.size(), stream_.get()) != samples.size()) {
    throw cannot_write(file_.temp_path(), std::strerror(errno), "check the free disk space");
  }
  size_ += static_cast<std::int64_t>(samples.size());
}

void PcmSpool::replay(AudioSink& sink, std::size_t block_samples) {
  if (std::fflush(stream_.get()) != 0 || std::fseek(stream_.get(), 0, SEEK_SET) != 0) {
    throw cannot_write(file_.temp_path(), std::strerror(errno), "check the free disk space");
  }
  std::vector<float> block(block_samples);
  std::int64_t left = size_;
  while (left > 0) {
    const auto want = static_cast<std::size_t>(std::min<std::int64_t>(left, static_cast<std::int64_t>(block_samples)));
    if (std::fread(block.data(), sizeof(float), want, stream_.get()) != want) {
      throw cannot_read(file_.temp_path(), "the spool file ended early");
    }
    sink.write(std::span<const float>(block.data(), want));
    left -= static_cast<std::int64_t>(want);
  }
  if (std::fseek(stream_.get(), 0, SEEK_END) != 0) {
    throw cannot_read(file_.temp_path(), std::strerror(errno));
  }
}

}  // namespace narra
