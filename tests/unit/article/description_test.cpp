#include <doctest/doctest.h>

#include "article/description.h"

using namespace narra;

namespace {

Article article_of(std::vector<Chapter> chapters) {
  Article article;
  article.title = "Il mercato coperto riapre";
  article.chapters = std::move(chapters);
  return article;
}

}  // namespace

TEST_SUITE("description") {
  TEST_CASE("the article's own description wins over its lede") {
    Article article =
        article_of({{"Apertura", {"Il mercato coperto riapre dopo due anni di lavori in piazza."}}});
    article.description = "Riapre il mercato coperto.";
    CHECK(episode_description(article) == "Riapre il mercato coperto.");
  }

  TEST_CASE("the lede passes over captions, the title, bylines and datelines") {
    const Article article = article_of({
        {"Foto", {"Il mercato visto dal campanile. Descrizione breve."}, 0, ChapterKind::caption},
        {"Il mercato coperto riapre",
         {"Il mercato coperto riapre", "di Anna Riva", "Lucca, 3 marzo 2026",
          "Il mercato coperto riapre domani con trenta banchi di frutta e verdura."}},
    });
    CHECK(episode_description(article) ==
          "Il mercato coperto riapre domani con trenta banchi di frutta e verdura.");
  }

  TEST_CASE("a long lede is cut after its last sentence within 300 characters, else at a word") {
    std::string sentence =
        "Il mercato coperto riapre domani con trenta banchi di frutta, verdura e formaggi.";
    std::string lede;
    for (int i = 0; i < 5; ++i) lede += (lede.empty() ? "" : " ") + sentence;
    const std::string cut = episode_description(article_of({{"Apertura", {lede}}}));
    CHECK(cut == sentence + " " + sentence + " " + sentence);
    std::string run_on = "Il mercato coperto riapre domani";
    while (run_on.size() < 400) run_on += " con banchi di frutta";
    run_on += ".";
    const std::string word_cut = episode_description(article_of({{"Apertura", {run_on}}}));
    CHECK(word_cut.ends_with("…"));
    CHECK(word_cut.size() <= 303);
  }

  TEST_CASE("a digest lists its articles' titles") {
    Article first;
    first.title = "Primo titolo";
    Article second;
    second.title = "Secondo titolo?";
    CHECK(digest_description({first, second}) == "Primo titolo. Secondo titolo?");
  }
}
