#include <doctest/doctest.h>

#include <string>

#include "core/sha256.h"

using namespace narra;

TEST_SUITE("sha-256") {
  TEST_CASE("the FIPS 180-4 example messages give their published digests") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }

  TEST_CASE("a million a's, fed in uneven pieces, hash as one message") {
    Sha256 hash;
    std::size_t fed = 0;
    for (std::size_t piece = 1; fed < 1'000'000; piece = piece % 97 + 1) {
      const std::size_t take = std::min(piece, 1'000'000 - fed);
      hash.update(std::string(take, 'a'));
      fed += take;
    }
    CHECK(hash.hex_digest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }
}
