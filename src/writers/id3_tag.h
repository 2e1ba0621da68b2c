// The ID3v2 tag of an MP3 episode, built with TagLib: TIT2 title, TPE1
// author, TALB show, TDRC date, TCON genre, COMM description, APIC cover,
// one CHAP frame per chapter (element ids "ch0", "ch1", ... in time order,
// TIT2 sub-frame, start and end in ms, byte offsets unused = 0xFFFFFFFF)
// and one top-level, ordered CTOC "toc" listing them; a chapter with nested
// chapters (a digest's article) gets a CTOC "toc<i>" of its own, titled like
// it, listing its own CHAP and its children.
//
// Version 2.3: it is the version every podcast app and player reads (v2.4
// is still missing from some); TagLib stores text that is not Latin-1 as
// UTF-16 there, and turns TDRC into TYER/TDAT.
#pragma once

#include <string>
#include <vector>

#include "writers/episode.h"

namespace narra {

// The complete tag (header, frames, TagLib's padding), ready to sit at the start of the file.
std::string render_id3_tag(const EpisodeInfo& info, const std::vector<TimedChapter>& chapters);

}  // namespace narra
