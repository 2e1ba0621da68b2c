#include <doctest/doctest.h>

#include "article/typography.h"

using namespace narra;

TEST_SUITE("typography") {
  TEST_CASE("curly quotes become plain, guillemets stay, single guillemets become double") {
    CHECK(normalise_typography("\u201CFermo sostegno\u201D") == "\"Fermo sostegno\"");
    CHECK(normalise_typography("l\u2019aeroporto") == "l'aeroporto");
    CHECK(normalise_typography("\u2039s\u00EC\u203A") == "\u00ABs\u00EC\u00BB");
    CHECK(normalise_typography("\u201Ebasso\u201C") == "\"basso\"");
  }

  TEST_CASE("dashes and minus signs have one spelling each") {
    CHECK(normalise_typography("a \u2015 b") == "a \u2014 b");
    CHECK(normalise_typography("\u22125 gradi") == "-5 gradi");
    CHECK(normalise_typography("Jong\u2011un") == "Jong-un");
  }

  TEST_CASE("three dots become an ellipsis") {
    CHECK(normalise_typography("e poi... basta") == "e poi\u2026 basta");
    CHECK(normalise_typography("(....)") == "(\u2026)");
  }

  TEST_CASE("invisible and fixed-width spaces are cleaned") {
    CHECK(normalise_typography("19\u00A0giugno") == "19 giugno");
    CHECK(normalise_typography("dieci\u202Fmila") == "dieci mila");
    CHECK(normalise_typography("pa\u00ADrola") == "parola");
    CHECK(normalise_typography("zero\u200Bwidth\u2060") == "zerowidth");
    CHECK(normalise_typography("  a\t\tb \n c  ") == "a b c");
  }

  TEST_CASE("text comes out in NFC") {
    CHECK(normalise_typography("citta\u0300") == "citt\u00E0");
    CHECK(normalise_typography("E\u0300 vero") == "\u00C8 vero");
  }

  TEST_CASE("file stems are lower-case words joined by hyphens, accents dropped") {
    CHECK(file_stem_for("Rassegna del 28 novembre", "x") == "rassegna-del-28-novembre");
    CHECK(file_stem_for("Citt\u00E0, \u00E8 l'ora!", "x") == "citta-e-l-ora");
    CHECK(file_stem_for("\u00AB\u00BB", "digest") == "digest");
  }
}
