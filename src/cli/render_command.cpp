// `narra render`: article files in, podcast audio out. The whole chain is
// here, in order:
//
//   article ─ cleanup ─ normaliser ─ script
//   synthesiser(s) ─┬─ spool (temporary file)       first pass
//   (a second process speaks the later chapters)
//                   └─ loudness meter (dual mono)
//   spool, cut into segments at pauses; each segment on a core of its own:  second pass
//     segment ─ gain + true-peak limiter ─ resampler 44.1 kHz ─ MP3 segment (LAME)
//   and beside them, in order, when asked:
//     spool ─ gain + true-peak limiter ─┬─ resampler 44.1 kHz ─ WAV writer
//                                       └─ resampler 48 kHz ─── Opus writer
//   sidecars (chapters JSON, WebVTT, SRT, script, loudness) ─ feed
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "article/article.h"
#include "article/typography.h"
#include "audio/fan_out.h"
#include "audio/gain_limiter.h"
#include "audio/loudness_meter.h"
#include "audio/loudness_plan.h"
#include "audio/pcm_spool.h"
#include "audio/resampler.h"
#include "audio/segment_plan.h"
#include "audio/threaded_sink.h"
#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "cli/render_state.h"
#include "core/process_pool.h"
#include "core/atomic_file.h"
#include "core/episode_files.h"
#include "core/error.h"
#include "core/parallel.h"
#include "core/xml_text.h"
#include "feed/feed.h"
#include "normaliser/script.h"
#include "synthesis/parallel_speech.h"
#include "synthesis/synthesiser.h"
#include "writers/chapter_limits.h"
#include "core/cover_image.h"
#include "writers/cues.h"
#include "writers/mp3_writer.h"
#include "writers/opus_writer.h"
#include "writers/sidecars.h"
#include "writers/timestamps.h"
#include "writers/wav_writer.h"

