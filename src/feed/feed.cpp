#include "feed/feed.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "core/atomic_file.h"
#include "core/episode_files.h"
#include "core/error.h"
#include "core/sha256.h"
#include "core/url.h"
#include "core/utf8.h"
#include "core/xml_text.h"
#include "feed/episode_file.h"
#include "feed/episode_sidecars.h"
#include "feed/feed_artwork.h"
#include "feed/feed_channel.h"
#include "feed/feed_document.h"
#include "feed/feed_item.h"
#include "feed/feed_lock.h"

namespace narra {
namespace {
namespace fs = std::filesystem;

// Text that goes into the feed: characters XML can hold (core/xml_text.h), no
// carriage returns or DEL, no spaces around it.
std::string clean_text(std::string_view text) {
  std::string out = document_text(text);
  std::erase_if(out, [](char c) { return c == '\r' || c == '\x7F'; });
  const auto first = out.find_first_not_of(" \n\t");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(" \n\t") - first + 1);
}

// An option's text for the feed; text that is not UTF-8 is refused rather than guessed at.
std::string clean_option(std::string_view text, const std::string& option) {
  if (const auto bad = find_invalid_utf8(text)) {
    throw Error(option + " is not valid UTF-8 (byte " + std::to_string(*bad) + ")", "give the text in UTF-8");
  }
  return clean_text(text);
}

// Sets the text of `child`, or of a new element named `name` at the end of
// `parent` when `child` is null; returns the element.
pugi::xml_node set_text(pugi::xml_node parent, pugi::xml_node child, const std::string& name,
                        const std::string& text) {
  if (!child) child = parent.append_child(name.c_str());
  replace_text(child, text);
  return child;
}

// Sets the text of `parent`'s first child named `name`, creating it at the end when missing.
pugi::xml_node set_text(pugi::xml_node parent, const std::string& name, const std::string& text) {
  return set_text(parent, parent.child(name.c_str()), name, text);
}

std::string media_base(const FeedDocument& feed) {
  const std::string base = find_child(feed.channel(), kNarraNamespace, "mediaBase").text().get();
  if (!is_web_url(base)) {
    throw Error(quoted(feed.path()) + " does not say where its episodes are published " +
                    "(no narra:mediaBase URL in its channel)",
                "make the feed with `narra feed init ... --base-url URL`");
  }
  return base;
}

// itunes:duration as seconds, MM:SS or HH:MM:SS (fractions ignored).
std::optional<long> parse_duration(std::string_view text) {
  long total = 0;
  long field = 0;
  bool digits = false;
  for (const char c : text.substr(0, text.find('.'))) {
    if (c >= '0' && c <= '9') {
      field = field * 10 + (c - '0');
      digits = true;
    } else if (c == ':' && digits) {
      total = (total + field) * 60;
      field = 0;
      digits = false;
    } else {
      return std::nullopt;
    }
  }
  if (!digits) return std::nullopt;
  return total + field;
}

// Checked before taking the lock, so that a mistyped name leaves no lock file behind.
void require_feed_file(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    throw cannot_read(path, "no such file",
                      "create the feed first with `narra feed init " + path.string() + " ...`");
  }
}

// --base-url as the feed keeps it: an http(s) URL ending in "/".
std::string checked_base_url(const std::string& given) {
  std::string base_url = clean_option(given, "--base-url");
  if (!is_web_url(base_url)) {
    throw Error("--base-url '" + base_url + "' is not an http(s) URL",
                "give the folder the episodes will be published in, e.g. https://example.org/podcast/");
  }
  if (!base_url.ends_with('/')) base_url += '/';
  return base_url;
}

// --language in lower case, checked to look like an ISO 639 code.
std::string checked_language(const std::string& given) {
  std::string language = given;
  std::transform(language.begin(), language.end(), language.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto dash = language.find('-');
  const std::string primary = language.substr(0, dash);
  const bool language_ok = primary.size() >= 2 && primary.size() <= 3 &&
                           std::all_of(language.begin(), language.end(),
                                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }) &&
                           (dash == std::string::npos || language.size() - dash - 1 >= 2);
  if (!language_ok) {
    throw Error("--language '" + given + "' is not an ISO 639 language code", "write e.g. it, en or en-us");
  }
  return language;
}

