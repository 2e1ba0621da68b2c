// The scores are those of a reader skimming a page: long runs of text with
// commas are prose, text that is mostly links is navigation, and a block's
// class or id says what its author meant it to be.
#include "article/content_extractor.h"

#include <algorithm>
#include <map>

#include "article/html_tree.h"
#include "core/utf8.h"

namespace narra {
namespace {

constexpr std::size_t kMinParagraphChars = 25;
constexpr int kAncestorLevels = 5;
constexpr std::size_t kSnippetBytes = 60;

std::size_t count_commas(std::string_view text) {
  std::size_t commas = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') ++commas;
    // The ideographic commas U+FF0C and U+3001.
    if (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xE3\x80\x81") == 0) ++commas;
  }
  return commas;
}

std::size_t collapsed_length(std::string_view text) {
  std::size_t length = 0;
  bool space = true;
  for (char c : text) {
    const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!is_space || !space) ++length;
    space = is_space;
  }
  return length;
}

bool matches_any(const std::vector<CleanupPattern>& rules, const std::string& names) {
  return std::any_of(rules.begin(), rules.end(),
                     [&](const CleanupPattern& rule) { return rule.pattern.occurs_in(names); });
}

// What an element's tag and class/id say before its text is counted.
double starting_score(const GumboElement& element, const CleanupRules* rules) {
  double score = 0;
  switch (element.tag) {
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: score = 10; break;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: score = 5; break;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE: score = 3; break;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FORM: score = -3; break;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH: score = -5; break;
    default: break;
  }
  if (rules != nullptr) {
    const std::string names = class_and_id(element);
    if (matches_any(rules->html_content_hints, names)) score += 25;
    if (matches_any(rules->html_furniture_hints, names) || matches_any(rules->html_furniture, names))
      score -= 25;
  }
  return score;
}

double link_density(const NodeText& text) {
  return text.chars == 0 ? 0.0 : static_cast<double>(text.link_chars) / static_cast<double>(text.chars);
}

}  // namespace

PageText::PageText(const GumboNode* root) : root_(root) {
  // Post-order without recursion: a node is summed once all its children are.
  struct Frame {
    const GumboNode* node;
    bool in_link;
    bool children_done;
  };
  std::vector<Frame> stack{{root, false, false}};
  while (!stack.empty()) {
    Frame frame = stack.back();
    stack.pop_back();
    const GumboNode* node = frame.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      NodeText& text = text_[node];
      text.chars = collapsed_length(node->v.text.text);
      text.link_chars = frame.in_link ? text.chars : 0;
      text.commas = count_commas(node->v.text.text);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT || is_never_read(node->v.element.tag)) continue;
    const GumboVector& children = node->v.element.children;
    const bool in_link = frame.in_link || node->v.element.tag == GUMBO_TAG_A;
    if (!frame.children_done) {
      stack.push_back({node, frame.in_link, true});
      for (unsigned i = 0; i < children.length; ++i) {
        stack.push_back({static_cast<const GumboNode*>(children.data[i]), in_link, false});
      }
      continue;
    }
    NodeText sum;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      const auto found = text_.find(child);
      if (found == text_.end()) continue;
      sum.chars += found->second.chars;
      sum.link_chars += found->second.link_chars;
      sum.paragraph_chars += found->second.paragraph_chars;
      sum.commas += found->second.commas;
      sum.has_block = sum.has_block || found->second.has_block ||
                      (child->type == GUMBO_NODE_ELEMENT && is_block(child->v.element.tag) &&
                       child->v.element.tag != GUMBO_TAG_HR);
    }
    text_[node] = sum;
    if (is_paragraph(node)) text_[node].paragraph_chars = sum.chars - sum.link_chars;
  }
}

const NodeText& PageText::of(const GumboNode* node) const {
  static const NodeText kNone;
  const auto found = text_.find(node);
  return found == text_.end() ? kNone : found->second;
}

bool PageText::is_paragraph(const GumboNode* node) const {
  switch (node->v.element.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: return true;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_LI: return !of(node).has_block;
    default: return false;
  }
}

