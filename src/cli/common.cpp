#include "cli/commands.h"

#include <algorithm>
#include <cmath>

#include "article/input_format.h"
#include "core/installed_path.h"

namespace narra {

std::filesystem::path default_voices_dir() {
  return installed_or_built(NARRA_INSTALLED_VOICES_DIR, NARRA_VOICES_DIR);
}

void add_voice_options(CLI::App& command, GlobalOptions& global, std::string& voice_name) {
  command.add_option("--voice", voice_name, "voice profile (see `narra voices`)");
  command
      .add_option("--lexicon", global.lexicons,
                  "extra pronunciation lexicon, TSV: written<TAB>spoken (repeatable; later wins)")
      ->check(CLI::ExistingFile);
}

void add_article_options(CLI::App& command, ArticleCliOptions& options) {
  command
      .add_option("--input-format", options.input_format,
                  "article format: " + input_format_list() + " (default: by extension; stdin is " +
                      input_format_names().front() + ")")
      ->check(CLI::IsMember(input_format_names()));
  command
      .add_option("--captions", options.captions, "photo captions: read-as-chapter, read (in place) or skip")
      ->check(CLI::IsMember({"read-as-chapter", "read", "skip"}))
      ->capture_default_str();
  command.add_flag("--keep-all", options.keep_all,
                   "no cleanup: read repeated blocks, calls to action, page furniture and credits");
  command
      .add_option("--boilerplate", options.boilerplate,
                  "extra cleanup rules, TSV: kind<TAB>pattern<TAB>reason (repeatable)")
      ->check(CLI::ExistingFile);
  command
      .add_option("--timeout", options.timeout_s, "seconds a web page may take to arrive, redirects included")
      ->check(CLI::Range(0.001, 3600.0))
      ->capture_default_str();
}

ReadOptions make_read_options(const GlobalOptions& global, const Voice& voice,
                              const ArticleCliOptions& options, CleanupRules& rules) {
  rules = load_cleanup_rules(global.voices_dir / voice.language, options.boilerplate);
  ReadOptions read;
  read.format = options.input_format;
  read.captions = parse_caption_mode(options.captions);
  read.keep_all = options.keep_all;
  read.rules = &rules;
  read.phrasing = load_phrase_words(global.voices_dir / voice.language);
  read.fetch.timeout_ms = std::lround(options.timeout_s * 1000);
  read.fetch.connect_timeout_ms = std::min(read.fetch.timeout_ms, read.fetch.connect_timeout_ms);
  return read;
}

}  // namespace narra
