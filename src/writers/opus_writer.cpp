#include "writers/opus_writer.h"

#include <opus/opusenc.h>

#include <cstdio>

#include "core/error.h"
#include "writers/chapter_limits.h"
#include "writers/timestamps.h"

namespace narra {
namespace {

struct OpeCommentsDestroy {
  void operator()(OggOpusComments* comments) const noexcept { ope_comments_destroy(comments); }
};
using OpeCommentsPtr = std::unique_ptr<OggOpusComments, OpeCommentsDestroy>;

}  // namespace

void OpeEncoderDestroy::operator()(OggOpusEnc* encoder) const noexcept { ope_encoder_destroy(encoder); }

std::vector<std::pair<std::string, std::string>> vorbis_comments(const EpisodeInfo& info,
                                                                 const std::vector<TimedChapter>& chapters) {
  if (chapters.size() > kMaxChapters) {
    throw Error("an Opus file holds at most " + std::to_string(kMaxChapters) +
                    " chapters; this article has " + std::to_string(chapters.size()),
                "join some chapters, or write only MP3 and WAV with --format");
  }
  std::vector<std::pair<std::string, std::string>> comments;
  const auto add = [&comments](const char* name, const std::string& value) {
    if (!value.empty()) comments.emplace_back(name, value);
  };
  add("TITLE", info.title);
  add("ARTIST", info.author);
  add("ALBUM", info.show);
  add("DATE", info.date);
  add("GENRE", info.genre);
  add("DESCRIPTION", info.description);
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    char key[32];
    std::snprintf(key, sizeof key, "CHAPTER%03zu", i + 1);
    comments.emplace_back(key, format_timestamp(chapters[i].start_ms));
    comments.emplace_back(std::string(key) + "NAME", chapters[i].title);
  }
  return comments;
}

OpusWriter::OpusWriter(const std::filesystem::path& path, const OpusSettings& settings,
                       const EpisodeInfo& info, const std::vector<TimedChapter>& chapters)
    : file_(path) {
  OpeCommentsPtr comments(ope_comments_create());
  if (!comments) throw cannot_write(path, "the Opus encoder ran out of memory");
  for (const auto& [name, value] : vorbis_comments(info, chapters)) {
    if (ope_comments_add(comments.get(), name.c_str(), value.c_str()) != OPE_OK) {
      throw cannot_write(path, "cannot add the Vorbis comment " + name);
    }
  }
  if (!info.cover.data.empty() &&
      ope_comments_add_picture_from_memory(comments.get(), info.cover.data.data(), info.cover.data.size(), 3,
                                           nullptr) != OPE_OK) {
    throw cannot_write(path, "the Opus encoder refused the cover image");
  }
  // The encoder writes through callbacks into the temporary file's own stream.
  stream_ = file_.open_stream("wb");
  static const OpusEncCallbacks callbacks{
      [](void* stream, const unsigned char* data, opus_int32 size) {
        return std::fwrite(data, 1, static_cast<std::size_t>(size), static_cast<std::FILE*>(stream)) ==
                       static_cast<std::size_t>(size)
                   ? 0
                   : 1;
      },
      [](void* stream) { return std::fclose(static_cast<std::FILE*>(stream)) == 0 ? 0 : 1; }};
  int error = OPE_OK;
  encoder_.reset(
      ope_encoder_create_callbacks(&callbacks, stream_, comments.get(), kSampleRate, 1, 0, &error));
  if (!encoder_) std::fclose(stream_);
  if (!encoder_) throw cannot_write(path, ope_strerror(error));
  if (ope_encoder_ctl(encoder_.get(), OPE_SET_SERIALNO(settings.serial_number)) != OPE_OK ||
      ope_encoder_ctl(encoder_.get(), OPUS_SET_BITRATE(settings.bitrate_kbps * 1000)) != OPE_OK ||
      ope_encoder_ctl(encoder_.get(), OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)) != OPE_OK) {
    throw cannot_write(path, "the Opus encoder refused its settings");
  }
}

void OpusWriter::write(std::span<const float> samples) {
  const int status =
      ope_encoder_write_float(encoder_.get(), samples.data(), static_cast<int>(samples.size()));
  if (status != OPE_OK)
    throw cannot_write(file_.final_path(), ope_strerror(status), "check the free disk space");
}

void OpusWriter::commit() {
  const int status = ope_encoder_drain(encoder_.get());
  if (status != OPE_OK) throw cannot_write(file_.final_path(), ope_strerror(status));
  encoder_.reset();
  file_.commit();
}

}  // namespace narra
