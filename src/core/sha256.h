// SHA-256 (FIPS 180-4), for content hashes: stable episode ids and the
// "nothing changed since the last render" check.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace narra {

class Sha256 {
 public:
  Sha256();
  // Adds bytes; may be called any number of times before digest().
  Sha256& update(std::string_view bytes);
  // The hash of everything added, as 64 lower-case hex digits. Call once.
  std::string hex_digest();

 private:
  void compress(const std::uint8_t* block);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_bytes_ = 0;
};

// SHA-256 of `bytes` in hex.
std::string sha256_hex(std::string_view bytes);

}  // namespace narra
