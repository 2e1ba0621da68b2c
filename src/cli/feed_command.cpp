// `narra feed`: create a podcast feed, add episodes to it, list and remove them.
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "core/error.h"
#include "core/utf8.h"
#include "feed/feed.h"

namespace narra {
namespace {
namespace fs = std::filesystem;

struct FeedOptions {
  fs::path feed;
  fs::path episode;
  std::string guid;
  ChannelOptions channel;
  std::string explicit_content = "no";
  EpisodeOptions episode_options;
  std::string date;
};

std::string format_duration(std::optional<long> seconds) {
  if (!seconds) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", *seconds / 3600, *seconds / 60 % 60, *seconds % 60);
  return buffer;
}

std::string pad(const std::string& text, std::size_t width) {
  const std::size_t length = utf8_length(text);
  return text + std::string(width > length ? width - length : 0, ' ');
}

void print_table(const std::vector<FeedEpisode>& episodes) {
  std::vector<std::vector<std::string>> rows{{"DATE", "DURATION", "TITLE", "GUID"}};
  for (const auto& episode : episodes) {
    rows.push_back({episode.date, format_duration(episode.duration_s), episode.title, episode.guid});
  }
  std::vector<std::size_t> widths(4, 0);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], utf8_length(row[i]));
  }
  for (const auto& row : rows) {
    std::cout << pad(row[0], widths[0]) << "  " << pad(row[1], widths[1]) << "  " << pad(row[2], widths[2])
              << "  " << row[3] << '\n';
  }
}

}  // namespace

Clock command_clock() {
  if (const char* now = std::getenv("NARRA_NOW")) {
    const auto fixed = parse_iso8601(now);
    if (!fixed) {
      throw Error(std::string("NARRA_NOW '") + now + "' is not an ISO 8601 time",
                  "write e.g. NARRA_NOW=2026-11-28T07:30:00Z, or unset it to use the system clock");
    }
    return [time = *fixed] { return time; };
  }
  return [] { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); };
}

namespace {

void add_init_command(CLI::App& feed, const std::shared_ptr<FeedOptions>& options) {
  CLI::App* init = feed.add_subcommand("init", "create a new, empty podcast feed");
  init->add_option("FEED", options->feed, "the feed file to create (e.g. feed.xml)")->required();
  init->add_option("--title", options->channel.title, "the podcast's title")->required();
  init->add_option("--author", options->channel.author, "the podcast's author")->required();
  init->add_option("--description", options->channel.description, "what the podcast is about")->required();
  init->add_option("--base-url", options->channel.base_url,
                   "http(s) URL of the folder the episodes are published in")
      ->required();
  init->add_option("--language", options->channel.language, "ISO 639 language code")->capture_default_str();
  init->add_option(
      "--cover", options->channel.cover,
      "artwork: a URL, or a JPEG/PNG file (copied beside the feed); default: one drawn from the title");
  init->add_option("--category", options->channel.category, "Apple Podcasts category")->capture_default_str();
  init->add_option("--explicit", options->explicit_content, "explicit content: yes or no")
      ->check(CLI::IsMember({"yes", "no"}))
      ->capture_default_str();
  init->add_option("--owner-email", options->channel.owner_email,
                   "contact address for directories (itunes:owner; locks the show with podcast:locked)");
  init->add_option("--copyright", options->channel.copyright, "copyright notice of the show");
  init->callback([options] {
    options->channel.explicit_content = options->explicit_content == "yes";
    for (const auto& warning : init_feed(options->feed, options->channel, command_clock())) {
      std::cerr << "warning: " << warning << '\n';
    }
    std::cout << options->feed.string() << ": new feed '" << options->channel.title << "'\n";
  });
}

}  // namespace

void add_feed_command(CLI::App& app, GlobalOptions&) {
  auto options = std::make_shared<FeedOptions>();
  CLI::App* feed = app.add_subcommand("feed", "create, update and publish a podcast RSS feed");
  feed->require_subcommand(1);
  add_init_command(*feed, options);

  CLI::App* add = feed->add_subcommand("add", "add an MP3 or Opus episode, or update it");
  add->add_option("FEED", options->feed, "the feed file")->required();
  add->add_option("EPISODE", options->episode, "the .mp3 or .opus file narra rendered")->required();
  add->add_option("--title", options->episode_options.title, "episode title (default: its tag)");
  add->add_option("--description", options->episode_options.description,
                  "episode description (default: its comment tag)");
  add->add_option("--source-url", options->episode_options.source_url,
                  "the article's own page, linked from the show notes");
  add->add_option("--image", options->episode_options.image,
                  "episode artwork: a URL, or a JPEG/PNG file (copied beside the feed; default: the show's)");
  add->add_option("--author", options->episode_options.author,
                  "the article's author, as podcast:person (default: its artist tag)");
  add->add_option("--episode", options->episode_options.episode_number, "episode number (itunes:episode)")
      ->check(CLI::PositiveNumber);
  add->add_option("--date", options->date,
                  "publication time, ISO 8601 or RFC 2822 (default: now, env NARRA_NOW)");
  add->callback([options] {
    options->episode_options.date = parse_date_option(options->date);
    const AddedEpisode added =
        add_episode(options->feed, options->episode, options->episode_options, command_clock());
    std::cout << (added.updated ? "updated " : "added ") << added.guid << "  " << added.date << "  "
              << added.title << '\n';
    for (const auto& warning : added.warnings) std::cerr << "warning: " << warning << '\n';
  });

  CLI::App* list = feed->add_subcommand("list", "list the feed's episodes in feed order (newest first)");
  list->add_option("FEED", options->feed, "the feed file")->required();
  list->callback([options] { print_table(list_episodes(options->feed)); });

  CLI::App* remove = feed->add_subcommand("remove", "remove one episode from the feed");
  remove->add_option("FEED", options->feed, "the feed file")->required();
  remove->add_option("GUID", options->guid, "the episode's guid (see `narra feed list`)")->required();
  remove->callback([options] {
    remove_episode(options->feed, options->guid, command_clock());
    std::cout << "removed " << options->guid << " from " << options->feed.string() << '\n';
  });

  add_feed_site_command(*feed);
}

}  // namespace narra
