// A feed file as one XML tree (pugixml), as every part of narra reads and
// writes it: `narra feed` edits it, the listening site reads it.
//
// Elements of the itunes and Podcasting 2.0 namespaces are found by their
// namespace URI, whatever prefix the feed binds to it ("itunes:", "it:", a
// default namespace on the element), as the XML Namespaces recommendation
// says. A feed given through a symbolic link is the link's target: it is
// read, locked and replaced there, and the link stays a link.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace narra {

inline constexpr const char* kItunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd";
inline constexpr const char* kPodcastNamespace = "https://podcastindex.org/namespace/1.0";
// narra's own channel data (where episodes are published) lives in this namespace.
inline constexpr const char* kNarraNamespace = "urn:x-narra:feed:1";

// The file a feed path names: the target of a symbolic link, else the path
// itself (which may not exist yet). Throws Error when it is a link to nothing.
std::filesystem::path feed_file_target(const std::filesystem::path& feed);

// Feeds and episode sidecars beyond this size are refused rather than read into memory.
inline constexpr std::size_t kMaxPublishedBytes = 64u << 20;

class FeedDocument {
 public:
  // A document with nothing in it, to build a new feed that save() writes to `path`.
  explicit FeedDocument(const std::filesystem::path& path);

  // Reads the feed at `path`. Throws Error naming `path` when it is missing,
  // too large, not well-formed XML (with the line of the fault; characters
  // XML cannot hold count as faults) or not RSS with a channel.
  static FeedDocument load(const std::filesystem::path& path);

  pugi::xml_document& xml() { return *doc_; }
  pugi::xml_node channel() const { return doc_->document_element().child("channel"); }
  // The path as the user gave it, for messages.
  const std::filesystem::path& path() const { return path_; }

  // The prefix (with its colon) the root element binds to `uri`, if any.
  std::optional<std::string> root_prefix(std::string_view uri) const;
  // The prefix bound to `uri` on the root, binding `preferred` (or
  // preferred2, ...) there when none is.
  std::string ensure_prefix(std::string_view uri, const std::string& preferred);

  // Serialises the tree as UTF-8 and replaces the feed atomically. Throws
  // Error, leaving the feed as it was, when the text would not be
  // well-formed XML or cannot be written.
  void save();

 private:
  std::filesystem::path path_;
  std::filesystem::path target_;
  std::unique_ptr<pugi::xml_document> doc_;
};

// The namespace URI of an element's name, resolved through the xmlns
// attributes of the element and its ancestors ("" for none).
std::string namespace_of(pugi::xml_node element);
// The first child element of `parent` whose local name is `local` in
// namespace `uri`, whatever its prefix; null when there is none.
pugi::xml_node find_child(pugi::xml_node parent, std::string_view uri, std::string_view local);
// Every such child, in document order.
std::vector<pugi::xml_node> find_children(pugi::xml_node parent, std::string_view uri,
                                          std::string_view local);

// Sets the attribute `name` of `node`, adding it when missing.
void set_attribute(pugi::xml_node node, const char* name, const std::string& value);
// Makes `text` the only content of `element`.
void replace_text(pugi::xml_node element, const std::string& text);

}  // namespace narra
