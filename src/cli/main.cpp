// narra: turns Italian news articles into chaptered audio.
#include <csignal>
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "core/error.h"
#include "core/termination.h"

int main(int argc, char** argv) {
  narra::watch_termination_signals();
  // A file size limit (ulimit -f) must fail a write with EFBIG, which narra
  // reports, rather than kill the process and leave its temporaries behind.
  std::signal(SIGXFSZ, SIG_IGN);

  CLI::App app{"narra: turns Italian news articles into chaptered audio and podcast episodes"};
  app.set_version_flag("--version", std::string("narra ") + NARRA_VERSION);
  app.require_subcommand(1);
  // A mistyped option gets the same one error line as every other bad input.
  app.failure_message([](const CLI::App*, const CLI::Error& error) {
    return "error: " + std::string(error.what()) +
           "\nhint: narra COMMAND --help lists what each command takes\n";
  });
  narra::GlobalOptions global;
  if (const char* dir = std::getenv("NARRA_VOICES_DIR")) global.voices_dir = dir;
  app.add_option("--voices-dir", global.voices_dir,
                 "folder of voice profiles and language data (env NARRA_VOICES_DIR)")
      ->check(CLI::ExistingDirectory);
  narra::add_render_command(app, global);
  narra::add_text_command(app, global);
  narra::add_check_command(app, global);
  narra::add_normalise_command(app, global);
  narra::add_voices_command(app, global);
  narra::add_feed_command(app, global);
  narra::add_follow_command(app, global);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const narra::ReportedError&) {
    return 1;
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
