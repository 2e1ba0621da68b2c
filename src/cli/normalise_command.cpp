// `narra normalise`: stdin lines → normalised stdout lines, one to one.
#include <iostream>

#include "cli/commands.h"
#include "cli/normalisers.h"
#include "core/utf8.h"

namespace narra {

void add_normalise_command(CLI::App& app, GlobalOptions& global) {
  auto voice_name = std::make_shared<std::string>();
  CLI::App* command =
      app.add_subcommand("normalise", "normalise stdin line by line (one output line per input line)");
  add_voice_options(*command, global, *voice_name);

  command->callback([voice_name, &global] {
    const Voice voice = find_voice(global.voices_dir, *voice_name);
    const Normalisers normalisers(global, voice);
    const Normaliser& normaliser = normalisers.for_voice();
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      // A line that is not UTF-8 is passed through, so the output stays line-aligned.
      std::cout << (find_invalid_utf8(line) ? line : normaliser.normalise(line)) << std::endl;
    }
  });
}

}  // namespace narra
