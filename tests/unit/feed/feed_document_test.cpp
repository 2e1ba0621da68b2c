#include <doctest/doctest.h>

#include <fstream>
#include <pugixml.hpp>

#include "../temp_dir.h"
#include "core/error.h"
#include "feed/feed_document.h"

using namespace narra;
namespace fs = std::filesystem;

TEST_SUITE("feed document") {
  TEST_CASE("namespaced elements are found by URI whatever their prefix") {
    test::TempDir dir;
    const fs::path path = dir.write(
        "prefix.xml",
        R"(<rss xmlns:it="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>)"
        R"(<it:author>Prima</it:author>)"
        R"(<item xmlns:p="https://podcastindex.org/namespace/1.0"><p:chapters url="c.json"/></item>)"
        R"(<x:author xmlns:x="urn:other">Altro</x:author>)"
        R"(<duration xmlns="http://www.itunes.com/dtds/podcast-1.0.dtd">12</duration>)"
        R"(</channel></rss>)");
    const FeedDocument feed = FeedDocument::load(path);
    CHECK(std::string(find_child(feed.channel(), kItunesNamespace, "author").child_value()) == "Prima");
    CHECK(std::string(find_child(feed.channel(), kItunesNamespace, "duration").child_value()) == "12");
    const pugi::xml_node item = feed.channel().child("item");
    CHECK(std::string(find_child(item, kPodcastNamespace, "chapters").attribute("url").value()) == "c.json");
    CHECK(find_children(feed.channel(), "urn:other", "author").size() == 1);
    CHECK(feed.root_prefix(kItunesNamespace) == "it:");
  }

  TEST_CASE("a feed whose text would hold a character XML cannot hold is not saved") {
    const std::string text = "<rss><channel><title>A</title></channel></rss>\n";
    test::TempDir dir;
    const fs::path path = dir.write("bad.xml", text);
    FeedDocument feed = FeedDocument::load(path);
    feed.channel().child("title").text().set("A \xEF\xBF\xBE B");
    CHECK_THROWS_AS(feed.save(), Error);
    std::ifstream in(path, std::ios::binary);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == text);
  }
}
