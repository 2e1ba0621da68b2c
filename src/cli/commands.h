// The subcommands. Each registers its options on the CLI11 app and returns
// the callback that runs it; only this folder prints.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

#include "article/article.h"
#include "feed/feed_date.h"
#include "normaliser/normaliser.h"
#include "normaliser/script.h"
#include "synthesis/voice.h"

namespace narra {

// A failure whose error lines are printed already: main exits with status 1
// without printing more.
struct ReportedError : std::exception {
  const char* what() const noexcept override { return "reported"; }
};

// The voices folder used when neither --voices-dir nor NARRA_VOICES_DIR names
// one: the installed one beside the binary (<bin>/../share/narra/voices) when
// it is there, else the source tree's voices/ the binary was built from.
std::filesystem::path default_voices_dir();

// Options every command shares.
struct GlobalOptions {
  std::filesystem::path voices_dir = default_voices_dir();
  std::vector<std::filesystem::path> lexicons;  // --lexicon, later files win
};

void add_render_command(CLI::App& app, GlobalOptions& global);
void add_text_command(CLI::App& app, GlobalOptions& global);
void add_normalise_command(CLI::App& app, GlobalOptions& global);
void add_voices_command(CLI::App& app, GlobalOptions& global);
void add_feed_command(CLI::App& app, GlobalOptions& global);
void add_check_command(CLI::App& app, GlobalOptions& global);
void add_follow_command(CLI::App& app, GlobalOptions& global);

// One line for the end of a render: "warning: 'x.txt': 3 places narra may read
// wrongly (digits 2, symbols 1); run narra check x.txt"; empty when there are none.
std::string leftover_warning(const std::filesystem::path& article, const Script& script,
                             const LanguageData& data);

// The clock feed updates use: NARRA_NOW (ISO 8601) when set, else the system
// clock. Throws Error when NARRA_NOW is not a time.
Clock command_clock();
// `feed site` and `feed serve`, registered on the `feed` subcommand.
void add_feed_site_command(CLI::App& feed);

// How articles are read: --input-format, --captions, --keep-all, --boilerplate, --timeout.
struct ArticleCliOptions {
  std::string input_format;  // empty: by extension
  std::string captions = "read-as-chapter";
  bool keep_all = false;
  std::vector<std::filesystem::path> boilerplate;  // extra cleanup rule files
  double timeout_s = 60;                           // for fetching a web page, all in all
};

// Adds the article reading options to a subcommand.
void add_article_options(CLI::App& command, ArticleCliOptions& options);

// ReadOptions for `voice`'s language; `rules` receives the cleanup rules
// and must outlive the returned options.
ReadOptions make_read_options(const GlobalOptions& global, const Voice& voice,
                              const ArticleCliOptions& options, CleanupRules& rules);

// Adds --voice and --lexicon to a subcommand.
void add_voice_options(CLI::App& command, GlobalOptions& global, std::string& voice_name);

}  // namespace narra