// The same episode is the item with narra's guid for this URL, or an item
// (from another tool) with this enclosure URL, whose guid must then not change.
pugi::xml_node find_item(pugi::xml_node channel, std::string_view guid, std::string_view url) {
  for (pugi::xml_node candidate : channel.children("item")) {
    if (std::string_view(candidate.child("guid").text().get()) == guid ||
        std::string_view(candidate.child("enclosure").attribute("url").value()) == url) {
      return candidate;
    }
  }
  return {};
}

// Links the sidecars narra writes beside the audio from its item; a missing one simply has no tag.
void link_sidecars(pugi::xml_node item, const std::string& podcast, const std::string& base,
                   const fs::path& episode_path, const EpisodeSidecars& sidecars,
                   const std::string& language) {
  const std::string stem = episode_path.stem().string();
  if (sidecars.chapters) {
    pugi::xml_node chapters = find_child(item, kPodcastNamespace, "chapters");
    if (!chapters) chapters = item.append_child((podcast + "chapters").c_str());
    set_attribute(chapters, "url", base + percent_encode(stem + std::string(EpisodeFiles::kChaptersJson)));
    set_attribute(chapters, "type", "application/json+chapters");
  }
  for (const auto& [present, extension, type] :
       {std::tuple{sidecars.vtt, EpisodeFiles::kWebVtt, "text/vtt"},
        std::tuple{sidecars.srt, EpisodeFiles::kSrt, "application/x-subrip"}}) {
    if (!present) continue;
    pugi::xml_node transcript;
    for (const pugi::xml_node candidate : find_children(item, kPodcastNamespace, "transcript")) {
      if (std::string_view(candidate.attribute("type").value()) == type) {
        transcript = candidate;
        break;
      }
    }
    if (!transcript) transcript = item.append_child((podcast + "transcript").c_str());
    set_attribute(transcript, "url", base + percent_encode(stem + std::string(extension)));
    set_attribute(transcript, "type", type);
    set_attribute(transcript, "language", language);
    // The WebVTT file is cut into captions; the SubRip one is the same text for other players.
    if (extension == EpisodeFiles::kWebVtt) set_attribute(transcript, "rel", "captions");
  }
}

// Texts longer than Apple Podcasts shows.
std::vector<std::string> length_warnings(const std::string& title, const std::string& description) {
  std::vector<std::string> warnings;
  if (utf8_length(title) > 255) {
    warnings.push_back("the title has " + std::to_string(utf8_length(title)) +
                       " characters: Apple Podcasts shows at most 255");
  }
  if (description.size() > 4000) {
    warnings.push_back("the description has " + std::to_string(description.size()) +
                       " bytes: Apple Podcasts shows at most 4000");
  }
  return warnings;
}

}  // namespace

std::string episode_guid(std::string_view enclosure_url) { return sha256_hex(enclosure_url).substr(0, 32); }

