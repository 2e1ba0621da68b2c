// Finds the story in an HTML page. Every run of text is scored (its length,
// its commas, the share of it inside links, the class and id hints of the
// elements around it); the element gathering the most is the story, read
// with the siblings that score like it. Not used outside src/article/.
#pragma once

#include <gumbo.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "article/cleanup.h"

namespace narra {

// How much text sits under each element, counted once for the whole page.
// Lengths are UTF-8 bytes with runs of whitespace counted as one.
struct NodeText {
  std::size_t chars = 0;
  std::size_t link_chars = 0;       // inside <a>
  std::size_t paragraph_chars = 0;  // inside paragraphs (p, pre, and li, td, div holding no block)
  std::size_t commas = 0;
  bool has_block = false;  // some block element below it
};

class PageText {
 public:
  explicit PageText(const GumboNode* root);
  const NodeText& of(const GumboNode* node) const;
  std::size_t paragraph_chars() const { return of(root_).paragraph_chars; }
  // A run of prose: p and pre, and li, td, div and section holding no block.
  bool is_paragraph(const GumboNode* node) const;

 private:
  const GumboNode* root_;
  std::unordered_map<const GumboNode*, NodeText> text_;
};

// Why an element is page furniture (its tag, role, hidden state or a
// class/id rule), or empty when it is content. A class/id rule never drops an
// element holding most of the page's paragraph text: that is the story's own
// container, whatever it is called.
std::string furniture_reason(const GumboNode* node, const CleanupRules* rules, const PageText& page);

// The best <article> (the one holding most text), else <main>, else <body>.
const GumboNode* page_container(const GumboNode* root, const PageText& page);

// The elements to read, in document order, and what was left out for the
// trace. Without enough prose to score, the best <article>, else <main>, else
// <body>.
struct ContentChoice {
  std::vector<const GumboNode*> roots;
  CleanupReport left_out;
};
ContentChoice choose_content(const GumboNode* root, const CleanupRules* rules, const PageText& page);

}  // namespace narra
