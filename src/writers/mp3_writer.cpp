#include "writers/mp3_writer.h"

#include <lame/lame.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include "core/error.h"
#include "writers/id3_tag.h"
#include "writers/mp3_info_frame.h"

namespace narra {

struct LameClose {
  void operator()(lame_global_flags* flags) const noexcept { lame_close(flags); }
};
using LamePtr = std::unique_ptr<lame_global_flags, LameClose>;

bool is_mp3_bitrate(int kbps) {
  constexpr std::array<int, 14> rates{32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
  return std::find(rates.begin(), rates.end(), kbps) != rates.end();
}

namespace {

// Sets `lame` up as every MP3 narra writes is encoded: mono at constant bit
// rate, the input multiplied by `input_scale`, LAME's Info frame written when
// `info_frame`. False when LAME refuses the settings.
bool configure_lame(lame_global_flags* lame, const Mp3Settings& settings, float input_scale,
                    bool info_frame) {
  lame_set_in_samplerate(lame, settings.sample_rate);
  lame_set_out_samplerate(lame, settings.sample_rate);
  lame_set_num_channels(lame, 1);
  lame_set_mode(lame, MONO);
  lame_set_VBR(lame, vbr_off);
  lame_set_brate(lame, settings.bitrate_kbps);
  lame_set_quality(lame, settings.quality);
  lame_set_scale(lame, input_scale);
  lame_set_bWriteVbrTag(lame, info_frame ? 1 : 0);
  return lame_init_params(lame) >= 0;
}

}  // namespace

// One LAME stream. Its bytes go to the writer, which puts them in the file
// at once if every segment before this one is there, or keeps them until
// then. The encoder (a few hundred kB) lives only while the segment is
// encoded.
class Mp3Writer::Segment : public AudioSink {
 public:
  // Keeps `kept_samples` of what it is given (all if negative). Only the
  // first segment starts with LAME's Info frame.
  Segment(Mp3Writer& owner, std::size_t index, const Mp3Settings& settings, std::int64_t kept_samples)
      : owner_(owner), index_(index), settings_(settings), kept_(kept_samples) {}

  void write(std::span<const float> samples) override {
    if (kept_ >= 0) {
      const auto room = static_cast<std::size_t>(std::max<std::int64_t>(0, kept_ - seen_));
      seen_ += static_cast<std::int64_t>(samples.size());
      samples = samples.first(std::min(samples.size(), room));
    }
    if (samples.empty()) return;
    lame_global_flags* lame = start();
    // LAME's own bound for its output: 1.25 x samples + 7200 bytes.
    encoded_.resize(samples.size() * 5 / 4 + 7200);
    const int bytes =
        lame_encode_buffer_ieee_float(lame, samples.data(), samples.data(), static_cast<int>(samples.size()),
                                      encoded_.data(), static_cast<int>(encoded_.size()));
    hand_over(bytes, false);
  }

  // Flushes the encoder, keeps what the Info frame needs, and lets it go.
  void finish() {
    lame_global_flags* lame = start();
    encoded_.resize(7200);
    const int bytes = lame_encode_flush(lame, encoded_.data(), static_cast<int>(encoded_.size()));
    frames_ = lame_get_frameNum(lame);
    padding_ = lame_get_encoder_padding(lame);
    if (index_ == 0) {
      info_frame_.resize(2880);
      info_frame_.resize(lame_get_lametag_frame(lame, info_frame_.data(), info_frame_.size()));
    }
    lame_.reset();
    hand_over(bytes, true);
    std::vector<unsigned char>().swap(encoded_);
  }

  // Starts the encoder if it has not started. Throws Error when LAME refuses the settings.
  lame_global_flags* start() {
    if (lame_) return lame_.get();
    const auto& path = owner_.file_.final_path();
    lame_.reset(lame_init());
    if (!lame_) throw cannot_write(path, "the MP3 encoder (LAME) could not start");
    if (!configure_lame(lame_.get(), settings_, owner_.input_scale_, index_ == 0)) {
      throw cannot_write(path, "LAME refused " + std::to_string(settings_.bitrate_kbps) + " kbit/s at " +
                                   std::to_string(settings_.sample_rate) + " Hz");
    }
    return lame_.get();
  }

  std::size_t index() const { return index_; }
  int frames() const { return frames_; }
  int padding() const { return padding_; }
  std::vector<unsigned char>& info_frame() { return info_frame_; }

  // Guarded by the writer's mutex.
  std::vector<unsigned char> waiting;  // bytes not yet in the file
  bool finished = false;

 private:
  void hand_over(int bytes, bool last) {
    if (bytes < 0)
      throw cannot_write(owner_.file_.final_path(), "LAME failed (" + std::to_string(bytes) + ")");
    encoded_.resize(static_cast<std::size_t>(bytes));
    owner_.take(*this, encoded_, last);
  }

  Mp3Writer& owner_;
  std::size_t index_;
  Mp3Settings settings_;
  std::int64_t kept_;
  std::int64_t seen_ = 0;
  LamePtr lame_;
  std::vector<unsigned char> encoded_;
  int frames_ = 0;
  int padding_ = 0;
  std::vector<unsigned char> info_frame_;  // the first segment's, as LAME made it
};

namespace {

// The factor LAME itself applies to the input with these settings: its
// lame_init_params lowers mono input to 0.95 (about -0.45 dB), which would
// leave the MP3 quieter than the loudness narra measured.
float lame_input_scale(const Mp3Settings& settings) {
  const LamePtr probe(lame_init());
  if (!probe) return 1.0f;
  if (!configure_lame(probe.get(), settings, 1.0f, false) || lame_get_scale(probe.get()) <= 0) return 1.0f;
  return lame_get_scale(probe.get());
}

}  // namespace

Mp3Writer::Mp3Writer(const std::filesystem::path& path, const Mp3Settings& settings, const EpisodeInfo& info,
                     const std::vector<TimedChapter>& chapters,
                     const std::vector<std::int64_t>& segment_starts)
    : file_(path), sample_rate_(settings.sample_rate), input_scale_(1.0f / lame_input_scale(settings)) {
  std::int64_t start = 0;
  for (std::size_t k = 0; k <= segment_starts.size(); ++k) {
    const std::int64_t kept = k < segment_starts.size() ? segment_starts[k] - start - kFrameSamples : -1;
    if (k < segment_starts.size() && (segment_starts[k] % kFrameSamples != 0 || kept < 0)) {
      throw Error("MP3 segments must start on frame boundaries, one frame apart at least");
    }
    segments_.push_back(std::make_unique<Segment>(*this, k, settings, kept));
    if (k < segment_starts.size()) start = segment_starts[k];
  }
  segments_.front()->start();  // refuses settings LAME cannot encode before any audio is made
  file_.write(render_id3_tag(info, chapters));
  audio_start_ = static_cast<long>(::lseek(file_.fd(), 0, SEEK_CUR));
}

Mp3Writer::~Mp3Writer() = default;

AudioSink& Mp3Writer::part(std::size_t index) { return *segments_.at(index); }

std::size_t Mp3Writer::part_count() const { return segments_.size(); }

void Mp3Writer::write(std::span<const float> samples) { segments_.front()->write(samples); }

void Mp3Writer::finish_part(std::size_t index) { segments_.at(index)->finish(); }

void Mp3Writer::take(Segment& segment, std::vector<unsigned char>& bytes, bool finished) {
  std::lock_guard lock(mutex_);
  if (segment.index() == joined_) {
    append_audio(bytes);
  } else {
    segment.waiting.insert(segment.waiting.end(), bytes.begin(), bytes.end());
  }
  bytes.clear();
  segment.finished = finished;
  while (joined_ < segments_.size() && segments_[joined_]->finished) {
    if (++joined_ == segments_.size()) break;
    Segment& next = *segments_[joined_];
    append_audio(next.waiting);
    std::vector<unsigned char>().swap(next.waiting);  // frees it; `= {}` would keep the capacity
  }
}

// Writes encoded audio after what is in the file, and follows its frames:
// where each starts (the table of contents) and the CRC of all but the
// first, LAME's Info frame.
void Mp3Writer::append_audio(std::span<const unsigned char> bytes) {
  if (bytes.empty()) return;
  file_.write(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  for (std::size_t i = 0; i < bytes.size();) {
    const std::uint64_t at = audio_bytes_ + i;
    if (at < next_frame_ && header_.empty()) {
      i += static_cast<std::size_t>(std::min<std::uint64_t>(next_frame_ - at, bytes.size() - i));
      continue;
    }
    header_.push_back(bytes[i++]);
    if (header_.size() < 4) continue;
    const std::size_t length = mpeg1_layer3_frame_length(header_);
    if (length == 0) throw cannot_write(file_.final_path(), "LAME wrote something that is not an MP3 frame");
    if (next_frame_ > 0) frame_offsets_.push_back(static_cast<std::uint32_t>(next_frame_));
    next_frame_ += length;
    header_.clear();
  }
  const std::uint64_t info_end = frame_offsets_.empty() ? next_frame_ : frame_offsets_.front();
  if (info_end > 0 && audio_bytes_ + bytes.size() > info_end) {
    const std::size_t skip = audio_bytes_ >= info_end ? 0 : static_cast<std::size_t>(info_end - audio_bytes_);
    music_crc_ = lame_crc16(bytes.subspan(skip), music_crc_);
  }
  audio_bytes_ += bytes.size();
}

void Mp3Writer::commit() {
  for (const auto& segment : segments_) {
    bool finished = false;
    {
      std::lock_guard lock(mutex_);
      finished = segment->finished;
    }
    if (!finished) segment->finish();
  }
  write_info_frame();
  file_.commit();
}

// The Info frame LAME reserved at the start of the audio gets the frames,
// bytes, seek table, padding and CRCs of the whole file.
void Mp3Writer::write_info_frame() {
  std::vector<unsigned char>& frame = segments_.front()->info_frame();
  if (frame.empty()) return;
  Mp3StreamFacts facts;
  facts.frames = static_cast<std::uint32_t>(frame_offsets_.size());
  facts.bytes = static_cast<std::uint32_t>(audio_bytes_);
  facts.padding = segments_.back()->padding();
  facts.music_crc = music_crc_;
  facts.frame_offsets = std::move(frame_offsets_);
  int encoded_frames = 0;
  for (const auto& segment : segments_) encoded_frames += segment->frames();
  if (encoded_frames != static_cast<int>(facts.frames) || !rewrite_info_frame(frame, facts)) {
    throw cannot_write(file_.final_path(), "the MP3 frames LAME wrote do not add up");
  }
  if (::pwrite(file_.fd(), frame.data(), frame.size(), audio_start_) != static_cast<ssize_t>(frame.size())) {
    throw cannot_write(file_.final_path(), std::strerror(errno), "check the free disk space");
  }
}

}  // namespace narra
