// The second pass: the spooled audio through the loudness gain and the
// true-peak limiter, resampled to each writer's rate, into every writer (and
// a loudness meter beside each, when asked).
//
//   writers that take parts, one part of the spool per task on any core:
//     part ─ gain + limiter ─ resampler ─┬─ writer's part
//                                        └─ meter
//   writers that take their audio in order, all together in one task:
//     spool ─ gain + limiter ─┬─ resampler to rate A ─┬─ writer(s) at A (a thread of their own if they want
//     it)
//                             │                       └─ meter(s)
//                             └─ resampler to rate B ─ ...
#pragma once

#include <optional>
#include <vector>

#include "audio/gain_limiter.h"
#include "audio/loudness_meter.h"
#include "audio/loudness_plan.h"
#include "audio/output_sink.h"
#include "audio/pcm_spool.h"
#include "audio/sample_range.h"

namespace narra {

struct SecondPassInput {
  PcmSpool* spool = nullptr;
  int sample_rate = 0;                // of the spooled audio
  std::vector<SampleRange> segments;  // the spool cut at pauses: a writer's parts
  LoudnessPlan plan;
  double ceiling_dbtp = 0;  // the limiter's
  bool measure = false;     // meter every output (--loudness-report)
  unsigned threads = 1;
};

struct SecondPassResult {
  LimiterReport limiting;  // what the limiter did to the episode, counted once
  // Per writer, in the order given: its loudness and true peak before
  // encoding, when measured.
  std::vector<std::optional<LoudnessFigures>> figures;
};

// Runs the second pass into `writers` (each taking parts takes one per
// segment) and finishes every part, but commits none. Throws Error.
SecondPassResult run_second_pass(const SecondPassInput& input, const std::vector<OutputSink*>& writers);

}  // namespace narra
