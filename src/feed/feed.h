// A podcast's RSS 2.0 feed, with the itunes and Podcasting 2.0 namespaces:
// create it, add or update episodes, list and remove them.
//
// The feed is edited as an XML tree (pugixml), so what narra does not know
// (elements, attributes, namespaces, comments from other tools) is written
// back unchanged. Every change holds a FeedLock across read-modify-write and
// replaces the file atomically, so concurrent adds never lose an episode and
// a failure leaves the old feed in place. Output is deterministic: the same
// feed, inputs and clock give the same bytes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feed/feed_date.h"

namespace narra {

struct ChannelOptions {
  std::string title;
  std::string author;
  std::string description;
  // Where episodes, their sidecars and the artwork are published; enclosure
  // URLs are this plus the file name. http(s) only; a missing final "/" is added.
  std::string base_url;
  std::string language = "it";  // ISO 639 code, optionally with a region: "it", "en-us"
  // Artwork: an http(s) URL, used as is; or a JPEG/PNG file, copied beside the
  // feed when it is elsewhere and referenced as base_url + its file name.
  // Empty: a default cover is drawn (feed/default_cover.h) and written beside the feed as cover.png.
  std::string cover;
  std::string category = "News";  // Apple Podcasts category, top level
  bool explicit_content = false;
  std::string owner_email;  // itunes:owner and podcast:locked, left out when empty
  std::string copyright;    // left out when empty
};

// Creates the feed at `feed_path` with no episodes, built at `clock`'s time.
// Throws Error when it already exists, an option is unusable, or it cannot
// be written. Returns warnings for the user (artwork Apple would object to).
std::vector<std::string> init_feed(const std::filesystem::path& feed_path, const ChannelOptions& options,
                                   const Clock& clock);

struct EpisodeOptions {
  std::string title;        // empty: the file's title tag, else its file name
  std::string description;  // empty: the file's comment tag, else none
  std::string source_url;   // the article's own page, linked from the show notes; empty: none
  // The episode's artwork: an http(s) URL, or a JPEG/PNG file copied beside
  // the feed; empty: the show's.
  std::string image;
  std::string author;                 // podcast:person; empty: the file's artist tag
  std::string language;               // of the transcripts; empty: the show's
  std::optional<int> episode_number;  // itunes:episode; nullopt: the item's, else none
  // Publication time; empty: the clock's time for a new episode, and the
  // episode's existing pubDate for one already in the feed.
  std::optional<Seconds> date;
};

struct AddedEpisode {
  std::string guid;
  std::string title;
  std::string date;                   // as written in pubDate
  bool updated = false;               // true when the episode was already in the feed
  std::vector<std::string> warnings;  // texts longer than Apple Podcasts shows
};

// Adds `episode_path` (an MP3 or Ogg Opus file) to the feed, with the
// chapters (STEM.chapters.json, also written inline as psc:chapters and
// listed in the show notes), transcripts (STEM.vtt, STEM.srt) and the other
// encoding (STEM.opus beside an MP3, or STEM.mp3 beside an Opus file, as
// podcast:alternateEnclosure) found beside it. The item links its page on
// the listening site (STEM.html under the base URL). The guid comes from the enclosure URL, so adding a file
// of the same name again updates its item in place instead of adding a second one; an item another tool made
// for the same URL is updated too, keeping its guid. Items stay newest first. Throws Error when the feed or
// the episode cannot be read (the feed is then unchanged).
AddedEpisode add_episode(const std::filesystem::path& feed_path, const std::filesystem::path& episode_path,
                         const EpisodeOptions& options, const Clock& clock);

struct FeedEpisode {
  std::string date;  // "YYYY-MM-DD HH:MM" UTC, or pubDate as written when unreadable
  std::optional<long> duration_s;
  std::string title;
  std::string guid;
};

// The feed's items in feed order. Throws Error when the feed is missing,
// not well-formed XML or not RSS.
std::vector<FeedEpisode> list_episodes(const std::filesystem::path& feed_path);

// Removes the item whose guid is `guid`; the feed is rebuilt at `clock`'s
// time. Throws Error when there is none.
void remove_episode(const std::filesystem::path& feed_path, std::string_view guid, const Clock& clock);

// The guid narra gives an episode published at `enclosure_url`: the first 32
// hex digits of the URL's SHA-256.
std::string episode_guid(std::string_view enclosure_url);

}  // namespace narra
