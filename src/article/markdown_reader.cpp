// Markdown through libcmark (CommonMark). Walks the tree with cmark's own
// iterator, never by recursion, so deeply nested input cannot exhaust the stack.
#include <cmark.h>

#include <memory>

#include "article/document.h"

namespace narra {
namespace {

struct CmarkNodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using CmarkNodePtr = std::unique_ptr<cmark_node, CmarkNodeFree>;
struct CmarkIterFree {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using CmarkIterPtr = std::unique_ptr<cmark_iter, CmarkIterFree>;

std::string trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

// The text of a paragraph or heading: emphasis and links as their text, line
// breaks kept as line ends; images, inline code and raw HTML left out.
struct InlineText {
  std::vector<std::string> lines{std::string()};
  bool has_image = false;
  bool all_emphasis = true;  // every piece of text sits inside * or _
};

InlineText inline_text(cmark_node* block) {
  InlineText out;
  CmarkIterPtr iter(cmark_iter_new(block));
  int skip_depth = 0;  // > 0 inside an image
  int emphasis_depth = 0;
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    const bool enter = event == CMARK_EVENT_ENTER;
    if (type == CMARK_NODE_IMAGE) {
      skip_depth += enter ? 1 : -1;
      out.has_image = true;
      continue;
    }
    if (type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG) {
      emphasis_depth += enter ? 1 : -1;
      continue;
    }
    if (skip_depth > 0 || !enter) continue;
    if (type == CMARK_NODE_TEXT) {
      const char* literal = cmark_node_get_literal(node);
      if (literal == nullptr) continue;
      if (emphasis_depth == 0 && trim(literal).size() > 0) out.all_emphasis = false;
      out.lines.back() += literal;
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      out.lines.emplace_back();
    }
  }
  std::vector<std::string> lines;
  for (const auto& line : out.lines) {
    // What was left out leaves doubled spaces behind.
    std::string collapsed;
    for (char c : trim(line)) {
      if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
      collapsed += c;
    }
    if (!collapsed.empty()) lines.push_back(std::move(collapsed));
  }
  out.lines = std::move(lines);
  if (out.lines.empty()) out.all_emphasis = false;
  return out;
}

}  // namespace

Document read_markdown_document(std::string_view text, const std::filesystem::path& origin) {
  const FrontMatter matter = read_front_matter(text, origin);
  Document document = document_from(matter);
  document.chapters_from_headings = true;
  const std::string_view markdown = text.substr(matter.body_start);
  CmarkNodePtr root(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT));

  CmarkIterPtr iter(cmark_iter_new(root.get()));
  bool after_image = false;  // the previous paragraph held only an image
  bool h1_seen = false;      // the first # heading is the title (front matter wins over it)
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING) {
      InlineText heading = inline_text(node);
      after_image = false;
      if (heading.lines.empty()) continue;
      const int level = cmark_node_get_heading_level(node);
      Block block{BlockKind::heading, level >= 3 ? 1 : 0, std::move(heading.lines)};
      if (level == 1 && !h1_seen) {
        h1_seen = true;
        if (document.title.empty()) document.title = block_text(block);
      } else {
        document.blocks.push_back(std::move(block));
      }
    } else if (type == CMARK_NODE_PARAGRAPH) {
      InlineText paragraph = inline_text(node);
      if (paragraph.lines.empty()) {
        after_image = paragraph.has_image;
        continue;
      }
      // An emphasised paragraph right under an image is its caption.
      const bool caption = after_image && paragraph.all_emphasis;
      document.blocks.push_back(
          Block{caption ? BlockKind::caption : BlockKind::paragraph, 0, std::move(paragraph.lines)});
      after_image = false;
    } else if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK ||
               type == CMARK_NODE_THEMATIC_BREAK) {
      after_image = false;
    }
  }
  return document;
}

}  // namespace narra
