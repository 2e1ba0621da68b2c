#include "cli/commands.h"

namespace narra {

Normaliser make_normaliser(const GlobalOptions& global, const Voice& voice) {
  std::vector<std::filesystem::path> lexicons = voice.lexicons;
  lexicons.insert(lexicons.end(), global.lexicons.begin(), global.lexicons.end());
  const Language& language = find_language(voice.language);
  return Normaliser(language, load_language_data(global.voices_dir / language.code, lexicons));
}

void add_voice_options(CLI::App& command, GlobalOptions& global, std::string& voice_name) {
  command.add_option("--voice", voice_name, "voice profile (see `narra voices`)");
  command.add_option("--lexicon", global.lexicons,
                     "extra pronunciation lexicon, TSV: written<TAB>spoken (repeatable; later wins)")
      ->check(CLI::ExistingFile);
}

void add_article_options(CLI::App& command, ArticleCliOptions& options) {
  command.add_option("--input-format", options.input_format,
                     "article format: txt, md or html (default: by extension; stdin is txt)")
      ->check(CLI::IsMember({"txt", "md", "html"}));
  command.add_option("--captions", options.captions,
                     "photo captions: read-as-chapter, read (in place) or skip")
      ->check(CLI::IsMember({"read-as-chapter", "read", "skip"}))
      ->capture_default_str();
  command.add_flag("--keep-all", options.keep_all,
                   "no cleanup: read repeated blocks, calls to action, page furniture and credits");
  command.add_option("--boilerplate", options.boilerplate,
                     "extra cleanup rules, TSV: kind<TAB>pattern<TAB>reason (repeatable)")
      ->check(CLI::ExistingFile);
}

ReadOptions make_read_options(const GlobalOptions& global, const Voice& voice,
                              const ArticleCliOptions& options, CleanupRules& rules) {
  rules = load_cleanup_rules(global.voices_dir / voice.language, options.boilerplate);
  ReadOptions read;
  if (!options.input_format.empty()) read.format = parse_input_format(options.input_format);
  read.captions = parse_caption_mode(options.captions);
  read.keep_all = options.keep_all;
  read.rules = &rules;
  return read;
}

}  // namespace narra
