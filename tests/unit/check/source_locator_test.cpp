#include <doctest/doctest.h>

#include "check/source_locator.h"

using namespace narra;

TEST_SUITE("check") {
  TEST_CASE("words are found in order, across line breaks and typographic marks") {
    SourceLocator locator("Primo giorno.\n\nDisse “sì” all’accordo 12\nvolte, 12 volte.\n");
    locator.enter_sentence("Primo giorno.");
    locator.enter_sentence("Disse \"sì\" all'accordo 12 volte, 12 volte.");
    const SourcePosition first = locator.locate("12");
    CHECK(first.line == 3);
    CHECK(first.column == 24);
    const SourcePosition second = locator.locate("12");
    CHECK(second.line == 4);
    CHECK(second.column == 8);
  }

  TEST_CASE("markup inside a word is looked through: the place is its first character") {
    SourceLocator locator("<p>Uno</p>\n<p>Costa <b>1</b>2 euro.</p>\n");
    locator.enter_sentence("Costa 12 euro.");
    const SourcePosition position = locator.locate("12");
    CHECK(position.line == 2);
    CHECK(position.column == 13);
  }

  TEST_CASE("character references, tags between words and Markdown emphasis are looked through") {
    SourceLocator locator("<p><em>Gli</em> operai, l&#39;<i>ente</i> e&nbsp;la **QR**TX.</p>\n");
    locator.enter_sentence("Gli operai, l'ente e la QRTX.");
    const SourcePosition apostrophe = locator.locate("l'ente");
    CHECK(apostrophe.column == 25);
    const SourcePosition capitals = locator.locate("QRTX");
    CHECK(capitals.column == 55);
  }

  TEST_CASE("a tag may stand for the space between two words") {
    SourceLocator locator("<p>Uno<br>due tre</p>\n");
    locator.enter_sentence("Uno due tre");
    CHECK(locator.locate("Uno due").column == 4);
  }

  TEST_CASE("a word that is not in the file falls back to its sentence") {
    SourceLocator locator("<p>Uno</p>\n<p>Costa dodici euro.</p>\n");
    locator.enter_sentence("Costa dodici euro.");
    const SourcePosition position = locator.locate("12");
    CHECK(position.line == 2);
    CHECK(position.column == 4);
  }

  TEST_CASE("with no source every place is 1:1") {
    SourceLocator locator("");
    locator.enter_sentence("Costa 12 euro.");
    const SourcePosition position = locator.locate("12");
    CHECK(position.line == 1);
    CHECK(position.column == 1);
  }
}
