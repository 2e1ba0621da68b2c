#include "feed/podcast_guid.h"

#include <uuid/uuid.h>

namespace narra {
namespace {

// The namespace UUID of podcast:guid, from the Podcasting 2.0 specification.
constexpr const char* kPodcastGuidNamespace = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";

}  // namespace

std::string podcast_guid(std::string_view feed_url) {
  std::string_view name = feed_url;
  if (const auto scheme = name.find("://"); scheme != std::string_view::npos) name.remove_prefix(scheme + 3);
  while (name.ends_with('/')) name.remove_suffix(1);
  uuid_t space;
  uuid_parse(kPodcastGuidNamespace, space);
  uuid_t id;
  uuid_generate_sha1(id, space, name.data(), name.size());
  char text[37];
  uuid_unparse_lower(id, text);
  return text;
}

}  // namespace narra