namespace {

// The class and id a furniture rule reads. An id of four words or more is the
// anchor of a heading ("sharing-with-a-single-developer"), which says what
// the section is about, not what it is: it is left out.
std::string furniture_names(const GumboElement& element) {
  const std::string id = attribute(element, "id");
  const auto words = 1 + std::count_if(id.begin(), id.end(), [](char c) { return c == '-' || c == '_'; });
  return attribute(element, "class") + (words >= 4 ? std::string() : " " + id);
}

// Whether a space-separated attribute value (rel, itemprop) holds `word`, in any case.
bool has_word(const std::string& value, std::string_view word) {
  const std::string lower = to_lower(value);
  for (std::size_t start = 0; start < lower.size();) {
    const auto end = std::min(lower.find(' ', start), lower.size());
    if (std::string_view(lower).substr(start, end - start) == word) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::string furniture_reason(const GumboNode* node, const CleanupRules* rules, const PageText& page) {
  const GumboElement& element = node->v.element;
  switch (element.tag) {
    case GUMBO_TAG_NAV: return "<nav>";
    case GUMBO_TAG_ASIDE: return "<aside>";
    case GUMBO_TAG_FOOTER: return "<footer>";
    case GUMBO_TAG_FORM: return "<form>";
    case GUMBO_TAG_MENU: return "<menu>";
    default: break;
  }
  if (is_hidden(element)) return "hidden";
  const std::string role = attribute(element, "role");
  if (role == "navigation" || role == "complementary" || role == "banner" || role == "contentinfo" ||
      role == "search" || role == "dialog") {
    return "role=" + role;
  }
  if (2 * page.of(node).paragraph_chars > page.paragraph_chars()) return {};
  // Microdata and link relations say what an element is whatever its class.
  if (has_word(attribute(element, "rel"), "tag")) return "tag link";
  if (has_word(attribute(element, "rel"), "author") || has_word(attribute(element, "itemprop"), "author"))
    return "byline (the author is spoken in the opening)";
  if (rules == nullptr) return {};
  const std::string names = furniture_names(element);
  for (const auto& rule : rules->html_furniture) {
    if (rule.pattern.occurs_in(names)) return rule.reason;
  }
  return {};
}

namespace {

// Scores every element that holds paragraphs; furniture is not scored.
std::map<const GumboNode*, double> score_elements(const GumboNode* body, const CleanupRules* rules,
                                                  const PageText& page) {
  std::map<const GumboNode*, double> scores;
  std::vector<const GumboNode*> stack{body};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT || is_never_read(node->v.element.tag)) continue;
    if (node != body && !furniture_reason(node, rules, page).empty()) continue;
    const NodeText& text = page.of(node);
    if (page.is_paragraph(node)) {
      // A list of links is navigation, however long.
      if (text.chars < kMinParagraphChars || link_density(text) > 0.5) continue;
      const double points =
          1.0 + static_cast<double>(text.commas) + std::min(3.0, static_cast<double>(text.chars) / 100.0);
      const GumboNode* ancestor = node->parent;
      for (int level = 0;
           level < kAncestorLevels && ancestor != nullptr && ancestor->type == GUMBO_NODE_ELEMENT;
           ++level, ancestor = ancestor->parent) {
        auto [entry, added] = scores.try_emplace(ancestor, 0.0);
        if (added) entry->second = starting_score(ancestor->v.element, rules);
        entry->second += points / (level == 0 ? 1.0 : level == 1 ? 2.0 : 3.0 * level);
        if (ancestor == body) break;
      }
      continue;
    }
    for (const GumboNode* child : element_children(node)) stack.push_back(child);
  }
  for (auto& [node, score] : scores) score *= 1.0 - link_density(page.of(node));
  return scores;
}

bool contains(const GumboNode* ancestor, const GumboNode* node) {
  for (; node != nullptr; node = node->parent) {
    if (node == ancestor) return true;
  }
  return false;
}

// A story cut into parts (steps, sections, one box per paragraph) scores
// in each part: when three parts scoring nearly as well as the best sit in
// one of its ancestors, that ancestor is the story.
const GumboNode* gather_parts(const GumboNode* story, double story_score, const GumboNode* body,
                              const std::map<const GumboNode*, double>& scores) {
  std::vector<const GumboNode*> parts;
  for (const auto& [node, score] : scores) {
    if (node != story && score >= 0.75 * story_score && !contains(node, story) && !contains(story, node)) {
      parts.push_back(node);
    }
  }
  if (parts.size() < 3) return story;
  for (const GumboNode* ancestor = story->parent; ancestor != nullptr && ancestor != body->parent;
       ancestor = ancestor->parent) {
    const auto inside = std::count_if(parts.begin(), parts.end(),
                                      [&](const GumboNode* part) { return contains(ancestor, part); });
    if (inside >= 3) return ancestor;
  }
  return story;
}

// The first of space-separated names: the class an element is styled as,
// before its variants ("section-body wide" → "section-body").
std::string first_word(const std::string& names) {
  const auto start = names.find_first_not_of(' ');
  if (start == std::string::npos) return {};
  return names.substr(start, names.find(' ', start) - start);
}

// The paragraph an element only wraps (a <div> around a <div> around a <p>),
// else the element itself.
const GumboNode* unwrapped(const GumboNode* node, const PageText& page) {
  const GumboNode* inner = node;
  while (!page.is_paragraph(inner)) {
    const auto children = element_children(inner);
    if (children.size() != 1 || page.of(children.front()).chars != page.of(inner).chars) return node;
    inner = children.front();
  }
  return inner;
}

// Climbing from the story, ancestors score less and less; one scoring more
// than the one below it gathers prose from elsewhere too (a list article's
// tables and its paragraphs), so it is the story. The climb stops where the
// score falls under a third of the story's.
const GumboNode* rising_ancestor(const GumboNode* story, double story_score, const GumboNode* body,
                                 const std::map<const GumboNode*, double>& scores) {
  double last = story_score;
  for (const GumboNode* ancestor = story->parent; ancestor != nullptr && ancestor != body;
       ancestor = ancestor->parent) {
    const auto found = scores.find(ancestor);
    if (found == scores.end()) continue;
    if (found->second < story_score / 3) break;
    if (found->second > last) return ancestor;
    last = found->second;
  }
  return story;
}

// Whether a sibling of the story reads as part of it: it scores like it, has
// the story's own class (its first name), or is (or only wraps) a paragraph
// of prose.
bool belongs_to_story(const GumboNode* sibling, const GumboNode* story, double score, double story_score,
                      const CleanupRules* rules, const PageText& page) {
  // Each <article> is a story of its own: a teaser beside the story is not part of it.
  if (sibling->v.element.tag == GUMBO_TAG_ARTICLE) return false;
  if (score >= std::max(10.0, story_score * 0.2)) return true;
  // A part styled like the story is read when it scores, or when it is prose
  // too far below it for its paragraphs to have scored it.
  const NodeText& whole = page.of(sibling);
  const bool prose = 2 * whole.paragraph_chars >= whole.chars && link_density(whole) < 0.25;
  const std::string story_class = first_word(attribute(story->v.element, "class"));
  if ((score > 0 || prose) && !story_class.empty() &&
      first_word(attribute(sibling->v.element, "class")) == story_class)
    return true;
  const GumboNode* paragraph = unwrapped(sibling, page);
  if (!page.is_paragraph(paragraph) || !furniture_reason(sibling, rules, page).empty()) return false;
  const NodeText& text = page.of(paragraph);
  const double links = link_density(text);
  if (text.chars >= 80) return links < 0.25;
  return links == 0.0 && text.chars >= kMinParagraphChars;
}

}  // namespace

const GumboNode* page_container(const GumboNode* root, const PageText& page) {
  const auto articles = find_all(root, GUMBO_TAG_ARTICLE);
  const auto best = std::max_element(
      articles.begin(), articles.end(),
      [&](const GumboNode* a, const GumboNode* b) { return page.of(a).chars < page.of(b).chars; });
  if (best != articles.end()) return *best;
  const auto mains = find_all(root, GUMBO_TAG_MAIN);
  if (!mains.empty()) return mains.front();
  const auto bodies = find_all(root, GUMBO_TAG_BODY);
  return bodies.empty() ? root : bodies.front();
}

ContentChoice choose_content(const GumboNode* root, const CleanupRules* rules, const PageText& page) {
  ContentChoice choice;
  const auto bodies = find_all(root, GUMBO_TAG_BODY);
  const GumboNode* body = bodies.empty() ? root : bodies.front();
  const auto scores = score_elements(body, rules, page);
  // The best score; among equals, the first in the page.
  const GumboNode* story = nullptr;
  double story_score = 0;
  std::vector<const GumboNode*> stack{body};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const auto found = scores.find(node);
    if (found != scores.end() && (story == nullptr || found->second > story_score)) {
      story = node;
      story_score = found->second;
    }
    const auto children = element_children(node);
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  if (story == nullptr) {
    choice.roots.push_back(page_container(root, page));
    return choice;
  }
  story = gather_parts(story, story_score, body, scores);
  story = rising_ancestor(story, story_score, body, scores);
  while (story != body && story->parent != nullptr && element_children(story->parent).size() == 1) {
    story = story->parent;
  }
  // The story's own <article> also holds its headline, summary and lead picture.
  for (const GumboNode* ancestor = story; ancestor != body && ancestor != nullptr;
       ancestor = ancestor->parent) {
    if (ancestor->v.element.tag != GUMBO_TAG_ARTICLE) continue;
    if (2 * page.of(ancestor).paragraph_chars <= 3 * page.of(story).paragraph_chars) story = ancestor;
    break;
  }
  if (story == body || story->parent == nullptr) {
    choice.roots.push_back(story);
    return choice;
  }
  for (const GumboNode* sibling : element_children(story->parent)) {
    const auto found = scores.find(sibling);
    const double score = found == scores.end() ? 0.0 : found->second;
    if (sibling == story || belongs_to_story(sibling, story, score, story_score, rules, page)) {
      choice.roots.push_back(sibling);
    } else if (score > 0 && page.of(sibling).chars > 0) {
      choice.left_out.push_back({"dropped",
                                 "outside the story (scored " + std::to_string(static_cast<int>(score)) +
                                     ", the story " + std::to_string(static_cast<int>(story_score)) + ")",
                                 subtree_text(sibling, kSnippetBytes)});
    }
  }
  return choice;
}

}  // namespace narra
