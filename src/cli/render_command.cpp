// `narra render`: article files in, podcast audio out. Reads the options,
// refuses what cannot work before anything is spoken, then renders each
// article (several at once, one per worker process) or one digest of them
// all through the episode chain (episode_render.h), and adds each episode to
// the feed when asked.
#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "article/article.h"
#include "article/typography.h"
#include "cli/commands.h"
#include "cli/episode_render.h"
#include "cli/episode_sources.h"
#include "cli/progress_bar.h"
#include "cli/render_options.h"
#include "cli/render_run.h"
#include "cli/render_state.h"
#include "core/atomic_file.h"
#include "core/cover_image.h"
#include "core/episode_files.h"
#include "core/error.h"
#include "core/parallel.h"
#include "core/process_pool.h"
#include "core/url.h"
#include "core/xml_text.h"
#include "feed/feed.h"
#include "normaliser/script.h"
#include "synthesis/voice.h"
#include "writers/chapter_limits.h"
#include "writers/output_formats.h"

namespace narra {
namespace {
namespace fs = std::filesystem;

// The format of the episode --feed adds: the first in the table a feed can carry.
std::string feed_episode_format(const std::vector<std::string>& formats) {
  for (const auto& format : output_formats()) {
    if (format.in_feeds && std::find(formats.begin(), formats.end(), format.name) != formats.end()) {
      return std::string(format.name);
    }
  }
  throw Error(
      "--feed needs an MP3 or Opus episode, but --format asks only for " + CLI::detail::join(formats, ","),
      "add --format mp3 (or opus) to render an episode a podcast feed can carry");
}

// What the summary line of an episode that needed no rendering says.
constexpr std::string_view kUpToDateNote = "  unchanged, skipped (--force renders it again)";

// Adds an episode to --feed; returns the line that says so.
std::string add_to_feed(const fs::path& episode_file, const EpisodeOptions& entry,
                        const RenderOptions& options, const RenderContext& context) {
  const AddedEpisode added = add_episode(options.feed, episode_file, entry, context.clock);
  for (const auto& warning : added.warnings) std::cerr << "warning: " << warning << '\n';
  return options.feed.string() + ": " + (added.updated ? "updated " : "added ") + added.guid + "  " +
         added.title + "\n";
}

// Every option that changes what render writes, spelled out for the render fingerprint.
std::string options_text(const RenderOptions& options) {
  std::ostringstream text;
  text << "formats=" << CLI::detail::join(options.formats, ",") << "\ntitle=" << options.title
       << "\nauthor=" << options.author << "\nshow=" << options.show << "\ndate=" << options.date
       << "\ndescription=" << options.description << "\nbitrate=" << options.bitrate_kbps
       << "\nloudness=" << options.loudness.integrated_lufs << "\nquote-voice=" << options.quote_voice
       << "\ninput-format=" << options.reading.input_format << "\ncaptions=" << options.reading.captions
       << "\nkeep-all=" << options.reading.keep_all << "\ndigest=" << options.digest << "\n";
  return text.str();
}

// Every file the run reads, which none of its outputs may replace.
std::vector<fs::path> run_inputs(const RenderOptions& options, const GlobalOptions& global) {
  std::vector<fs::path> inputs;
  for (const auto& article : options.articles) {
    if (article != kStdinPath && !is_web_url(article.string())) inputs.push_back(article);
  }
  for (const auto* files : {&options.reading.boilerplate, &global.lexicons}) {
    inputs.insert(inputs.end(), files->begin(), files->end());
  }
  for (const auto& file : {options.feed, options.cover}) {
    if (!file.empty()) inputs.push_back(file);
  }
  return inputs;
}

// Before anything is written: no two articles of a batch may share a name
// (they would write the same files), and no article's files may replace one
// of the run's inputs.
void require_safe_output_sets(const RenderOptions& options, const RenderContext& context) {
  std::map<std::string, fs::path> seen;
  for (const auto& article : options.articles) {
    if (article == kStdinPath) continue;
    const std::string stem = source_stem(article);
    require_not_inputs(EpisodeFiles(options.output_dir, stem, options.formats).written(), context.inputs);
    const auto [at, inserted] = seen.emplace(bounded_stem(stem), article);
    if (!inserted) {
      throw Error(quoted(at->second) + " and " + quoted(article) + " would both be written as " +
                      quoted(options.output_dir / at->first) + ".*",
                  "render them in separate runs with different --output-dir, or rename one");
    }
  }
}

// Refuses a script with more chapters than an episode can carry (writers/chapter_limits.h).
void require_chapter_limits(const Script& script, const std::string& what) {
  std::vector<int> levels;
  for (const auto& chapter : script.chapters) levels.push_back(chapter.level);
  if (const std::string problem = chapter_limit_problem(levels); !problem.empty()) {
    throw Error(what + " " + problem, "join some sections (fewer headings), or split the article in two");
  }
}

// The files of an article's episode: named after the article's file or
// address, or after its title when it comes from stdin.
EpisodeFiles episode_files(const ArticleSource& source, const Article& article,
                           const RenderOptions& options) {
  const std::string stem = source.stem.empty() ? file_stem_for(article.title, "article") : source.stem;
  return EpisodeFiles(options.output_dir, stem, options.formats);
}

// Before anything is written: refuses an episode whose files could not all
// be written, or would replace one of the run's inputs, and removes what an
// earlier, killed run of the same episode left behind.
void prepare_output_set(const EpisodeFiles& files, const RenderContext& context) {
  const std::vector<fs::path> written = files.written();
  require_not_inputs(written, context.inputs);
  for (const auto& file : written) require_replaceable(file);
  make_state_dir(files.dir());
  remove_stale_temporaries(files.dir(), files.stem() + ".");
  remove_stale_temporaries(files.state_dir(), files.stem() + ".");
}

// Records what made the episode, so the next run can skip it, and removes
// the state an earlier version of narra kept beside the outputs.
void record_render_state(const EpisodeFiles& files, const std::string& fingerprint) {
  if (!fingerprint.empty()) write_file_atomically(files.render_state(), fingerprint + "\n");
  for (const auto& old : files.old_state_files()) {
    std::error_code ec;
    fs::remove(old, ec);
  }
}

// The summary of an episode whose files are up to date, added to --feed again when asked.
std::string skipped_summary(const EpisodeFiles& files, const EpisodeOptions& entry,
                            const RenderOptions& options, const RenderContext& context) {
  std::string summary = (options.output_dir / files.stem()).string() + std::string(kUpToDateNote) + "\n";
  if (!options.feed.empty())
    summary += add_to_feed(files.audio(context.feed_format), entry, options, context);
  return summary;
}

}  // namespace

std::string render_episode(const ArticleSource& source, const Article& article, const RenderOptions& options,
                           const RenderContext& context, const JobChannel& channel) {
  const fs::path& article_path = source.origin;
  const EpisodeFiles files = episode_files(source, article, options);
  const ArticleImage image = article_image(article_path, article);
  if (!image.warning.empty() && !options.quiet) std::cerr << "warning: " << image.warning << '\n';
  // --date wins; else the article's own date (front matter, <meta>), when it reads as one.
  const EpisodeDetails details = article_details(
      article, image, context.date ? context.date : parse_date(article.date), options, context);
  const EpisodeOptions entry = article_feed_entry(article, image, details, options);
  // 0. Nothing to do when the same input and options made these files before (--force redoes).
  const std::string_view image_bytes = image.file.empty() ? std::string_view() : details.cover.data;
  const std::string fingerprint = source.stem.empty()
                                      ? std::string()
                                      : render_fingerprint({source.bytes, image_bytes}, context.fingerprint);
  if (!options.force && !fingerprint.empty() &&
      is_up_to_date(files.render_state(), fingerprint, files.outputs())) {
    return skipped_summary(files, entry, options, context);
  }
  // Refuse files that cannot be replaced before spending time on synthesis.
  prepare_output_set(files, context);
  // 2. Normalise it into a script: the sentences as they are to be spoken.
  const Normaliser& normaliser = context.normalisers.for_article(article);
  const Script script = build_script(article, normaliser, nullptr, {context.quote_voice.has_value()});
  require_chapter_limits(script, quoted(article_path));
  std::string summary = write_episode(files, script, details, options, context, channel);
  if (!options.feed.empty())
    summary += add_to_feed(files.audio(context.feed_format), entry, options, context);
  record_render_state(files, fingerprint);
  if (!options.quiet) {
    std::cerr << context.normalisers.language_warning(article_path, article)
              << leftover_warning(article_path, script, normaliser.data());
  }
  return summary;
}

std::string render_digest(const std::vector<ArticleSource>& sources, const std::vector<Article>& articles,
                          const RenderOptions& options, const RenderContext& context) {
  const JobChannel channel([](std::size_t, std::size_t) {});
  const EpisodeFiles files(options.output_dir, file_stem_for(options.digest, "digest"), options.formats);
  const EpisodeDetails details = digest_details(articles, options, context);
  EpisodeOptions entry;
  entry.date = details.date;
  entry.description = document_text(details.description);
  entry.author = document_text(digest_author(articles, options));
  // A digest with an article from stdin has nothing to compare with next time.
  std::vector<std::string_view> pieces;
  for (const auto& source : sources) pieces.push_back(source.bytes);
  const bool from_stdin =
      std::any_of(sources.begin(), sources.end(), [](const auto& s) { return s.stem.empty(); });
  const std::string fingerprint =
      from_stdin ? std::string() : render_fingerprint(pieces, context.fingerprint);
  if (!options.force && !fingerprint.empty() &&
      is_up_to_date(files.render_state(), fingerprint, files.outputs())) {
    return skipped_summary(files, entry, options, context);
  }
  Script script = build_digest_script(options.digest, articles, context.normalisers.for_voice(), nullptr,
                                      {context.quote_voice.has_value()});
  script.author = digest_author(articles, options);
  require_chapter_limits(script, "the digest " + narra::quoted(fs::path(options.digest)));
  prepare_output_set(files, context);
  std::string summary = write_episode(files, script, details, options, context, channel);
  if (!options.feed.empty())
    summary += add_to_feed(files.audio(context.feed_format), entry, options, context);
  record_render_state(files, fingerprint);
  return summary;
}

namespace {

// 1. Reads the article into the article model (title, chapters, paragraphs),
// cleaned up, then renders it.
std::string render_article(const fs::path& article_path, const RenderOptions& options,
                           const RenderContext& context, const JobChannel& channel) {
  const ArticleSource source = read_article_source(article_path, context.read.fetch);
  return render_episode(source, read_article(source, context.read), options, context, channel);
}

// The run's closing line: how many episodes were rendered, were up to date, failed.
std::string closing_line(const std::vector<JobReport>& reports) {
  std::size_t rendered = 0;
  std::size_t up_to_date = 0;
  for (const auto& report : reports) {
    if (!report.ok) continue;
    ++(report.message.find(kUpToDateNote) != std::string::npos ? up_to_date : rendered);
  }
  const std::size_t failed = reports.size() - rendered - up_to_date;
  return std::to_string(rendered) + " rendered, " + std::to_string(up_to_date) + " up to date" +
         (failed > 0 ? ", " + std::to_string(failed) + " failed" : "") + "\n";
}

}  // namespace

RenderContext make_render_context(const RenderOptions& options, const GlobalOptions& global) {
  require_writable_dir(options.output_dir);
  const Voice voice = find_voice(global.voices_dir, options.voice);
  RenderContext context{voice, std::nullopt, Normalisers(global, voice), {}, {}, {}, {}, {}, {}, {}, {}};
  context.date = parse_date_option(options.date);
  if (!options.feed.empty()) {
    context.feed_format = feed_episode_format(options.formats);
    list_episodes(options.feed);
    require_replaceable(options.feed);
    context.clock = command_clock();
  }
  if (!options.cover.empty()) context.cover = read_cover_image(options.cover);
  context.inputs = run_inputs(options, global);
  if (!options.quote_voice.empty()) context.quote_voice = find_voice(global.voices_dir, options.quote_voice);
  context.read = make_read_options(global, voice, options.reading, context.rules);
  context.read.title = options.title;
  context.read.author = options.author;
  context.read.fetch.cache_dir = options.output_dir / ".narra" / "fetch";
  context.fingerprint =
      fingerprint_inputs(global, voice, options_text(options), options.cover, options.reading.boilerplate);
  // -j counts cores: a single article (or a digest) gets them all for its parts.
  context.threads = options.jobs > 0 ? options.jobs : core_count();
  return context;
}

std::vector<JobReport> run_render_jobs(const RenderOptions& options, RenderContext& context, const Job& job) {
  require_safe_output_sets(options, context);
  const unsigned cores = context.threads;
  const std::size_t count = options.articles.size();
  const std::size_t workers = std::min<std::size_t>(cores, count);
  context.threads = std::max(1u, cores / static_cast<unsigned>(std::max<std::size_t>(1, workers)));
  ProgressBar progress(count, stdout);
  JobCallbacks callbacks;
  callbacks.on_progress = [&](std::size_t index, std::size_t done, std::size_t total) {
    if (!options.quiet) progress.chapter_progress(index, done, total);
  };
  callbacks.on_done = [&](const JobReport& report) {
    progress.clear();
    if (report.ok) {
      if (!options.quiet) std::cout << report.message << (report.message.ends_with('\n') ? "" : "\n");
    } else {
      // A worker stopped by a signal could not say which article it was on.
      std::cerr << "error: " << (report.stopped ? quoted(options.articles[report.index]) + ": " : "")
                << report.message << '\n';
      if (!report.hint.empty()) std::cerr << "hint: " << report.hint << '\n';
    }
    if (!options.quiet) progress.article_done(report.index);
    std::cout.flush();
  };
  auto reports = run_jobs(count, workers, job, callbacks);
  progress.clear();
  return reports;
}

namespace {

// Each article is its own episode; several render at once, one per worker
// process, sharing the cores.
void render_articles(const RenderOptions& options, RenderContext& context) {
  const std::size_t count = options.articles.size();
  const auto reports = run_render_jobs(options, context, [&](std::size_t index, const JobChannel& channel) {
    return render_article(options.articles[index], options, context, channel);
  });
  const auto failures =
      std::count_if(reports.begin(), reports.end(), [](const JobReport& r) { return !r.ok; });
  if (count > 1 && !options.quiet) std::cout << closing_line(reports);
  if (failures > 0 && count == 1) throw ReportedError();  // its error is printed already
  if (failures > 0) {
    throw Error(std::to_string(failures) + " of " + std::to_string(count) + " articles failed",
                "the errors above say what went wrong with each");
  }
}

}  // namespace

void add_render_command(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand("render", "turn articles into chaptered audio files");
  command
      ->add_option("ARTICLE", options->articles,
                   "article files: text, Markdown (.md) or HTML (.html), or web addresses; - reads stdin")
      ->required();
  add_render_options(*command, *options);
  add_voice_options(*command, global, options->voice);
  command->callback([options, &global] {
    RenderContext context = make_render_context(*options, global);
    if (options->digest.empty()) return render_articles(*options, context);
    context.read.title.clear();  // the digest has its own title; --title would rename every article
    std::vector<ArticleSource> sources;
    std::vector<Article> articles;
    for (const auto& path : options->articles) {
      sources.push_back(read_article_source(path, context.read.fetch));
      articles.push_back(read_article(sources.back(), context.read));
    }
    const std::string summary = render_digest(sources, articles, *options, context);
    if (!options->quiet) std::cout << summary << closing_line({JobReport{0, true, summary, {}, false}});
  });
}

}  // namespace narra
