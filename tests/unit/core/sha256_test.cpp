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

  TEST_CASE("messages that end at or near a block boundary are padded right") {
    CHECK(sha256_hex(std::string(55, 'a')) ==
          "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(sha256_hex(std::string(56, 'a')) ==
          "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(sha256_hex(std::string(64, 'a')) ==
          "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
  }
}
