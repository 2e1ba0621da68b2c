// `narra render`: article files in, podcast audio out. The whole chain is
// here, in order, so it reads in one screen:
//
//   synthesiser ─┬─ spool (temporary file)          first pass
//                └─ loudness meter (dual mono)
//   spool ─ gain + true-peak limiter ─┬─ resampler 44.1 kHz ─┬─ MP3 writer   second pass
//                                     │                      └─ WAV writer
//                                     └─ resampler 48 kHz ─── Opus writer
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <optional>
#include <regex>
#include <sstream>

#include "article/article.h"
#include "audio/fan_out.h"
#include "audio/gain_limiter.h"
#include "audio/loudness_meter.h"
#include "audio/loudness_plan.h"
#include "audio/pcm_spool.h"
#include "audio/resampler.h"
#include "cli/commands.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "normaliser/script.h"
#include "synthesis/synthesiser.h"
#include "writers/cover_image.h"
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
};

bool wants(const RenderOptions& options, const std::string& format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

std::vector<TimedChapter> timed_chapters(const Timeline& timeline) {
  std::vector<TimedChapter> chapters;
  for (const auto& chapter : timeline.chapters) {
    chapters.push_back({chapter.title, samples_to_ms(chapter.start, timeline.sample_rate),
                        samples_to_ms(chapter.end, timeline.sample_rate)});
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

std::string figures_json(const LoudnessFigures& figures) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(2) << "{\"integrated_lufs\": " << figures.integrated_lufs
      << ", \"true_peak_dbtp\": " << figures.true_peak_dbtp << "}";
  return out.str();
}

void render_article(const fs::path& article_path, const RenderOptions& options, const Voice& voice,
                    const Normaliser& normaliser, const CoverImage& cover) {
  // 1. Read the article into the article model (title, chapters, paragraphs).
  const Article article = read_article(article_path, {options.title, options.author});
  // 2. Normalise it into a script: the sentences as they are to be spoken.
  const Script script = build_script(article, normaliser);
  // 3. First pass: synthesise into a spool on disk while measuring its loudness.
  const std::string stem = article_path.stem().string();
  const fs::path base = options.output_dir / stem;
  Synthesiser synthesiser(voice);
  const int rate = synthesiser.sample_rate();
  PcmSpool spool(options.output_dir, stem);
  LoudnessMeter source_meter(rate);
  FanOut first_pass{&spool, &source_meter};
  const Timeline timeline = synthesiser.speak(script, first_pass);
  // 4. One gain reaches the target loudness; the limiter runs only if that gain lifts peaks
  //    too high, and then the gain makes up for the loudness the limiter takes away.
  const LoudnessFigures source = source_meter.figures();
  const LoudnessPlan plan =
      compensate_limiting(spool, rate, plan_loudness(source, options.loudness), options.loudness);
  // 5. Open the writers (tags and chapters are known now) and wire the second pass.
  EpisodeInfo info;
  info.title = article.title;
  info.author = article.author;
  info.show = options.show;
  info.date = options.date;
  info.description = options.description;
  info.cover = cover;
  const std::vector<TimedChapter> chapters = timed_chapters(timeline);
  std::optional<Mp3Writer> mp3;
  std::optional<WavWriter> wav;
  std::optional<OpusWriter> opus;
  LoudnessMeter meter_44k(kMp3WavRate);
  LoudnessMeter meter_48k(OpusWriter::kSampleRate);
  FanOut at_44k{&meter_44k};
  FanOut at_48k{&meter_48k};
  if (wants(options, "mp3")) {
    mp3.emplace(fs::path(base) += ".mp3", Mp3Settings{kMp3WavRate, options.bitrate_kbps}, info, chapters);
    at_44k.add(*mp3);
  }
  if (wants(options, "wav")) {
    wav.emplace(fs::path(base) += ".wav", kMp3WavRate, info);
    at_44k.add(*wav);
  }
  if (wants(options, "opus")) {
    opus.emplace(fs::path(base) += ".opus", OpusSettings{}, info, chapters);
    at_48k.add(*opus);
  }
  std::optional<Resampler> to_44k;
  std::optional<Resampler> to_48k;
  FanOut resamplers;
  if (mp3 || wav) resamplers.add(to_44k.emplace(rate, kMp3WavRate, at_44k));
  if (opus) resamplers.add(to_48k.emplace(rate, OpusWriter::kSampleRate, at_48k));
  GainLimiter limiter(rate, plan.gain_db, plan.limit_peaks, options.loudness.limiter_ceiling_dbtp(),
                      resamplers);
  // 6. Second pass: the spool, block by block, through gain, limiter and resamplers into the writers.
  spool.replay(limiter);
  limiter.finish();
  if (to_44k) to_44k->finish();
  if (to_48k) to_48k->finish();
  // 7. Close the writers (files are renamed into place), then the sidecars.
  std::vector<std::pair<fs::path, LoudnessFigures>> outputs;
  if (mp3) {
    mp3->finish();
    outputs.emplace_back(fs::path(base) += ".mp3", meter_44k.figures());
  }
  if (opus) {
    opus->finish();
    outputs.emplace_back(fs::path(base) += ".opus", meter_48k.figures());
  }
  if (wav) {
    wav->finish(chapter_markers(timeline, kMp3WavRate));
    outputs.emplace_back(fs::path(base) += ".wav", meter_44k.figures());
  }
  const std::vector<Cue> cues = make_cues(timeline);
  write_file_atomically(fs::path(base) += ".chapters.json", make_chapters_json(chapters));
  write_file_atomically(fs::path(base) += ".vtt", make_webvtt(cues));
  write_file_atomically(fs::path(base) += ".srt", make_srt(cues));
  write_file_atomically(fs::path(base) += ".txt", format_script(script));

  std::ostringstream report;
  report << std::fixed << std::setprecision(2) << "{\n  \"target_lufs\": " << options.loudness.integrated_lufs
         << ",\n  \"ceiling_dbtp\": " << options.loudness.ceiling_dbtp
         << ",\n  \"source\": " << figures_json(source) << ",\n  \"gain_db\": " << plan.gain_db
         << ",\n  \"limited_samples\": " << limiter.report().limited_samples
         << ",\n  \"max_limiting_db\": " << limiter.report().max_reduction_db << ",\n  \"outputs\": {";
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    report << (i ? ",\n    \"" : "\n    \"") << outputs[i].first.filename().string()
           << "\": " << figures_json(outputs[i].second);
  }
  report << "\n  }\n}\n";
  write_file_atomically(fs::path(base) += ".loudness.json", report.str());

  const long seconds = static_cast<long>(timeline.seconds(timeline.total_samples) + 0.5);
  for (const auto& [path, figures] : outputs) {
    std::cout << path.string() << "  " << timeline.chapters.size() << " chapters, " << seconds << " s\n";
    if (options.loudness_report) {
      std::cout << std::fixed << std::setprecision(2) << "  loudness " << figures.integrated_lufs
                << " LUFS (dual mono), true peak " << figures.true_peak_dbtp << " dBTP, gain "
                << plan.gain_db << " dB from " << source.integrated_lufs << " LUFS"
                << (plan.limit_peaks ? ", limiter on" : "") << " (before encoding)\n";
    }
  }
}

}  // namespace

