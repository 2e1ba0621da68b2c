// One episode from its script: the chain every `narra render` episode goes
// through, an article's or a digest's.
//
//   script ─ synthesiser(s) ─┬─ spool (temporary file)        first pass
//   (a second process speaks  └─ loudness meter (dual mono)
//    the later chapters)
//   spool, cut into parts at pauses ─ loudness plan (gain; limiter if peaks need it)
//   writers, one per format (writers/output_formats.h)
//   second pass (audio/second_pass.h): gain + limiter ─ resampler ─ writers
//   writers committed; sidecars (chapters JSON, WebVTT, SRT, script, loudness)
#pragma once

#include <optional>
#include <string>

#include "cli/render_options.h"
#include "core/episode_files.h"
#include "core/process_pool.h"
#include "normaliser/script.h"

namespace narra {

// What an episode's tags say beyond its script.
struct EpisodeDetails {
  std::optional<Seconds> date;  // none: no date tag
  std::string description;      // the notes podcast apps show (COMM, DESCRIPTION)
  CoverImage cover;             // embedded artwork; empty data: none
};

// Writes `script` as `files`: every requested format, the sidecars and,
// in the state folder, the loudness report. Returns the lines that tell the
// user what was written. Throws Error.
std::string write_episode(const EpisodeFiles& files, const Script& script, const EpisodeDetails& details,
                          const RenderOptions& options, const RenderContext& context,
                          const JobChannel& channel);

}  // namespace narra