std::vector<std::string> init_feed(const fs::path& feed_path, const ChannelOptions& options,
                                   const Clock& clock) {
  const std::string title = clean_option(options.title, "--title");
  const std::string author = clean_option(options.author, "--author");
  const std::string description = clean_option(options.description, "--description");
  if (title.empty()) throw Error("the feed needs a title", "give one with --title");
  if (description.empty()) throw Error("the feed needs a description", "give one with --description");
  const std::string base_url = checked_base_url(options.base_url);
  const std::string language = checked_language(options.language);
  const std::string owner_email = clean_option(options.owner_email, "--owner-email");

  FeedLock lock(feed_path);
  std::error_code ec;
  if (fs::exists(feed_path, ec)) {
    throw Error(quoted(feed_path) + " already exists; narra does not overwrite a feed",
                "add episodes with `narra feed add`, or choose another file name");
  }
  std::vector<std::string> warnings;
  const std::string cover_url = options.cover.empty()
                                    ? publish_default_cover(feed_path, title, base_url)
                                    : publish_artwork(feed_path, options.cover, base_url, {}, warnings);

  FeedDocument feed(feed_path);
  pugi::xml_node declaration = feed.xml().append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  pugi::xml_node rss = feed.xml().append_child("rss");
  rss.append_attribute("version").set_value("2.0");
  rss.append_attribute("xmlns:itunes").set_value(kItunesNamespace);
  rss.append_attribute("xmlns:podcast").set_value(kPodcastNamespace);
  rss.append_attribute("xmlns:narra").set_value(kNarraNamespace);
  pugi::xml_node channel = rss.append_child("channel");
  set_text(channel, "title", title);
  set_text(channel, "link", base_url);  // the listening site's index (narra feed site)
  set_text(channel, "description", description);
  set_text(channel, "language", language);
  if (!options.copyright.empty())
    set_text(channel, "copyright", clean_option(options.copyright, "--copyright"));
  if (!author.empty()) set_text(channel, "itunes:author", author);
  if (!owner_email.empty()) {
    pugi::xml_node owner = channel.append_child("itunes:owner");
    set_text(owner, "itunes:name", author.empty() ? title : author);
    set_text(owner, "itunes:email", owner_email);
  }
  set_channel_image(feed, cover_url);
  set_attribute(channel.append_child("itunes:category"), "text",
                clean_option(options.category, "--category"));
  set_text(channel, "itunes:explicit", options.explicit_content ? "true" : "false");
  set_text(channel, "itunes:type", "episodic");
  if (!owner_email.empty()) lock_channel(feed, owner_email);
  set_text(channel, "narra:mediaBase", base_url);
  refresh_channel(feed, base_url, clock());
  feed.save();
  return warnings;
}

namespace {

// podcast:alternateEnclosure for the episode's other encoding beside it, when there is one.
void link_alternate(FeedDocument& feed, pugi::xml_node item, const fs::path& episode_path,
                    const std::string& base) {
  const bool is_mp3 = episode_path.extension() == ".mp3";
  const fs::path other = EpisodeFiles::beside(episode_path, is_mp3 ? ".opus" : ".mp3");
  std::error_code ec;
  if (!fs::is_regular_file(other, ec)) return;
  const EpisodeFile file = read_episode_file(other);
  set_alternate_enclosure(feed, item,
                          {is_mp3 ? "audio/ogg; codecs=opus" : file.mime_type, file.length_bytes,
                           base + percent_encode(other.filename().string()), is_mp3 ? "Opus" : "MP3"});
}

// What an item shows around its audio: page link, show notes, artwork, people, chapters.
void describe_item(FeedDocument& feed, pugi::xml_node item, const fs::path& episode_path,
                   const EpisodeFile& episode, const EpisodeOptions& options, const std::string& description,
                   std::vector<std::string>& warnings) {
  const std::string base = media_base(feed);
  const std::string stem = episode_path.stem().string();
  set_text(item, "link", base + percent_encode(stem + ".html"));
  const fs::path chapters_file = EpisodeFiles::beside(episode_path, EpisodeFiles::kChaptersJson);
  std::error_code ec;
  const std::vector<SidecarChapter> chapters = fs::is_regular_file(chapters_file, ec)
                                                   ? read_chapters_file(chapters_file)
                                                   : std::vector<SidecarChapter>{};
  const std::string source = clean_option(options.source_url, "--source-url");
  set_show_notes(feed, item, {description, source, chapters});
  // The article the episode reads, for the listening page (the show notes link it for apps).
  if (source.empty()) {
    item.remove_child(find_child(item, kNarraNamespace, "source"));
  } else {
    set_text(item, find_child(item, kNarraNamespace, "source"), "narra:source", source);
  }
  set_simple_chapters(feed, item, chapters);
  const std::string image =
      options.image.empty() ? find_child(feed.channel(), kItunesNamespace, "image").attribute("href").value()
                            : publish_artwork(feed.path(), options.image, base, stem + ".cover", warnings);
  std::string author = clean_option(options.author, "--author");
  if (author.empty()) author = clean_text(episode.author);
  std::string explicit_text = find_child(feed.channel(), kItunesNamespace, "explicit").text().get();
  set_item_tags(feed, item,
                {image, explicit_text.empty() ? "false" : explicit_text, options.episode_number, author});
  link_alternate(feed, item, episode_path, base);
}

}  // namespace

