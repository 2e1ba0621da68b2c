// The pieces of URLs narra builds: feed enclosures from file names, links in
// the listening pages.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace narra {

// RFC 3986 percent-encoding of a file name for a URL path: every byte but
// letters, digits and "-._~" becomes %XX, so the result never holds a
// scheme, a "/" or a fragment.
std::string percent_encode(std::string_view name);

// `text` with every %XX decoded to its byte (a malformed % is kept as written).
std::string percent_decode(std::string_view text);

// The file name a URL path segment stands for: %XX decoded. nullopt when
// the name could leave the folder or is no name ("/", NUL, "." or "..").
std::optional<std::string> percent_decode_file_name(std::string_view segment);

// True when `text` starts with http:// or https://.
bool is_web_url(std::string_view text);

}  // namespace narra
