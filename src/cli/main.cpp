// narra: turns Italian news articles into chaptered audio.
#include <csignal>
#include <cstdlib>
#include <iostream>

#include <unistd.h>

#include "cli/commands.h"
#include "core/error.h"
#include "core/temp_registry.h"

namespace {

// On SIGINT/SIGTERM: remove temporary files, then die of the same signal so
// the caller sees how the run ended. Final paths are never half-written.
void on_terminate(int signal_number) {
  narra::remove_temp_files_now();
  std::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGINT, on_terminate);
  std::signal(SIGTERM, on_terminate);

  CLI::App app{"narra: turns Italian news articles into chaptered audio and podcast episodes"};
  app.set_version_flag("--version", std::string("narra ") + NARRA_VERSION);
  app.require_subcommand(1);
  narra::GlobalOptions global;
  if (const char* dir = std::getenv("NARRA_VOICES_DIR")) global.voices_dir = dir;
  app.add_option("--voices-dir", global.voices_dir,
                 "folder of voice profiles and language data (env NARRA_VOICES_DIR)")
      ->check(CLI::ExistingDirectory);
  narra::add_render_command(app, global);
  narra::add_text_command(app, global);
  narra::add_normalise_command(app, global);
  narra::add_voices_command(app, global);
  CLI::App* feed = app.add_subcommand("feed", "create, update and publish a podcast feed");
  feed->require_subcommand(1);
  narra::add_feed_site_command(*feed);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const narra::Error& e) {
    std::cerr << "error: " << e.what() << '\n';
    if (!e.hint().empty()) std::cerr << "hint: " << e.hint() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
