// The transcript's cues, from the timeline. A sentence is one cue, unless it
// is longer than a cue should be: then it is cut at clause boundaries
// (", ", "; ", ": "), each part starting where eSpeak NG started its first
// word. A sentence is cut only when its written and spoken forms have the
// same clause boundaries (the normaliser keeps punctuation), so every part's
// text is as written and its time is as spoken.
#pragma once

#include <vector>

#include "synthesis/timeline.h"
#include "writers/sidecars.h"

namespace narra {

// Cues in time order, never overlapping, texts as written. Parts are joined
// while they fit in `max_chars` bytes. Sentences without speech get no cue.
std::vector<Cue> make_cues(const Timeline& timeline, std::size_t max_chars = 84);

}  // namespace narra
