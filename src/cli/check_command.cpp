// `narra check`: lists the places in an article's script a listener would
// hear wrongly, grouped by kind, with their positions in the article file.
#include <iostream>
#include <map>

#include "check/article_check.h"
#include "cli/commands.h"
#include "cli/normalisers.h"
#include "core/error.h"
#include "core/text_file.h"
#include "normaliser/script.h"

namespace narra {

void add_check_command(CLI::App& app, GlobalOptions& global) {
  struct Options {
    std::vector<std::filesystem::path> articles;
    std::string voice;
    bool strict = false;
    bool stats = false;
    ArticleCliOptions reading;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command =
      app.add_subcommand("check",
                         "list what narra would still read wrongly: digits, symbols, stray apostrophes, "
                         "words joined by a dot, unknown capitals, letters mixed with digits");
  command
      ->add_option("ARTICLE", options->articles,
                   "article files: text, Markdown or HTML, or web addresses; - reads stdin")
      ->required();
  command->add_flag("--strict", options->strict, "exit with status 1 when anything is found");
  command->add_flag("--stats", options->stats,
                    "print on stderr, per article, the sentences checked and those with a leftover");
  add_article_options(*command, options->reading);
  add_voice_options(*command, global, options->voice);

  command->callback([options, &global] {
    const Voice voice = find_voice(global.voices_dir, options->voice);
    const Normalisers normalisers(global, voice);
    // Each language's check.tsv, read once; the voice's before any article.
    std::map<const Normaliser*, CheckRules> rules;
    rules.emplace(&normalisers.for_voice(), load_check_rules(normalisers.for_voice().data()));
    CleanupRules cleanup;
    const ReadOptions read = make_read_options(global, voice, options->reading, cleanup);
    std::vector<ArticleCheck> checks;
    for (const auto& path : options->articles) {
      ArticleSource source = read_article_source(path, read.fetch);
      const Article article = read_article(source, read);
      std::cerr << normalisers.language_warning(path, article);
      const Normaliser& normaliser = normalisers.for_article(article);
      const Script script = build_script(article, normaliser);
      // Positions are looked up in the text as read: a file again, a web page as converted.
      std::string text = path == kStdinPath   ? std::string()
                         : source.url.empty() ? read_text_file(path)
                                              : std::move(source.bytes);
      auto language_rules = rules.find(&normaliser);
      if (language_rules == rules.end())
        language_rules = rules.emplace(&normaliser, load_check_rules(normaliser.data())).first;
      checks.push_back(
          check_script(script, normaliser.data(), language_rules->second, path, std::move(text)));
    }
    std::cout << format_check_report(checks);
    std::size_t found = 0;
    for (const auto& check : checks) {
      found += check.places.size();
      if (options->stats) {
        std::cerr << check.file.string() << ": " << check.sentences << " sentences, "
                  << check.sentences_with_leftovers << " with a leftover\n";
      }
    }
    if (options->strict && found > 0) throw ReportedError();
  });
}

std::string leftover_warning(const std::filesystem::path& article, const Script& script,
                             const LanguageData& data) {
  const std::string summary = summarise_leftovers(find_leftovers(script, data, load_check_rules(data)));
  if (summary.empty()) return {};
  return "warning: " + quoted(article) + ": " + summary + "; run narra check " + article.string() + "\n";
}

}  // namespace narra
