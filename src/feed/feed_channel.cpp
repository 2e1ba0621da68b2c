#include "feed/feed_channel.h"

#include "core/url.h"
#include "feed/feed_item.h"
#include "feed/podcast_guid.h"

namespace narra {
namespace {

pugi::xml_node plain_child(pugi::xml_node parent, const char* name) {
  pugi::xml_node child = parent.child(name);
  return child ? child : parent.append_child(name);
}

pugi::xml_node child_of(FeedDocument& feed, const char* uri, const std::string& preferred,
                        const char* local) {
  pugi::xml_node child = find_child(feed.channel(), uri, local);
  if (!child) child = feed.channel().append_child((feed.ensure_prefix(uri, preferred) + local).c_str());
  return child;
}

}  // namespace

std::string feed_url(const FeedDocument& feed, const std::string& base_url) {
  return base_url + percent_encode(feed.path().filename().string());
}

void refresh_channel(FeedDocument& feed, const std::string& base_url, Seconds now) {
  pugi::xml_node channel = feed.channel();
  replace_text(plain_child(channel, "lastBuildDate"), format_rfc2822(now));
  replace_text(plain_child(channel, "generator"), "narra " NARRA_VERSION);
  if (base_url.empty()) return;  // a feed narra did not make: its URL is unknown
  const std::string url = feed_url(feed, base_url);
  if (!find_child(channel, kAtomNamespace, "link")) {
    pugi::xml_node self = child_of(feed, kAtomNamespace, "atom", "link");
    set_attribute(self, "href", url);
    set_attribute(self, "rel", "self");
    set_attribute(self, "type", "application/rss+xml");
  }
  if (!find_child(channel, kPodcastNamespace, "guid")) {
    replace_text(child_of(feed, kPodcastNamespace, "podcast", "guid"), podcast_guid(url));
  }
}

void lock_channel(FeedDocument& feed, const std::string& owner_email) {
  pugi::xml_node locked = child_of(feed, kPodcastNamespace, "podcast", "locked");
  set_attribute(locked, "owner", owner_email);
  replace_text(locked, "yes");
}

void set_channel_image(FeedDocument& feed, const std::string& url) {
  pugi::xml_node channel = feed.channel();
  set_attribute(child_of(feed, kItunesNamespace, "itunes", "image"), "href", url);
  pugi::xml_node image = plain_child(channel, "image");
  replace_text(plain_child(image, "url"), url);
  replace_text(plain_child(image, "title"), channel.child("title").text().get());
  replace_text(plain_child(image, "link"), channel.child("link").text().get());
}

}  // namespace narra
