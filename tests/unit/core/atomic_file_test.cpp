#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "../temp_dir.h"
#include "core/atomic_file.h"
#include "core/error.h"

using namespace narra;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

}  // namespace

TEST_SUITE("atomic file") {
  TEST_CASE("the final path holds the old file until commit, then the whole new one") {
    test::TempDir dir;
    const fs::path path = dir.path() / "feed.xml";
    std::ofstream(path) << "old";
    {
      AtomicFile file(path);
      file.write("new content");
      CHECK(read(path) == "old");
      CHECK(entries(dir.path()) == 2);
      file.commit();
    }
    CHECK(read(path) == "new content");
    CHECK(entries(dir.path()) == 1);
  }

  TEST_CASE("a file never committed leaves nothing behind") {
    test::TempDir dir;
    {
      AtomicFile file(dir.path() / "episode.mp3");
      file.write("partial");
    }
    CHECK(fs::is_empty(dir.path()));
  }

  TEST_CASE("a read-only file and a folder in the way are refused") {
    test::TempDir dir;
    const fs::path locked = dir.path() / "locked.mp3";
    std::ofstream(locked) << "kept";
    fs::permissions(locked, fs::perms::owner_read);
    CHECK_THROWS_AS(AtomicFile{locked}, Error);
    fs::create_directory(dir.path() / "folder.mp3");
    CHECK_THROWS_AS(AtomicFile{dir.path() / "folder.mp3"}, Error);
    CHECK(read(locked) == "kept");
  }

  TEST_CASE("stale temporaries are removed, live ones and other files kept") {
    test::TempDir dir;
    const fs::path stale = dir.path() / ".notizia.mp3.a1B2c3";
    const fs::path other = dir.path() / ".altro.mp3.a1B2c3";
    const fs::path not_temporary = dir.path() / ".notizia.mp3";
    for (const auto& path : {stale, other, not_temporary}) std::ofstream(path) << "x";
    AtomicFile live(dir.path() / "notizia.vtt");
    remove_stale_temporaries(dir.path(), "notizia.");
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(other));
    CHECK(fs::exists(not_temporary));
    CHECK(fs::exists(live.temp_path()));
  }
}
