#include "core/url.h"
#include "feed/feed_document.h"
#include "site/show.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

// The file a URL names, by the last segment of its path, decoded:
// "https://x/y/ep%201.mp3?x=1" → "ep 1.mp3". "" when that is no file name.
std::string file_name_of(std::string_view url) {
  url = url.substr(0, url.find_first_of("?#"));
  const auto slash = url.find_last_of('/');
  return percent_decode_file_name(slash == std::string_view::npos ? url : url.substr(slash + 1))
      .value_or(std::string());
}

// A page name made from the audio file's name (decoded): only letters,
// digits, '-', '_' and '.', never hidden, never the index page's name.
std::string page_stem(const std::string& audio_file) {
  std::string stem = fs::path(audio_file).stem().string();
  for (char& c : stem) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    if (!safe) c = '-';
  }
  while (!stem.empty() && stem.front() == '.') stem.erase(0, 1);
  if (stem.empty() || stem == "index") stem = "episode-" + stem;
  return stem;
}

std::vector<PageChapter> read_chapters(const fs::path& file) {
  std::vector<PageChapter> chapters;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return chapters;
  for (const auto& chapter : read_chapters_file(file)) {
    chapters.push_back({chapter.start_seconds, chapter.title, chapter.level});
  }
  return chapters;
}

// The file an image URL names, when it is in the site's folder: pages link
// only files beside them, so they work offline and from file://.
std::string local_image(std::string_view url, const fs::path& folder) {
  const std::string name = file_name_of(url);
  std::error_code ec;
  return !name.empty() && fs::is_regular_file(folder / name, ec) ? name : std::string();
}

PageEpisode read_episode(pugi::xml_node item, const fs::path& folder) {
  PageEpisode episode;
  episode.title = item.child_value("title");
  episode.description = item.child_value("description");
  episode.date = item.child_value("pubDate");
  episode.duration = find_child(item, kItunesNamespace, "duration").child_value();
  episode.link = find_child(item, kNarraNamespace, "source").text().get();
  if (!is_web_url(episode.link)) episode.link.clear();
  episode.image = local_image(find_child(item, kItunesNamespace, "image").attribute("href").value(), folder);
  const pugi::xml_node enclosure = item.child("enclosure");
  episode.audio_url = enclosure.attribute("url").value();
  if (!is_web_url(episode.audio_url)) episode.audio_url.clear();
  episode.audio_file = file_name_of(enclosure.attribute("url").value());
  episode.audio_type = enclosure.attribute("type").value();
  if (episode.audio_file.empty()) return episode;
  episode.stem = page_stem(episode.audio_file);
  if (const auto chapters = find_child(item, kPodcastNamespace, "chapters")) {
    const std::string name = file_name_of(chapters.attribute("url").value());
    if (!name.empty()) episode.chapters = read_chapters(folder / name);
  }
  for (const pugi::xml_node transcript : find_children(item, kPodcastNamespace, "transcript")) {
    if (std::string_view(transcript.attribute("type").value()) != "text/vtt") continue;
    const std::string name = file_name_of(transcript.attribute("url").value());
    std::error_code ec;
    if (!name.empty() && fs::is_regular_file(folder / name, ec))
      episode.transcript = read_webvtt_file(folder / name);
  }
  return episode;
}

}  // namespace

Show read_show(const fs::path& feed) {
  const FeedDocument document = FeedDocument::load(feed);
  const pugi::xml_node channel = document.channel();
  Show show;
  show.title = channel.child_value("title");
  show.description = channel.child_value("description");
  show.author = find_child(channel, kItunesNamespace, "author").child_value();
  // Beside the file the feed really is, when it is given through a link.
  const fs::path published = feed_file_target(feed);
  show.image_url = find_child(channel, kItunesNamespace, "image").attribute("href").value();
  show.image = local_image(show.image_url, published.parent_path());
  if (!is_web_url(show.image_url)) show.image_url.clear();
  show.feed_file = published.filename().string();
  for (const pugi::xml_node item : channel.children("item")) {
    PageEpisode episode = read_episode(item, published.parent_path());
    if (!episode.audio_file.empty()) show.episodes.push_back(std::move(episode));
  }
  return show;
}

}  // namespace narra
