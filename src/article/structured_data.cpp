#include "article/structured_data.h"

#include <nlohmann/json.hpp>

#include <vector>

#include "article/html_tree.h"
#include "core/utf8.h"

namespace narra {
namespace {

using nlohmann::json;

bool names_an_article(const json& type) {
  if (type.is_array()) {
    for (const auto& item : type) {
      if (names_an_article(item)) return true;
    }
    return false;
  }
  if (!type.is_string()) return false;
  const std::string name = type.get<std::string>();
  const auto ends_with = [&](std::string_view tail) {
    return name.size() >= tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends_with("Article") || ends_with("BlogPosting") || name == "Report";
}

// A value as text: a string, an object's name (or url, or @value), a list's
// items joined by commas.
std::string text_of(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object()) {
    for (const char* key : {"name", "url", "@value"}) {
      if (value.contains(key) && value[key].is_string()) return value[key].get<std::string>();
    }
    return {};
  }
  if (!value.is_array()) return {};
  std::string out;
  for (const auto& item : value) {
    const std::string text = text_of(item);
    if (text.empty()) continue;
    if (!out.empty()) out += ", ";
    out += text;
  }
  return out;
}

std::string field(const json& object, const char* key) {
  return object.contains(key) ? text_of(object[key]) : std::string();
}

// The first article object in a JSON-LD document, breadth first.
const json* find_article(const json& document) {
  std::vector<const json*> queue{&document};
  for (std::size_t i = 0; i < queue.size(); ++i) {
    const json& value = *queue[i];
    if (value.is_array()) {
      for (const auto& item : value) queue.push_back(&item);
    } else if (value.is_object()) {
      if (value.contains("@type") && names_an_article(value["@type"])) return &value;
      if (value.contains("@graph")) queue.push_back(&value["@graph"]);
      if (value.contains("mainEntity")) queue.push_back(&value["mainEntity"]);
    }
  }
  return nullptr;
}

}  // namespace

StructuredArticle read_structured_article(const GumboNode* root) {
  StructuredArticle article;
  for (const GumboNode* script : find_all(root, GUMBO_TAG_SCRIPT)) {
    if (to_lower(attribute(script->v.element, "type")) != "application/ld+json") continue;
    std::string source;
    const GumboVector& children = script->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
        source += child->v.text.text;
    }
    const json document = json::parse(source, nullptr, false);
    if (document.is_discarded()) continue;
    const json* found = find_article(document);
    if (found == nullptr) continue;
    const json& object = *found;
    article.headline = field(object, "headline");
    if (article.headline.empty()) article.headline = field(object, "name");
    article.author = field(object, "author");
    article.date = field(object, "datePublished");
    article.image = field(object, "image");
    article.description = field(object, "description");
    article.url = field(object, "url");
    article.body = field(object, "articleBody");
    if (article.image.find(", ") != std::string::npos) article.image.erase(article.image.find(", "));
    break;
  }
  return article;
}

}  // namespace narra
