#include "writers/sidecars.h"

#include <nlohmann/json.hpp>

#include "core/markup_escape.h"
#include "writers/timestamps.h"

namespace narra {
namespace {

double seconds(std::int64_t ms) { return static_cast<double>(ms) / 1000.0; }

}  // namespace

std::string make_chapters_json(const std::vector<TimedChapter>& chapters) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& chapter : chapters) {
    nlohmann::ordered_json entry{{"startTime", seconds(chapter.start_ms)},
                                 {"endTime", seconds(chapter.end_ms)},
                                 {"title", chapter.title}};
    // A digest's nested chapters: played in order, left out of the table of contents.
    if (chapter.level > 0) entry["toc"] = false;
    list.push_back(std::move(entry));
  }
  const nlohmann::ordered_json document{{"version", "1.2.0"}, {"chapters", list}};
  return document.dump(2) + "\n";
}

std::string make_webvtt(const std::vector<Cue>& cues) {
  std::string out = "WEBVTT\n";
  for (std::size_t i = 0; i < cues.size(); ++i) {
    out += "\n" + std::to_string(i + 1) + "\n" + format_timestamp(cues[i].start_ms) + " --> " +
           format_timestamp(cues[i].end_ms) + "\n" + escape_markup(cues[i].text, Quotes::keep) + "\n";
  }
  return out;
}

std::string make_srt(const std::vector<Cue>& cues) {
  std::string out;
  for (std::size_t i = 0; i < cues.size(); ++i) {
    if (i > 0) out += "\n";
    out += std::to_string(i + 1) + "\n" + format_timestamp(cues[i].start_ms, ',') + " --> " +
           format_timestamp(cues[i].end_ms, ',') + "\n" + cues[i].text + "\n";
  }
  return out;
}

}  // namespace narra
