// Structured data a page carries about its story: schema.org JSON-LD
// (<script type="application/ld+json">) describing an Article, NewsArticle,
// BlogPosting or another type of article. Not used outside src/article/.
#pragma once

#include <gumbo.h>

#include <string>

namespace narra {

// Each field empty when the page does not give it.
struct StructuredArticle {
  std::string headline, author, date, image, description, url;
  std::string body;  // articleBody: plain text, paragraphs on lines of their own
};

// The first article described by the page's JSON-LD blocks, searched through
// arrays and @graph lists. Blocks that are not valid JSON are skipped: a page
// is read whether or not its structured data is.
StructuredArticle read_structured_article(const GumboNode* root);

}  // namespace narra
