// HTML through libgumbo (an HTML5 parser). The tree is walked with an
// explicit stack, and input nested deeper than kMaxHtmlDepth is refused before
// parsing, since the HTML5 tree builder's cost grows with the square of the depth.
#include <gumbo.h>

#include <algorithm>
#include <memory>

#include "article/content_extractor.h"
#include "article/document.h"
#include "article/html_title.h"
#include "article/html_tree.h"
#include "article/structured_data.h"
#include "core/error.h"
#include "core/utf8.h"

namespace narra {
namespace {

constexpr int kMaxHtmlDepth = 1000;
constexpr std::size_t kSnippetBytes = 60;

struct GumboOutputFree {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputFree>;

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Elements that never hold others or whose end tag may be left out: they do
// not deepen the tree however they are written.
bool is_flat_element(std::string_view name) {
  static constexpr std::string_view kFlat[] = {
      "area",   "base",     "br",  "col", "embed", "hr",    "img",   "input",    "link",   "meta",
      "source", "track",    "wbr", "p",   "li",    "dt",    "dd",    "tr",       "td",     "th",
      "option", "optgroup", "rt",  "rp",  "thead", "tbody", "tfoot", "colgroup", "caption"};
  return std::find(std::begin(kFlat), std::end(kFlat), name) != std::end(kFlat);
}

// The deepest nesting of elements, counted from the tags as written.
int written_depth(std::string_view html) {
  int depth = 0, deepest = 0;
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (html.compare(pos, 4, "<!--") == 0) {
      const auto end = html.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
    std::size_t name_start = pos + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < html.size() && is_name_char(html[name_end])) ++name_end;
    const auto tag_end = html.find('>', name_end);
    if (name_end == name_start || tag_end == std::string_view::npos) {
      ++pos;
      continue;
    }
    const std::string name = to_lower(html.substr(name_start, name_end - name_start));
    const bool self_closing = html[tag_end - 1] == '/';
    if (!is_flat_element(name) && !self_closing) {
      depth = closing ? std::max(0, depth - 1) : depth + 1;
      deepest = std::max(deepest, depth);
    }
    pos = tag_end + 1;
    // Script and style bodies are text, whatever they contain.
    if (!closing && (name == "script" || name == "style")) {
      const auto end = html.find("</", pos);
      if (end == std::string_view::npos) break;
      pos = end;
    }
  }
  return deepest;
}

bool is_credit(const GumboElement& element, const CleanupRules* rules) {
  if (rules == nullptr) return false;
  const std::string names = class_and_id(element);
  return std::any_of(rules->html_credits.begin(), rules->html_credits.end(),
                     [&](const CleanupPattern& rule) { return rule.pattern.occurs_in(names); });
}

// The text of <title>, whitespace collapsed.
std::string title_text(const GumboNode* title) {
  std::string text;
  for (unsigned i = 0; i < title->v.element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(title->v.element.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) text += child->v.text.text;
  }
  std::string collapsed;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

// Fills the metadata from <html lang>, <meta> and <link rel=canonical>;
// returns the <title> text.
std::string read_metadata(const GumboNode* root, Document& document) {
  if (root->type == GUMBO_NODE_ELEMENT) document.language = attribute(root->v.element, "lang");
  const auto heads = find_all(root, GUMBO_TAG_HEAD);
  std::string title_tag;
  if (heads.empty()) return title_tag;
  std::string url_from_meta, site_name;
  for (const GumboNode* node : element_children(heads.front())) {
    const GumboElement& element = node->v.element;
    if (element.tag == GUMBO_TAG_TITLE) title_tag = title_text(node);
    // The canonical link names the article better than og:url, wherever it stands in <head>.
    if (element.tag == GUMBO_TAG_LINK && to_lower(attribute(element, "rel")) == "canonical" &&
        document.source_url.empty())
      document.source_url = attribute(element, "href");
    if (element.tag != GUMBO_TAG_META) continue;
    const std::string key = attribute(element, "property") + attribute(element, "name");
    const std::string content = attribute(element, "content");
    if (key == "og:title" && document.title.empty())
      document.title = content;
    else if ((key == "author" || key == "article:author") && document.author.empty() &&
             content.rfind("http", 0) != 0)
      document.author = content;
    else if ((key == "article:published_time" || key == "date") && document.date.empty())
      document.date = content;
    else if (key == "og:image" && document.cover.empty())
      document.cover = content;
    else if (key == "og:locale" && document.language.empty())
      document.language = content;
    else if ((key == "description" || key == "og:description") && document.description.empty())
      document.description = content;
    else if (key == "og:url" && url_from_meta.empty())
      url_from_meta = content;
    else if (key == "og:site_name" && site_name.empty())
      site_name = content;
  }
  if (document.source_url.empty()) document.source_url = url_from_meta;
  document.title = without_named_site(document.title, site_name);
  return title_tag;
}

// Structured data names the story's author, date and picture where meta
// tags may name the site's; its headline is the title when og:title is
// missing. Returns the articleBody, empty when there is none.
std::string read_structured_data(const GumboNode* root, Document& document) {
  const StructuredArticle found = read_structured_article(root);
  const auto prefer = [](std::string& field, const std::string& value) {
    if (!value.empty()) field = value;
  };
  if (document.title.empty()) document.title = found.headline;
  prefer(document.author, found.author);
  prefer(document.date, found.date);
  prefer(document.cover, found.image);
  prefer(document.description, found.description);
  prefer(document.source_url, found.url);
  return found.body;
}

// Turns the content element into blocks.
class BlockCollector {
 public:
  BlockCollector(Document& document, const CleanupRules* rules, bool keep_all, const PageText& page)
      : document_(document), rules_(rules), keep_all_(keep_all), page_(page) {}

  void collect(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
      Block kind;  // the kind of text inside this element
    };
    std::vector<Frame> stack;
    enter(root, Block{}, true);
    stack.push_back({root, 0, kind_inside(root->v.element, Block{})});
    while (!stack.empty()) {
      Frame& frame = stack.back();
      const GumboVector& children = frame.node->v.element.children;
      if (frame.next_child == children.length) {
        if (is_block(frame.node->v.element.tag)) flush(frame.kind);
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
      const Block kind = frame.kind;
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
          child->type == GUMBO_NODE_WHITESPACE) {
        append(child->v.text.text);
      } else if (child->type == GUMBO_NODE_ELEMENT && enter(child, kind, false)) {
        stack.push_back({child, 0, kind_inside(child->v.element, kind)});
      }
    }
  }

 private:
  // Decides whether to walk into an element; flushes before a block starts.
  bool enter(const GumboNode* node, const Block& outer, bool is_root) {
    const GumboElement& element = node->v.element;
    if (element.tag == GUMBO_TAG_BR) {
      lines_.emplace_back();
      return false;
    }
    if (is_never_read(element.tag)) return false;
    if (!is_root && !keep_all_) {
      if (outer.kind == BlockKind::caption && is_credit(element, rules_)) {
        document_.dropped.push_back({"credit", "caption credit", subtree_text(node, kSnippetBytes)});
        return false;
      }
      const std::string reason = furniture_reason(node, rules_, page_);
      if (!reason.empty()) {
        const std::string text = subtree_text(node, kSnippetBytes);
        if (!text.empty()) document_.dropped.push_back({"dropped", reason, text});
        return false;
      }
    }
    if (is_block(element.tag)) flush(outer);
    return true;
  }

  static Block kind_inside(const GumboElement& element, const Block& outer) {
    switch (element.tag) {
      case GUMBO_TAG_H1: return Block{BlockKind::heading, -1, {}};
      case GUMBO_TAG_H2: return Block{BlockKind::heading, 0, {}};
      case GUMBO_TAG_H3:
      case GUMBO_TAG_H4:
      case GUMBO_TAG_H5:
      case GUMBO_TAG_H6: return Block{BlockKind::heading, 1, {}};
      case GUMBO_TAG_FIGCAPTION: return Block{BlockKind::caption, 0, {}};
      default: return outer;
    }
  }

  // Whitespace is collapsed and only <br> starts a new line: code in <pre>
  // is one line, so cleanup's line rules never take a line of code for a
  // repeated or call-to-action line.
  void append(const char* text) {
    if (lines_.empty()) lines_.emplace_back();
    for (const char* c = text; *c != '\0'; ++c) {
      const bool space = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r' || *c == '\f';
      std::string& line = lines_.back();
      if (space) {
        if (!line.empty() && line.back() != ' ') line += ' ';
      } else {
        line += *c;
      }
    }
  }

  void flush(const Block& kind) {
    Block block{kind.kind, kind.level, {}};
    for (auto& line : lines_) {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      const auto start = line.find_first_not_of(' ');
      if (start != std::string::npos) block.lines.push_back(line.substr(start));
    }
    lines_.clear();
    if (block.lines.empty()) return;
    document_.blocks.push_back(std::move(block));
  }

  Document& document_;
  const CleanupRules* rules_;
  bool keep_all_;
  const PageText& page_;
  std::vector<std::string> lines_;
};

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A page built by script shows little of its story: the articleBody of its
// structured data is read instead when it is much longer than the page's text.
void prefer_structured_body(const std::string& body, Document& document) {
  std::size_t page_words = 0;
  for (const auto& block : document.blocks) page_words += count_words(block_text(block));
  const std::size_t body_words = count_words(body);
  if (2 * body_words <= 3 * page_words) return;
  document.dropped.push_back({"dropped",
                              "the page's text (" + std::to_string(page_words) +
                                  " words): its structured data's articleBody holds " +
                                  std::to_string(body_words),
                              ""});
  document.blocks.clear();
  std::size_t start = 0;
  while (start < body.size()) {
    auto end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    const std::string line = body.substr(start, end - start);
    if (count_words(line) > 0) document.blocks.push_back(Block{BlockKind::paragraph, 0, {line}});
    start = end + 1;
  }
}

}  // namespace

Document read_html_document(std::string_view text, const CleanupRules* rules, bool keep_all,
                            const std::filesystem::path& origin) {
  if (written_depth(text) > kMaxHtmlDepth) {
    throw cannot_read(origin, "the HTML nests elements more than " + std::to_string(kMaxHtmlDepth) + " deep",
                      "pass the article's own page, or its text with --input-format txt");
  }
  const std::string terminated(text);
  GumboOutputPtr output(gumbo_parse(terminated.c_str()));
  Document document;
  document.chapters_from_headings = true;
  const std::string title_tag = read_metadata(output->root, document);
  const std::string structured_body = read_structured_data(output->root, document);
  const PageText page(output->root);
  const ContentChoice choice = keep_all ? ContentChoice{{page_container(output->root, page)}, {}}
                                        : choose_content(output->root, rules, page);
  document.dropped = choice.left_out;
  BlockCollector collector(document, rules, keep_all, page);
  for (const GumboNode* root : choice.roots) collector.collect(root);
  take_title(title_tag, document);
  if (!structured_body.empty()) prefer_structured_body(structured_body, document);
  return document;
}

}  // namespace narra
