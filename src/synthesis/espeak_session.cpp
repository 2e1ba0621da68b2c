#include "synthesis/espeak_session.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <fcntl.h>
#include <unistd.h>

#include <string>

#include "core/error.h"

namespace narra {
namespace {

// eSpeak NG starts an audio back end even when it only hands samples back,
// and that back end prints its own complaints (a PulseAudio client that
// cannot size its shared memory under a file size limit, say) on stderr.
// narra never plays audio: while eSpeak NG starts, stderr goes nowhere, so
// every line the user sees is narra's own.
class StderrSilenced {
 public:
  StderrSilenced() : saved_(::dup(STDERR_FILENO)) {
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved_ >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
    if (null >= 0) ::close(null);
  }
  ~StderrSilenced() {
    if (saved_ < 0) return;
    ::dup2(saved_, STDERR_FILENO);
    ::close(saved_);
  }
  StderrSilenced(const StderrSilenced&) = delete;
  StderrSilenced& operator=(const StderrSilenced&) = delete;

 private:
  int saved_;
};

std::string status_message(espeak_ng_STATUS status) {
  char buffer[512] = {};
  espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
  return buffer;
}

// What one synthesise() call collects; reached from the callback through user_data.
struct CallState {
  const EspeakSession::AudioBlock* on_audio = nullptr;
  std::vector<WordEvent> words;
  std::int64_t samples = 0;
  int sample_rate = 0;
};

int on_synthesis(short* wav, int sample_count, espeak_EVENT* events) {
  auto* state = static_cast<CallState*>(events->user_data);
  for (espeak_EVENT* event = events; event->type != espeakEVENT_LIST_TERMINATED; ++event) {
    if (event->type == espeakEVENT_WORD) {
      const auto sample = static_cast<std::int64_t>(event->audio_position) * state->sample_rate / 1000;
      state->words.push_back({sample, event->text_position, event->length});
    }
  }
  if (wav != nullptr && sample_count > 0) {
    (*state->on_audio)(std::span<const std::int16_t>(wav, static_cast<std::size_t>(sample_count)));
    state->samples += sample_count;
  }
  return 0;
}

}  // namespace

EspeakSession& EspeakSession::instance() {
  static std::once_flag once;
  static EspeakSession* session = nullptr;
  std::call_once(once, [] { session = new EspeakSession(); });
  return *session;
}

EspeakSession::EspeakSession() {
  espeak_ng_InitializePath(nullptr);
  espeak_ng_ERROR_CONTEXT context = nullptr;
  espeak_ng_STATUS status = espeak_ng_Initialize(&context);
  if (status != ENS_OK) {
    espeak_ng_ClearErrorContext(&context);
    throw Error("cannot start eSpeak NG: " + status_message(status),
                "install its data with: apt-get install espeak-ng-data");
  }
  {
    const StderrSilenced quiet;
    status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
  }
  if (status != ENS_OK) throw Error("cannot start eSpeak NG output: " + status_message(status));
  espeak_SetSynthCallback(on_synthesis);
  sample_rate_ = espeak_ng_GetSampleRate();
}

void EspeakSession::use_voice(const Voice& voice) {
  std::lock_guard lock(mutex_);
  espeak_ng_STATUS status = espeak_ng_SetVoiceByName(voice.espeak_voice.c_str());
  if (status != ENS_OK) {
    throw Error("voice '" + voice.name + "': eSpeak NG has no voice '" + voice.espeak_voice +
                    "': " + status_message(status),
                "fix espeak_voice in " + voice.file.string() + " (see espeak-ng --voices)");
  }
  espeak_ng_SetParameter(espeakRATE, voice.rate_wpm, 0);
  espeak_ng_SetParameter(espeakPITCH, voice.pitch, 0);
  espeak_ng_SetParameter(espeakRANGE, voice.pitch_range, 0);
}

std::vector<WordEvent> EspeakSession::synthesise(std::string_view text, const AudioBlock& on_audio) {
  std::lock_guard lock(mutex_);
  CallState state{&on_audio, {}, 0, sample_rate_};
  const std::string terminated(text);
  const espeak_ng_STATUS status =
      espeak_ng_Synthesize(terminated.c_str(), terminated.size() + 1, 0, POS_CHARACTER, 0,
                           espeakCHARS_UTF8 | espeakPHONEMES, nullptr, &state);
  if (status != ENS_OK) throw Error("eSpeak NG failed: " + status_message(status));
  return std::move(state.words);
}

}  // namespace narra
