// Speaks a script: synthesises each sentence with eSpeak NG, trims the
// silence eSpeak NG puts around it, and joins the sentences with the voice's
// pauses (sentence < paragraph < chapter), so every pause has a known length
// and every sentence and chapter a known start.
#pragma once

#include <functional>
#include <optional>

#include "audio/audio_sink.h"
#include "normaliser/script.h"
#include "synthesis/timeline.h"
#include "synthesis/voice.h"

namespace narra {

class Synthesiser {
 public:
  // Silence before the first word; the first chapter starts at 0, before it.
  static constexpr int kOpeningSilenceMs = 10;
  // How long before its first word a later chapter starts: inside the pause
  // before that word, never more than half of it, so a player that jumps to
  // the chapter (or seeks to the MP3 frame holding its start) never clips the
  // first sound, and the chapter never seems to start in the previous one.
  static constexpr int kChapterMarkLeadMs = 250;
  // Silence after the last word.
  static constexpr int kTailMs = 600;

  // Silence between the segments of one sentence where the voice changes.
  static constexpr int kSegmentPauseMs = 150;

  // `quote_voice`, when given, speaks the VoiceRole::quote segments of
  // sentences; without it, segments are ignored and every sentence is `voice`'s.
  explicit Synthesiser(const Voice& voice, std::optional<Voice> quote_voice = std::nullopt);

  int sample_rate() const;

  // Told after each chapter: chapters done, chapters in the script.
  using ChapterProgress = std::function<void(std::size_t done, std::size_t total)>;

  // Writes the whole script to `sink` at sample_rate(), and returns where
  // each chapter and sentence landed (a sentence spoken in two voices spans
  // from its first segment's first word to its last segment's end). Throws
  // Error if eSpeak NG fails.
  Timeline speak(const Script& script, AudioSink& sink, const ChapterProgress& progress = {});

  // Speaks chapters [first, end) of `script` as a part of the whole: the
  // pause before chapter `first` is included, and the closing silence when
  // `end` is the last. Positions count from the part's own first sample, so
  // consecutive parts join (append_timeline) into a whole with the same
  // pauses. Throws Error if eSpeak NG fails.
  Timeline speak_chapters(const Script& script, std::size_t first, std::size_t end, AudioSink& sink,
                          const ChapterProgress& progress = {});

 private:
  Voice voice_;
  std::optional<Voice> quote_voice_;
};

}  // namespace narra
