// A podcast feed as the listening page sees it: the show, its episodes, and
// for each episode the chapters and transcript found beside the feed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "feed/episode_sidecars.h"

namespace narra {

struct PageChapter {
  double start_seconds = 0;
  std::string title;
  int level = 0;  // 0 at the top; 1 under the last chapter of level 0, and so on
};

struct PageEpisode {
  std::string title;
  std::string description;
  std::string date;        // as in the feed's pubDate
  std::string duration;    // as in itunes:duration
  std::string link;        // the article read (narra:source), http(s) or empty
  std::string image;       // the item's artwork: a file in the feed's folder, or empty
  std::string audio_url;   // the enclosure's URL as published (for tags shared links read)
  std::string audio_file;  // the enclosure's file name (decoded), in the feed's folder
  std::string audio_type;  // the enclosure's MIME type
  std::string stem;        // audio_file without extension: the page is <stem>.html
  std::vector<PageChapter> chapters;
  std::vector<TranscriptCue> transcript;
};

struct Show {
  std::string title;
  std::string description;
  std::string author;
  std::string image;                  // the cover: a file in the feed's folder, or empty
  std::string image_url;              // the cover's URL as published, http(s) or empty
  std::string feed_file;              // the feed's file name, linked for podcast apps
  std::vector<PageEpisode> episodes;  // in feed order (newest first)
};

// Reads the feed (feed/feed_document.h: itunes and Podcasting 2.0 elements
// whatever their prefix) and, for each item, the chapters JSON and WebVTT
// transcript named by its podcast:chapters and podcast:transcript URLs,
// looked up by file name in the feed's folder (missing files give an episode
// without them). A cover is shown only when its file (by the name in its
// URL) is in the feed's folder, so the pages never load anything from elsewhere. Throws
// Error when the feed cannot be read or is not RSS, or a chapters or
// transcript file is malformed (episode_sidecars.h).
Show read_show(const std::filesystem::path& feed);

}  // namespace narra
