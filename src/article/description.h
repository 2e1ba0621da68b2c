// What a podcast app shows as an episode's notes: the article's own
// description when it has one, else its lede.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "article/article.h"

namespace narra {

// Descriptions are cut to at most this many characters, at a sentence end
// when one falls within them.
inline constexpr std::size_t kDescriptionCharacters = 300;

// Article::description when not empty; else the lede: the first paragraph of
// the body that reads as prose (at least eight words, ending a sentence), so
// captions, the title, bylines and datelines are passed over; cut after its
// last sentence within kDescriptionCharacters, or at a word with "…" when its
// first sentence is longer. Empty when the article has no such paragraph.
std::string episode_description(const Article& article);

// A digest's description: its articles' titles, in order, each ending a sentence.
std::string digest_description(const std::vector<Article>& articles);

}  // namespace narra
