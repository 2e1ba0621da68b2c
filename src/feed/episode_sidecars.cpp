#include "feed/episode_sidecars.h"

#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#include "core/episode_files.h"
#include "core/error.h"
#include "core/file_bytes.h"
#include "core/utf8.h"
#include "feed/feed_document.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

const char* const kRenderAgainHint = "render the episode again with narra, or correct the file";

// A chapter's time field as seconds; throws naming `file` and the chapter.
double chapter_time(const nlohmann::json& chapter, const char* key, std::size_t index, const fs::path& file) {
  const std::string where = "chapter " + std::to_string(index + 1) + ": ";
  if (!chapter[key].is_number()) {
    throw cannot_read(file, where + key + " is not a number", kRenderAgainHint);
  }
  const double seconds = chapter[key].get<double>();
  if (!std::isfinite(seconds) || seconds < 0 || seconds > kMaxSidecarSeconds) {
    throw cannot_read(file, where + key + " is not a time from 0 to 100 hours", kRenderAgainHint);
  }
  return seconds;
}

// "[hh:]mm:ss.ttt" → seconds; negative when malformed or beyond kMaxSidecarSeconds.
double parse_timestamp(std::string_view text) {
  double seconds = 0;
  int fields = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const auto colon = text.find(':', pos);
    const std::string_view part = text.substr(pos, colon == std::string_view::npos ? colon : colon - pos);
    const bool last = colon == std::string_view::npos;
    // Digits only (a fraction in the last field): no signs, exponents, "nan" or "inf".
    if (part.empty() ||
        part.find_first_not_of(last ? "0123456789." : "0123456789") != std::string_view::npos ||
        part.size() > 12) {
      return -1;
    }
    seconds = seconds * 60 + std::strtod(std::string(part).c_str(), nullptr);
    ++fields;
    if (last) break;
    pos = colon + 1;
  }
  if (fields < 2 || fields > 3 || seconds > kMaxSidecarSeconds) return -1;
  return seconds;
}

std::string first_word(std::string s) {
  s.erase(0, s.find_first_not_of(" \t"));
  const auto end = s.find_first_of(" \t");
  return end == std::string::npos ? s : s.substr(0, end);
}

// One cue block (lines between blank lines) into `cues`; NOTE blocks and blocks without timing are skipped.
void read_cue_block(const std::vector<std::string>& block, const fs::path& origin,
                    std::vector<TranscriptCue>& cues) {
  std::size_t timing = 0;
  while (timing < block.size() && block[timing].find("-->") == std::string::npos) ++timing;
  if (timing == block.size() || block.front().rfind("NOTE", 0) == 0) return;
  const std::string& line = block[timing];
  const auto arrow = line.find("-->");
  const double start = parse_timestamp(first_word(line.substr(0, arrow)));
  const double end = parse_timestamp(first_word(line.substr(arrow + 3)));
  if (start < 0 || end < 0) throw cannot_read(origin, "malformed cue timing '" + line + "'");
  std::string payload;
  for (std::size_t i = timing + 1; i < block.size(); ++i) {
    if (!payload.empty()) payload += ' ';
    payload += block[i];
  }
  // Payload entities back to text; a page escapes it again.
  for (const auto& [entity, character] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (auto pos = payload.find(entity); pos != std::string::npos; pos = payload.find(entity, pos + 1)) {
      payload.replace(pos, std::strlen(entity), character);
    }
  }
  cues.push_back({start, end, payload});
}

}  // namespace

std::vector<SidecarChapter> read_chapters_file(const fs::path& file) {
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(read_file_bytes(file, kMaxPublishedBytes));
  } catch (const nlohmann::json::parse_error& error) {
    throw cannot_read(file, "not valid JSON (at byte " + std::to_string(error.byte) + ")", kRenderAgainHint);
  } catch (const nlohmann::json::out_of_range&) {
    throw cannot_read(file, "a number too large for JSON", kRenderAgainHint);
  }
  if (!json.is_object() || !json.contains("chapters") || !json["chapters"].is_array()) {
    throw cannot_read(file, "not a JSON chapters file (no \"chapters\" array)", kRenderAgainHint);
  }
  std::vector<SidecarChapter> chapters;
  for (std::size_t i = 0; i < json["chapters"].size(); ++i) {
    const nlohmann::json& chapter = json["chapters"][i];
    const std::string where = "chapter " + std::to_string(i + 1) + ": ";
    if (!chapter.is_object()) throw cannot_read(file, where + "not an object", kRenderAgainHint);
    if (!chapter.contains("startTime")) throw cannot_read(file, where + "no startTime", kRenderAgainHint);
    SidecarChapter read;
    read.start_seconds = chapter_time(chapter, "startTime", i, file);
    if (chapter.contains("endTime")) chapter_time(chapter, "endTime", i, file);
    if (chapter.contains("title")) {
      if (!chapter["title"].is_string())
        throw cannot_read(file, where + "title is not text", kRenderAgainHint);
      read.title = chapter["title"].get<std::string>();
    }
    if (chapter.contains("toc")) {
      if (!chapter["toc"].is_boolean())
        throw cannot_read(file, where + "toc is not true or false", kRenderAgainHint);
      read.level = chapter["toc"].get<bool>() ? 0 : 1;
    }
    chapters.push_back(std::move(read));
  }
  return chapters;
}

std::vector<TranscriptCue> read_webvtt_file(const fs::path& file) {
  const std::string text = read_file_bytes(file, kMaxPublishedBytes);
  if (const auto bad = find_invalid_utf8(text)) {
    throw cannot_read(file, "not valid UTF-8 at byte " + std::to_string(*bad), kRenderAgainHint);
  }
  return parse_webvtt(text, file);
}

EpisodeSidecars check_episode_sidecars(const fs::path& episode) {
  const auto present = [&episode](std::string_view suffix) {
    std::error_code ec;
    return fs::is_regular_file(EpisodeFiles::beside(episode, suffix), ec);
  };
  EpisodeSidecars sidecars{present(EpisodeFiles::kChaptersJson), present(EpisodeFiles::kWebVtt),
                           present(EpisodeFiles::kSrt)};
  if (sidecars.chapters) read_chapters_file(EpisodeFiles::beside(episode, EpisodeFiles::kChaptersJson));
  if (sidecars.vtt) read_webvtt_file(EpisodeFiles::beside(episode, EpisodeFiles::kWebVtt));
  return sidecars;
}

std::vector<TranscriptCue> parse_webvtt(std::string_view text, const fs::path& origin) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);
  if (text.rfind("WEBVTT", 0) != 0) throw cannot_read(origin, "not a WebVTT file (no WEBVTT header)");
  std::vector<TranscriptCue> cues;
  std::vector<std::string> block;
  std::size_t pos = text.find('\n');
  while (pos != std::string_view::npos && pos < text.size()) {
    const auto end = text.find('\n', pos + 1);
    std::string line(text.substr(pos + 1, end == std::string_view::npos ? end : end - pos - 1));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      read_cue_block(block, origin, cues);
      block.clear();
    } else {
      block.push_back(std::move(line));
    }
    pos = end;
  }
  read_cue_block(block, origin, cues);
  return cues;
}

}  // namespace narra
