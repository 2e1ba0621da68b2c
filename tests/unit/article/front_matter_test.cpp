#include <doctest/doctest.h>

#include <string>

#include "article/front_matter.h"
#include "core/error.h"

using namespace narra;

namespace {

// The message of the Error that reading `text` throws, or "" when none.
std::string error_of(const std::string& text) {
  try {
    read_front_matter(text, "a.md");
  } catch (const Error& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_SUITE("front matter") {
  TEST_CASE("quoted values keep their colons and hashes, numbers and dates are their text") {
    const FrontMatter matter = read_front_matter(
        "---\ntitle: \"Vertice: si tratta # ancora\"\nauthor: 'Anna Neri'\ndate: 2026-11-28\n"
        "lang: it\nimage: 42\ntags: [clima, ginevra]\n---\nCorpo.\n",
        "a.md");
    CHECK(matter.title == "Vertice: si tratta # ancora");
    CHECK(matter.author == "Anna Neri");
    CHECK(matter.date == "2026-11-28");
    CHECK(matter.language == "it");
    CHECK(matter.cover == "42");
    CHECK(matter.body_start ==
          std::string("---\ntitle: \"Vertice: si tratta # ancora\"\nauthor: 'Anna Neri'\n"
                      "date: 2026-11-28\nlang: it\nimage: 42\ntags: [clima, ginevra]\n---\n")
              .size());
  }

  TEST_CASE("text without an opening line has no front matter") {
    CHECK(read_front_matter("Titolo\n---\n", "a.md").body_start == 0);
    CHECK(read_front_matter("", "a.md").body_start == 0);
  }

  TEST_CASE("an empty block and a null value are no metadata") {
    CHECK(read_front_matter("---\n---\nx", "a.md").title.empty());
    CHECK(read_front_matter("---\ntitle: ~\n...\nx", "a.md").title.empty());
  }

  TEST_CASE("refusals name the line") {
    SUBCASE("a block never closed") {
      CHECK(error_of("---\ntitle: A\n\nCorpo.\n") ==
            "'a.md' line 1: front matter opened with '---' is never closed");
    }
    SUBCASE("an unbalanced quote, at the line it opens") {
      CHECK(error_of("---\nauthor: B\ntitle: \"A\n---\n")
                .find("'a.md' line 3: front matter is not valid YAML") == 0);
    }
    SUBCASE("an unbalanced bracket") {
      CHECK(error_of("---\ntitle: A\ntags: [a, b\n---\n")
                .find("'a.md' line 3: front matter is not valid YAML") == 0);
    }
    SUBCASE("a top level that is not a mapping") {
      CHECK(error_of("---\n- a\n- b\n---\n").find("'a.md' line 2: front matter is not a list") == 0);
    }
    SUBCASE("a list where one value is expected") {
      CHECK(error_of("---\nauthor: B\ntitle:\n  - A\n---\n")
                .find("'a.md' line 3: front matter gives 'title' a list") == 0);
    }
    SUBCASE("a key given twice") {
      CHECK(error_of("---\ntitle: A\ntitle: B\n---\n")
                .find("'a.md' line 3: front matter gives 'title' twice") == 0);
    }
    SUBCASE("an alias") {
      CHECK(error_of("---\nx: &a [1]\ny: [*a]\n---\n").find("'a.md' line 3: front matter uses an alias") ==
            0);
    }
    SUBCASE("nesting past the limit") {
      const std::string deep = "---\nx: " + std::string(100, '[') + std::string(100, ']') + "\n---\n";
      CHECK(error_of(deep).find("'a.md' line 2: front matter nests") == 0);
    }
  }
}
