// The channel-level tags directories and apps identify a show by, kept up
// to date on every change to the feed.
#pragma once

#include <string>

#include "feed/feed_date.h"
#include "feed/feed_document.h"

namespace narra {

// The URL the feed itself is published at: the base URL plus its file name.
std::string feed_url(const FeedDocument& feed, const std::string& base_url);

// lastBuildDate (now), generator (narra and its version), and, when missing,
// atom:link rel="self" and podcast:guid (feed/podcast_guid.h) for the feed's
// URL (when `base_url` is known). Tags another tool wrote are kept, but for lastBuildDate and generator.
void refresh_channel(FeedDocument& feed, const std::string& base_url, Seconds now);

// podcast:locked "yes" with the owner's e-mail: other hosts may not import the show.
void lock_channel(FeedDocument& feed, const std::string& owner_email);

// The RSS 2.0 <image> (url, title, link) and itunes:image for the artwork at `url`.
void set_channel_image(FeedDocument& feed, const std::string& url);

}  // namespace narra
