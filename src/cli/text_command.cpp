// `narra text`: prints the script that would be spoken, without audio.
#include <iostream>

#include "article/article.h"
#include "cli/commands.h"
#include "cli/normalisers.h"
#include "core/error.h"
#include "normaliser/script.h"

namespace narra {

namespace {

struct TextOptions {
  std::filesystem::path article;
  std::string voice, title, author;
  bool trace = false;
  bool plain = false;
  ArticleCliOptions reading;
};

void print_cleanup(const CleanupReport& cleanup) {
  for (const auto& decision : cleanup) {
    std::cerr << "[cleanup] " << decision.action << " (" << decision.reason << "): " << decision.text << "\n";
  }
}

void print_text(const TextOptions& options, const GlobalOptions& global) {
  const Voice voice = find_voice(global.voices_dir, options.voice);
  const Normalisers normalisers(global, voice);
  CleanupRules rules;
  ReadOptions read = make_read_options(global, voice, options.reading, rules);
  read.title = options.title;
  read.author = options.author;
  CleanupReport cleanup;
  if (options.trace) read.report = &cleanup;
  Article article;
  try {
    article = read_article(options.article, read);
  } catch (const Error&) {
    // A refused page: what was left out is why, so show it before the error.
    print_cleanup(cleanup);
    throw;
  }
  if (options.plain) {
    std::cout << plain_text(article);
    print_cleanup(cleanup);
    return;
  }
  std::cerr << normalisers.language_warning(options.article, article);
  Trace trace;
  const Script script =
      build_script(article, normalisers.for_article(article), options.trace ? &trace : nullptr);
  std::cout << format_script(script);
  print_cleanup(cleanup);
  for (const auto& change : trace) {
    std::cerr << "[" << change.pass << "] " << change.before << "\n"
              << std::string(change.pass.size() + 2, ' ') << " " << change.after << "\n";
  }
}

}  // namespace

void add_text_command(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<TextOptions>();
  CLI::App* command = app.add_subcommand("text", "print the script that would be spoken");
  command
      ->add_option("ARTICLE", options->article,
                   "article file: text, Markdown or HTML, or a web address; - reads stdin")
      ->required();
  command->add_option("--title", options->title, "title (default: from the article)");
  command->add_option("--author", options->author, "author, spoken after the title");
  command->add_flag("--trace", options->trace,
                    "show on stderr what cleanup left out and what each normaliser pass changed");
  command->add_flag("--plain", options->plain,
                    "print the cleaned article as it is written: the title, then each paragraph, "
                    "not normalised for speech");
  add_article_options(*command, options->reading);
  add_voice_options(*command, global, options->voice);
  command->callback([options, &global] { print_text(*options, global); });
}

}  // namespace narra
