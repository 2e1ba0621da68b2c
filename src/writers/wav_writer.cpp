#include "writers/wav_writer.h"

#include <sndfile.h>

#include "core/error.h"
#include "writers/riff_chunks.h"

namespace narra {

void SndfileClose::operator()(SNDFILE* file) const noexcept { sf_close(file); }

WavWriter::WavWriter(const std::filesystem::path& path, int sample_rate, const EpisodeInfo& info,
                     std::vector<Marker> chapters)
    : file_(path), sample_rate_(sample_rate), chapters_(std::move(chapters)) {
  SF_INFO format{};
  format.samplerate = sample_rate;
  format.channels = 1;
  format.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  sndfile_.reset(sf_open_fd(file_.fd(), SFM_WRITE, &format, SF_FALSE));
  if (!sndfile_) throw cannot_write(path, sf_strerror(nullptr));
  sf_command(sndfile_.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
  sf_set_string(sndfile_.get(), SF_STR_TITLE, info.title.c_str());
  if (!info.author.empty()) sf_set_string(sndfile_.get(), SF_STR_ARTIST, info.author.c_str());
  sf_set_string(sndfile_.get(), SF_STR_SOFTWARE, info.software.c_str());
}

void WavWriter::write(std::span<const float> samples) {
  const auto count = static_cast<sf_count_t>(samples.size());
  if (sf_writef_float(sndfile_.get(), samples.data(), count) != count) {
    throw cannot_write(file_.final_path(), sf_strerror(sndfile_.get()), "check the free disk space");
  }
}

void WavWriter::commit() {
  const int status = sf_close(sndfile_.release());
  if (status != 0) throw cannot_write(file_.final_path(), sf_error_number(status));
  append_riff_chunks(file_.fd(), file_.final_path(),
                     make_cue_chunk(chapters_) + make_label_list_chunk(chapters_));
  file_.commit();
}

}  // namespace narra
