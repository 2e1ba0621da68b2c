// The process's one eSpeak NG session. eSpeak NG keeps global state, so
// there is exactly one instance, created on first use (std::call_once) and
// used under a mutex; it runs in synchronous mode, in this process.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <span>
#include <string_view>
#include <vector>

#include "synthesis/voice.h"

namespace narra {

// A word as eSpeak NG reported it: where it starts in the audio of one call.
struct WordEvent {
  std::int64_t sample = 0;  // offset from the first sample of that call
  int text_position = 0;    // 1-based character position in the text
  int length = 0;           // characters
};

class EspeakSession {
 public:
  using AudioBlock = std::function<void(std::span<const std::int16_t>)>;

  // The session, initialised on first call. Throws Error when eSpeak NG
  // cannot start (for example when its data files are missing).
  static EspeakSession& instance();

  EspeakSession(const EspeakSession&) = delete;
  EspeakSession& operator=(const EspeakSession&) = delete;

  int sample_rate() const { return sample_rate_; }

  // Selects the voice and its rate and pitch for the following calls. Throws Error.
  void use_voice(const Voice& voice);

  // Synthesises UTF-8 text (eSpeak phonemes allowed inside [[ ]]). Audio
  // arrives through `on_audio` in blocks, in order; returns the words, in order.
  std::vector<WordEvent> synthesise(std::string_view text, const AudioBlock& on_audio);

 private:
  EspeakSession();
  int sample_rate_ = 0;
  std::mutex mutex_;
};

}  // namespace narra