void add_render_command(CLI::App& app, GlobalOptions& global) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand("render", "turn articles into chaptered audio files");
  command->add_option("ARTICLE", options->articles, "article files (UTF-8 text)")->required();
  command->add_option("--output-dir", options->output_dir, "where to write the files")
      ->capture_default_str();
  command->add_option("--format", options->formats, "audio formats: mp3, opus, wav (repeatable)")
      ->delimiter(',')
      ->check(CLI::IsMember({"mp3", "opus", "wav"}))
      ->capture_default_str();
  command->add_option("--title", options->title, "episode title (default: from the article)");
  command->add_option("--author", options->author, "author, spoken after the title");
  command->add_option("--show", options->show, "the podcast's name (MP3 album, Opus ALBUM)");
  command->add_option("--date", options->date, "episode date, YYYY-MM-DD (default: none)")
      ->check(CLI::Validator(
          [](const std::string& value) {
            static const std::regex date(R"(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)");
            return std::regex_match(value, date) ? std::string() : "not a date like 2026-11-28";
          },
          "DATE"));
  command->add_option("--description", options->description, "episode description (MP3 COMM, Opus DESCRIPTION)");
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
      ->check(CLI::Range(-40.0, -5.0))
      ->capture_default_str();
  command->add_flag("--loudness-report", options->loudness_report,
                    "print the loudness, true peak and gain of each output");
  add_voice_options(*command, global, options->voice);

  command->callback([options, &global] {
    require_writable_dir(options->output_dir);
    const Voice voice = find_voice(global.voices_dir, options->voice);
    const Normaliser normaliser = make_normaliser(global, voice);
    const CoverImage cover = options->cover.empty() ? CoverImage{} : read_cover_image(options->cover);
    int failures = 0;
    for (const auto& article : options->articles) {
      try {
        render_article(article, *options, voice, normaliser, cover);
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
