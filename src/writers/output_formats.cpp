#include "writers/output_formats.h"

#include <algorithm>

#include "synthesis/timeline.h"
#include "writers/mp3_writer.h"
#include "writers/opus_writer.h"
#include "writers/wav_writer.h"

namespace narra {
namespace {

// MP3 and WAV are written at the CD rate every player takes.
constexpr int kCdRate = 44100;

std::unique_ptr<OutputSink> make_mp3(const std::filesystem::path& path, const OutputPlan& plan) {
  std::vector<std::int64_t> part_starts;
  for (const std::int64_t start : plan.part_starts)
    part_starts.push_back(at_rate(start, plan.source_rate, kCdRate));
  return std::make_unique<Mp3Writer>(path, Mp3Settings{kCdRate, plan.mp3_bitrate_kbps}, plan.info,
                                     plan.chapters, part_starts);
}

std::unique_ptr<OutputSink> make_opus(const std::filesystem::path& path, const OutputPlan& plan) {
  return std::make_unique<OpusWriter>(path, OpusSettings{}, plan.info, plan.chapters);
}

std::unique_ptr<OutputSink> make_wav(const std::filesystem::path& path, const OutputPlan& plan) {
  std::vector<Marker> markers;
  for (std::size_t c = 0; c < plan.chapters.size(); ++c) {
    markers.push_back({plan.chapters[c].title, at_rate(plan.chapter_starts[c], plan.source_rate, kCdRate)});
  }
  return std::make_unique<WavWriter>(path, kCdRate, plan.info, std::move(markers));
}

constexpr OutputFormat kFormats[] = {
    {"mp3", true, make_mp3},
    {"opus", true, make_opus},
    {"wav", false, make_wav},
};

}  // namespace

PartGrid part_grid() { return {kCdRate, static_cast<int>(Mp3Writer::kFrameSamples)}; }

std::span<const OutputFormat> output_formats() { return kFormats; }

std::vector<std::string> in_table_order(const std::vector<std::string>& formats) {
  std::vector<std::string> ordered;
  for (const auto& format : kFormats) {
    if (std::find(formats.begin(), formats.end(), format.name) != formats.end())
      ordered.emplace_back(format.name);
  }
  return ordered;
}

std::vector<std::string> output_format_names() {
  std::vector<std::string> names;
  for (const auto& format : kFormats) names.emplace_back(format.name);
  return names;
}

std::vector<std::unique_ptr<OutputSink>> make_writers(
    const std::vector<std::string>& formats, const OutputPlan& plan,
    const std::function<std::filesystem::path(std::string_view)>& path_of) {
  std::vector<std::unique_ptr<OutputSink>> writers;
  for (const auto& name : in_table_order(formats)) {
    const auto format = std::find_if(std::begin(kFormats), std::end(kFormats),
                                     [&](const OutputFormat& row) { return row.name == name; });
    writers.push_back(format->make(path_of(name), plan));
  }
  return writers;
}

}  // namespace narra