namespace narra {
namespace {
namespace fs = std::filesystem;

constexpr int kMp3WavRate = 44100;

struct RenderOptions {
  std::vector<fs::path> articles;
  fs::path output_dir = "output";
  std::vector<std::string> formats{"mp3"};
  std::string voice;
  std::string title;
  std::string author;
  std::string show;
  std::string date;
  std::string description;
  fs::path cover;
  int bitrate_kbps = 64;
  LoudnessTarget loudness;
  bool loudness_report = false;
  ArticleCliOptions reading;
  std::string quote_voice;  // empty: quotations in the narrator's voice
  std::string digest;       // not empty: one episode of all articles, with this title
  fs::path feed;            // --feed: add each rendered episode to this podcast feed
  unsigned jobs = 0;        // cores to use; 0: all
  bool force = false;       // render even what is up to date
  bool quiet = false;       // print errors only
};

// What every article and episode of one run shares.
struct RenderContext {
  Voice voice;
  std::optional<Voice> quote_voice;
  Normaliser normaliser;
  CleanupRules rules;
  ReadOptions read;
  CoverImage cover;
  std::optional<Seconds> date;  // --date
  std::string feed_format;      // the episode a feed gets: "mp3" or "opus"
  std::vector<fs::path> inputs;  // files the run reads, which no output may replace
  Clock clock;
  FingerprintInputs fingerprint;
  unsigned threads = 1;  // threads each episode may keep busy
};

// Every option that changes what render writes, spelled out for the render fingerprint.
std::string options_text(const RenderOptions& options) {
  std::ostringstream text;
  text << "formats=" << CLI::detail::join(options.formats, ",") << "\ntitle=" << options.title
       << "\nauthor=" << options.author << "\nshow=" << options.show << "\ndate=" << options.date
       << "\ndescription=" << options.description << "\nbitrate=" << options.bitrate_kbps
       << "\nloudness=" << options.loudness.integrated_lufs << "\nquote-voice=" << options.quote_voice
       << "\ninput-format=" << options.reading.input_format << "\ncaptions=" << options.reading.captions
       << "\nkeep-all=" << options.reading.keep_all << "\n";
  return text.str();
}

bool wants(const RenderOptions& options, const std::string& format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

std::vector<TimedChapter> timed_chapters(const Timeline& timeline) {
  std::vector<TimedChapter> chapters;
  for (const auto& chapter : timeline.chapters) {
    chapters.push_back({chapter.title, samples_to_ms(chapter.start, timeline.sample_rate),
                        samples_to_ms(chapter.end, timeline.sample_rate), chapter.level});
  }
  return chapters;
}

std::vector<Marker> chapter_markers(const Timeline& timeline, int rate) {
  std::vector<Marker> markers;
  for (const auto& chapter : timeline.chapters) {
    markers.push_back({chapter.title, at_rate(chapter.start, timeline.sample_rate, rate)});
  }
  return markers;
}

// "2026-11-28", the date ID3 and Vorbis comments carry.
std::string calendar_date(Seconds time) {
  const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(time)};
  std::ostringstream out;
  out << static_cast<int>(day.year()) << '-' << std::setfill('0') << std::setw(2)
      << static_cast<unsigned>(day.month()) << '-' << std::setw(2) << static_cast<unsigned>(day.day());
  return out.str();
}

// The format of the episode --feed adds: a feed carries MP3, else Opus, never WAV.
std::string feed_episode_format(const std::vector<std::string>& formats) {
  for (const char* format : {"mp3", "opus"}) {
    if (std::find(formats.begin(), formats.end(), format) != formats.end()) return format;
  }
  throw Error("--feed needs an MP3 or Opus episode, but --format asks only for " +
                  CLI::detail::join(formats, ","),
              "add --format mp3 (or opus) to render an episode a podcast feed can carry");
}

// Figures rounded to 2 decimals, as the report has always shown them.
nlohmann::ordered_json figures_json(const LoudnessFigures& figures) {
  const auto rounded = [](double value) { return std::round(value * 100.0) / 100.0; };
  return {{"integrated_lufs", rounded(figures.integrated_lufs)}, {"true_peak_dbtp", rounded(figures.true_peak_dbtp)}};
}

std::string loudness_report_json(const RenderOptions& options, const LoudnessFigures& source,
                                 const LoudnessPlan& plan, const LimiterReport& limiting,
                                 const std::vector<std::pair<fs::path, std::optional<LoudnessFigures>>>& outputs) {
  const auto rounded = [](double value) { return std::round(value * 100.0) / 100.0; };
  nlohmann::ordered_json report;
  report["target_lufs"] = rounded(options.loudness.integrated_lufs);
  report["ceiling_dbtp"] = rounded(options.loudness.ceiling_dbtp);
  report["source"] = figures_json(source);
  report["gain_db"] = rounded(plan.gain_db);
  report["limited_samples"] = limiting.limited_samples;
  report["max_limiting_db"] = rounded(limiting.max_reduction_db);
  // The outputs' own figures, when they were measured (--loudness-report).
  if (!outputs.empty() && outputs.front().second) {
    nlohmann::ordered_json measured = nlohmann::ordered_json::object();
    for (const auto& [path, figures] : outputs) measured[path.filename().string()] = figures_json(*figures);
    report["outputs"] = measured;
  }
  // A file name that is not UTF-8 is written with U+FFFD rather than refused.
  return report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

// The episode's description when --description is not given: the first
// sentence after the title, as written.
std::string opening_sentence(const Script& script) {
  for (std::size_t c = 1; c < script.chapters.size(); ++c) {
    for (const auto& paragraph : script.chapters[c].paragraphs) {
      if (!paragraph.sentences.empty()) return paragraph.sentences.front().written;
    }
  }
  return {};
}

// Adds an episode to --feed; returns the line that says so.
std::string add_to_feed(const fs::path& episode_file, const std::optional<Seconds>& date,
                        const RenderOptions& options, const RenderContext& context) {
  EpisodeOptions episode;
  episode.date = date;
  const AddedEpisode added = add_episode(options.feed, episode_file, episode, context.clock);
  for (const auto& warning : added.warnings) std::cerr << "warning: " << warning << '\n';
  return options.feed.string() + ": " + (added.updated ? "updated " : "added ") + added.guid + "  " +
         added.title + "\n";
}

// Synthesises `script` into every requested format and its sidecars, named
// after `stem`, then adds the episode to the feed when asked. Returns the
// lines that tell the user what was written.
std::string write_episode(const EpisodeFiles& files, const Script& script, const std::optional<Seconds>& date,
                          const RenderOptions& options, const RenderContext& context,
                          const JobChannel& channel) {
  // 3. First pass: synthesise into a spool on disk while measuring its loudness.
  Synthesiser synthesiser(context.voice, context.quote_voice);
  const int rate = synthesiser.sample_rate();
  PcmSpool spool(files.spool(), files.audio(options.formats.front()));
  LoudnessMeter source_meter(rate);
  std::optional<ThreadedSink> metering;  // the meter runs beside the synthesiser, given a core
  FanOut first_pass{&spool};
  first_pass.add(context.threads > 1 ? metering.emplace(source_meter) : static_cast<AudioSink&>(source_meter));
  const Timeline timeline = speak_in_parallel(synthesiser, script, first_pass, context.threads, spool,
                                              [&](std::size_t done, std::size_t total) {
                                                channel.progress(done, total);
                                              });
  if (metering) metering->finish();
  // 4. Cut the audio into segments at pauses: each goes through the stages
  //    after synthesis on its own, so they run on every core at once.
  const std::vector<SampleRange> segments = plan_segments(
      timeline.total_samples, silent_pauses(timeline), {rate, kMp3WavRate, Mp3Writer::kFrameSamples});
  // 5. One gain reaches the target loudness; the limiter runs only if that gain lifts peaks
  //    too high, and then the gain makes up for the loudness the limiter takes away.
  const LoudnessFigures source = source_meter.figures();
  const LoudnessPlan plan =
      compensate_limiting(spool, rate, segments, plan_loudness(source, options.loudness), options.loudness,
                          context.threads);
  if (plan.target_out_of_reach()) {
    std::cerr << std::fixed << std::setprecision(1) << "warning: " << quoted(files.dir() / files.stem())
              << ": " << options.loudness.integrated_lufs << " LUFS cannot be reached under the "
              << options.loudness.ceiling_dbtp << " dBTP true-peak ceiling; the episode is about "
              << plan.reachable_lufs << " LUFS\n";
  }
  // 6. Open the writers (tags and chapters are known now).
  EpisodeInfo info;
  info.title = script.title;
  info.author = script.author;
  info.show = document_text(options.show);
  info.date = date ? calendar_date(*date) : std::string();
  info.description = document_text(options.description.empty() ? opening_sentence(script) : options.description);
  info.cover = context.cover;
  const std::vector<TimedChapter> chapters = timed_chapters(timeline);
  std::optional<Mp3Writer> mp3;
  std::optional<WavWriter> wav;
  std::optional<OpusWriter> opus;
  if (wants(options, "mp3")) {
    std::vector<std::int64_t> segment_starts;
    for (std::size_t k = 1; k < segments.size(); ++k) {
      segment_starts.push_back(at_rate(segments[k].first, rate, kMp3WavRate));
    }
    mp3.emplace(files.audio("mp3"), Mp3Settings{kMp3WavRate, options.bitrate_kbps}, info, chapters,
                segment_starts);
  }
  if (wants(options, "wav")) wav.emplace(files.audio("wav"), kMp3WavRate, info);
  if (wants(options, "opus")) opus.emplace(files.audio("opus"), OpusSettings{}, info, chapters);
  // Measuring the outputs costs a true-peak meter per stream: only for --loudness-report.
  std::vector<std::optional<LoudnessMeter>> mp3_meters(segments.size());
  std::optional<LoudnessMeter> wav_meter;
  std::optional<LoudnessMeter> opus_meter;
  const double ceiling = options.loudness.limiter_ceiling_dbtp();
  // 7. Second pass. Each MP3 segment: the spool's part, through gain, limiter
  //    and resampler into its own LAME encoder.
  const auto encode_mp3_segment = [&](std::size_t k) {
    FanOut at_44k{&mp3->segment(k)};
    if (options.loudness_report) at_44k.add(mp3_meters[k].emplace(kMp3WavRate));
    Resampler to_44k(rate, kMp3WavRate, at_44k);
    GainLimiter limiter(rate, plan.gain_db, plan.limit_peaks, ceiling, to_44k);
    spool.replay(limiter, segments[k]);
    limiter.finish();
    to_44k.finish();
    mp3->finish_segment(k);
    return limiter.report();
  };
  //    WAV and Opus are written in order: the whole spool through one chain,
  //    Opus encoding on a thread of its own when there is a core for it.
  const auto write_in_order = [&] {
    FanOut at_44k;
    FanOut at_48k;
    if (options.loudness_report) {
      at_44k.add(wav_meter.emplace(kMp3WavRate));
      at_48k.add(opus_meter.emplace(OpusWriter::kSampleRate));
    }
    std::optional<ThreadedSink> opus_thread;
    if (wav) at_44k.add(*wav);
    if (opus) at_48k.add(context.threads > 1 ? opus_thread.emplace(*opus) : static_cast<AudioSink&>(*opus));
    std::optional<Resampler> to_44k;
    std::optional<Resampler> to_48k;
    FanOut resamplers;
    if (wav) resamplers.add(to_44k.emplace(rate, kMp3WavRate, at_44k));
    if (opus) resamplers.add(to_48k.emplace(rate, OpusWriter::kSampleRate, at_48k));
    GainLimiter limiter(rate, plan.gain_db, plan.limit_peaks, ceiling, resamplers);
    spool.replay(limiter);
    limiter.finish();
    if (to_44k) to_44k->finish();
    if (to_48k) to_48k->finish();
    if (opus_thread) opus_thread->finish();
    return limiter.report();
  };
  const bool in_order = wav || opus;
  const std::size_t mp3_tasks = mp3 ? segments.size() : 0;
  std::vector<LimiterReport> limiting(mp3_tasks + (in_order ? 1 : 0));
  run_in_parallel(limiting.size(), context.threads, [&](std::size_t task) {
    limiting[task] = in_order && task == 0 ? write_in_order() : encode_mp3_segment(task - (in_order ? 1 : 0));
  });
  // 7. Close the writers (files are renamed into place), then the sidecars.
  std::vector<std::pair<fs::path, std::optional<LoudnessFigures>>> outputs;
  const auto measured = [](const std::optional<LoudnessMeter>& meter) {
    return meter ? std::optional(meter->figures()) : std::nullopt;
  };
  if (mp3) {
    mp3->finish();
    std::optional<LoudnessFigures> figures;
    if (options.loudness_report) {
      std::vector<const LoudnessMeter*> parts;
      for (const auto& meter : mp3_meters) parts.push_back(&*meter);
      figures = LoudnessMeter::combined(parts);
    }
    outputs.emplace_back(files.audio("mp3"), figures);
  }
  if (opus) {
    opus->finish();
    outputs.emplace_back(files.audio("opus"), measured(opus_meter));
  }
  if (wav) {
    wav->finish(chapter_markers(timeline, kMp3WavRate));
    outputs.emplace_back(files.audio("wav"), measured(wav_meter));
  }
  // The MP3 segments limit what the in-order chain limits: count them once.
  const auto episode_limiting = mp3 ? std::span(limiting).last(mp3_tasks) : std::span(limiting);
  const std::vector<Cue> cues = make_cues(timeline);
  write_file_atomically(files.chapters_json(), make_chapters_json(chapters));
  write_file_atomically(files.webvtt(), make_webvtt(cues));
  write_file_atomically(files.srt(), make_srt(cues));
  write_file_atomically(files.script(), format_script(script));
  write_file_atomically(files.loudness_report(),
                        loudness_report_json(options, source, plan, combined(episode_limiting), outputs));

  std::ostringstream summary;
  const long seconds = static_cast<long>(timeline.seconds(timeline.total_samples) + 0.5);
  for (const auto& [path, figures] : outputs) {
    summary << path.string() << "  " << timeline.chapters.size() << " chapters, " << seconds << " s\n";
    if (figures) {
      summary << std::fixed << std::setprecision(2) << "  loudness " << figures->integrated_lufs
              << " LUFS (dual mono), true peak " << figures->true_peak_dbtp << " dBTP, gain "
              << plan.gain_db << " dB from " << source.integrated_lufs << " LUFS"
              << (plan.limit_peaks ? ", limiter on" : "") << " (before encoding)\n";
    }
  }
  // 8. Publish: add the episode to the feed.
  if (!options.feed.empty()) summary << add_to_feed(files.audio(context.feed_format), date, options, context);
  return summary.str();
}

// Every file the run reads, which none of its outputs may replace.
std::vector<fs::path> run_inputs(const RenderOptions& options, const GlobalOptions& global) {
  std::vector<fs::path> inputs;
  for (const auto& article : options.articles) {
    if (article != kStdinPath) inputs.push_back(article);
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
    require_not_inputs(EpisodeFiles(options.output_dir, article.stem().string(), options.formats).written(),
                       context.inputs);
    const auto [at, inserted] = seen.emplace(bounded_stem(article.stem().string()), article);
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

// The files of an article's episode: named after the article, or after its
// title when it comes from stdin.
EpisodeFiles episode_files(const fs::path& article_path, const Article& article, const RenderOptions& options) {
  const std::string stem = article_path == kStdinPath ? file_stem_for(article.title, "article")
                                                      : article_path.stem().string();
  return EpisodeFiles(options.output_dir, stem, options.formats);
}

// Before anything is written: refuses an episode whose files could not all
// be written, or would replace one of the run's inputs, and removes what an
// earlier, killed run of the same episode left behind.
void prepare_output_set(const EpisodeFiles& files, const RenderContext& context) {
  const std::vector<fs::path> written = files.written();
  require_not_inputs(written, context.inputs);
  for (const auto& file : written) require_replaceable(file);
  remove_stale_temporaries(files.dir(), files.stem() + ".");
}

std::string render_article(const fs::path& article_path, const RenderOptions& options,
                           const RenderContext& context, const JobChannel& channel) {
  // 1. Read the article into the article model (title, chapters, paragraphs), cleaned up.
  const Article article = read_article(article_path, context.read);
  const EpisodeFiles files = episode_files(article_path, article, options);
  // 0. Nothing to do when the same input and options made these files before (--force redoes).
  const std::string fingerprint =
      article_path == kStdinPath ? std::string() : render_fingerprint(article_path, context.fingerprint);
  if (!options.force && !fingerprint.empty() && is_up_to_date(files.render_state(), fingerprint, files.outputs())) {
    std::string summary = (options.output_dir / files.stem()).string() +
                          "  unchanged, skipped (--force renders it again)\n";
    if (!options.feed.empty()) {
      summary += add_to_feed(files.audio(context.feed_format),
                             context.date ? context.date : parse_date(article.date), options, context);
    }
    return summary;
  }
  // Refuse files that cannot be replaced before spending time on synthesis.
  prepare_output_set(files, context);
  // 2. Normalise it into a script: the sentences as they are to be spoken.
  const Script script = build_script(article, context.normaliser, nullptr,
                                     {context.quote_voice.has_value()});
  require_chapter_limits(script, quoted(article_path));
  // --date wins; else the article's own date (front matter, <meta>), when it reads as one.
  const std::optional<Seconds> date = context.date ? context.date : parse_date(article.date);
  std::string summary = write_episode(files, script, date, options, context, channel);
  if (!fingerprint.empty()) write_file_atomically(files.render_state(), fingerprint + "\n");
  return summary;
}

// One episode of all the articles: an introduction listing them, then each
// article as a chapter with its own chapters nested below.
std::string render_digest(const RenderOptions& options, const RenderContext& context,
                          const JobChannel& channel) {
  std::vector<Article> articles;
  for (const auto& path : options.articles) articles.push_back(read_article(path, context.read));
  const Script script = build_digest_script(options.digest, articles, context.normaliser, nullptr,
                                            {context.quote_voice.has_value()});
  require_chapter_limits(script, "the digest " + narra::quoted(fs::path(options.digest)));
  const EpisodeFiles files(options.output_dir, file_stem_for(options.digest, "digest"), options.formats);
  prepare_output_set(files, context);
  return write_episode(files, script, context.date, options, context, channel);
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
  command->add_option("--format", options->formats, "audio formats: mp3, opus, wav (repeatable)")
      ->delimiter(',')
      ->check(CLI::IsMember({"mp3", "opus", "wav"}))
      ->capture_default_str();
  command->add_option("--title", options->title, "episode title (default: from the article)");
  command->add_option("--author", options->author, "author, spoken after the title");
  command->add_option("--show", options->show, "the podcast's name (MP3 album, Opus ALBUM)");
  command->add_option("--date", options->date,
                      "episode date, ISO 8601 or RFC 2822 (default: the article's, else none)");
  command->add_option("--description", options->description,
                      "episode description (MP3 COMM, Opus DESCRIPTION; default: the first sentence)");
  command->add_option("--cover", options->cover, "cover image, JPEG or PNG");
  command->add_option("--bitrate", options->bitrate_kbps, "MP3 bitrate, kbit/s (CBR)")
      ->check(CLI::Validator(
          [](const std::string& value) {
            try {
              return is_mp3_bitrate(std::stoi(value)) ? std::string() : "not an MP3 bitrate";
            } catch (const std::exception&) {
              return std::string("not a number");
            }
          },
          "32|40|48|56|64|80|96|112|128|160|192|224|256|320"))
      ->capture_default_str();
  command->add_option("--loudness", options->loudness.integrated_lufs,
                      "integrated loudness target, LUFS (dual mono)")
      ->check(CLI::Validator(
          [](const std::string& value) {
            double lufs = 0;
            std::istringstream in(value);
            return in >> lufs && in.eof() && std::isfinite(lufs) ? std::string() : "not a finite number";
          },
          "NUMBER"))
      ->check(CLI::Range(-40.0, -5.0))
      ->capture_default_str();
  command->add_flag("--loudness-report", options->loudness_report,
                    "print the loudness, true peak and gain of each output");
  command->add_option("--quote-voice", options->quote_voice,
                      "voice profile for quotations between \" \" or « » (default: off)");
  command->add_option("--digest", options->digest,
                      "make one episode of all the articles, with this title");
  command->add_option("--feed", options->feed,
                      "after each article, add its episode to this feed (see `narra feed`)");
  command->add_option("-j,--jobs", options->jobs,
                      "cores to use: articles rendered at once, or one article's segments (default: all)");
  command->add_flag("--force", options->force, "render again even what is up to date");
  command->add_flag("--quiet", options->quiet, "print nothing but errors");
  add_voice_options(*command, global, options->voice);
  add_article_options(*command, options->reading);

  command->callback([options, &global] {
    require_writable_dir(options->output_dir);
    const Voice voice = find_voice(global.voices_dir, options->voice);
    RenderContext context{voice, std::nullopt, make_normaliser(global, voice), {}, {}, {}, {}, {}, {}, {}, {}};
    context.date = parse_date_option(options->date);
    // Refuse a --feed that cannot work before spending time on synthesis.
    if (!options->feed.empty()) {
      context.feed_format = feed_episode_format(options->formats);
      list_episodes(options->feed);
      require_replaceable(options->feed);
      context.clock = command_clock();
    }
    if (!options->cover.empty()) context.cover = read_cover_image(options->cover);
    context.inputs = run_inputs(*options, global);
    if (!options->quote_voice.empty()) context.quote_voice = find_voice(global.voices_dir, options->quote_voice);
    context.read = make_read_options(global, voice, options->reading, context.rules);
    context.read.title = options->title;
    context.read.author = options->author;
    context.fingerprint = fingerprint_inputs(global, voice, options_text(*options), options->cover,
                                             options->reading.boilerplate);
    // -j counts cores: several articles share them, one per core; a single
    // article (or a digest) gets them all for its segments.
    const unsigned cores = options->jobs > 0 ? options->jobs : core_count();
    context.threads = cores;
    if (!options->digest.empty()) {
      context.read.title.clear();  // the digest has its own title; --title would rename every article
      const std::string summary = render_digest(*options, context, JobChannel([](std::size_t, std::size_t) {}));
      if (!options->quiet) std::cout << summary;
      return;
    }
    require_safe_output_sets(*options, context);
    // Each article is its own episode; several render at once, one per worker process.
    const std::size_t count = options->articles.size();
    const std::size_t workers = std::min<std::size_t>(cores, count);
    context.threads = std::max(1u, cores / static_cast<unsigned>(std::max<std::size_t>(1, workers)));
    ProgressBar progress(count, stdout);
    JobCallbacks callbacks;
    callbacks.on_progress = [&](std::size_t index, std::size_t done, std::size_t total) {
      if (!options->quiet) progress.chapter_progress(index, done, total);
    };
    callbacks.on_done = [&](const JobReport& report) {
      progress.clear();
      if (report.ok) {
        if (!options->quiet) std::cout << report.message << (report.message.ends_with('\n') ? "" : "\n");
      } else {
        std::cerr << "error: " << report.message << '\n';
        if (!report.hint.empty()) std::cerr << "hint: " << report.hint << '\n';
      }
      if (!options->quiet) progress.article_done(report.index);
      std::cout.flush();
    };
    const auto reports = run_jobs(
        count, workers,
        [&](std::size_t index, const JobChannel& channel) {
          return render_article(options->articles[index], *options, context, channel);
        },
        callbacks);
    progress.clear();
    const auto failures = std::count_if(reports.begin(), reports.end(), [](const JobReport& r) { return !r.ok; });
    if (count > 1 && !options->quiet) {
      std::cout << count - static_cast<std::size_t>(failures) << " of " << count << " articles rendered\n";
    }
    if (failures > 0 && count == 1) throw ReportedError();  // its error is printed already
    if (failures > 0) {
      throw Error(std::to_string(failures) + " of " + std::to_string(count) + " articles failed",
                  "the errors above say what went wrong with each");
    }
  });
}

}  // namespace narra
