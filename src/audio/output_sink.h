// An episode's audio file as the second pass (second_pass.h) sees it: every
// output format implements this, so the second pass drives them all alike.
// A writer takes its audio in order through write(), or, when it can encode
// parts of the episode at once, in parts, each from a thread of its own.
#pragma once

#include <cstddef>

#include "audio/audio_sink.h"

namespace narra {

class OutputSink : public AudioSink {
 public:
  // The rate of the samples this writer takes, Hz.
  virtual int sample_rate() const = 0;

  // Whether the audio comes in parts (part(), finish_part()) rather than in order.
  virtual bool takes_parts() const { return false; }
  // The sink of part `index`, and its end: call finish_part() from the thread
  // that wrote the part. Throws Error.
  virtual AudioSink& part(std::size_t) { return *this; }
  virtual void finish_part(std::size_t) {}

  // Whether encoding is heavy enough to deserve a thread of its own when
  // the audio comes in order and a core is free for it.
  virtual bool wants_own_thread() const { return false; }

  // Drains what is left, writes the tags and chapters, and renames the file
  // into place. Throws Error.
  virtual void commit() = 0;
};

}  // namespace narra
