// The Podcasting 2.0 channel identifier, podcast:guid: a UUID version 5 of
// the feed's URL with its scheme ("https://") and final slashes taken off,
// in the namespace the specification fixes.
#pragma once

#include <string>
#include <string_view>

namespace narra {

// "917393e3-1b1e-5cef-ace4-edaa54e1f810" for "https://mp3s.nashownotes.com/pc20rss.xml",
// the specification's example.
std::string podcast_guid(std::string_view feed_url);

}  // namespace narra
