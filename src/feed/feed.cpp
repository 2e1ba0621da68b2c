#include "feed/feed.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <pugixml.hpp>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/utf8.h"
#include "feed/cover_image.h"
#include "feed/episode_file.h"
#include "feed/feed_lock.h"
#include "core/sha256.h"

namespace narra {
namespace {
namespace fs = std::filesystem;

constexpr const char* kItunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd";
constexpr const char* kPodcastNamespace = "https://podcastindex.org/namespace/1.0";
// narra's own channel data (where episodes are published) lives in this namespace.
constexpr const char* kNarraNamespace = "urn:x-narra:feed:1";

// Feeds and artwork beyond this size are refused rather than read into memory.
constexpr std::uintmax_t kMaxFeedBytes = 64u << 20;

std::string read_bytes(const fs::path& path, const std::string& hint) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw cannot_read(path, "no such file", hint);
  if (!fs::is_regular_file(status)) throw cannot_read(path, "not a file");
  if (fs::file_size(path, ec) > kMaxFeedBytes) throw cannot_read(path, "larger than 64 MiB");
  std::ifstream in(path, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad() || !in.is_open()) throw cannot_read(path, "the file cannot be opened");
  return bytes;
}

// Text that goes into the feed: valid UTF-8, no control characters (XML 1.0
// cannot hold them), no spaces around it.
std::string clean_text(std::string_view text, const std::string& what) {
  if (const auto bad = find_invalid_utf8(text)) {
    throw Error(what + " is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  }
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7F) continue;
    out += c;
  }
  const auto first = out.find_first_not_of(" \n\t");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(" \n\t") - first + 1);
}

// RFC 3986 percent-encoding of a file name for use in a URL path.
std::string url_encode(std::string_view name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
        (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

bool is_web_url(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://");
}

// A feed file and its parsed tree.
struct Feed {
  fs::path path;
  pugi::xml_document doc;
  pugi::xml_node channel;
};

std::string line_of(std::string_view bytes, std::ptrdiff_t offset) {
  const auto end = bytes.begin() + std::clamp<std::ptrdiff_t>(offset, 0, std::ssize(bytes));
  return std::to_string(std::count(bytes.begin(), end, '\n') + 1);
}

void load_feed(const fs::path& path, Feed& feed) {
  feed.path = path;
  const std::string bytes =
      read_bytes(path, "create the feed first with `narra feed init " + path.string() + " ...`");
  const pugi::xml_parse_result result =
      feed.doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_full, pugi::encoding_auto);
  if (!result) {
    throw cannot_read(path,
                      "not well-formed XML at line " + line_of(bytes, result.offset) + " (" +
                          result.description() + ")",
                      "narra left the file as it is; repair it, or restore it from a backup");
  }
  const pugi::xml_node root = feed.doc.document_element();
  if (std::string_view(root.name()) != "rss") {
    throw cannot_read(path,
                      "not an RSS feed (the root element is <" + std::string(root.name()) + ">)",
                      "narra updates RSS 2.0 podcast feeds; make one with `narra feed init`");
  }
  feed.channel = root.child("channel");
  if (!feed.channel) {
    throw cannot_read(path, "not an RSS feed (no <channel> in <rss>)",
                      "narra updates RSS 2.0 podcast feeds; make one with `narra feed init`");
  }
}

void save_feed(Feed& feed) {
  // The text is always written as UTF-8, so a declaration must say so.
  for (pugi::xml_node node : feed.doc.children()) {
    if (node.type() == pugi::node_declaration && node.attribute("encoding")) {
      node.attribute("encoding").set_value("UTF-8");
    }
  }
  std::ostringstream out;
  feed.doc.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  write_file_atomically(feed.path, out.str());
}

// The prefix (with its colon) bound to `uri` on the root, if any.
std::optional<std::string> find_prefix(const Feed& feed, const char* uri) {
  for (const pugi::xml_attribute attribute : feed.doc.document_element().attributes()) {
    const std::string_view name = attribute.name();
    if (name.starts_with("xmlns:") && std::string_view(attribute.value()) == uri) {
      return std::string(name.substr(6)) + ":";
    }
  }
  return std::nullopt;
}

// The prefix bound to `uri`, binding `preferred` (or preferred2, ...) when none is.
std::string ensure_prefix(Feed& feed, const char* uri, const std::string& preferred) {
  if (auto prefix = find_prefix(feed, uri)) return *prefix;
  pugi::xml_node root = feed.doc.document_element();
  std::string candidate = preferred;
  for (int n = 2; root.attribute(("xmlns:" + candidate).c_str()); ++n) {
    candidate = preferred + std::to_string(n);
  }
  root.append_attribute(("xmlns:" + candidate).c_str()).set_value(uri);
  return candidate + ":";
}

void set_attribute(pugi::xml_node node, const char* name, const std::string& value) {
  pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) attribute = node.append_attribute(name);
  attribute.set_value(value.c_str());
}

