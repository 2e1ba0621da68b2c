// A podcast feed as the listening page sees it: the show, its episodes, and
// for each episode the chapters and transcript found beside the feed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace narra {

struct PageChapter {
  double start_seconds = 0;
  std::string title;
};

struct PageCue {
  double start_seconds = 0;
  double end_seconds = 0;
  std::string text;
};

struct PageEpisode {
  std::string title;
  std::string description;
  std::string date;            // as in the feed's pubDate
  std::string duration;        // as in itunes:duration
  std::string audio_file;      // the enclosure's file name, relative to the page
  std::string audio_type;      // the enclosure's MIME type
  std::string stem;            // audio_file without extension: the page is <stem>.html
  std::vector<PageChapter> chapters;
  std::vector<PageCue> transcript;
};

struct Show {
  std::string title;
  std::string description;
  std::string author;
  std::string image;           // URL or file name of the cover, may be empty
  std::string feed_file;       // the feed's file name, linked for podcast apps
  std::vector<PageEpisode> episodes;  // in feed order (newest first)
};

// Reads the feed and, for each item, the chapters JSON and WebVTT transcript
// named by its podcast:chapters and podcast:transcript URLs, looked up by
// file name in the feed's folder (missing files give an episode without
// them). Throws Error when the feed cannot be read or is not RSS.
Show read_show(const std::filesystem::path& feed);

// Parses WebVTT text into cues (timestamps [hh:]mm:ss.ttt). Throws Error
// naming `origin` when the header or a timing line is malformed.
std::vector<PageCue> parse_webvtt(std::string_view text, const std::filesystem::path& origin);

}  // namespace narra
