// What a feed item says around its audio, for podcast apps to show: show
// notes (content:encoded), links, artwork, people, Podlove Simple Chapters
// and the alternate (Opus) enclosure. Each writer replaces its own tags and
// leaves every other child of the item as it is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "feed/episode_sidecars.h"
#include "feed/feed_date.h"
#include "feed/feed_document.h"

namespace narra {

inline constexpr const char* kContentNamespace = "http://purl.org/rss/1.0/modules/content/";
inline constexpr const char* kPodloveChaptersNamespace = "http://podlove.org/simple-chapters";
inline constexpr const char* kAtomNamespace = "http://www.w3.org/2005/Atom";

struct ItemNotes {
  std::string description;  // plain text; empty: none
  std::string source_url;   // the article's own page; empty: unknown
  std::vector<SidecarChapter> chapters;
};

// content:encoded: the description, the chapters with their start times and
// a link to the source, as HTML in a CDATA section.
void set_show_notes(FeedDocument& feed, pugi::xml_node item, const ItemNotes& notes);

// psc:chapters, one psc:chapter per chapter ("HH:MM:SS.mmm"); removed when there are none.
void set_simple_chapters(FeedDocument& feed, pugi::xml_node item,
                         const std::vector<SidecarChapter>& chapters);

// itunes:image href, itunes:explicit, itunes:episode (when numbered) and
// podcast:person (the author, role "author" in the "writing" group); an
// empty value leaves the tag the item has.
struct ItemTags {
  std::string image_url;
  std::string explicit_text;
  std::optional<int> episode_number;
  std::string author;
};
void set_item_tags(FeedDocument& feed, pugi::xml_node item, const ItemTags& tags);

// podcast:alternateEnclosure for another encoding of the episode, with its
// podcast:source; one per type, replaced when the type is already there.
struct AlternateEnclosure {
  std::string type;
  std::uintmax_t length_bytes = 0;
  std::string url;
  std::string title;
};
void set_alternate_enclosure(FeedDocument& feed, pugi::xml_node item, const AlternateEnclosure& alternate);

// Puts `item` (null: a new item) among the channel's items where its date
// belongs: newest first, ties by guid so the order does not depend on which
// of two runs came first. Returns it.
pugi::xml_node place_item(pugi::xml_node channel, pugi::xml_node item, Seconds date, std::string_view guid);

}  // namespace narra