// Sets the text of `parent`'s first child named `name`, creating it at the end when missing.
pugi::xml_node set_text(pugi::xml_node parent, const std::string& name, const std::string& text) {
  pugi::xml_node child = parent.child(name.c_str());
  if (!child) child = parent.append_child(name.c_str());
  while (child.first_child()) child.remove_child(child.first_child());
  child.append_child(pugi::node_pcdata).set_value(text.c_str());
  return child;
}

pugi::xml_node child_with(pugi::xml_node parent, const std::string& name, const char* attribute,
                          std::string_view value) {
  for (pugi::xml_node child : parent.children(name.c_str())) {
    if (std::string_view(child.attribute(attribute).value()) == value) return child;
  }
  return {};
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

std::string media_base(const Feed& feed) {
  std::string base;
  if (const auto prefix = find_prefix(feed, kNarraNamespace)) {
    base = feed.channel.child((*prefix + "mediaBase").c_str()).text().get();
  }
  if (!is_web_url(base)) {
    throw Error(quoted(feed.path) + " does not say where its episodes are published " +
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

}  // namespace

std::string episode_guid(std::string_view enclosure_url) {
  return sha256_hex(enclosure_url).substr(0, 32);
}

std::vector<std::string> init_feed(const fs::path& feed_path, const ChannelOptions& options) {
  const std::string title = clean_text(options.title, "--title");
  const std::string author = clean_text(options.author, "--author");
  const std::string description = clean_text(options.description, "--description");
  if (title.empty()) throw Error("the feed needs a title", "give one with --title");
  if (description.empty())
    throw Error("the feed needs a description", "give one with --description");
  std::string base_url = clean_text(options.base_url, "--base-url");
  if (!is_web_url(base_url)) {
    throw Error(
        "--base-url '" + base_url + "' is not an http(s) URL",
        "give the folder the episodes will be published in, e.g. https://example.org/podcast/");
  }
  if (!base_url.ends_with('/')) base_url += '/';
  std::string language = options.language;
  std::transform(language.begin(), language.end(), language.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto dash = language.find('-');
  const std::string primary = language.substr(0, dash);
  const bool language_ok = primary.size() >= 2 && primary.size() <= 3 &&
                           std::all_of(language.begin(), language.end(),
                                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }) &&
                           (dash == std::string::npos || language.size() - dash - 1 >= 2);
  if (!language_ok) {
    throw Error("--language '" + options.language + "' is not an ISO 639 language code",
                "write e.g. it, en or en-us");
  }

  FeedLock lock(feed_path);
  if (fs::exists(feed_path)) {
    throw Error(quoted(feed_path) + " already exists; narra does not overwrite a feed",
                "add episodes with `narra feed add`, or choose another file name");
  }

  std::vector<std::string> warnings;
  std::string cover_url;
  if (is_web_url(options.cover)) {
    cover_url = options.cover;
  } else if (!options.cover.empty()) {
    const fs::path cover = options.cover;
    const std::string bytes = read_bytes(cover, "give the artwork's file or its URL with --cover");
    warnings = check_cover_art(read_image_info(bytes, cover), cover);
    fs::path feed_dir = feed_path.parent_path();
    if (feed_dir.empty()) feed_dir = ".";
    const fs::path beside = feed_dir / cover.filename();
    std::error_code ec;
    if (!fs::equivalent(cover, beside, ec)) {
      if (fs::exists(beside)) {
        if (read_bytes(beside, "") != bytes) {
          throw cannot_write(beside, "a different file of that name is already there",
                             "rename the artwork, or remove the other file");
        }
      } else {
        write_file_atomically(beside, bytes);
      }
    }
    cover_url = base_url + url_encode(cover.filename().string());
  } else {
    warnings.push_back("no --cover: Apple Podcasts refuses feeds without artwork");
  }

  Feed feed;
  feed.path = feed_path;
  pugi::xml_node declaration = feed.doc.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  pugi::xml_node rss = feed.doc.append_child("rss");
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
    set_text(owner, "itunes:email", clean_text(options.owner_email, "--owner-email"));
  }
  if (!cover_url.empty()) set_attribute(channel.append_child("itunes:image"), "href", cover_url);
  set_attribute(channel.append_child("itunes:category"), "text",
                clean_text(options.category, "--category"));
  set_text(channel, "itunes:explicit", options.explicit_content ? "true" : "false");
  set_text(channel, "itunes:type", "episodic");
  set_text(channel, "narra:mediaBase", base_url);
  save_feed(feed);
  return warnings;
}

AddedEpisode add_episode(const fs::path& feed_path, const fs::path& episode_path,
                         const EpisodeOptions& options, const Clock& clock) {
  const EpisodeFile episode = read_episode_file(episode_path);
  std::string title = clean_text(options.title, "--title");
  if (title.empty()) title = clean_text(episode.title, "the title tag of " + quoted(episode_path));
  if (title.empty()) title = episode_path.stem().string();
  std::string description = clean_text(options.description, "--description");
  if (description.empty()) {
    description = clean_text(episode.description, "the comment tag of " + quoted(episode_path));
  }

  require_feed_file(feed_path);
  FeedLock lock(feed_path);
  Feed feed;
  load_feed(feed_path, feed);
  const std::string base = media_base(feed);
  const std::string itunes = ensure_prefix(feed, kItunesNamespace, "itunes");
  const std::string podcast = ensure_prefix(feed, kPodcastNamespace, "podcast");

  const std::string url = base + url_encode(episode_path.filename().string());
  // The same episode is the item with narra's guid for this URL, or an item
  // (from another tool) with this enclosure URL, whose guid must then not change.
  std::string guid = episode_guid(url);
  pugi::xml_node item;
  for (pugi::xml_node candidate : feed.channel.children("item")) {
    if (std::string_view(candidate.child("guid").text().get()) == guid ||
        std::string_view(candidate.child("enclosure").attribute("url").value()) == url) {
      item = candidate;
      break;
    }
  }
  const bool updated = static_cast<bool>(item);
  if (updated && item.child("guid")) guid = item.child("guid").text().get();
  const std::string existing_date = updated ? item.child("pubDate").text().get() : "";
  const bool keep_date = !options.date && parse_rfc2822(existing_date).has_value();
  const Seconds date = keep_date      ? *parse_rfc2822(existing_date)
                       : options.date ? *options.date
                                      : clock();
  item = place_item(feed.channel, item, date, guid);

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
  set_text(item, itunes + "duration", std::to_string((episode.duration_ms + 500) / 1000));
  if (!item.child((itunes + "episodeType").c_str())) set_text(item, itunes + "episodeType", "full");

  // Sidecars narra writes beside the audio; a missing one simply has no tag.
  const fs::path folder = episode_path.parent_path();
  const std::string stem = episode_path.stem().string();
  if (fs::is_regular_file(folder / (stem + ".chapters.json"))) {
    pugi::xml_node chapters = item.child((podcast + "chapters").c_str());
    if (!chapters) chapters = item.append_child((podcast + "chapters").c_str());
    set_attribute(chapters, "url", base + url_encode(stem + ".chapters.json"));
    set_attribute(chapters, "type", "application/json+chapters");
  }
  for (const auto& [extension, type] :
       {std::pair{".vtt", "text/vtt"}, std::pair{".srt", "application/x-subrip"}}) {
    if (!fs::is_regular_file(folder / (stem + extension))) continue;
    pugi::xml_node transcript = child_with(item, podcast + "transcript", "type", type);
    if (!transcript) transcript = item.append_child((podcast + "transcript").c_str());
    set_attribute(transcript, "url", base + url_encode(stem + extension));
    set_attribute(transcript, "type", type);
  }
  save_feed(feed);
  std::vector<std::string> warnings;
  if (utf8_length(title) > 255) {
    warnings.push_back("the title has " + std::to_string(utf8_length(title)) +
                       " characters: Apple Podcasts shows at most 255");
  }
  if (description.size() > 4000) {
    warnings.push_back("the description has " + std::to_string(description.size()) +
                       " bytes: Apple Podcasts shows at most 4000");
  }
  return {guid, title, date_text, updated, warnings};
}

std::vector<FeedEpisode> list_episodes(const fs::path& feed_path) {
  Feed feed;
  load_feed(feed_path, feed);
  const std::string itunes = find_prefix(feed, kItunesNamespace).value_or("itunes:");
  std::vector<FeedEpisode> episodes;
  for (const pugi::xml_node item : feed.channel.children("item")) {
    FeedEpisode episode;
    const std::string date = item.child("pubDate").text().get();
    const auto parsed = parse_rfc2822(date);
    episode.date = parsed ? format_short_date(*parsed) : date;
    episode.duration_s = parse_duration(item.child((itunes + "duration").c_str()).text().get());
    episode.title = item.child("title").text().get();
    episode.guid = item.child("guid").text().get();
    episodes.push_back(std::move(episode));
  }
  return episodes;
}

void remove_episode(const fs::path& feed_path, std::string_view guid) {
  require_feed_file(feed_path);
  FeedLock lock(feed_path);
  Feed feed;
  load_feed(feed_path, feed);
  for (pugi::xml_node item : feed.channel.children("item")) {
    if (std::string_view(item.child("guid").text().get()) == guid) {
      feed.channel.remove_child(item);
      save_feed(feed);
      return;
    }
  }
  throw Error(quoted(feed_path) + " has no episode with guid '" + std::string(guid) + "'",
              "`narra feed list " + feed_path.string() + "` shows the guids");
}

}  // namespace narra
