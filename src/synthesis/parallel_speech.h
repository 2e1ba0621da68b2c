// eSpeak NG keeps process-global state, so a second synthesiser needs a
// second process. A script long enough is shared in two at the chapter
// nearest its middle: a child process (forked, so it starts from the loaded
// voice) speaks the later chapters into a spool file while this process
// speaks the earlier ones; then the child's audio follows this process's in
// the sink, and its timeline is appended.
//
// eSpeak NG carries state from each sentence it speaks into the ones after
// (only speaking every earlier sentence again recreates it), so a part
// spoken in a fresh process sounds slightly different from the same part
// spoken after the others. The script is
// therefore shared the same way whatever the cores: on one core the child
// simply runs first. The bytes written never depend on the machine.
#pragma once

#include <filesystem>
#include <string>

#include "audio/audio_sink.h"
#include "audio/pcm_spool.h"
#include "synthesis/synthesiser.h"

namespace narra {

// Speaks `script` into `sink` like synthesiser.speak(), in two processes
// when it has chapters to share: at once when `threads` > 1, one after the
// other otherwise. The child's spool file goes beside `spool`. Throws Error
// if either part fails.
Timeline speak_in_parallel(Synthesiser& synthesiser, const Script& script, AudioSink& sink, unsigned threads,
                           const PcmSpool& spool, const Synthesiser::ChapterProgress& progress = {});

}  // namespace narra
