// The entries of a news site's own feed (RSS 2.0, RSS 1.0 or Atom): what
// `narra follow` turns into episodes.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace narra {

struct NewsEntry {
  std::string key;    // what marks the entry as done: its guid or id, else its link
  std::string link;   // the article's web address
  std::string title;  // as the feed gives it; may be empty
  std::string date;   // published (else updated) as the feed writes it; empty when none
};

// The entries of the feed in `bytes`, in document order; entries without a
// link are left out. Throws Error naming `origin` when it is not
// well-formed XML, or not an RSS or Atom feed.
std::vector<NewsEntry> read_news_feed(std::string_view bytes, const std::filesystem::path& origin);

}  // namespace narra
