// The text files beside the audio: Podcasting 2.0 chapters JSON, and the
// transcript as WebVTT and SRT. Each returns the file's content; the caller
// writes it with write_file_atomically. Output is deterministic: the same
// chapters and cues give the same bytes.
#pragma once

#include <string>
#include <vector>

#include "writers/episode.h"

namespace narra {

// One transcript cue: text as written in the article (its lines separated
// by '\n'), times in ms.
struct Cue {
  std::int64_t start_ms = 0;
  std::int64_t end_ms = 0;
  std::string text;
};

// {"version":"1.2.0","chapters":[{"startTime":s,"endTime":s,"title":...},...]}
// with times in seconds (whole milliseconds), indented by two spaces.
std::string make_chapters_json(const std::vector<TimedChapter>& chapters);

// "WEBVTT", then one numbered cue per entry; & < > in the text become
// &amp; &lt; &gt;.
std::string make_webvtt(const std::vector<Cue>& cues);

// SubRip: numbered cues, HH:MM:SS,mmm times.
std::string make_srt(const std::vector<Cue>& cues);

}  // namespace narra
