// Cutting an episode's audio into segments that are processed and encoded
// independently, on several cores at once, and joined afterwards with every
// sample in its place.
//
// A cut lies in a pause, where the audio is digital silence, so a fresh
// limiter, resampler and encoder at the start of a segment behave as if the
// audio before it had gone through them. An MP3 segment is a LAME stream of
// its own: a cut falls on an MP3 frame boundary of the output rate, and the
// last frame of the segment before it is silent (see writers/mp3_writer.h).
#pragma once

#include <vector>

#include "audio/sample_range.h"

namespace narra {

struct SegmentPlanOptions {
  int input_rate = 22050;      // Hz, of the audio and the pauses
  int output_rate = 44100;     // Hz, of the encoded audio
  int frame_samples = 1152;    // a cut in the output is a multiple of this
  double target_seconds = 15;  // about this long each, if the pauses allow
  double margin_ms = 20;       // silence kept on each side of a cut (filters, look-ahead)
};

// Splits `total_samples` (at options.input_rate) into consecutive segments
// covering all of it. Cuts are placed only inside `pauses` (silent ranges,
// in order, at options.input_rate), each with options.margin_ms of silence
// after it and margin_ms plus one output frame before it, at a sample whose
// output-rate position is a whole number of frames. Without such a pause,
// the whole is one segment. The plan depends only on its arguments.
std::vector<SampleRange> plan_segments(std::int64_t total_samples, const std::vector<SampleRange>& pauses,
                                       const SegmentPlanOptions& options);

// `segments` joined into at most `count` runs of consecutive segments, as
// even in length as the segments allow: fewer, longer parts for a stage that
// keeps state per part.
std::vector<SampleRange> group_segments(const std::vector<SampleRange>& segments, std::size_t count);

}  // namespace narra
