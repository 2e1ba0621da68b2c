// Speaks a script: synthesises each sentence with eSpeak NG, trims the
// silence eSpeak NG puts around it, and joins the sentences with the voice's
// pauses (sentence < paragraph < chapter), so every pause has a known length
// and every sentence and chapter a known start.
#pragma once

#include "audio/audio_sink.h"
#include "normaliser/script.h"
#include "synthesis/timeline.h"
#include "synthesis/voice.h"

namespace narra {

class Synthesiser {
 public:
  // Silence before the first word, and between a chapter's start and its first word.
  static constexpr int kChapterLeadMs = 10;
  // Silence after the last word.
  static constexpr int kTailMs = 600;

  explicit Synthesiser(const Voice& voice);

  int sample_rate() const;

  // Writes the whole script to `sink` at sample_rate(), and returns where
  // each chapter and sentence landed. Throws Error if eSpeak NG fails.
  Timeline speak(const Script& script, AudioSink& sink);

 private:
  Voice voice_;
};

}  // namespace narra
