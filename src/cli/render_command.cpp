// `narra render`: article files in, chaptered audio out. The whole chain is
// here, in order, so it reads in one screen.
#include <algorithm>
#include <iostream>

#include "article/article.h"
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
  fs::path feed;  // --feed: add each rendered episode to this podcast feed
};

std::vector<Marker> chapter_markers(const Timeline& timeline) {
  std::vector<Marker> markers;
  for (const auto& chapter : timeline.chapters) markers.push_back({chapter.title, chapter.start});
  return markers;
}

void render_article(const fs::path& article_path, const RenderOptions& options,
                    const Voice& voice, const Normaliser& normaliser) {
  // 1. Read the article into the article model (title, chapters, paragraphs).
  const Article article = read_article(article_path, {options.title, options.author});
  // 2. Normalise it into a script: the sentences as they are to be spoken.
  const Script script = build_script(article, normaliser);
  // 3. Synthesise straight into the writer; the timeline says where chapters start.
  const std::string stem = article_path.stem().string();
  Synthesiser synthesiser(voice);
  WavWriter wav(options.output_dir / (stem + ".wav"), synthesiser.sample_rate(),
                {article.title, article.author});
  const Timeline timeline = synthesiser.speak(script, wav);
  // 4. Close the writers: markers go in, files are renamed into place.
  wav.finish(chapter_markers(timeline));
  write_file_atomically(options.output_dir / (stem + ".txt"), format_script(script));

  std::cout << (options.output_dir / (stem + ".wav")).string() << "  "
            << timeline.chapters.size() << " chapters, "
            << static_cast<long>(timeline.seconds(timeline.total_samples) + 0.5) << " s\n";
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

}  // namespace

void add_render_command(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand("render", "turn articles into chaptered audio files");
  command->add_option("ARTICLE", options->articles, "article files (UTF-8 text)")->required();
  command->add_option("--output-dir", options->output_dir, "where to write the files")
      ->capture_default_str();
  command->add_option("--format", options->formats, "audio format: wav")
      ->delimiter(',')
      ->check(CLI::IsMember({"wav"}))
      ->capture_default_str();
  command->add_option("--title", options->title, "episode title (default: from the article)");
  command->add_option("--author", options->author, "author, spoken after the title");
  command->add_option("--feed", options->feed,
                      "after each article, add its episode to this feed (see `narra feed`)");
  add_voice_options(*command, global, options->voice);

  command->callback([options, &global] {
    require_writable_dir(options->output_dir);
    // Refuse a --feed that cannot work before spending time on synthesis.
    std::string feed_extension;
    Clock clock;
    if (!options->feed.empty()) {
      feed_extension = feed_episode_extension(options->formats);
      list_episodes(options->feed);
      clock = command_clock();
    }
    const Voice voice = find_voice(global.voices_dir, options->voice);
    const Normaliser normaliser = make_normaliser(global, voice);
    int failures = 0;
    for (const auto& article : options->articles) {
      try {
        render_article(article, *options, voice, normaliser);
        if (!options->feed.empty()) {
          const fs::path episode = options->output_dir / (article.stem().string() + feed_extension);
          const AddedEpisode added = add_episode(options->feed, episode, {}, clock);
          std::cout << options->feed.string() << ": " << (added.updated ? "updated " : "added ")
                    << added.guid << "  " << added.title << '\n';
          for (const auto& warning : added.warnings) std::cerr << "warning: " << warning << '\n';
        }
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
