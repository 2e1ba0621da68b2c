// What `narra render` was asked to do, and what every episode of one run
// shares once the options are read.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "article/article.h"
#include "audio/loudness_plan.h"
#include "cli/commands.h"
#include "cli/normalisers.h"
#include "cli/render_state.h"
#include "feed/feed.h"
#include "synthesis/voice.h"
#include "writers/episode.h"

namespace narra {

struct RenderOptions {
  std::vector<std::filesystem::path> articles;
  std::filesystem::path output_dir = "output";
  std::vector<std::string> formats{"mp3"};
  std::string voice;
  std::string title;
  std::string author;
  std::string show;
  std::string date;
  std::string description;
  std::filesystem::path cover;
  int bitrate_kbps = 64;
  LoudnessTarget loudness;
  bool loudness_report = false;
  ArticleCliOptions reading;
  std::string quote_voice;     // empty: quotations in the narrator's voice
  std::string digest;          // not empty: one episode of all articles, with this title
  std::filesystem::path feed;  // --feed: add each rendered episode to this podcast feed
  unsigned jobs = 0;           // cores to use; 0: all
  bool force = false;          // render even what is up to date
  bool quiet = false;          // print errors only
};

// What every article and episode of one run shares.
struct RenderContext {
  Voice voice;
  std::optional<Voice> quote_voice;
  Normalisers normalisers;
  CleanupRules rules;
  ReadOptions read;
  CoverImage cover;
  std::optional<Seconds> date;                // --date
  std::string feed_format;                    // the episode a feed gets: "mp3" or "opus"
  std::vector<std::filesystem::path> inputs;  // files the run reads, which no output may replace
  Clock clock;
  FingerprintInputs fingerprint;
  unsigned threads = 1;  // threads each episode may keep busy
};

}  // namespace narra
