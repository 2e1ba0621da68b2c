#include "feed/feed_item.h"

#include <cmath>

#include "core/clock_time.h"
#include "core/markup_escape.h"
#include "feed/feed_date.h"
#include "writers/timestamps.h"

namespace narra {
namespace {

// The child `local` of `uri`, created at the end of `item` (as prefix + local) when missing.
pugi::xml_node child_of(FeedDocument& feed, pugi::xml_node item, const char* uri,
                        const std::string& preferred, const char* local) {
  pugi::xml_node child = find_child(item, uri, local);
  if (!child) child = item.append_child((feed.ensure_prefix(uri, preferred) + local).c_str());
  return child;
}

void remove_all(pugi::xml_node item, const char* uri, const char* local) {
  for (const pugi::xml_node child : find_children(item, uri, local)) item.remove_child(child);
}

std::int64_t whole_ms(double seconds) { return std::llround(seconds * 1000.0); }

Seconds item_date(pugi::xml_node item) {
  return parse_rfc2822(item.child("pubDate").text().get()).value_or(Seconds::min());
}

// The first item that sorts after (date, guid): newest first, ties by guid so
// the order does not depend on which of two runs came first.
pugi::xml_node first_item_after(pugi::xml_node channel, Seconds date, std::string_view guid,
                                pugi::xml_node except) {
  for (pugi::xml_node item : channel.children("item")) {
    if (item == except) continue;
    const Seconds other = item_date(item);
    if (other < date || (other == date && std::string_view(item.child("guid").text().get()) > guid)) {
      return item;
    }
  }
  return {};
}

pugi::xml_node last_item(pugi::xml_node channel, pugi::xml_node except) {
  pugi::xml_node last;
  for (pugi::xml_node item : channel.children("item")) {
    if (item != except) last = item;
  }
  return last;
}

}  // namespace

pugi::xml_node place_item(pugi::xml_node channel, pugi::xml_node item, Seconds date, std::string_view guid) {
  const pugi::xml_node before = first_item_after(channel, date, guid, item);
  const pugi::xml_node after = last_item(channel, item);
  if (!item) {
    if (before) return channel.insert_child_before("item", before);
    if (after) return channel.insert_child_after("item", after);
    return channel.append_child("item");
  }
  if (before) return channel.insert_move_before(item, before);
  if (after) return channel.insert_move_after(item, after);
  return item;
}

void set_show_notes(FeedDocument& feed, pugi::xml_node item, const ItemNotes& notes) {
  std::string html;
  if (!notes.description.empty()) html += "<p>" + escape_markup(notes.description, Quotes::keep) + "</p>\n";
  if (!notes.chapters.empty()) {
    html += "<ul>\n";
    for (const auto& chapter : notes.chapters) {
      html += "<li>" + clock_time(chapter.start_seconds, 2) + " " +
              escape_markup(chapter.title, Quotes::keep) + "</li>\n";
    }
    html += "</ul>\n";
  }
  if (!notes.source_url.empty()) {
    html += "<p><a href=\"" + escape_markup(notes.source_url) + "\">" +
            escape_markup(notes.source_url, Quotes::keep) + "</a></p>\n";
  }
  remove_all(item, kContentNamespace, "encoded");
  if (html.empty()) return;
  pugi::xml_node encoded = child_of(feed, item, kContentNamespace, "content", "encoded");
  // Every text is escaped and followed by a tag's "<", so "]]>" cannot end the CDATA section early.
  encoded.append_child(pugi::node_cdata).set_value(html.c_str());
}

void set_simple_chapters(FeedDocument& feed, pugi::xml_node item,
                         const std::vector<SidecarChapter>& chapters) {
  remove_all(item, kPodloveChaptersNamespace, "chapters");
  if (chapters.empty()) return;
  const std::string psc = feed.ensure_prefix(kPodloveChaptersNamespace, "psc");
  pugi::xml_node list = item.append_child((psc + "chapters").c_str());
  list.append_attribute("version").set_value("1.2");
  for (const auto& chapter : chapters) {
    pugi::xml_node entry = list.append_child((psc + "chapter").c_str());
    entry.append_attribute("start").set_value(format_timestamp(whole_ms(chapter.start_seconds)).c_str());
    entry.append_attribute("title").set_value(chapter.title.c_str());
  }
}

void set_item_tags(FeedDocument& feed, pugi::xml_node item, const ItemTags& tags) {
  if (!tags.image_url.empty()) {
    set_attribute(child_of(feed, item, kItunesNamespace, "itunes", "image"), "href", tags.image_url);
  }
  if (!tags.explicit_text.empty()) {
    replace_text(child_of(feed, item, kItunesNamespace, "itunes", "explicit"), tags.explicit_text);
  }
  if (tags.episode_number) {
    replace_text(child_of(feed, item, kItunesNamespace, "itunes", "episode"),
                 std::to_string(*tags.episode_number));
  }
  if (!tags.author.empty()) {
    pugi::xml_node person = child_of(feed, item, kPodcastNamespace, "podcast", "person");
    set_attribute(person, "role", "author");
    set_attribute(person, "group", "writing");
    replace_text(person, tags.author);
  }
}

void set_alternate_enclosure(FeedDocument& feed, pugi::xml_node item, const AlternateEnclosure& alternate) {
  pugi::xml_node enclosure;
  for (const pugi::xml_node candidate : find_children(item, kPodcastNamespace, "alternateEnclosure")) {
    if (std::string_view(candidate.attribute("type").value()) == alternate.type) enclosure = candidate;
  }
  const std::string podcast = feed.ensure_prefix(kPodcastNamespace, "podcast");
  if (!enclosure) enclosure = item.append_child((podcast + "alternateEnclosure").c_str());
  set_attribute(enclosure, "type", alternate.type);
  set_attribute(enclosure, "length", std::to_string(alternate.length_bytes));
  set_attribute(enclosure, "title", alternate.title);
  while (enclosure.first_child()) enclosure.remove_child(enclosure.first_child());
  enclosure.append_child((podcast + "source").c_str())
      .append_attribute("uri")
      .set_value(alternate.url.c_str());
}

}  // namespace narra
