#include <doctest/doctest.h>

#include "feed/podcast_guid.h"

using namespace narra;

TEST_SUITE("podcast guid") {
  TEST_CASE("the specification's own examples give their published guids") {
    CHECK(podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == "917393e3-1b1e-5cef-ace4-edaa54e1f810");
    CHECK(podcast_guid("podnews.net/rss") == "9b024349-ccf0-5f69-a609-6b82873eab3c");
  }

  TEST_CASE("the scheme and final slashes do not change the guid, the rest does") {
    CHECK(podcast_guid("http://podnews.net/rss////") == "9b024349-ccf0-5f69-a609-6b82873eab3c");
    CHECK(podcast_guid("https://example.org/feed.xml") != podcast_guid("https://example.org/altro.xml"));
  }
}
