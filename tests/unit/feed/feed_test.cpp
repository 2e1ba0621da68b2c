#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../audio/tone.h"
#include "../temp_dir.h"
#include "../test_paths.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "feed/feed.h"
#include "writers/mp3_writer.h"

using namespace narra;
namespace fs = std::filesystem;

namespace {

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

// A second of tone as an MP3 whose title tag is `title`.
fs::path write_episode(const fs::path& path, const std::string& title) {
  EpisodeInfo info;
  info.title = title;
  Mp3Writer writer(path, {}, info, {});
  test::write_in_blocks(writer, test::sine(440, 0.3, 1, 44100));
  writer.commit();
  return path;
}

// A clock that reads `seconds` after the epoch.
Clock fixed_clock(long seconds) {
  return [seconds] { return Seconds(std::chrono::seconds(seconds)); };
}

}  // namespace

TEST_SUITE("feed") {
  TEST_CASE("a new feed has every channel element Apple asks for (golden)") {
    test::TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    CHECK(init_feed(feed, sample_channel(), fixed_clock(1795000000)).empty());
    check_golden(read_all(feed), "init.xml");
    CHECK(list_episodes(feed).empty());
  }

  TEST_CASE("init refuses to overwrite an existing feed and leaves it as it was") {
    test::TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    init_feed(feed, sample_channel(), fixed_clock(1795000000));
    const std::string before = read_all(feed);
    ChannelOptions other = sample_channel();
    other.title = "Altro";
    CHECK_THROWS_AS(init_feed(feed, other, fixed_clock(1795000000)), Error);
    CHECK(read_all(feed) == before);
  }

  TEST_CASE("init checks its options") {
    test::TempDir dir;
    ChannelOptions options = sample_channel();
    SUBCASE("a base URL that is not http(s)") { options.base_url = "ftp://example.org/"; }
    SUBCASE("a language that is not a code") { options.language = "italiano"; }
    SUBCASE("an empty title") { options.title = "  "; }
    SUBCASE("a cover file that does not exist") { options.cover = (dir.path() / "no.png").string(); }
    CHECK_THROWS_AS(init_feed(dir.path() / "feed.xml", options, fixed_clock(1795000000)), Error);
    CHECK_FALSE(fs::exists(dir.path() / "feed.xml"));
  }

  TEST_CASE("a malformed feed is refused with the line of the fault") {
    test::TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    write_file_atomically(feed, "<?xml version=\"1.0\"?>\n<rss>\n<channel>\n<title>x</titel>\n");
    CHECK_THROWS_WITH_AS(list_episodes(feed), doctest::Contains("not well-formed XML at line 4"), Error);
    CHECK_THROWS_AS(remove_episode(feed, "abc", fixed_clock(1795000000)), Error);
  }

  TEST_CASE("a feed that is not RSS is refused") {
    test::TempDir dir;
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
    test::TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    init_feed(feed, sample_channel(), fixed_clock(1795000000));
    CHECK_THROWS_WITH_AS(remove_episode(feed, "0123", fixed_clock(1795000000)),
                         doctest::Contains("has no episode with guid '0123'"), Error);
  }

  TEST_CASE("add puts the episode in the feed with its enclosure, title tag and duration") {
    test::TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    init_feed(feed, sample_channel(), fixed_clock(1795000000));
    const fs::path episode = write_episode(dir.path() / "prima puntata.mp3", "Prima puntata");
    const AddedEpisode added = add_episode(feed, episode, {}, fixed_clock(1795000000));
    CHECK_FALSE(added.updated);
    CHECK(added.title == "Prima puntata");
    CHECK(added.guid == episode_guid("https://example.org/podcast/prima%20puntata.mp3"));
    CHECK(added.date == "Wed, 18 Nov 2026 11:06:40 +0000");
    const auto episodes = list_episodes(feed);
    REQUIRE(episodes.size() == 1);
    CHECK(episodes[0].title == "Prima puntata");
    CHECK(episodes[0].guid == added.guid);
    CHECK(episodes[0].duration_s == 1);
    const std::string text = read_all(feed);
    CHECK(text.find("<enclosure url=\"https://example.org/podcast/prima%20puntata.mp3\" length=\"" +
                    std::to_string(fs::file_size(episode)) + "\" type=\"audio/mpeg\"") != std::string::npos);
  }

  TEST_CASE("adding the same file again updates its item and keeps its date") {
    test::TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    init_feed(feed, sample_channel(), fixed_clock(1795000000));
    const fs::path episode = write_episode(dir.path() / "puntata.mp3", "Titolo di prova");
    const AddedEpisode first = add_episode(feed, episode, {}, fixed_clock(1795000000));
    EpisodeOptions options;
    options.title = "Titolo corretto";
    const AddedEpisode second = add_episode(feed, episode, options, fixed_clock(1795086400));
    CHECK(second.updated);
    CHECK(second.guid == first.guid);
    CHECK(second.date == first.date);
    const auto episodes = list_episodes(feed);
    REQUIRE(episodes.size() == 1);
    CHECK(episodes[0].title == "Titolo corretto");
  }

  TEST_CASE("add refuses an episode file that is not there and leaves the feed as it was") {
    test::TempDir dir;
    const fs::path feed = dir.path() / "feed.xml";
    init_feed(feed, sample_channel(), fixed_clock(1795000000));
    const std::string before = read_all(feed);
    CHECK_THROWS_WITH_AS(add_episode(feed, dir.path() / "assente.mp3", {}, fixed_clock(1795000000)),
                         doctest::Contains("no such file"), Error);
    CHECK(read_all(feed) == before);
    CHECK(list_episodes(feed).empty());
  }

  TEST_CASE("the guid depends only on the enclosure URL") {
    CHECK(episode_guid("https://example.org/a.mp3") == episode_guid("https://example.org/a.mp3"));
    CHECK(episode_guid("https://example.org/a.mp3") != episode_guid("https://example.org/b.mp3"));
    CHECK(episode_guid("https://example.org/a.mp3").size() == 32);
  }
}
