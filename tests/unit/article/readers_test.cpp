#include <doctest/doctest.h>

#include <string>

#include "../test_paths.h"
#include "article/document.h"
#include "core/error.h"

using namespace narra;

namespace {

std::vector<std::string> texts(const Document& document, BlockKind kind) {
  std::vector<std::string> out;
  for (const auto& block : document.blocks) {
    if (block.kind == kind) out.push_back(block_text(block));
  }
  return out;
}

}  // namespace

TEST_SUITE("markdown reader") {
  TEST_CASE("front matter gives the metadata and wins over the first heading") {
    const Document document = read_markdown_document(
        "---\ntitle: \"Il titolo\"\nauthor: Anna Neri\ndate: 2026-11-28\nlang: it\ncover: a.jpg\n---\n"
        "# Titolo nel testo\n\nCorpo.\n",
        "a.md");
    CHECK(document.title == "Il titolo");
    CHECK(document.author == "Anna Neri");
    CHECK(document.date == "2026-11-28");
    CHECK(document.language == "it");
    CHECK(document.cover == "a.jpg");
    CHECK(texts(document, BlockKind::heading).empty());
    CHECK(texts(document, BlockKind::paragraph) == std::vector<std::string>{"Corpo."});
  }

  TEST_CASE("the first # heading is the title without front matter") {
    const Document document = read_markdown_document("# Il titolo\n\nCorpo.\n", "a.md");
    CHECK(document.title == "Il titolo");
  }

  TEST_CASE("## and ### are chapters and sub-chapters") {
    const Document document =
        read_markdown_document("## Uno\n\na\n\n### Due\n\nb\n\n#### Tre\n\nc\n", "a.md");
    REQUIRE(document.blocks.size() == 6);
    CHECK(document.blocks[0].level == 0);
    CHECK(document.blocks[2].level == 1);
    CHECK(document.blocks[4].level == 1);
  }

  TEST_CASE("emphasis and links are read as their text; images, code and HTML are not") {
    const Document document = read_markdown_document(
        "Un *bel* [giorno](http://x.y) con `codice` e ![foto](f.jpg) <b>html</b>.\n\n"
        "```\nprogramma()\n```\n\n<div>blocco</div>\n",
        "a.md");
    CHECK(texts(document, BlockKind::paragraph) == std::vector<std::string>{"Un bel giorno con e html."});
  }

  TEST_CASE("an emphasised paragraph under an image is its caption") {
    const Document document =
        read_markdown_document("![x](f.jpg)\n\n*La didascalia.*\n\n*Enfasi.*\n", "a.md");
    CHECK(texts(document, BlockKind::caption) == std::vector<std::string>{"La didascalia."});
    CHECK(texts(document, BlockKind::paragraph) == std::vector<std::string>{"Enfasi."});
  }

  TEST_CASE("soft line breaks keep lines apart for cleanup") {
    const Document document = read_markdown_document("Iscriviti a\nIn Asia\n", "a.md");
    REQUIRE(document.blocks.size() == 1);
    CHECK(document.blocks[0].lines == std::vector<std::string>{"Iscriviti a", "In Asia"});
  }
}

