// The listening site: static pages beside a feed, for listening in a browser.
//   index.html          the show and its episodes, newest first, linking each page
//   <stem>.html         an episode: sticky player, nested chapter list,
//                       transcript under chapter headings, share tags, embed code
//   <stem>.embed.html   a compact player (title, controls, chapters) for an <iframe>
//   narra-site.css/.js  shared style and the script that syncs chapters and
//                       transcript with the audio (the pages work without it,
//                       except for the sync)
// Pages link only files in their own folder, by relative URLs, so the site
// works offline and from file://; the same feed gives the same bytes.
// Every file is written atomically; text is HTML-escaped.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "site/show.h"

namespace narra {

// HTML for the show's index page.
std::string render_index_page(const Show& show);
// HTML for one episode's page.
std::string render_episode_page(const Show& show, const PageEpisode& episode);
// HTML for one episode's compact player, meant for an <iframe> elsewhere.
std::string render_embed_page(const Show& show, const PageEpisode& episode);

// Writes the site for `feed` into the feed's folder (the folder of the link's
// target, for a feed given as a symbolic link) and returns the paths written,
// index.html first. Throws Error.
std::vector<std::filesystem::path> write_site(const std::filesystem::path& feed);

// "<a & b>" → "&lt;a &amp; b&gt;", quotes included: safe in text and attributes.
std::string escape_html(std::string_view text);

}  // namespace narra
