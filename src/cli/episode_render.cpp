#include "cli/episode_render.h"

#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "audio/fan_out.h"
#include "audio/loudness_meter.h"
#include "audio/pcm_spool.h"
#include "audio/second_pass.h"
#include "audio/segment_plan.h"
#include "audio/threaded_sink.h"
#include "core/xml_text.h"
#include "synthesis/parallel_speech.h"
#include "synthesis/synthesiser.h"
#include "writers/cues.h"
#include "writers/output_formats.h"
#include "writers/sidecars.h"
#include "writers/timestamps.h"

namespace narra {
namespace {
namespace fs = std::filesystem;

using MeasuredOutputs = std::vector<std::pair<fs::path, std::optional<LoudnessFigures>>>;

std::vector<TimedChapter> timed_chapters(const Timeline& timeline) {
  std::vector<TimedChapter> chapters;
  for (const auto& chapter : timeline.chapters) {
    chapters.push_back({chapter.title, samples_to_ms(chapter.start, timeline.sample_rate),
                        samples_to_ms(chapter.end, timeline.sample_rate), chapter.level});
  }
  return chapters;
}

// "2026-11-28", the date ID3 and Vorbis comments carry.
std::string calendar_date(Seconds time) {
  const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(time)};
  std::ostringstream out;
  out << static_cast<int>(day.year()) << '-' << std::setfill('0') << std::setw(2)
      << static_cast<unsigned>(day.month()) << '-' << std::setw(2) << static_cast<unsigned>(day.day());
  return out.str();
}

// Figures rounded to 2 decimals, as the report has always shown them.
nlohmann::ordered_json figures_json(const LoudnessFigures& figures) {
  const auto rounded = [](double value) { return std::round(value * 100.0) / 100.0; };
  return {{"integrated_lufs", rounded(figures.integrated_lufs)},
          {"true_peak_dbtp", rounded(figures.true_peak_dbtp)}};
}

std::string loudness_report_json(const RenderOptions& options, const LoudnessFigures& source,
                                 const LoudnessPlan& plan, const LimiterReport& limiting,
                                 const MeasuredOutputs& outputs) {
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

// First pass: the script spoken into the spool while the meter measures it
// (on a core of its own when there is one).
Timeline speak(const Script& script, PcmSpool& spool, LoudnessMeter& meter, const RenderContext& context,
               Synthesiser& synthesiser, const JobChannel& channel) {
  std::optional<ThreadedSink> metering;
  FanOut sinks{&spool};
  sinks.add(context.threads > 1 ? metering.emplace(meter) : static_cast<AudioSink&>(meter));
  const Timeline timeline =
      speak_in_parallel(synthesiser, script, sinks, context.threads, spool,
                        [&](std::size_t done, std::size_t total) { channel.progress(done, total); });
  if (metering) metering->finish();
  return timeline;
}

// What the writers are made from: tags, chapters, and where chapters and parts begin.
OutputPlan output_plan(const Script& script, const Timeline& timeline,
                       const std::vector<SampleRange>& segments, const EpisodeDetails& details,
                       const RenderOptions& options) {
  OutputPlan plan;
  plan.info.title = script.title;
  plan.info.author = script.author;
  plan.info.show = document_text(options.show);
  plan.info.date = details.date ? calendar_date(*details.date) : std::string();
  plan.info.description = document_text(details.description);
  plan.info.cover = details.cover;
  plan.chapters = timed_chapters(timeline);
  plan.source_rate = timeline.sample_rate;
  for (const auto& chapter : timeline.chapters) plan.chapter_starts.push_back(chapter.start);
  for (std::size_t k = 1; k < segments.size(); ++k) plan.part_starts.push_back(segments[k].first);
  plan.mp3_bitrate_kbps = options.bitrate_kbps;
  return plan;
}

void warn_when_out_of_reach(const LoudnessPlan& plan, const EpisodeFiles& files,
                            const LoudnessTarget& target) {
  if (!plan.target_out_of_reach()) return;
  std::cerr << std::fixed << std::setprecision(1) << "warning: " << quoted(files.dir() / files.stem()) << ": "
            << target.integrated_lufs << " LUFS cannot be reached under the " << target.ceiling_dbtp
            << " dBTP true-peak ceiling; the episode is about " << plan.reachable_lufs << " LUFS\n";
}

void write_sidecars(const EpisodeFiles& files, const Script& script, const Timeline& timeline,
                    const std::vector<TimedChapter>& chapters, const PhraseWords& phrasing,
                    const std::string& loudness_report) {
  const std::vector<Cue> cues = make_cues(timeline, phrasing);
  write_file_atomically(files.chapters_json(), make_chapters_json(chapters));
  write_file_atomically(files.webvtt(), make_webvtt(cues));
  write_file_atomically(files.srt(), make_srt(cues));
  write_file_atomically(files.script(), format_script(script));
  write_file_atomically(files.loudness_report(), loudness_report);
}

std::string summary_lines(const MeasuredOutputs& outputs, const Timeline& timeline, const LoudnessPlan& plan,
                          const LoudnessFigures& source) {
  std::ostringstream summary;
  const long seconds = static_cast<long>(timeline.seconds(timeline.total_samples) + 0.5);
  for (const auto& [path, figures] : outputs) {
    summary << path.string() << "  " << timeline.chapters.size() << " chapters, " << seconds << " s\n";
    if (figures) {
      summary << std::fixed << std::setprecision(2) << "  loudness " << figures->integrated_lufs
              << " LUFS (dual mono), true peak " << figures->true_peak_dbtp << " dBTP, gain " << plan.gain_db
              << " dB from " << source.integrated_lufs << " LUFS" << (plan.limit_peaks ? ", limiter on" : "")
              << " (before encoding)\n";
    }
  }
  return summary.str();
}

}  // namespace

std::string write_episode(const EpisodeFiles& files, const Script& script, const EpisodeDetails& details,
                          const RenderOptions& options, const RenderContext& context,
                          const JobChannel& channel) {
  Synthesiser synthesiser(context.voice, context.quote_voice);
  const int rate = synthesiser.sample_rate();
  PcmSpool spool(files.spool(), files.audio(options.formats.front()));
  LoudnessMeter source_meter(rate);
  const Timeline timeline = speak(script, spool, source_meter, context, synthesiser, channel);
  // Parts cut in pauses: the second pass and the loudness dry run take them on every core.
  const PartGrid grid = part_grid();
  const std::vector<SampleRange> segments =
      plan_segments(timeline.total_samples, silent_pauses(timeline), {rate, grid.sample_rate, grid.samples});
  // One gain reaches the target; the limiter runs only if that gain lifts peaks too high.
  const LoudnessFigures source = source_meter.figures();
  const LoudnessPlan plan = compensate_limiting(
      spool, rate, segments, plan_loudness(source, options.loudness), options.loudness, context.threads);
  warn_when_out_of_reach(plan, files, options.loudness);
  const std::vector<std::string> formats = in_table_order(options.formats);
  const OutputPlan outputs_plan = output_plan(script, timeline, segments, details, options);
  const auto writers =
      make_writers(formats, outputs_plan, [&](std::string_view format) { return files.audio(format); });
  std::vector<OutputSink*> sinks;
  for (const auto& writer : writers) sinks.push_back(writer.get());
  const SecondPassResult pass =
      run_second_pass({&spool, rate, segments, plan, options.loudness.limiter_ceiling_dbtp(),
                       options.loudness_report, context.threads},
                      sinks);
  MeasuredOutputs outputs;
  for (std::size_t w = 0; w < writers.size(); ++w) {
    writers[w]->commit();
    outputs.emplace_back(files.audio(formats[w]), pass.figures[w]);
  }
  write_sidecars(files, script, timeline, outputs_plan.chapters, context.read.phrasing,
                 loudness_report_json(options, source, plan, pass.limiting, outputs));
  return summary_lines(outputs, timeline, plan, source);
}

}  // namespace narra