TEST_SUITE("html reader") {
  const CleanupRules rules = load_cleanup_rules(test::voices_dir() / "it");

  TEST_CASE("meta tags give the metadata; og:title wins over h1 and <title>") {
    const Document document = read_html_document(
        "<html lang=it><head><title>T - Sito</title><meta property='og:title' content='Og'>"
        "<meta name=author content='Anna Neri'><meta property='article:published_time' content='2026'>"
        "</head><body><article><h1>H1</h1><p>Corpo.</p></article></body></html>",
        &rules, false, "a.html");
    CHECK(document.title == "Og");
    CHECK(document.author == "Anna Neri");
    CHECK(document.date == "2026");
    CHECK(document.language == "it");
    CHECK(texts(document, BlockKind::paragraph) == std::vector<std::string>{"Corpo."});
  }

  TEST_CASE("h1 is the title when there is no og:title") {
    const Document document = read_html_document(
        "<title>T - Sito</title><main><h1>Il titolo</h1><p>x</p></main>", &rules, false, "a.html");
    CHECK(document.title == "Il titolo");
  }

  TEST_CASE("only the <article> is read, without furniture, scripts and forms") {
    const Document document = read_html_document(
        "<nav>Menu</nav><article><p>Uno <b>due</b></p><script>x()</script><nav>Nav</nav>"
        "<aside>A lato</aside><div class='share-bar'>Condividi</div><form><label>Modulo</label></form>"
        "<footer>Piede</footer><p>Tre<br>quattro</p></article><p>Fuori</p>",
        &rules, false, "a.html");
    REQUIRE(document.blocks.size() == 2);
    CHECK(block_text(document.blocks[0]) == "Uno due");
    CHECK(document.blocks[1].lines == std::vector<std::string>{"Tre", "quattro"});
    CHECK(document.dropped.size() == 5);
  }

  TEST_CASE("keep_all keeps furniture but never scripts") {
    const Document document = read_html_document(
        "<article><p>Uno</p><aside>A lato</aside><script>x()</script></article>", &rules, true, "a.html");
    CHECK(texts(document, BlockKind::paragraph) == std::vector<std::string>{"Uno", "A lato"});
  }

  TEST_CASE("h2 and h3 are chapters and sub-chapters; figcaption is a caption without its credit") {
    const Document document = read_html_document(
        "<article><h2>Uno</h2><h3>Due</h3><figure><img src=a.jpg><figcaption>Il porto. "
        "<span class='credit'>Foto Ansa</span></figcaption></figure></article>",
        &rules, false, "a.html");
    REQUIRE(document.blocks.size() == 3);
    CHECK(document.blocks[0].level == 0);
    CHECK(document.blocks[1].level == 1);
    CHECK(document.blocks[2].kind == BlockKind::caption);
    CHECK(block_text(document.blocks[2]) == "Il porto.");
  }

  TEST_CASE("entities are decoded") {
    const Document document =
        read_html_document("<p>citt&agrave; &laquo;s&igrave;&raquo;</p>", &rules, false, "a.html");
    CHECK(texts(document, BlockKind::paragraph) == std::vector<std::string>{"città «sì»"});
  }

  TEST_CASE("nesting deeper than the limit is refused, naming the file") {
    std::string page;
    for (int i = 0; i < 1500; ++i) page += "<div>";
    CHECK_THROWS_WITH_AS(read_html_document(page, &rules, false, "annidata.html"),
                         doctest::Contains("annidata.html"), Error);
    std::string paragraphs;
    for (int i = 0; i < 1500; ++i) paragraphs += "<p>x";
    CHECK_NOTHROW(read_html_document(paragraphs, &rules, false, "piatta.html"));
  }
}

TEST_SUITE("chapter titles") {
  const PhraseWords& phrasing() {
    static const PhraseWords words = load_phrase_words(narra::test::voices_dir() / "it");
    return words;
  }

  TEST_CASE("a title stops at the end of a clause that ends within the limit, and says it was cut") {
    CHECK(narra::first_words("Dopo tre giorni di trattative, i rappresentanti hanno firmato", phrasing(),
                             6) == "Dopo tre giorni di trattative\u2026");
  }

  TEST_CASE("a title cut at the limit ends before an auxiliary, a preposition or an article") {
    CHECK(narra::first_words("Il nuovo sindaco Marco Bellini è tornato ieri a Lecce", phrasing(), 6) ==
          "Il nuovo sindaco Marco Bellini\u2026");
    CHECK(narra::first_words("La terza linea della tramvia di Firenze apre", phrasing(), 6) ==
          "La terza linea della tramvia\u2026");
    CHECK(narra::first_words("Il ministro degli esteri è arrivato ieri sera a Bari", phrasing(), 5) ==
          "Il ministro degli esteri\u2026");
  }

  TEST_CASE("a title never ends on the first half of a name") {
    CHECK(narra::first_words("Migliaia di studenti in piazza IV Novembre a Perugia per il clima",
                             phrasing()) == "Migliaia di studenti in piazza IV Novembre\u2026");
    CHECK(narra::first_words("Il presidente Sergio Mattarella ha ricevuto", phrasing(), 3) ==
          "Il presidente\u2026");
    CHECK(narra::first_words("Gli aiuti arrivati dalla Corea del Sud sono stati distribuiti", phrasing(),
                             6) == "Gli aiuti arrivati\u2026");
  }

  TEST_CASE("a title keeps within its length in characters") {
    CHECK(narra::first_words("Nella mattinata, poco dopo l'apertura dell'ufficio provinciale", phrasing(), 8,
                             40) == "Nella mattinata, poco dopo l'apertura\u2026");
  }

  TEST_CASE("an aside in brackets and opening quotes are left out") {
    CHECK(narra::first_words("Il leader (a destra) cammina", phrasing()) == "Il leader\u2026");
    CHECK(narra::first_words("\xE2\x80\x9C"
                             "Non è un punto d'arrivo, ma è la prima volta",
                             phrasing()) == "Non è un punto d'arrivo\u2026");
  }

  TEST_CASE("quotation marks cut open by the limit are left out") {
    CHECK(narra::first_words("Questa visita \"dimostra fino a che punto il presidente\"", phrasing(), 4) ==
          "Questa visita dimostra\u2026");
  }

  TEST_CASE("a short sentence is its own title, whole") {
    CHECK(narra::first_words("Breve notizia.", phrasing()) == "Breve notizia");
    CHECK(narra::first_words("Piove a Bari. Domani sole.", phrasing()) == "Piove a Bari");
  }
}

