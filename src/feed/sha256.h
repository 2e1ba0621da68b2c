// SHA-256 (FIPS 180-4) of a byte string, for the stable episode ids of a feed.
#pragma once

#include <string>
#include <string_view>

namespace narra {

// The 64-character lower-case hexadecimal SHA-256 digest of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace narra
