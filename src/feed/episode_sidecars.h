// The files narra writes beside an episode and publishes with it, read back:
// the Podcasting 2.0 chapters (STEM.chapters.json) and the WebVTT transcript
// (STEM.vtt). `narra feed add` checks them before it links them from the
// feed; the listening site shows them. Files from elsewhere are checked the
// same way: every time is a finite number of seconds from 0 to
// kMaxSidecarSeconds, every title is text.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace narra {

// The longest time a chapter or cue may start or end at: 100 hours.
inline constexpr double kMaxSidecarSeconds = 100.0 * 3600.0;

struct SidecarChapter {
  double start_seconds = 0;
  std::string title;
  int level =
      0;  // 1 for a chapter marked "toc": false, nested under the one before it (a digest's article's own)
};

struct TranscriptCue {
  double start_seconds = 0;
  double end_seconds = 0;
  std::string text;
};

// Which of the files narra publishes with an episode are beside it:
// STEM.chapters.json, STEM.vtt, STEM.srt.
struct EpisodeSidecars {
  bool chapters = false;
  bool vtt = false;
  bool srt = false;
};

// The sidecars beside `episode` (an audio file), the chapters and WebVTT
// files read and checked. Throws Error naming a file that is malformed.
EpisodeSidecars check_episode_sidecars(const std::filesystem::path& episode);

// Reads a chapters file. Throws Error naming `file` when it cannot be read,
// is not JSON with a "chapters" array, or a chapter's startTime/endTime is
// not a number from 0 to kMaxSidecarSeconds or its title is not text.
std::vector<SidecarChapter> read_chapters_file(const std::filesystem::path& file);

// Reads a WebVTT file (see parse_webvtt). Throws Error naming `file`.
std::vector<TranscriptCue> read_webvtt_file(const std::filesystem::path& file);

// Parses WebVTT text into cues (timestamps [hh:]mm:ss.ttt). Throws Error
// naming `origin` when the header or a timing line is malformed, or a time is
// beyond kMaxSidecarSeconds.
std::vector<TranscriptCue> parse_webvtt(std::string_view text, const std::filesystem::path& origin);

}  // namespace narra
