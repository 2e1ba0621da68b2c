// Adding chunks to a finished RIFF/WAVE file: libsndfile writes cue points
// but no labels, so narra appends its own `cue ` and LIST/`adtl` chunks
// and updates the RIFF size.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "writers/episode.h"

namespace narra {

// Chunk bytes (id, size, data, pad byte) for a `cue ` chunk with one point per
// marker, named 1..N in order, at the marker's sample frame.
std::string make_cue_chunk(const std::vector<Marker>& markers);

// A LIST chunk of type `adtl` holding one `labl` per marker (cue names 1..N).
std::string make_label_list_chunk(const std::vector<Marker>& markers);

// Appends `chunks` to the RIFF file open as `fd` and rewrites its RIFF size.
// `path` names it in messages. Throws Error when the file is not RIFF/WAVE
// or cannot be written.
void append_riff_chunks(int fd, const std::filesystem::path& path, const std::string& chunks);

}  // namespace narra
