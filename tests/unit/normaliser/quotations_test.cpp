#include <doctest/doctest.h>

#include "../test_paths.h"
#include "normaliser/script.h"

using namespace narra;

TEST_SUITE("quotations") {
  TEST_CASE("text between quotes is the quote voice's, the marks are left out") {
    bool in_quote = false;
    const auto parts = split_quotations("Ha detto \"basta cos\u00EC\", poi \u00E8 uscito.", in_quote);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == std::pair<std::string, VoiceRole>{"Ha detto", VoiceRole::narrator});
    CHECK(parts[1] == std::pair<std::string, VoiceRole>{"basta cos\u00EC", VoiceRole::quote});
    CHECK(parts[2] == std::pair<std::string, VoiceRole>{", poi \u00E8 uscito.", VoiceRole::narrator});
    CHECK_FALSE(in_quote);
  }

  TEST_CASE("guillemets open and close, and a quotation can run into the next sentence") {
    bool in_quote = false;
    auto parts = split_quotations("\u00ABNon ci fermeremo.", in_quote);
    REQUIRE(parts.size() == 1);
    CHECK(parts[0].second == VoiceRole::quote);
    CHECK(in_quote);
    parts = split_quotations("Mai\u00BB, ha detto.", in_quote);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0] == std::pair<std::string, VoiceRole>{"Mai", VoiceRole::quote});
    CHECK(parts[1].second == VoiceRole::narrator);
  }

  TEST_CASE("the script carries segments only when asked, and only for mixed sentences") {
    const Normaliser normaliser(find_language("it"),
                                load_language_data(find_language("it"), test::voices_dir()));
    Article article{
        "Titolo", {}, {},
        {},       {}, {Chapter{"Uno", {"Ha detto \u00ABs\u00EC\u00BB. Poi niente."}, 0, ChapterKind::text}}};
    const Script plain = build_script(article, normaliser);
    CHECK(plain.chapters[1].paragraphs[0].sentences[0].segments.empty());
    const Script quoted = build_script(article, normaliser, nullptr, {true});
    const auto& sentences = quoted.chapters[1].paragraphs[0].sentences;
    REQUIRE(sentences.size() == 2);
    REQUIRE(sentences[0].segments.size() == 2);
    CHECK(sentences[0].segments[1].role == VoiceRole::quote);
    CHECK(sentences[0].spoken == sentences[0].segments[0].spoken + " " + sentences[0].segments[1].spoken);
    CHECK(sentences[1].segments.empty());
  }

  TEST_CASE("a digest nests each article's chapters under a chapter for the article") {
    const Normaliser normaliser(find_language("it"),
                                load_language_data(find_language("it"), test::voices_dir()));
    const Article first{
        "Primo",
        "Anna Neri",
        {},
        {},
        {},
        {Chapter{"A", {"Testo a."}, 0, ChapterKind::text}, Chapter{"B", {"Testo b."}, 1, ChapterKind::text}}};
    const Article second{"Secondo", {}, {}, {}, {}, {Chapter{"C", {"Testo c."}, 0, ChapterKind::text}}};
    const Script digest = build_digest_script("Rassegna", {first, second}, normaliser);
    std::vector<std::pair<std::string, int>> chapters;
    for (const auto& chapter : digest.chapters) chapters.emplace_back(chapter.title, chapter.level);
    CHECK(chapters == std::vector<std::pair<std::string, int>>{
                          {"Rassegna", 0}, {"Primo", 0}, {"A", 1}, {"B", 2}, {"Secondo", 0}, {"C", 1}});
    CHECK(format_script(digest).find("In questa rassegna: Primo. Secondo.") != std::string::npos);
  }

  TEST_CASE("a caption chapter is titled and introduced from the phrases") {
    const Normaliser normaliser(find_language("it"),
                                load_language_data(find_language("it"), test::voices_dir()));
    const Article article{
        "Titolo", {}, {}, {}, {}, {Chapter{"Il porto", {"Il porto all'alba."}, 0, ChapterKind::caption}}};
    const Script script = build_script(article, normaliser);
    REQUIRE(script.chapters.size() == 2);
    CHECK(script.chapters[1].title == "Foto: Il porto");
    CHECK(script.chapters[1].paragraphs[0].sentences[0].spoken == "Descrizione della foto.");
  }
}