AddedEpisode add_episode(const fs::path& feed_path, const fs::path& episode_path,
                         const EpisodeOptions& options, const Clock& clock) {
  const EpisodeFile episode = read_episode_file(episode_path);
  std::string title = clean_option(options.title, "--title");
  if (title.empty()) title = clean_text(episode.title);
  if (title.empty()) title = clean_text(episode_path.stem().string());
  std::string description = clean_option(options.description, "--description");
  if (description.empty()) description = clean_text(episode.description);
  const EpisodeSidecars sidecars = check_episode_sidecars(episode_path);

  require_feed_file(feed_path);
  FeedLock lock(feed_path);
  FeedDocument feed = FeedDocument::load(feed_path);
  const std::string base = media_base(feed);
  const std::string itunes = feed.ensure_prefix(kItunesNamespace, "itunes");
  const std::string podcast = feed.ensure_prefix(kPodcastNamespace, "podcast");

  const std::string url = base + percent_encode(episode_path.filename().string());
  std::string guid = episode_guid(url);
  pugi::xml_node item = find_item(feed.channel(), guid, url);
  const bool updated = static_cast<bool>(item);
  if (updated && item.child("guid")) guid = item.child("guid").text().get();
  const std::string existing_date = updated ? item.child("pubDate").text().get() : "";
  const bool keep_date = !options.date && parse_rfc2822(existing_date).has_value();
  const Seconds date = keep_date ? *parse_rfc2822(existing_date) : options.date ? *options.date : clock();
  item = place_item(feed.channel(), item, date, guid);

  set_text(item, "title", title);
  if (!description.empty()) set_text(item, "description", description);
  pugi::xml_node enclosure = item.child("enclosure");
  if (!enclosure) enclosure = item.append_child("enclosure");
  set_attribute(enclosure, "url", url);
  set_attribute(enclosure, "length", std::to_string(episode.length_bytes));
  set_attribute(enclosure, "type", episode.mime_type);
  if (!item.child("guid")) set_attribute(set_text(item, "guid", guid), "isPermaLink", "false");
  const std::string date_text = keep_date ? existing_date : format_rfc2822(date);
  set_text(item, "pubDate", date_text);
  set_text(item, find_child(item, kItunesNamespace, "duration"), itunes + "duration",
           std::to_string((episode.duration_ms + 500) / 1000));
  if (!find_child(item, kItunesNamespace, "episodeType")) set_text(item, itunes + "episodeType", "full");
  std::vector<std::string> warnings = length_warnings(title, description);
  describe_item(feed, item, episode_path, episode, options, description, warnings);
  const std::string language = options.language.empty() ? feed.channel().child("language").text().get()
                                                        : checked_language(options.language);
  link_sidecars(item, podcast, base, episode_path, sidecars, language);
  refresh_channel(feed, base, clock());
  feed.save();
  return {guid, title, date_text, updated, warnings};
}

std::vector<FeedEpisode> list_episodes(const fs::path& feed_path) {
  const FeedDocument feed = FeedDocument::load(feed_path);
  std::vector<FeedEpisode> episodes;
  for (const pugi::xml_node item : feed.channel().children("item")) {
    FeedEpisode episode;
    const std::string date = item.child("pubDate").text().get();
    const auto parsed = parse_rfc2822(date);
    episode.date = parsed ? format_short_date(*parsed) : date;
    episode.duration_s = parse_duration(find_child(item, kItunesNamespace, "duration").text().get());
    episode.title = item.child("title").text().get();
    episode.guid = item.child("guid").text().get();
    episodes.push_back(std::move(episode));
  }
  return episodes;
}

void remove_episode(const fs::path& feed_path, std::string_view guid, const Clock& clock) {
  require_feed_file(feed_path);
  FeedLock lock(feed_path);
  FeedDocument feed = FeedDocument::load(feed_path);
  for (pugi::xml_node item : feed.channel().children("item")) {
    if (std::string_view(item.child("guid").text().get()) == guid) {
      feed.channel().remove_child(item);
      refresh_channel(feed, find_child(feed.channel(), kNarraNamespace, "mediaBase").text().get(), clock());
      feed.save();
      return;
    }
  }
  throw Error(quoted(feed_path) + " has no episode with guid '" + std::string(guid) + "'",
              "`narra feed list " + feed_path.string() + "` shows the guids");
}

}  // namespace narra
