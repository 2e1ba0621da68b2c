// The options `narra render` and `narra follow` share, checked as they are parsed.
#include <cmath>
#include <sstream>

#include "cli/render_run.h"
#include "writers/mp3_writer.h"
#include "writers/output_formats.h"

namespace narra {
namespace {

CLI::Validator mp3_bitrate() {
  return CLI::Validator(
      [](const std::string& value) {
        try {
          return is_mp3_bitrate(std::stoi(value)) ? std::string() : "not an MP3 bitrate";
        } catch (const std::exception&) {
          return std::string("not a number");
        }
      },
      "32|40|48|56|64|80|96|112|128|160|192|224|256|320");
}

CLI::Validator finite_number() {
  return CLI::Validator(
      [](const std::string& value) {
        double number = 0;
        std::istringstream in(value);
        return in >> number && in.eof() && std::isfinite(number) ? std::string() : "not a finite number";
      },
      "NUMBER");
}

}  // namespace

void add_render_options(CLI::App& command, RenderOptions& options) {
  command.add_option("--output-dir", options.output_dir, "where to write the files")->capture_default_str();
  command
      .add_option("--format", options.formats,
                  "audio formats: " + CLI::detail::join(output_format_names(), ", ") + " (repeatable)")
      ->delimiter(',')
      ->check(CLI::IsMember(output_format_names()))
      ->capture_default_str();
  command.add_option("--title", options.title, "episode title (default: from the article)");
  command.add_option("--author", options.author, "author, spoken after the title");
  command.add_option("--show", options.show, "the podcast's name (MP3 album, Opus ALBUM)");
  command.add_option("--date", options.date,
                     "episode date, ISO 8601 or RFC 2822 (default: the article's, else none)");
  command.add_option(
      "--description", options.description,
      "episode description (MP3 COMM, Opus DESCRIPTION; default: the article's own, else its lede)");
  command.add_option("--cover", options.cover, "cover image, JPEG or PNG");
  command.add_option("--bitrate", options.bitrate_kbps, "MP3 bitrate, kbit/s (CBR)")
      ->check(mp3_bitrate())
      ->capture_default_str();
  command
      .add_option("--loudness", options.loudness.integrated_lufs,
                  "integrated loudness target, LUFS (dual mono)")
      ->check(finite_number())
      ->check(CLI::Range(-40.0, -5.0))
      ->capture_default_str();
  command.add_flag("--loudness-report", options.loudness_report,
                   "print the loudness, true peak and gain of each output");
  command.add_option("--quote-voice", options.quote_voice,
                     "voice profile for quotations between \" \" or « » (default: off)");
  command.add_option("--digest", options.digest, "make one episode of all the articles, with this title");
  command.add_option("--feed", options.feed,
                     "after each article, add its episode to this feed (see `narra feed`)");
  command.add_option("-j,--jobs", options.jobs,
                     "cores to use: articles rendered at once, or one article's segments (default: all)");
  command.add_flag("--force", options.force, "render again even what is up to date");
  command.add_flag("--quiet", options.quiet, "print nothing but errors");
  add_article_options(command, options.reading);
}

}  // namespace narra
