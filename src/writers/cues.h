// The transcript's cues, from the timeline, sized for captions. Each sentence
// is cut into cues of at most two lines of `line_characters` characters and
// at most `max_ms` of speech, at the strongest places phrasing allows (the
// end of a clause, then a phrase boundary, then between words; never after
// an article or preposition, nor inside a name), with as few cues as read
// well. Each cue starts where eSpeak NG started its first word: the written
// words are lined up with the spoken ones (the normaliser rewrites numbers
// and abbreviations but keeps the other words), and a cue starting on a
// rewritten word, timed between the words around it, is a last resort.
#pragma once

#include <cstdint>
#include <vector>

#include "core/phrasing.h"
#include "synthesis/timeline.h"
#include "writers/sidecars.h"

namespace narra {

struct CueLimits {
  std::size_t line_characters = 42;  // characters per line; a cue has at most two lines
  std::int64_t max_ms = 7000;        // a cue of one word may last longer
};

// Cues in time order, never overlapping, texts as written with their lines
// separated by '\n'. Sentences without speech get no cue. A single word
// longer than a line is a cue of its own, on one line.
std::vector<Cue> make_cues(const Timeline& timeline, const PhraseWords& phrasing,
                           const CueLimits& limits = {});

}  // namespace narra
