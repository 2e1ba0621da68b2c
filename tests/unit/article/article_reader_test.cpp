#include <doctest/doctest.h>

#include "../temp_dir.h"
#include "../test_paths.h"
#include "article/article.h"

using namespace narra;

TEST_SUITE("article assembly") {
  const CleanupRules rules = load_cleanup_rules(test::voices_dir() / "it");

  TEST_CASE("a leading caption becomes its own chapter before the body") {
    ReadOptions options;
    options.rules = &rules;
    const Article article = read_text_article(
        "Titolo breve\n\nUna foto del porto. (Mario Rossi, Ansa)\n\nIl primo paragrafo.\n", "x", options);
    CHECK(article.title == "Titolo breve");
    REQUIRE(article.chapters.size() == 2);
    CHECK(article.chapters[0].kind == ChapterKind::caption);
    CHECK(article.chapters[0].paragraphs == std::vector<std::string>{"Una foto del porto."});
    CHECK(article.chapters[1].kind == ChapterKind::text);
  }

  TEST_CASE("the title falls back to the body's first words, never a caption's") {
    ReadOptions options;
    options.rules = &rules;
    const Article article = read_text_article(
        "Una foto del porto, con le navi. (Mario Rossi, Ansa)\n\nIl governo ha approvato ieri il decreto.\n",
        "000_1234", options);
    CHECK(article.title == "Il governo ha approvato ieri il decreto");
  }

  TEST_CASE("a caption inside a chapter's body waits for the chapter to end") {
    test::TempDir dir;
    const auto path =
        dir.write("caption-order.md",
                  "## Uno\n\nPrimo.\n\n![f](f.jpg)\n\n*Didascalia.*\n\nSecondo.\n\n### Due\n\nTerzo.\n");
    ReadOptions options;
    options.rules = &rules;
    const Article article = read_article(path, options);
    REQUIRE(article.chapters.size() == 3);
    CHECK(article.chapters[0].title == "Uno");
    CHECK(article.chapters[0].paragraphs == std::vector<std::string>{"Uno", "Primo.", "Secondo."});
    CHECK(article.chapters[1].kind == ChapterKind::caption);
    CHECK(article.chapters[2].title == "Due");
    CHECK(article.chapters[2].level == 1);
  }

  TEST_CASE("a forced input format wins over the extension") {
    const auto path = std::filesystem::temp_directory_path() / "narra-forced-format-test.txt";
    std::ofstream(path) << "## Uno\n\nPrimo paragrafo.\n\n## Due\n\nSecondo paragrafo.\n";
    ReadOptions options;
    options.rules = &rules;
    options.format = "md";
    const Article article = read_article(path, options);
    std::filesystem::remove(path);
    REQUIRE(article.chapters.size() == 2);
    CHECK(article.chapters[0].title == "Uno");
  }
}
