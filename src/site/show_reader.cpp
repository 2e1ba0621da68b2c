#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <cstring>

#include "core/error.h"
#include "core/text_file.h"
#include "site/show.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

// The last path segment of a URL or path: "https://x/y/ep.mp3?x=1" → "ep.mp3".
std::string file_name_of(std::string_view url) {
  url = url.substr(0, url.find_first_of("?#"));
  const auto slash = url.find_last_of('/');
  return std::string(slash == std::string_view::npos ? url : url.substr(slash + 1));
}

// "[hh:]mm:ss.ttt" → seconds; negative when malformed.
double parse_timestamp(std::string_view text) {
  double seconds = 0;
  int fields = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const auto colon = text.find(':', pos);
    const std::string part(text.substr(pos, colon == std::string_view::npos ? colon : colon - pos));
    if (part.empty()) return -1;
    char* end = nullptr;
    const double value = std::strtod(part.c_str(), &end);
    if (*end != '\0') return -1;
    seconds = seconds * 60 + value;
    ++fields;
    if (colon == std::string_view::npos) break;
    pos = colon + 1;
  }
  return fields >= 2 && fields <= 3 ? seconds : -1;
}

std::vector<PageChapter> read_chapters(const fs::path& file) {
  std::vector<PageChapter> chapters;
  if (!fs::is_regular_file(file)) return chapters;
  const auto json = nlohmann::json::parse(read_text_file(file), nullptr, false);
  if (json.is_discarded() || !json.contains("chapters") || !json["chapters"].is_array()) {
    throw cannot_read(file, "not a JSON chapters file", "render the episode again with narra");
  }
  for (const auto& chapter : json["chapters"]) {
    if (!chapter.contains("startTime") || !chapter["startTime"].is_number()) continue;
    if (chapter.value("toc", true) == false) continue;
    chapters.push_back({chapter["startTime"].get<double>(), chapter.value("title", std::string())});
  }
  return chapters;
}

// A page name made from an audio file name: only letters, digits, '-', '_'
// and '.', never hidden, never the index page's name.
std::string page_stem(std::string_view audio_file) {
  std::string stem = fs::path(std::string(audio_file)).stem().string();
  for (char& c : stem) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    if (!safe) c = '-';
  }
  while (!stem.empty() && stem.front() == '.') stem.erase(0, 1);
  if (stem.empty() || stem == "index") stem = "episode-" + stem;
  return stem;
}

}  // namespace

std::vector<PageCue> parse_webvtt(std::string_view text, const fs::path& origin) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);
  if (text.rfind("WEBVTT", 0) != 0) throw cannot_read(origin, "not a WebVTT file (no WEBVTT header)");
  std::vector<PageCue> cues;
  std::vector<std::string> block;
  auto flush = [&] {
    std::size_t timing = 0;
    while (timing < block.size() && block[timing].find("-->") == std::string::npos) ++timing;
    if (timing < block.size() && block.front().rfind("NOTE", 0) != 0) {
      const std::string& line = block[timing];
      const auto arrow = line.find("-->");
      auto trim = [](std::string s) {
        s.erase(0, s.find_first_not_of(" \t"));
        const auto end = s.find_first_of(" \t");
        return end == std::string::npos ? s : s.substr(0, end);
      };
      const double start = parse_timestamp(trim(line.substr(0, arrow)));
      const double end = parse_timestamp(trim(line.substr(arrow + 3)));
      if (start < 0 || end < 0) throw cannot_read(origin, "malformed cue timing '" + line + "'");
      std::string payload;
      for (std::size_t i = timing + 1; i < block.size(); ++i) {
        if (!payload.empty()) payload += ' ';
        payload += block[i];
      }
      // Payload entities back to text; the page escapes it again.
      for (const auto& [entity, character] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
        for (auto pos = payload.find(entity); pos != std::string::npos; pos = payload.find(entity, pos + 1)) {
          payload.replace(pos, std::strlen(entity), character);
        }
      }
      cues.push_back({start, end, payload});
    }
    block.clear();
  };
  std::size_t pos = text.find('\n');
  while (pos != std::string_view::npos && pos < text.size()) {
    const auto end = text.find('\n', pos + 1);
    std::string line(text.substr(pos + 1, end == std::string_view::npos ? end : end - pos - 1));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
    } else {
      block.push_back(std::move(line));
    }
    pos = end;
  }
  flush();
  return cues;
}

Show read_show(const fs::path& feed) {
  const std::string text = read_text_file(feed);
  pugi::xml_document document;
  const auto parsed = document.load_buffer(text.data(), text.size());
  if (!parsed) {
    throw cannot_read(feed, std::string("not well-formed XML: ") + parsed.description(),
                      "repair the feed or create it again with narra feed init");
  }
  const pugi::xml_node channel = document.child("rss").child("channel");
  if (!channel) throw cannot_read(feed, "not an RSS feed (no rss/channel)");
  const fs::path folder = feed.parent_path();

  Show show;
  show.title = channel.child_value("title");
  show.description = channel.child_value("description");
  show.author = channel.child_value("itunes:author");
  show.image = channel.child("itunes:image").attribute("href").value();
  show.feed_file = feed.filename().string();
  for (const pugi::xml_node item : channel.children("item")) {
    PageEpisode episode;
    episode.title = item.child_value("title");
    episode.description = item.child_value("description");
    episode.date = item.child_value("pubDate");
    episode.duration = item.child_value("itunes:duration");
    const pugi::xml_node enclosure = item.child("enclosure");
    episode.audio_file = file_name_of(enclosure.attribute("url").value());
    episode.audio_type = enclosure.attribute("type").value();
    if (episode.audio_file.empty()) continue;
    episode.stem = page_stem(episode.audio_file);
    if (const auto chapters = item.child("podcast:chapters")) {
      episode.chapters = read_chapters(folder / file_name_of(chapters.attribute("url").value()));
    }
    for (const pugi::xml_node transcript : item.children("podcast:transcript")) {
      if (std::string_view(transcript.attribute("type").value()) != "text/vtt") continue;
      const fs::path vtt = folder / file_name_of(transcript.attribute("url").value());
      if (fs::is_regular_file(vtt)) episode.transcript = parse_webvtt(read_text_file(vtt), vtt);
    }
    show.episodes.push_back(std::move(episode));
  }
  return show;
}

}  // namespace narra
