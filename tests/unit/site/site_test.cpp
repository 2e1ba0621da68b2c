#include <doctest/doctest.h>

#include <filesystem>

#include "../temp_dir.h"
#include "core/error.h"
#include "site/page_text.h"
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
    folder.write(
        "secondo.chapters.json",
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
    REQUIRE(first.chapters.size() == 3);
    CHECK(first.chapters[2].level == 1);
    CHECK(first.chapters[1].title == "Il fatto");
    CHECK(first.chapters[1].start_seconds == doctest::Approx(12.5));
    REQUIRE(first.transcript.size() == 1);
    SUBCASE("an episode named like the index page gets another page name") {
      CHECK(show.episodes[1].stem == "episode-index");
    }
  }

  TEST_CASE("the episode page links chapters to their heading in the transcript and escapes titles") {
    test::TempDir folder;
    folder.write("feed.xml", kFeed);
    folder.write("secondo.chapters.json",
                 R"({"version":"1.2.0","chapters":[{"startTime":12.5,"title":"A & B"}]})");
    const Show show = read_show(folder.path() / "feed.xml");
    const std::string page = render_episode_page(show, show.episodes[0]);
    CHECK(page.find("<h1>Secondo &lt;episodio&gt;</h1>") != std::string::npos);
    CHECK(page.find("<a href=\"#c0\" data-start=\"12.500\">") != std::string::npos);
    CHECK(page.find("<h3 id=\"c0\">A &amp; B</h3>") != std::string::npos);
    CHECK(page.find("<audio id=\"player\" controls") != std::string::npos);
    CHECK(page.find("<time datetime=\"2026-11-28T10:00:00Z\">28 novembre 2026</time>") != std::string::npos);
    CHECK(page.find("durata 3:46") != std::string::npos);
  }

  TEST_CASE("chapters marked toc false are listed inside the chapter before them") {
    test::TempDir folder;
    folder.write("feed.xml", kFeed);
    folder.write(
        "secondo.chapters.json",
        R"({"chapters":[{"startTime":0,"title":"Apertura"},{"startTime":5,"title":"Uno"},)"
        R"({"startTime":8,"title":"Uno.a","toc":false},{"startTime":9,"title":"Uno.b","toc":false},)"
        R"({"startTime":12,"title":"Due","toc":true},{"startTime":14,"title":"Due.a","toc":false}]})");
    const Show show = read_show(folder.path() / "feed.xml");
    REQUIRE(show.episodes[0].chapters.size() == 6);
    CHECK(show.episodes[0].chapters[2].level == 1);
    CHECK(show.episodes[0].chapters[4].level == 0);
    const std::string page = render_episode_page(show, show.episodes[0]);
    const auto list = page.substr(page.find("<ol class=\"chapters\">"));
    CHECK(list.find("Uno</a>\n<ol>\n<li><a href=\"#c2\"") != std::string::npos);
    CHECK(list.find("Uno.b</a></li>\n</ol>\n</li>\n<li><a href=\"#c4\"") != std::string::npos);
    CHECK(page.find("<h4 id=\"c2\">Uno.a</h4>") != std::string::npos);
    SUBCASE("a toc that is not true or false is refused") {
      folder.write("secondo.chapters.json", R"({"chapters":[{"startTime":0,"title":"A","toc":"no"}]})");
      CHECK_THROWS_AS(read_show(folder.path() / "feed.xml"), Error);
    }
  }

  TEST_CASE("dates read as an Italian reader writes them") {
    CHECK(page_date("Sat, 28 Nov 2026 10:00:00 GMT").text == "28 novembre 2026");
    CHECK(page_date("Sat, 28 Nov 2026 10:00:00 GMT").datetime == "2026-11-28T10:00:00Z");
    CHECK(page_date("Fri, 1 Jan 2027 23:30:00 -0100").text == "2 gennaio 2027");
    CHECK(page_date("ieri").text.empty());
  }

  TEST_CASE("write_site writes the index, a page and an embed per episode and the shared files") {
    test::TempDir folder;
    folder.write("feed.xml", kFeed);
    const auto written = write_site(folder.path() / "feed.xml");
    REQUIRE(written.size() == 7);
    CHECK(written[0].filename() == "index.html");
    CHECK(fs::exists(folder.path() / "secondo.html"));
    CHECK(fs::exists(folder.path() / "secondo.embed.html"));
    CHECK(fs::exists(folder.path() / "episode-index.html"));
    CHECK(fs::exists(folder.path() / "narra-site.js"));
  }

  TEST_CASE("an episode whose page would be another's embed page is refused") {
    test::TempDir folder;
    std::string feed = kFeed;
    feed.replace(feed.find("index.mp3"), 9, "secondo.embed.mp3");
    folder.write("feed.xml", feed);
    CHECK_THROWS_AS(write_site(folder.path() / "feed.xml"), Error);
    CHECK_FALSE(fs::exists(folder.path() / "index.html"));
  }

  TEST_CASE("a feed that is not RSS is refused") {
    test::TempDir folder;
    folder.write("feed.xml", "<html><body/></html>");
    CHECK_THROWS_AS(read_show(folder.path() / "feed.xml"), Error);
    folder.write("feed.xml", "<rss><channel><title>x</title>");
    CHECK_THROWS_AS(read_show(folder.path() / "feed.xml"), Error);
  }
}
