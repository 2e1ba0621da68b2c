#include <doctest/doctest.h>

#include <filesystem>

#include "../temp_dir.h"
#include "core/error.h"
#include "site/site_writer.h"

using namespace narra;
namespace fs = std::filesystem;

namespace {

const char* kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel>
  <title>Notizie &amp; voci</title>
  <description>Articoli letti ad alta voce</description>
  <itunes:author>Redazione</itunes:author>
  <item>
    <title>Secondo &lt;episodio&gt;</title>
    <pubDate>Sat, 28 Nov 2026 10:00:00 GMT</pubDate>
    <itunes:duration>226</itunes:duration>
    <enclosure url="https://example.org/pod/secondo.mp3" length="10" type="audio/mpeg"/>
    <podcast:chapters url="https://example.org/pod/secondo.chapters.json" type="application/json+chapters"/>
    <podcast:transcript url="https://example.org/pod/secondo.vtt" type="text/vtt"/>
  </item>
  <item>
    <title>Primo</title>
    <enclosure url="https://example.org/pod/index.mp3" length="10" type="audio/mpeg"/>
  </item>
</channel>
</rss>
)";

}  // namespace

TEST_SUITE("listening site") {
  TEST_CASE("html escaping covers text and attribute quotes") {
    CHECK(escape_html(R"(<a href="x">L'ape & co</a>)") ==
          "&lt;a href=&quot;x&quot;&gt;L&#39;ape &amp; co&lt;/a&gt;");
  }

  TEST_CASE("webvtt cues are read with hours optional and entities decoded") {
    const auto cues = parse_webvtt(
        "WEBVTT\n\nNOTE a comment --> here\n\n1\n00:00.500 --> 00:02.250\nPrimo &amp; secondo\n\n"
        "01:00:01.000 --> 01:00:03.000 align:start\nterzo\nrigo\n",
        "x.vtt");
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].start_seconds == doctest::Approx(0.5));
    CHECK(cues[0].end_seconds == doctest::Approx(2.25));
    CHECK(cues[0].text == "Primo & secondo");
    CHECK(cues[1].start_seconds == doctest::Approx(3601.0));
    CHECK(cues[1].text == "terzo rigo");
  }

  TEST_CASE("a file without the WEBVTT header is refused") {
    CHECK_THROWS_AS(parse_webvtt("1\n00:00.000 --> 00:01.000\nx\n", "x.vtt"), Error);
    CHECK_THROWS_AS(parse_webvtt("WEBVTT\n\n00:xx.000 --> 00:01.000\nx\n", "x.vtt"), Error);
  }

  TEST_CASE("the show is read from the feed with chapters and transcript beside it") {
    test::TempDir folder;
    folder.write("feed.xml", kFeed);
    folder.write("secondo.chapters.json",
                 R"({"version":"1.2.0","chapters":[{"startTime":0,"title":"Apertura"},)"
                 R"({"startTime":12.5,"title":"Il fatto"},{"startTime":20,"title":"nascosto","toc":false}]})");
    folder.write("secondo.vtt", "WEBVTT\n\n00:00.010 --> 00:03.000\nPrima frase.\n");
    const Show show = read_show(folder.path() / "feed.xml");
    CHECK(show.title == "Notizie & voci");
    CHECK(show.author == "Redazione");
    REQUIRE(show.episodes.size() == 2);
    const PageEpisode& first = show.episodes[0];
    CHECK(first.title == "Secondo <episodio>");
    CHECK(first.audio_file == "secondo.mp3");
    CHECK(first.stem == "secondo");
    REQUIRE(first.chapters.size() == 2);
    CHECK(first.chapters[1].title == "Il fatto");
    CHECK(first.chapters[1].start_seconds == doctest::Approx(12.5));
    REQUIRE(first.transcript.size() == 1);
    SUBCASE("an episode named like the index page gets another page name") {
      CHECK(show.episodes[1].stem == "episode-index");
    }
  }

  TEST_CASE("the episode page links chapters as media fragments and escapes titles") {
    test::TempDir folder;
    folder.write("feed.xml", kFeed);
    folder.write("secondo.chapters.json", R"({"version":"1.2.0","chapters":[{"startTime":12.5,"title":"A & B"}]})");
    const Show show = read_show(folder.path() / "feed.xml");
    const std::string page = render_episode_page(show, show.episodes[0]);
    CHECK(page.find("<h1>Secondo &lt;episodio&gt;</h1>") != std::string::npos);
    CHECK(page.find("href=\"./secondo.mp3#t=12.500\" data-start=\"12.500\"") != std::string::npos);
    CHECK(page.find("A &amp; B") != std::string::npos);
    CHECK(page.find("<audio id=\"player\" controls") != std::string::npos);
  }

  TEST_CASE("write_site writes the index, one page per episode and the shared files") {
    test::TempDir folder;
    folder.write("feed.xml", kFeed);
    const auto written = write_site(folder.path() / "feed.xml");
    REQUIRE(written.size() == 5);
    CHECK(written[0].filename() == "index.html");
    CHECK(fs::exists(folder.path() / "secondo.html"));
    CHECK(fs::exists(folder.path() / "episode-index.html"));
    CHECK(fs::exists(folder.path() / "narra-site.js"));
  }

  TEST_CASE("a feed that is not RSS is refused") {
    test::TempDir folder;
    folder.write("feed.xml", "<html><body/></html>");
    CHECK_THROWS_AS(read_show(folder.path() / "feed.xml"), Error);
    folder.write("feed.xml", "<rss><channel><title>x</title>");
    CHECK_THROWS_AS(read_show(folder.path() / "feed.xml"), Error);
  }
}
