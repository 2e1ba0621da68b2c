// `narra feed site` writes the listening pages beside a feed; `narra feed
// serve` previews them on this machine.
#include <iostream>

#include "cli/commands.h"
#include "site/preview_server.h"
#include "site/site_writer.h"

namespace narra {
namespace {

void add_serve_command(CLI::App& feed) {
  auto folder = std::make_shared<std::filesystem::path>();
  auto options = std::make_shared<PreviewOptions>();
  CLI::App* command = feed.add_subcommand(
      "serve", "preview the listening site on http://127.0.0.1 (byte ranges, so the audio seeks)");
  command->add_option("SITE_DIR", *folder, "the folder the pages are in (the feed's folder)")->required();
  command->add_option("--port", options->port, "the port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  command->callback([folder, options] {
    serve_site(*folder, *options, [](int port) {
      std::cout << "serving on http://127.0.0.1:" << port << "/ (Ctrl-C stops)" << std::endl;
    });
  });
}

}  // namespace

void add_feed_site_command(CLI::App& feed) {
  auto feed_path = std::make_shared<std::filesystem::path>();
  CLI::App* command =
      feed.add_subcommand("site", "write a listening page per episode and an index page beside the feed");
  command->add_option("FEED", *feed_path, "the feed (RSS) file")->required();
  command->callback([feed_path] {
    for (const auto& path : write_site(*feed_path)) std::cout << path.string() << '\n';
  });
  add_serve_command(feed);
}

}  // namespace narra