TEST_SUITE("html content extraction") {
  const CleanupRules rules = load_cleanup_rules(test::voices_dir() / "it");
  const std::string prose =
      "<p>Il mercato coperto di Pisa riapre domani, dopo due anni di lavori, con trenta banchi.</p>"
      "<p>I banchi del pesce, della frutta e del pane tornano al piano terra, come una volta.</p>"
      "<p>Al primo piano, invece, ci saranno una sala per i corsi di cucina e un piccolo bar.</p>";

  TEST_CASE("the best of several <article> elements is read, not the first") {
    const Document document = read_html_document(
        "<article><p>Una breve anteprima, con un link.</p></article><article>" + prose + "</article>", &rules,
        false, "a.html");
    REQUIRE(document.blocks.size() == 3);
    CHECK(block_text(document.blocks[0]).rfind("Il mercato coperto", 0) == 0);
  }

  TEST_CASE("without <article> or <main> the menus around the story are not read") {
    const Document document = read_html_document(
        "<div class='menu-top'><a href=/>Home</a> <a href=/c>Cronaca</a></div><div><div>" + prose +
            "</div><ul><li><a href=/x>Un altro articolo da leggere, tutto in un link</a></li></ul></div>",
        &rules, false, "a.html");
    CHECK(document.blocks.size() == 3);
  }

  TEST_CASE("<pre> is read as one line, so that line rules leave code alone") {
    const Document document = read_html_document("<article>" + prose + "<pre>uno  due\ntre</pre></article>",
                                                 &rules, false, "a.html");
    REQUIRE(document.blocks.size() == 4);
    CHECK(document.blocks[3].lines == std::vector<std::string>{"uno due tre"});
  }

  TEST_CASE("a class rule never drops the element holding most of the page's prose") {
    const Document document =
        read_html_document("<div id='share-wrapper'>" + prose + "<div class='share'>Facebook</div></div>",
                           &rules, false, "a.html");
    CHECK(document.blocks.size() == 3);
    REQUIRE(document.dropped.size() == 1);
    CHECK(document.dropped[0].text == "Facebook");
  }

  TEST_CASE("JSON-LD gives author, date, image, description and URL; og:title stays the title") {
    const Document document = read_html_document(
        "<head><meta property='og:title' content='Og'><script type='application/ld+json'>"
        "[{\"@type\":\"Organization\",\"name\":\"Sito\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"H\","
        "\"author\":{\"name\":\"Anna "
        "Neri\"},\"datePublished\":\"2026-11-01\",\"image\":[\"i.jpg\",\"j.jpg\"],"
        "\"description\":\"Breve.\",\"url\":\"https://example.org/a\"}]</script></head><body>" +
            prose + "</body>",
        &rules, false, "a.html");
    CHECK(document.title == "Og");
    CHECK(document.author == "Anna Neri");
    CHECK(document.date == "2026-11-01");
    CHECK(document.cover == "i.jpg");
    CHECK(document.description == "Breve.");
    CHECK(document.source_url == "https://example.org/a");
  }

  TEST_CASE("meta description and the canonical link fill description and URL") {
    const Document document = read_html_document(
        "<head><meta name='description' content='Sommario.'><link rel='canonical' "
        "href='https://example.org/b'>"
        "</head><body>" +
            prose + "</body>",
        &rules, false, "a.html");
    CHECK(document.description == "Sommario.");
    CHECK(document.source_url == "https://example.org/b");
  }

  TEST_CASE("<title> without the site's name is the title of last resort") {
    SUBCASE("a dash") {
      CHECK(read_html_document("<title>Il mercato riapre - Gazzetta</title>" + prose, &rules, false, "a.html")
                .title == "Il mercato riapre");
    }
    SUBCASE("a bar") {
      CHECK(read_html_document("<title>Il mercato riapre | Gazzetta</title>" + prose, &rules, false, "a.html")
                .title == "Il mercato riapre");
    }
    SUBCASE("the h1 the <title> names wins over the site's own h1") {
      CHECK(read_html_document(
                "<title>Il mercato riapre | Gazzetta</title><h1>Gazzetta</h1><div><h1>Il mercato "
                "riapre</h1>" +
                    prose + "</div>",
                &rules, false, "a.html")
                .title == "Il mercato riapre");
    }
  }
}
