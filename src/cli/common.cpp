#include "cli/commands.h"

namespace narra {

Normaliser make_normaliser(const GlobalOptions& global, const Voice& voice) {
  std::vector<std::filesystem::path> lexicons = voice.lexicons;
  lexicons.insert(lexicons.end(), global.lexicons.begin(), global.lexicons.end());
  return Normaliser(load_language_data(global.voices_dir / voice.language, lexicons));
}

void add_voice_options(CLI::App& command, GlobalOptions& global, std::string& voice_name) {
  command.add_option("--voice", voice_name, "voice profile (see `narra voices`)");
  command.add_option("--lexicon", global.lexicons,
                     "extra pronunciation lexicon, TSV: written<TAB>spoken (repeatable; later wins)")
      ->check(CLI::ExistingFile);
}

}  // namespace narra
