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
#include "core/cover_image.h"
#include "feed/episode_file.h"
#include "feed/episode_sidecars.h"
#include "feed/feed_document.h"
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
    throw Error(option + " is not valid UTF-8 (byte " + std::to_string(*bad) + ")",
                "give the text in UTF-8");
  }
  return clean_text(text);
}

void set_attribute(pugi::xml_node node, const char* name, const std::string& value) {
  pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) attribute = node.append_attribute(name);
  attribute.set_value(value.c_str());
}

// Sets the text of `child`, or of a new element named `name` at the end of
// `parent` when `child` is null; returns the element.
pugi::xml_node set_text(pugi::xml_node parent, pugi::xml_node child, const std::string& name,
                        const std::string& text) {
  if (!child) child = parent.append_child(name.c_str());
  while (child.first_child()) child.remove_child(child.first_child());
  child.append_child(pugi::node_pcdata).set_value(text.c_str());
  return child;
}

// Sets the text of `parent`'s first child named `name`, creating it at the end when missing.
pugi::xml_node set_text(pugi::xml_node parent, const std::string& name, const std::string& text) {
  return set_text(parent, parent.child(name.c_str()), name, text);
}

Seconds item_date(pugi::xml_node item) {
  return parse_rfc2822(item.child("pubDate").text().get()).value_or(Seconds::min());
}

// The first item that sorts after (date, guid): newest first, ties by guid so
// the order does not depend on which of two runs came first.
pugi::xml_node first_item_after(pugi::xml_node channel, Seconds date, std::string_view guid,
                                pugi::xml_node except) {
  for (pugi::xml_node item : channel.children("item")) {
    if (item == except) continue;
    const Seconds other = item_date(item);
    if (other < date ||
        (other == date && std::string_view(item.child("guid").text().get()) > guid)) {
      return item;
    }
  }
  return {};
}

pugi::xml_node last_item(pugi::xml_node channel, pugi::xml_node except) {
  pugi::xml_node last;
  for (pugi::xml_node item : channel.children("item")) {
    if (item != except) last = item;
  }
  return last;
}

// Puts `item` (null: a new item) where its date belongs; returns it.
pugi::xml_node place_item(pugi::xml_node channel, pugi::xml_node item, Seconds date,
                          std::string_view guid) {
  const pugi::xml_node before = first_item_after(channel, date, guid, item);
  const pugi::xml_node after = last_item(channel, item);
  if (!item) {
    if (before) return channel.insert_child_before("item", before);
    if (after) return channel.insert_child_after("item", after);
    return channel.append_child("item");
  }
  if (before) return channel.insert_move_before(item, before);
  if (after) return channel.insert_move_after(item, after);
  return item;
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
    throw Error(
        "--base-url '" + base_url + "' is not an http(s) URL",
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
    throw Error("--language '" + given + "' is not an ISO 639 language code",
                "write e.g. it, en or en-us");
  }
  return language;
}

// The artwork's URL: --cover as is when it is an http(s) URL, else the image
// file, copied beside the feed, under the base URL. "" without --cover.
std::string publish_cover(const fs::path& feed_path, const std::string& cover_option,
                          const std::string& base_url, std::vector<std::string>& warnings) {
  if (is_web_url(cover_option)) return cover_option;
  if (cover_option.empty()) {
    warnings.push_back("no --cover: Apple Podcasts refuses feeds without artwork");
    return {};
  }
  const fs::path cover = cover_option;
  const std::string bytes = read_cover_bytes(cover, "give the artwork's file or its URL with --cover");
  warnings = check_cover_art(read_image_info(bytes, cover), cover);
  fs::path feed_dir = feed_path.parent_path();
  if (feed_dir.empty()) feed_dir = ".";
  const fs::path beside = feed_dir / cover.filename();
  std::error_code ec;
  if (!fs::equivalent(cover, beside, ec)) {
    if (fs::exists(beside, ec)) {
      if (read_cover_bytes(beside, {}) != bytes) {
        throw cannot_write(beside, "a different file of that name is already there",
                           "rename the artwork, or remove the other file");
      }
    } else {
      write_file_atomically(beside, bytes);
    }
  }
  return base_url + percent_encode(cover.filename().string());
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
                   const fs::path& episode_path, const EpisodeSidecars& sidecars) {
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

std::string episode_guid(std::string_view enclosure_url) {
  return sha256_hex(enclosure_url).substr(0, 32);
}

std::vector<std::string> init_feed(const fs::path& feed_path, const ChannelOptions& options) {
  const std::string title = clean_option(options.title, "--title");
  const std::string author = clean_option(options.author, "--author");
  const std::string description = clean_option(options.description, "--description");
  if (title.empty()) throw Error("the feed needs a title", "give one with --title");
  if (description.empty())
    throw Error("the feed needs a description", "give one with --description");
  const std::string base_url = checked_base_url(options.base_url);
  const std::string language = checked_language(options.language);

  FeedLock lock(feed_path);
  std::error_code ec;
  if (fs::exists(feed_path, ec)) {
    throw Error(quoted(feed_path) + " already exists; narra does not overwrite a feed",
                "add episodes with `narra feed add`, or choose another file name");
  }
  std::vector<std::string> warnings;
  const std::string cover_url = publish_cover(feed_path, options.cover, base_url, warnings);

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
  set_text(channel, "link", base_url);
  set_text(channel, "description", description);
  set_text(channel, "language", language);
  if (!author.empty()) set_text(channel, "itunes:author", author);
  if (!options.owner_email.empty()) {
    pugi::xml_node owner = channel.append_child("itunes:owner");
    set_text(owner, "itunes:name", author.empty() ? title : author);
    set_text(owner, "itunes:email", clean_option(options.owner_email, "--owner-email"));
  }
  if (!cover_url.empty()) set_attribute(channel.append_child("itunes:image"), "href", cover_url);
  set_attribute(channel.append_child("itunes:category"), "text", clean_option(options.category, "--category"));
  set_text(channel, "itunes:explicit", options.explicit_content ? "true" : "false");
  set_text(channel, "itunes:type", "episodic");
  set_text(channel, "narra:mediaBase", base_url);
  feed.save();
  return warnings;
}

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
  const Seconds date = keep_date      ? *parse_rfc2822(existing_date)
                       : options.date ? *options.date
                                      : clock();
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
  link_sidecars(item, podcast, base, episode_path, sidecars);
  feed.save();
  return {guid, title, date_text, updated, length_warnings(title, description)};
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

void remove_episode(const fs::path& feed_path, std::string_view guid) {
  require_feed_file(feed_path);
  FeedLock lock(feed_path);
  FeedDocument feed = FeedDocument::load(feed_path);
  for (pugi::xml_node item : feed.channel().children("item")) {
    if (std::string_view(item.child("guid").text().get()) == guid) {
      feed.channel().remove_child(item);
      feed.save();
      return;
    }
  }
  throw Error(quoted(feed_path) + " has no episode with guid '" + std::string(guid) + "'",
              "`narra feed list " + feed_path.string() + "` shows the guids");
}

}  // namespace narra
