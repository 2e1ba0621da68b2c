#include <doctest/doctest.h>

#include "core/url.h"
#include "core/xml_text.h"

using namespace narra;

TEST_SUITE("document text") {
  TEST_CASE("ordinary text comes back unchanged") {
    CHECK(document_text("Perché è già così, «disse» 🎙️\tfine\n") ==
          "Perché è già così, «disse» 🎙️\tfine\n");
    CHECK_FALSE(find_non_document_character("Perché\r\n").has_value());
  }

  TEST_CASE("characters XML cannot hold are dropped") {
    SUBCASE("controls other than tab, line feed and carriage return") {
      CHECK(document_text("a\x01"
                          "b\x1F"
                          "c") == "abc");
    }
    SUBCASE("noncharacters of the BMP") { CHECK(document_text("a\uFFFE\uFFFF\uFDD0\uFDEFb") == "ab"); }
    SUBCASE("noncharacters of other planes") { CHECK(document_text("a\U0001FFFE\U0010FFFFb") == "ab"); }
    SUBCASE("U+FDCF and U+FFFD are kept") { CHECK(document_text("\uFDCF\uFFFD") == "\uFDCF\uFFFD"); }
  }

  TEST_CASE("bytes that are not UTF-8 become one replacement character per run") {
    CHECK(document_text("a\xED\xA0\x80"
                        "b") ==
          "a\uFFFD"
          "b");  // a surrogate as CESU-8 writes it
    CHECK(document_text("caff\xE8") == "caff\uFFFD");
    CHECK(find_non_document_character("ok\xED\xA0\x80") == 2u);
    CHECK(find_non_document_character("ok\uFFFE") == 2u);
  }
}

TEST_SUITE("urls") {
  TEST_CASE("file names are percent-encoded so that no scheme or folder survives") {
    CHECK(percent_encode("javascript:alert(1).mp3") == "javascript%3Aalert%281%29.mp3");
    CHECK(percent_encode("a b/perché.mp3") == "a%20b%2Fperch%C3%A9.mp3");
  }

  TEST_CASE("decoded file names never leave the folder") {
    CHECK(percent_decode_file_name("perch%C3%A9%20ok.mp3") == "perché ok.mp3");
    CHECK_FALSE(percent_decode_file_name("..%2F..%2Fetc%2Fpasswd").has_value());
    CHECK_FALSE(percent_decode_file_name("%2E%2E").has_value());
    CHECK_FALSE(percent_decode_file_name("a%00b").has_value());
    CHECK(percent_decode_file_name("100%").value() == "100%");
  }
}
