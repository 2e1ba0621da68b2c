#include <doctest/doctest.h>

#include <algorithm>

#include "../test_paths.h"
#include "article/document.h"
#include "core/error.h"

using namespace narra;

namespace {

Block paragraph(std::vector<std::string> lines) { return Block{BlockKind::paragraph, 0, std::move(lines)}; }

bool reported(const CleanupReport& report, const std::string& action, const std::string& text) {
  return std::any_of(report.begin(), report.end(),
                     [&](const CleanupDecision& d) { return d.action == action && d.text == text; });
}

}  // namespace

TEST_SUITE("cleanup") {
  const CleanupRules rules = load_cleanup_rules(test::voices_dir() / "it");

  TEST_CASE("lines that repeat within an article are dropped everywhere") {
    Document document;
    document.blocks = {
        paragraph({"Primo paragrafo."}),
        paragraph({"Iscriviti a", "In Asia", "Ogni sabato.", "Iscriviti a", "In Asia", "Ogni sabato."}),
        paragraph({"Secondo paragrafo."})};
    ReadOptions options;
    options.rules = &rules;
    CleanupReport report;
    clean_document(document, options, report);
    REQUIRE(document.blocks.size() == 2);
    CHECK(block_text(document.blocks[1]) == "Secondo paragrafo.");
    CHECK(reported(report, "dropped", "In Asia"));
  }

  TEST_CASE("long lines and lines continuing a sentence are read every time they repeat") {
    const std::string long_line =
        "Una riga lunga che ripete il racconto, parola per parola, con molte parole in fila una dopo l'altra "
        "e ancora altre.";
    Document document;
    document.blocks = {paragraph({long_line}), paragraph({"Primo", "continua la frase di prima"}),
                       paragraph({long_line}), paragraph({"Secondo", "continua la frase di prima"})};
    ReadOptions options;
    options.rules = &rules;
    CleanupReport report;
    clean_document(document, options, report);
    REQUIRE(document.blocks.size() == 4);
    CHECK(block_text(document.blocks[2]) == long_line);
    CHECK(block_text(document.blocks[3]) == "Secondo continua la frase di prima");
    CHECK(report.empty());
  }

  TEST_CASE("calls to action are dropped even once") {
    Document document;
    document.blocks = {paragraph({"Testo."}), paragraph({"Leggi anche: un altro articolo"}),
                       paragraph({"Condividi su Facebook"}), paragraph({"Iscriviti alla newsletter"})};
    ReadOptions options;
    options.rules = &rules;
    CleanupReport report;
    clean_document(document, options, report);
    REQUIRE(document.blocks.size() == 1);
    CHECK(report.size() == 3);
  }

  TEST_CASE("a paragraph ending with a credit is a caption, and the credit is not read") {
    Document document;
    document.blocks = {
        paragraph({"Il leader (a destra) all'aeroporto, il 19 giugno. (Gavril Grigorov, pool)"}),
        paragraph({"La guerra di Corea (1950-1953) e la citt\u00E0 (Roma, 2023)."})};
    ReadOptions options;
    options.rules = &rules;
    CleanupReport report;
    clean_document(document, options, report);
    CHECK(document.blocks[0].kind == BlockKind::caption);
    CHECK(block_text(document.blocks[0]) == "Il leader (a destra) all'aeroporto, il 19 giugno.");
    CHECK(reported(report, "credit", "(Gavril Grigorov, pool)"));
    CHECK(document.blocks[1].kind == BlockKind::paragraph);
  }

  TEST_CASE("caption modes") {
    Document document;
    document.blocks = {Block{BlockKind::caption, 0, {"Una foto."}}, paragraph({"Testo."})};
    ReadOptions options;
    options.rules = &rules;
    CleanupReport report;
    SUBCASE("read turns the caption into a paragraph") {
      options.captions = CaptionMode::read;
      clean_document(document, options, report);
      CHECK(document.blocks[0].kind == BlockKind::paragraph);
    }
    SUBCASE("skip drops it") {
      options.captions = CaptionMode::skip;
      clean_document(document, options, report);
      CHECK(document.blocks.size() == 1);
      CHECK(reported(report, "dropped", "Una foto."));
    }
    SUBCASE("keep_all reads everything as it stands") {
      options.keep_all = true;
      document.blocks.push_back(paragraph({"Una foto. (Mario Rossi, Ansa)"}));
      document.blocks.push_back(paragraph({"Iscriviti"}));
      clean_document(document, options, report);
      CHECK(document.blocks.size() == 4);
      CHECK(report.empty());
      CHECK(block_text(document.blocks[2]) == "Una foto. (Mario Rossi, Ansa)");
    }
  }

  TEST_CASE("caption mode names are parsed, unknown ones refused") {
    CHECK(parse_caption_mode("read-as-chapter") == CaptionMode::read_as_chapter);
    CHECK(parse_caption_mode("skip") == CaptionMode::skip);
    CHECK_THROWS_AS(parse_caption_mode("sometimes"), Error);
  }
}

TEST_SUITE("patterns") {
  TEST_CASE("a whole match, a match anywhere and where it is") {
    const Pattern pattern("anche:.*", PatternCase::insensitive);
    CHECK(pattern.matches_whole("ANCHE: altro"));
    CHECK_FALSE(pattern.matches_whole("leggi anche: altro"));
    CHECK(pattern.occurs_in("leggi anche: altro"));
    const auto match = pattern.find_in("leggi Anche: altro");
    REQUIRE(match);
    CHECK(match->position == 6);
    CHECK(match->length == 12);
  }

  TEST_CASE("letters beyond ASCII fold their case too") {
    CHECK(Pattern("pubblicità", PatternCase::insensitive).matches_whole("PUBBLICITÀ"));
    CHECK_FALSE(Pattern("pubblicità", PatternCase::sensitive).matches_whole("PUBBLICITÀ"));
  }

  TEST_CASE("nested quantifiers take linear time on a line that almost matches") {
    const Pattern pattern("(a+)+$", PatternCase::sensitive);
    CHECK_FALSE(pattern.matches_whole(std::string(100000, 'a') + "!"));
  }

  TEST_CASE("backreferences, lookahead and oversized patterns are refused with a reason") {
    CHECK_THROWS_WITH_AS(Pattern("(a)\\1", PatternCase::sensitive), "invalid escape sequence: \\1",
                         std::invalid_argument);
    CHECK_THROWS_AS(Pattern("a(?=b)", PatternCase::sensitive), std::invalid_argument);
    CHECK_THROWS_AS(Pattern("((a{1000}){1000}){1000}", PatternCase::sensitive), std::invalid_argument);
  }
}
