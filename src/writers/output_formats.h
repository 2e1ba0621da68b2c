// The audio formats an episode can be written in, one row each: the
// `--format` value (also the file's extension), whether a podcast feed can
// carry it, and how its writer is made. A new format is one writer and one row.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audio/output_sink.h"
#include "writers/episode.h"

namespace narra {

// What every writer is made from: the episode's tags and chapters, and where
// its chapters and parts begin in the audio as synthesised.
struct OutputPlan {
  EpisodeInfo info;
  std::vector<TimedChapter> chapters;
  int source_rate = 0;                       // Hz, of the synthesised audio
  std::vector<std::int64_t> chapter_starts;  // one per chapter, samples at source_rate
  // The first samples of the parts after the first (cut in pauses), for
  // writers that take their audio in parts; at source_rate.
  std::vector<std::int64_t> part_starts;
  int mp3_bitrate_kbps = 64;
};

struct OutputFormat {
  std::string_view name;
  bool in_feeds;  // a podcast feed can carry it
  std::unique_ptr<OutputSink> (*make)(const std::filesystem::path& path, const OutputPlan& plan);
};

// Parts are cut on this grid (samples at this rate), so that they join
// exactly in every writer that takes parts: the MP3 frame.
struct PartGrid {
  int sample_rate;
  int samples;
};
PartGrid part_grid();

// Every format, in the order an episode's files are listed.
std::span<const OutputFormat> output_formats();

// `formats` in the table's order.
std::vector<std::string> in_table_order(const std::vector<std::string>& formats);

// The `--format` values, in that order.
std::vector<std::string> output_format_names();

// The writers of `formats` (names from output_formats()), each writing
// `path_of(name)`, in the table's order (in_table_order()). Throws Error.
std::vector<std::unique_ptr<OutputSink>> make_writers(
    const std::vector<std::string>& formats, const OutputPlan& plan,
    const std::function<std::filesystem::path(std::string_view)>& path_of);

}  // namespace narra
