// `narra render`: article files in, chaptered audio out. The whole chain is
// here, in order, so it reads in one screen.
#include <algorithm>
#include <iostream>
#include <optional>

#include "article/article.h"
#include "article/typography.h"
#include "cli/commands.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "feed/feed.h"
#include "normaliser/script.h"
#include "synthesis/synthesiser.h"
#include "writers/wav_writer.h"

namespace narra {
namespace {
namespace fs = std::filesystem;

struct RenderOptions {
  std::vector<fs::path> articles;
  fs::path output_dir = "output";
  std::vector<std::string> formats{"wav"};
  std::string voice;
  std::string title;
  std::string author;
  ArticleCliOptions reading;
  std::string quote_voice;  // empty: quotations in the narrator's voice
  std::string digest;       // not empty: one episode of all articles, with this title
  fs::path feed;            // --feed: add each rendered episode to this podcast feed
};

// What every article and episode of one run shares.
struct RenderContext {
  Voice voice;
  std::optional<Voice> quote_voice;
  Normaliser normaliser;
  CleanupRules rules;
  ReadOptions read;
  std::string feed_extension;  // the episode a feed gets: ".mp3" or ".opus"
  Clock clock;
};

std::vector<Marker> chapter_markers(const Timeline& timeline) {
  std::vector<Marker> markers;
  for (const auto& chapter : timeline.chapters) markers.push_back({chapter.title, chapter.start});
  return markers;
}

// The file name of an article's episode: its own stem, or its title's for stdin.
std::string episode_stem(const fs::path& article_path, const Article& article) {
  return article_path == kStdinPath ? file_stem_for(article.title, "article")
                                    : article_path.stem().string();
}

// The extension of the episode --feed adds: a feed carries MP3, else Opus, never WAV.
std::string feed_episode_extension(const std::vector<std::string>& formats) {
  for (const char* format : {"mp3", "opus"}) {
    if (std::find(formats.begin(), formats.end(), format) != formats.end()) {
      return std::string(".") + format;
    }
  }
  throw Error("--feed needs an MP3 or Opus episode, but --format asks only for " +
                  CLI::detail::join(formats, ","),
              "add --format mp3 (or opus) to render an episode a podcast feed can carry");
}

void write_episode(const std::string& stem, const Script& script, const RenderOptions& options,
                   const RenderContext& context) {
  // 3. Synthesise straight into the writer; the timeline says where chapters start.
  Synthesiser synthesiser(context.voice, context.quote_voice);
  WavWriter wav(options.output_dir / (stem + ".wav"), synthesiser.sample_rate(),
                {script.title, script.author});
  const Timeline timeline = synthesiser.speak(script, wav);
  // 4. Close the writers: markers go in, files are renamed into place.
  wav.finish(chapter_markers(timeline));
  write_file_atomically(options.output_dir / (stem + ".txt"), format_script(script));

  std::cout << (options.output_dir / (stem + ".wav")).string() << "  "
            << timeline.chapters.size() << " chapters, "
            << static_cast<long>(timeline.seconds(timeline.total_samples) + 0.5) << " s\n";

  // 5. Publish: add the episode to the feed.
  if (!options.feed.empty()) {
    const fs::path episode = options.output_dir / (stem + context.feed_extension);
    const AddedEpisode added = add_episode(options.feed, episode, {}, context.clock);
    std::cout << options.feed.string() << ": " << (added.updated ? "updated " : "added ")
              << added.guid << "  " << added.title << '\n';
    for (const auto& warning : added.warnings) std::cerr << "warning: " << warning << '\n';
  }
}

void render_article(const fs::path& article_path, const RenderOptions& options,
                    const RenderContext& context) {
  // 1. Read the article into the article model (title, chapters, paragraphs), cleaned up.
  const Article article = read_article(article_path, context.read);
  // 2. Normalise it into a script: the sentences as they are to be spoken.
  const Script script = build_script(article, context.normaliser, nullptr,
                                     {context.quote_voice.has_value()});
  write_episode(episode_stem(article_path, article), script, options, context);
}

// One episode of all the articles: an introduction listing them, then each
// article as a chapter with its own chapters nested below.
void render_digest(const RenderOptions& options, const RenderContext& context) {
  std::vector<Article> articles;
  for (const auto& path : options.articles) articles.push_back(read_article(path, context.read));
  const Script script = build_digest_script(options.digest, articles, context.normaliser, nullptr,
                                            {context.quote_voice.has_value()});
  write_episode(file_stem_for(options.digest, "digest"), script, options, context);
}

}  // namespace

void add_render_command(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand("render", "turn articles into chaptered audio files");
  command->add_option("ARTICLE", options->articles,
                      "article files: text, Markdown (.md) or HTML (.html); - reads stdin")
      ->required();
  command->add_option("--output-dir", options->output_dir, "where to write the files")
      ->capture_default_str();
  command->add_option("--format", options->formats, "audio format: wav")
      ->delimiter(',')
      ->check(CLI::IsMember({"wav"}))
      ->capture_default_str();
  command->add_option("--title", options->title, "episode title (default: from the article)");
  command->add_option("--author", options->author, "author, spoken after the title");
  command->add_option("--quote-voice", options->quote_voice,
                      "voice profile for quotations between \" \" or « » (default: off)");
  command->add_option("--digest", options->digest,
                      "make one episode of all the articles, with this title");
  command->add_option("--feed", options->feed,
                      "after each article, add its episode to this feed (see `narra feed`)");
  add_voice_options(*command, global, options->voice);
  add_article_options(*command, options->reading);

  command->callback([options, &global] {
    require_writable_dir(options->output_dir);
    const Voice voice = find_voice(global.voices_dir, options->voice);
    RenderContext context{voice, std::nullopt, make_normaliser(global, voice), {}, {}, {}, {}};
    // Refuse a --feed that cannot work before spending time on synthesis.
    if (!options->feed.empty()) {
      context.feed_extension = feed_episode_extension(options->formats);
      list_episodes(options->feed);
      context.clock = command_clock();
    }
    if (!options->quote_voice.empty()) context.quote_voice = find_voice(global.voices_dir, options->quote_voice);
    context.read = make_read_options(global, voice, options->reading, context.rules);
    context.read.title = options->title;
    context.read.author = options->author;
    if (!options->digest.empty()) {
      context.read.title.clear();  // the digest has its own title; --title would rename every article
      render_digest(*options, context);
      return;
    }
    int failures = 0;
    for (const auto& article : options->articles) {
      try {
        render_article(article, *options, context);
      } catch (const Error& e) {
        if (options->articles.size() == 1) throw;
        std::cerr << "error: " << e.what() << '\n';
        if (!e.hint().empty()) std::cerr << "hint: " << e.hint() << '\n';
        ++failures;
      }
    }
    if (failures > 0) {
      throw Error(std::to_string(failures) + " of " + std::to_string(options->articles.size()) +
                  " articles failed");
    }
  });
}

}  // namespace narra
