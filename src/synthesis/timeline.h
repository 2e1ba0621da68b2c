// Where things happen in the synthesised audio, in samples at the synthesis
// rate. Writers convert to their own rate with `at_rate`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audio/sample_range.h"

namespace narra {

struct ChapterTiming {
  std::string title;
  std::int64_t start = 0;  // samples; 0 for the first, else in the pause about 250 ms before the first word
  std::int64_t end = 0;    // samples; the next chapter's start, or the end of the audio
  int level = 0;           // ScriptChapter::level: 0 at the top, children one deeper
};

// A word as eSpeak NG reported it while speaking a sentence.
struct WordTiming {
  std::size_t spoken_offset = 0;  // byte offset of the word in the sentence's spoken text
  std::int64_t start = 0;         // samples; where eSpeak NG starts it (never before the sentence)
};

struct SentenceTiming {
  std::size_t chapter = 0;        // index into Timeline::chapters
  std::string written;            // the sentence as written in the article
  std::string spoken;             // the sentence as spoken
  std::int64_t start = 0;         // samples; where its first word starts
  std::int64_t end = 0;           // samples; where its speech ends
  std::vector<WordTiming> words;  // in order
};

struct Timeline {
  int sample_rate = 0;
  std::int64_t total_samples = 0;
  std::vector<ChapterTiming> chapters;
  std::vector<SentenceTiming> sentences;

  double seconds(std::int64_t samples) const { return static_cast<double>(samples) / sample_rate; }
};

// The parent of each chapter: the nearest earlier chapter with a lower level,
// or nullopt at the top. Chapters nest in order, so this is the chapter tree
// (ID3 CTOC elements, nested chapter lists) that the flat list stands for.
std::vector<std::optional<std::size_t>> chapter_parents(const std::vector<ChapterTiming>& chapters);

// Appends `later`, spoken right after `timeline`'s last sample, to it: its
// positions move by timeline.total_samples, and the last chapter of
// `timeline` ends where the first of `later` starts.
void append_timeline(Timeline& timeline, const Timeline& later);

// A timeline as bytes and back, to pass it from one process to another.
// parse_timeline throws Error on bytes serialise_timeline did not make.
std::string serialise_timeline(const Timeline& timeline);
Timeline parse_timeline(std::string_view bytes);

// The silences between sentences, and before the first and after the last:
// where no speech is, in order. Only digital silence is written there.
std::vector<SampleRange> silent_pauses(const Timeline& timeline);

// A position in samples at `from_rate` expressed at `to_rate`, rounded.
inline std::int64_t at_rate(std::int64_t samples, int from_rate, int to_rate) {
  return (samples * to_rate + from_rate / 2) / from_rate;
}

}  // namespace narra
