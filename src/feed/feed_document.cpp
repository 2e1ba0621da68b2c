#include "feed/feed_document.h"

#include <algorithm>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/file_bytes.h"
#include "core/xml_text.h"

namespace narra {
namespace fs = std::filesystem;
namespace {

const char* const kRepairHint = "narra left the file as it is; repair it, or restore it from a backup";
const char* const kNotRssHint = "narra reads RSS 2.0 podcast feeds; make one with `narra feed init`";

std::string line_of(std::string_view bytes, std::ptrdiff_t offset) {
  const auto end = bytes.begin() + std::clamp<std::ptrdiff_t>(offset, 0, std::ssize(bytes));
  return std::to_string(std::count(bytes.begin(), end, '\n') + 1);
}

std::string_view local_name(pugi::xml_node element) {
  const std::string_view name = element.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Finds the first node whose name, text or attributes hold a character XML
// cannot hold (raw, or written as a character reference).
struct BadCharacterFinder : pugi::xml_tree_walker {
  pugi::xml_node found;
  bool for_each(pugi::xml_node& node) override {
    const auto bad = [](const char* text) { return find_non_document_character(text).has_value(); };
    bool fault = bad(node.name()) || bad(node.value());
    for (const pugi::xml_attribute attribute : node.attributes()) {
      fault = fault || bad(attribute.name()) || bad(attribute.value());
    }
    if (fault) found = node;
    return !fault;
  }
};

// What keeps `text` (serialised XML) from being a well-formed document, or "" when nothing does.
std::string xml_fault(std::string_view text) {
  pugi::xml_document check;
  const pugi::xml_parse_result parsed =
      check.load_buffer(text.data(), text.size(), pugi::parse_full, pugi::encoding_utf8);
  if (!parsed) return "line " + line_of(text, parsed.offset) + ": " + parsed.description();
  BadCharacterFinder finder;
  check.traverse(finder);
  if (finder.found) {
    return "line " + line_of(text, finder.found.offset_debug()) + ": a character XML cannot hold";
  }
  return {};
}

}  // namespace

fs::path feed_file_target(const fs::path& feed) {
  std::error_code ec;
  if (!fs::is_symlink(feed, ec)) return feed;
  fs::path target = fs::canonical(feed, ec);
  if (ec) {
    throw cannot_read(feed, "a symbolic link to a file that does not exist",
                      "point the link at the feed, or give the feed's own path");
  }
  return target;
}

FeedDocument::FeedDocument(const fs::path& path)
    : path_(path), target_(feed_file_target(path)), doc_(std::make_unique<pugi::xml_document>()) {}

FeedDocument FeedDocument::load(const fs::path& path) {
  FeedDocument feed(path);
  const std::string bytes =
      read_file_bytes(feed.target_, kMaxPublishedBytes,
                      {"create the feed first with `narra feed init " + path.string() + " ...`", {}});
  const pugi::xml_parse_result result =
      feed.doc_->load_buffer(bytes.data(), bytes.size(), pugi::parse_full, pugi::encoding_auto);
  if (!result) {
    throw cannot_read(
        path,
        "not well-formed XML at line " + line_of(bytes, result.offset) + " (" + result.description() + ")",
        kRepairHint);
  }
  const pugi::xml_node root = feed.doc_->document_element();
  if (std::string_view(root.name()) != "rss") {
    throw cannot_read(path, "not an RSS feed (the root element is <" + std::string(root.name()) + ">)",
                      kNotRssHint);
  }
  if (!feed.channel()) throw cannot_read(path, "not an RSS feed (no <channel> in <rss>)", kNotRssHint);
  return feed;
}

std::optional<std::string> FeedDocument::root_prefix(std::string_view uri) const {
  for (const pugi::xml_attribute attribute : doc_->document_element().attributes()) {
    const std::string_view name = attribute.name();
    if (name.starts_with("xmlns:") && std::string_view(attribute.value()) == uri) {
      return std::string(name.substr(6)) + ":";
    }
  }
  return std::nullopt;
}

std::string FeedDocument::ensure_prefix(std::string_view uri, const std::string& preferred) {
  if (auto prefix = root_prefix(uri)) return *prefix;
  pugi::xml_node root = doc_->document_element();
  std::string candidate = preferred;
  for (int n = 2; root.attribute(("xmlns:" + candidate).c_str()); ++n) {
    candidate = preferred + std::to_string(n);
  }
  root.append_attribute(("xmlns:" + candidate).c_str()).set_value(std::string(uri).c_str());
  return candidate + ":";
}

void FeedDocument::save() {
  // The text is always written as UTF-8, so a declaration must say so.
  for (pugi::xml_node node : doc_->children()) {
    if (node.type() == pugi::node_declaration && node.attribute("encoding")) {
      node.attribute("encoding").set_value("UTF-8");
    }
  }
  std::ostringstream out;
  doc_->save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  const std::string text = out.str();
  // Podcast apps drop a feed that does not parse, and narra could not read it
  // back: such a feed is never written.
  if (const std::string fault = xml_fault(text); !fault.empty()) {
    throw Error("cannot write " + quoted(path_) + ": it would not be well-formed XML (" + fault + ")",
                "the feed is left as it was; remove the character from the feed or the episode's texts");
  }
  write_file_atomically(target_, text);
}

std::string namespace_of(pugi::xml_node element) {
  const std::string_view name = element.name();
  const auto colon = name.find(':');
  const std::string declaration =
      colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
  for (pugi::xml_node node = element; node.type() == pugi::node_element; node = node.parent()) {
    if (const pugi::xml_attribute bound = node.attribute(declaration.c_str())) return bound.value();
  }
  return {};
}

pugi::xml_node find_child(pugi::xml_node parent, std::string_view uri, std::string_view local) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child) == local && namespace_of(child) == uri) {
      return child;
    }
  }
  return {};
}

std::vector<pugi::xml_node> find_children(pugi::xml_node parent, std::string_view uri,
                                          std::string_view local) {
  std::vector<pugi::xml_node> found;
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && local_name(child) == local && namespace_of(child) == uri) {
      found.push_back(child);
    }
  }
  return found;
}

void set_attribute(pugi::xml_node node, const char* name, const std::string& value) {
  pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) attribute = node.append_attribute(name);
  attribute.set_value(value.c_str());
}

void replace_text(pugi::xml_node element, const std::string& text) {
  while (element.first_child()) element.remove_child(element.first_child());
  element.append_child(pugi::node_pcdata).set_value(text.c_str());
}

}  // namespace narra
