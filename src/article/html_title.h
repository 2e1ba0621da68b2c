// The title of an HTML page: its meta tags, its <title> and its headings
// each name it, most with the site's name or a second copy beside it.
// Not used outside src/article/.
#pragma once

#include <string>

#include "article/document.h"

namespace narra {

// "Story | eHow" → "Story" when the site calls itself "eHow" (og:site_name),
// or "Factorio.com", or the like: the last part after a separator is the
// site's name when one of the two names starts with the other.
std::string without_named_site(const std::string& title, const std::string& site_name);

// Sets the title when the metadata gave none and takes its heading out of the
// blocks: the h1 that the <title> names, else the first h1, else the <title>
// without the site's name. A heading before the story's prose that repeats
// the title is not read again; other h1s open chapters.
void take_title(const std::string& title_tag, Document& document);

}  // namespace narra
