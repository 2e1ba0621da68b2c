// Small questions asked of libgumbo's tree by the HTML reader and the content
// extractor. Not used outside src/article/.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

namespace narra {

// An attribute's value, empty when the element has none.
std::string attribute(const GumboElement& element, const char* name);

// The class and id of an element, space-separated, as class/id rules see them.
std::string class_and_id(const GumboElement& element);

// Markup that is never read as prose: scripts, styles, media, controls, <head>.
bool is_never_read(GumboTag tag);

// Elements that end a run of text (the reader flushes a block at their edges).
bool is_block(GumboTag tag);

// Hidden by the `hidden` attribute, aria-hidden="true" or an inline
// display:none / visibility:hidden style.
bool is_hidden(const GumboElement& element);

// The element children of `node` in order (text nodes left out).
std::vector<const GumboNode*> element_children(const GumboNode* node);

// Every element with `tag` under `root` (itself included), in document order.
std::vector<const GumboNode*> find_all(const GumboNode* root, GumboTag tag);

// The text under `root` with whitespace collapsed, cut to `limit` bytes at a space.
std::string subtree_text(const GumboNode* root, std::size_t limit);

}  // namespace narra
