#include "writers/mp3_writer.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include "core/error.h"
#include "writers/id3_tag.h"

namespace narra {

bool is_mp3_bitrate(int kbps) {
  constexpr std::array<int, 14> rates{32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
  return std::find(rates.begin(), rates.end(), kbps) != rates.end();
}

Mp3Writer::Mp3Writer(const std::filesystem::path& path, const Mp3Settings& settings,
                     const EpisodeInfo& info, const std::vector<TimedChapter>& chapters)
    : file_(path), stream_(file_.open_stream("wb"), &std::fclose),
      lame_(lame_init()) {
  if (!lame_) throw cannot_write(path, "the MP3 encoder (LAME) could not start");
  lame_set_in_samplerate(lame_.get(), settings.sample_rate);
  lame_set_out_samplerate(lame_.get(), settings.sample_rate);
  lame_set_num_channels(lame_.get(), 1);
  lame_set_mode(lame_.get(), MONO);
  lame_set_VBR(lame_.get(), vbr_off);
  lame_set_brate(lame_.get(), settings.bitrate_kbps);
  lame_set_quality(lame_.get(), settings.quality);
  lame_set_bWriteVbrTag(lame_.get(), 1);
  if (lame_init_params(lame_.get()) < 0) {
    throw cannot_write(path, "LAME refused " + std::to_string(settings.bitrate_kbps) + " kbit/s at " +
                                 std::to_string(settings.sample_rate) + " Hz");
  }
  const std::string tag = render_id3_tag(info, chapters);
  put(reinterpret_cast<const unsigned char*>(tag.data()), tag.size());
  audio_start_ = static_cast<long>(tag.size());
}

void Mp3Writer::put(const unsigned char* bytes, std::size_t count) {
  if (count > 0 && std::fwrite(bytes, 1, count, stream_.get()) != count) {
    throw cannot_write(file_.final_path(), std::strerror(errno), "check the free disk space");
  }
}

void Mp3Writer::write(std::span<const float> samples) {
  // LAME's own bound for its output: 1.25 x samples + 7200 bytes.
  buffer_.resize(samples.size() * 5 / 4 + 7200);
  const int bytes = lame_encode_buffer_ieee_float(
      lame_.get(), samples.data(), samples.data(), static_cast<int>(samples.size()), buffer_.data(),
      static_cast<int>(buffer_.size()));
  if (bytes < 0) throw cannot_write(file_.final_path(), "LAME failed (" + std::to_string(bytes) + ")");
  put(buffer_.data(), static_cast<std::size_t>(bytes));
}

void Mp3Writer::finish() {
  buffer_.resize(7200);
  const int bytes = lame_encode_flush(lame_.get(), buffer_.data(), static_cast<int>(buffer_.size()));
  if (bytes < 0) throw cannot_write(file_.final_path(), "LAME failed (" + std::to_string(bytes) + ")");
  put(buffer_.data(), static_cast<std::size_t>(bytes));
  // The Info frame LAME reserved at the start of the audio now gets its
  // delay, padding, length and CRC.
  std::array<unsigned char, 2880> info_frame{};
  const std::size_t info_size = lame_get_lametag_frame(lame_.get(), info_frame.data(), info_frame.size());
  if (info_size > 0) {
    if (std::fseek(stream_.get(), audio_start_, SEEK_SET) != 0) {
      throw cannot_write(file_.final_path(), std::strerror(errno));
    }
    put(info_frame.data(), info_size);
  }
  if (std::fclose(stream_.release()) != 0) throw cannot_write(file_.final_path(), std::strerror(errno));
  file_.commit();
}

}  // namespace narra
