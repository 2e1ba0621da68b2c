#include <doctest/doctest.h>

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "core/atomic_file.h"
#include "core/error.h"
#include "feed/feed.h"
#include "../test_paths.h"

using namespace narra;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "narra-feed-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Compares with tests/golden/feed/NAME; NARRA_UPDATE_GOLDEN=1 rewrites it instead.
void check_golden(const std::string& actual, const std::string& name) {
  const fs::path golden = test::tests_dir() / "golden" / "feed" / name;
  if (std::getenv("NARRA_UPDATE_GOLDEN") != nullptr) write_file_atomically(golden, actual);
  CHECK(actual == read_all(golden));
}

ChannelOptions sample_channel() {
  ChannelOptions options;
  options.title = "Notizie & \"commenti\" <in breve> 🎙️";
  options.author = "Redazione d'Ascolto";
  options.description = "Le notizie del giorno, lette ad alta voce.";
  options.base_url = "https://example.org/podcast";
  options.cover = "https://example.org/podcast/cover.png";
  options.category = "Society & Culture";
  options.owner_email = "redazione@example.org";
  return options;
}

}  // namespace

TEST_SUITE("feed") {
  TEST_CASE("a new feed has every channel element Apple asks for (golden)") {
    TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    CHECK(init_feed(feed, sample_channel()).empty());
    check_golden(read_all(feed), "init.xml");
    CHECK(list_episodes(feed).empty());
  }

  TEST_CASE("init refuses to overwrite an existing feed and leaves it as it was") {
    TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    init_feed(feed, sample_channel());
    const std::string before = read_all(feed);
    ChannelOptions other = sample_channel();
    other.title = "Altro";
    CHECK_THROWS_AS(init_feed(feed, other), Error);
    CHECK(read_all(feed) == before);
  }

  TEST_CASE("init checks its options") {
    TempDir dir;
    ChannelOptions options = sample_channel();
    SUBCASE("a base URL that is not http(s)") { options.base_url = "ftp://example.org/"; }
    SUBCASE("a language that is not a code") { options.language = "italiano"; }
    SUBCASE("an empty title") { options.title = "  "; }
    SUBCASE("a cover file that does not exist") {
      options.cover = (dir.path() / "no.png").string();
    }
    CHECK_THROWS_AS(init_feed(dir.path() / "feed.xml", options), Error);
    CHECK_FALSE(fs::exists(dir.path() / "feed.xml"));
  }

  TEST_CASE("a malformed feed is refused with the line of the fault") {
    TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    write_file_atomically(feed, "<?xml version=\"1.0\"?>\n<rss>\n<channel>\n<title>x</titel>\n");
    CHECK_THROWS_WITH_AS(list_episodes(feed),
                         doctest::Contains("not well-formed XML at line 4"), Error);
    CHECK_THROWS_AS(remove_episode(feed, "abc"), Error);
  }

  TEST_CASE("a feed that is not RSS is refused") {
    TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    SUBCASE("an Atom feed") {
      write_file_atomically(feed, "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
      CHECK_THROWS_WITH_AS(list_episodes(feed), doctest::Contains("root element is <feed>"), Error);
    }
    SUBCASE("rss without a channel") {
      write_file_atomically(feed, "<rss version=\"2.0\"/>");
      CHECK_THROWS_WITH_AS(list_episodes(feed), doctest::Contains("no <channel>"), Error);
    }
  }

  TEST_CASE("removing an episode that is not there is an error") {
    TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    init_feed(feed, sample_channel());
    CHECK_THROWS_WITH_AS(remove_episode(feed, "0123"),
                         doctest::Contains("has no episode with guid '0123'"), Error);
  }

  TEST_CASE("the guid depends only on the enclosure URL") {
    CHECK(episode_guid("https://example.org/a.mp3") == episode_guid("https://example.org/a.mp3"));
    CHECK(episode_guid("https://example.org/a.mp3") != episode_guid("https://example.org/b.mp3"));
    CHECK(episode_guid("https://example.org/a.mp3").size() == 32);
  }
}
