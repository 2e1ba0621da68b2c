#include <doctest/doctest.h>

#include <fstream>

#include "../temp_dir.h"
#include "core/episode_files.h"
#include "core/error.h"

using namespace narra;
namespace fs = std::filesystem;

TEST_SUITE("episode files") {
  TEST_CASE("every file of an episode is named after its stem") {
    const EpisodeFiles files("out", "notizia", {"mp3", "wav"});
    CHECK(files.audio("mp3") == fs::path("out/notizia.mp3"));
    CHECK(files.script() == fs::path("out/notizia.script.txt"));
    CHECK(files.render_state() == fs::path("out/.narra/notizia.render-state"));
    CHECK(files.loudness_report() == fs::path("out/.narra/notizia.loudness.json"));
    const auto outputs = files.outputs();
    REQUIRE(outputs.size() == 6);
    CHECK(outputs.front() == fs::path("out/notizia.mp3"));
    CHECK(files.written().back() == files.render_state());
    CHECK(EpisodeFiles::beside("out/notizia.mp3", EpisodeFiles::kChaptersJson) == files.chapters_json());
  }

  TEST_CASE("a stem too long for the file system is cut between characters, and stays distinct") {
    const std::string short_stem = "breve";
    CHECK(bounded_stem(short_stem) == short_stem);
    const std::string long_a =
        std::string(100, 'a') + std::string(100, 'e') + "\xC3\xA8" + std::string(60, 'x');
    const std::string long_b =
        std::string(100, 'a') + std::string(100, 'e') + "\xC3\xA8" + std::string(60, 'y');
    const std::string cut_a = bounded_stem(long_a);
    CHECK(cut_a.size() + EpisodeFiles::kChaptersJson.size() + 8 <= 255);
    CHECK(cut_a != bounded_stem(long_b));
    CHECK(bounded_stem(long_a) == cut_a);
    std::string accented;
    for (int i = 0; i < 200; ++i) accented += "\xC3\xA8";
    const std::string cut = bounded_stem(accented);
    const std::string head = cut.substr(0, cut.rfind('-'));
    CHECK(head.size() % 2 == 0);  // no character cut in half
    CHECK(EpisodeFiles("out", long_a, {}).stem() == cut_a);
  }

  TEST_CASE("an output that is an input is refused, however it is spelled") {
    test::TempDir dir;
    const fs::path input = dir.path() / "articolo.txt";
    std::ofstream(input) << "testo";
    fs::create_directory_symlink(dir.path(), dir.path() / "via");
    CHECK_THROWS_AS(require_not_inputs({dir.path() / "via" / "articolo.txt"}, {input}), Error);
    fs::create_hard_link(input, dir.path() / "copia.txt");
    CHECK_THROWS_AS(require_not_inputs({dir.path() / "copia.txt"}, {input}), Error);
    CHECK_NOTHROW(
        require_not_inputs({dir.path() / "nuovo.txt", dir.path() / "via"}, {input, dir.path() / "assente"}));
  }
}
