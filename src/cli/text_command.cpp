// `narra text`: prints the script that would be spoken, without audio.
#include <iostream>

#include "article/article.h"
#include "cli/commands.h"
#include "normaliser/script.h"

namespace narra {

void add_text_command(CLI::App& app, GlobalOptions& global) {
  struct Options {
    std::filesystem::path article;
    std::string voice, title, author;
    bool trace = false;
    ArticleCliOptions reading;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand("text", "print the script that would be spoken");
  command->add_option("ARTICLE", options->article,
                      "article file: text, Markdown or HTML, or a web address; - reads stdin")
      ->required();
  command->add_option("--title", options->title, "title (default: from the article)");
  command->add_option("--author", options->author, "author, spoken after the title");
  command->add_flag("--trace", options->trace,
                    "show on stderr what cleanup left out and what each normaliser pass changed");
  add_article_options(*command, options->reading);
  add_voice_options(*command, global, options->voice);

  command->callback([options, &global] {
    const Voice voice = find_voice(global.voices_dir, options->voice);
    const Normaliser normaliser = make_normaliser(global, voice);
    CleanupRules rules;
    ReadOptions read = make_read_options(global, voice, options->reading, rules);
    read.title = options->title;
    read.author = options->author;
    CleanupReport cleanup;
    if (options->trace) read.report = &cleanup;
    const Article article = read_article(options->article, read);
    Trace trace;
    const Script script = build_script(article, normaliser, options->trace ? &trace : nullptr);
    std::cout << format_script(script);
    for (const auto& decision : cleanup) {
      std::cerr << "[cleanup] " << decision.action << " (" << decision.reason << "): "
                << decision.text << "\n";
    }
    for (const auto& change : trace) {
      std::cerr << "[" << change.pass << "] " << change.before << "\n"
                << std::string(change.pass.size() + 2, ' ') << " " << change.after << "\n";
    }
  });
}

}  // namespace narra
