#include "fetch/news_feed.h"

#include <pugixml.hpp>

#include "core/error.h"

namespace narra {
namespace {

// Element names without their namespace prefix, as feeds bind prefixes freely.
std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) {
  for (const auto& child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child) == name) return child;
  }
  return {};
}

std::string child_text(const pugi::xml_node& parent, std::string_view name) {
  return child_named(parent, name).text().get();
}

// Atom: the link with rel="alternate" (or no rel), else the first one.
std::string atom_link(const pugi::xml_node& entry) {
  std::string first;
  for (const auto& child : entry.children()) {
    if (local_name(child) != "link") continue;
    const std::string rel = child.attribute("rel").value();
    if (rel.empty() || rel == "alternate") return child.attribute("href").value();
    if (first.empty()) first = child.attribute("href").value();
  }
  return first;
}

NewsEntry rss_item(const pugi::xml_node& item) {
  NewsEntry entry;
  entry.link = child_text(item, "link");
  if (entry.link.empty()) entry.link = item.attribute("rdf:about").value();
  entry.key = child_text(item, "guid");
  entry.title = child_text(item, "title");
  entry.date = child_text(item, "pubDate");
  if (entry.date.empty()) entry.date = child_text(item, "date");  // RSS 1.0's dc:date
  return entry;
}

NewsEntry atom_entry(const pugi::xml_node& item) {
  NewsEntry entry;
  entry.link = atom_link(item);
  entry.key = child_text(item, "id");
  entry.title = child_text(item, "title");
  entry.date = child_text(item, "published");
  if (entry.date.empty()) entry.date = child_text(item, "updated");
  return entry;
}

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

std::vector<NewsEntry> read_news_feed(std::string_view bytes, const std::filesystem::path& origin) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_buffer(bytes.data(), bytes.size());
  if (!parsed) {
    throw cannot_read(origin, std::string("not well-formed XML: ") + parsed.description(),
                      "pass the address of the site's RSS or Atom feed");
  }
  const pugi::xml_node root = document.document_element();
  const std::string_view kind = local_name(root);
  if (kind != "rss" && kind != "RDF" && kind != "feed") {
    throw cannot_read(origin,
                      "not an RSS or Atom feed (its root element is <" + std::string(root.name()) + ">)",
                      "pass the address of the site's RSS or Atom feed");
  }
  // RSS 2.0 items sit in <channel>; RSS 1.0 items beside it; Atom entries in <feed>.
  const pugi::xml_node parent = kind == "rss" ? child_named(root, "channel") : root;
  std::vector<NewsEntry> entries;
  for (const auto& node : parent.children()) {
    const std::string_view name = local_name(node);
    if (name != "item" && name != "entry") continue;
    NewsEntry entry = name == "item" ? rss_item(node) : atom_entry(node);
    entry.link = trimmed(std::move(entry.link));
    entry.key = trimmed(std::move(entry.key));
    if (entry.link.empty()) continue;
    if (entry.key.empty()) entry.key = entry.link;
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace narra
