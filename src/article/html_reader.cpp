// HTML through libgumbo (an HTML5 parser). The tree is walked with an
// explicit stack, and input nested deeper than kMaxHtmlDepth is refused before
// parsing, since the HTML5 tree builder's cost grows with the square of the depth.
#include <gumbo.h>

#include <algorithm>
#include <memory>

#include "article/document.h"
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
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
      "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rt", "rp",
      "thead", "tbody", "tfoot", "colgroup", "caption"};
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

std::string attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&element.attributes, name);
  return attr != nullptr ? attr->value : std::string();
}

bool is_never_read(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_PRE: case GUMBO_TAG_CODE:
    case GUMBO_TAG_IMG: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

// Why an element is page furniture, or empty when it is content.
std::string furniture_reason(const GumboElement& element, const CleanupRules* rules) {
  switch (element.tag) {
    case GUMBO_TAG_NAV: return "<nav>";
    case GUMBO_TAG_ASIDE: return "<aside>";
    case GUMBO_TAG_FOOTER: return "<footer>";
    case GUMBO_TAG_FORM: return "<form>";
    case GUMBO_TAG_MENU: return "<menu>";
    default: break;
  }
  if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr ||
      attribute(element, "aria-hidden") == "true") {
    return "hidden";
  }
  const std::string role = attribute(element, "role");
  if (role == "navigation" || role == "complementary" || role == "banner" ||
      role == "contentinfo" || role == "search" || role == "dialog") {
    return "role=" + role;
  }
  if (rules != nullptr) {
    const std::string names = attribute(element, "class") + " " + attribute(element, "id");
    for (const auto& rule : rules->html_furniture) {
      if (rule.pattern.occurs_in(names)) return rule.reason;
    }
  }
  return {};
}

bool is_credit(const GumboElement& element, const CleanupRules* rules) {
  if (rules == nullptr) return false;
  const std::string names = attribute(element, "class") + " " + attribute(element, "id");
  return std::any_of(rules->html_credits.begin(), rules->html_credits.end(),
                     [&](const CleanupPattern& rule) { return rule.pattern.occurs_in(names); });
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

// The text under `root` with whitespace collapsed, cut to `limit` bytes at a space.
std::string subtree_text(const GumboNode* root, std::size_t limit) {
  std::string out;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty() && out.size() < limit) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT) {
      if (!out.empty()) out += ' ';
      out += node->v.text.text;
    } else if (node->type == GUMBO_NODE_ELEMENT && !is_never_read(node->v.element.tag)) {
      const GumboVector& children = node->v.element.children;
      for (unsigned i = children.length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i]));
      }
    }
  }
  std::string collapsed;
  for (char c : out) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : c;
  }
  if (collapsed.size() > limit) {
    const auto cut = collapsed.rfind(' ', limit);
    collapsed = collapsed.substr(0, cut == std::string::npos ? limit : cut) + " \u2026";
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

const GumboNode* find_first(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    if (node->v.element.tag == tag) return node;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return nullptr;
}

// Fills the metadata from <html lang>, <meta> and <link rel=canonical>; returns the <title> text,
// the title of last resort.
std::string read_metadata(const GumboNode* root, Document& document) {
  if (root->type == GUMBO_NODE_ELEMENT) document.language = attribute(root->v.element, "lang");
  const GumboNode* head = find_first(root, GUMBO_TAG_HEAD);
  std::string title_tag;
  if (head == nullptr) return title_tag;
  std::string url_from_meta;
  const GumboVector& children = head->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* node = static_cast<const GumboNode*>(children.data[i]);
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& element = node->v.element;
    if (element.tag == GUMBO_TAG_TITLE) title_tag = subtree_text(node, 400);
    // The canonical link names the article better than og:url, wherever it stands in <head>.
    if (element.tag == GUMBO_TAG_LINK && attribute(element, "rel") == "canonical")
      document.source_url = attribute(element, "href");
    if (element.tag != GUMBO_TAG_META) continue;
    const std::string key = attribute(element, "property") + attribute(element, "name");
    const std::string content = attribute(element, "content");
    if (key == "og:title" && document.title.empty()) document.title = content;
    else if ((key == "author" || key == "article:author") && document.author.empty() &&
             content.rfind("http", 0) != 0) document.author = content;
    else if ((key == "article:published_time" || key == "date") && document.date.empty())
      document.date = content;
    else if (key == "og:image" && document.cover.empty()) document.cover = content;
    else if (key == "og:locale" && document.language.empty()) document.language = content;
    else if ((key == "description" || key == "og:description") && document.description.empty())
      document.description = content;
    else if (key == "og:url" && url_from_meta.empty()) url_from_meta = content;
  }
  if (document.source_url.empty()) document.source_url = url_from_meta;
  return title_tag;
}

// Turns the content element into blocks.
class BlockCollector {
 public:
  BlockCollector(Document& document, const CleanupRules* rules, bool keep_all)
      : document_(document), rules_(rules), keep_all_(keep_all) {}

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
      const std::string reason = furniture_reason(element, rules_);
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
      case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return Block{BlockKind::heading, 1, {}};
      case GUMBO_TAG_FIGCAPTION: return Block{BlockKind::caption, 0, {}};
      default: return outer;
    }
  }

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
    if (block.kind == BlockKind::heading && block.level < 0) {
      // The h1 is the title; a second h1 reads as a chapter.
      if (!h1_seen_) {
        h1_seen_ = true;
        if (document_.title.empty()) document_.title = block_text(block);
        return;
      }
      block.level = 0;
    }
    document_.blocks.push_back(std::move(block));
  }

  Document& document_;
  const CleanupRules* rules_;
  bool keep_all_;
  bool h1_seen_ = false;
  std::vector<std::string> lines_;
};

}  // namespace

Document read_html_document(std::string_view text, const CleanupRules* rules, bool keep_all,
                            const std::filesystem::path& origin) {
  if (written_depth(text) > kMaxHtmlDepth) {
    throw cannot_read(origin,
                      "the HTML nests elements more than " + std::to_string(kMaxHtmlDepth) +
                          " deep",
                      "pass the article's own page, or its text with --input-format txt");
  }
  const std::string terminated(text);
  GumboOutputPtr output(gumbo_parse(terminated.c_str()));
  Document document;
  document.chapters_from_headings = true;
  const std::string title_tag = read_metadata(output->root, document);
  const GumboNode* content = find_first(output->root, GUMBO_TAG_ARTICLE);
  if (content == nullptr) content = find_first(output->root, GUMBO_TAG_MAIN);
  if (content == nullptr) content = find_first(output->root, GUMBO_TAG_BODY);
  if (content == nullptr) content = output->root;
  BlockCollector(document, rules, keep_all).collect(content);
  if (document.title.empty()) document.title = title_tag;
  return document;
}

}  // namespace narra
