#include <doctest/doctest.h>

#include <cctype>
#include <string>

#include "article/input_format.h"
#include "core/error.h"

using namespace narra;

namespace {
std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}
}  // namespace

TEST_SUITE("input formats") {
  TEST_CASE("each row's extensions, in any case, pick that row") {
    for (const auto& format : input_formats()) {
      CHECK(input_format_named(format.name).name == format.name);
      CHECK(static_cast<bool>(format.read));
      for (const auto extension : format.extensions) {
        CHECK(input_format_for("dir/article" + std::string(extension)).name == format.name);
        CHECK(input_format_for("ARTICLE" + upper(extension)).name == format.name);
      }
    }
  }

  TEST_CASE("no extension, an unknown one and stdin read as the first row, plain text") {
    CHECK(input_format_for("article").name == "txt");
    CHECK(input_format_for("article.docx").name == "txt");
    CHECK(input_format_for("<stdin>").name == "txt");
    CHECK(input_format_for("notizia.md").name == "md");
    CHECK(input_format_for("notizia.htm").name == "html");
  }

  TEST_CASE("the names come from the table, and an unknown name lists them") {
    CHECK(input_format_names() == std::vector<std::string>{"txt", "md", "html"});
    CHECK(input_format_list() == "txt, md or html");
    CHECK_THROWS_WITH_AS(input_format_named("docx"), "unknown input format 'docx'", Error);
  }
}
