// `narra voices`: lists the voice profiles.
#include <iomanip>
#include <iostream>

#include "cli/commands.h"

namespace narra {

void add_voices_command(CLI::App& app, GlobalOptions& global) {
  CLI::App* command = app.add_subcommand("voices", "list the voice profiles");
  command->callback([&global] {
    for (const auto& voice : list_voices(global.voices_dir)) {
      std::cout << std::left << std::setw(12) << voice.name << std::setw(10) << voice.espeak_voice
                << std::setw(10) << (std::to_string(voice.rate_wpm) + " wpm") << voice.description
                << (voice.is_default ? " (default)" : "") << '\n';
    }
  });
}

}  // namespace narra
