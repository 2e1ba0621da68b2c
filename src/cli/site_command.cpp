// `narra feed site`: the listening pages beside a feed.
#include <iostream>

#include "cli/commands.h"
#include "site/site_writer.h"

namespace narra {

void add_feed_site_command(CLI::App& feed) {
  auto feed_path = std::make_shared<std::filesystem::path>();
  CLI::App* command = feed.add_subcommand(
      "site", "write a listening page per episode and an index page beside the feed");
  command->add_option("FEED", *feed_path, "the feed (RSS) file")->required();
  command->callback([feed_path] {
    for (const auto& path : write_site(*feed_path)) std::cout << path.string() << '\n';
  });
}

}  // namespace narra
