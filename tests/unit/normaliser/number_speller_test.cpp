#include <doctest/doctest.h>

#include "normaliser/number_speller.h"

using namespace narra;

TEST_SUITE("number speller") {
  TEST_CASE("units, teens and tens are single words") {
    CHECK(spell_cardinal(0) == "zero");
    CHECK(spell_cardinal(1) == "uno");
    CHECK(spell_cardinal(15) == "quindici");
    CHECK(spell_cardinal(19) == "diciannove");
    CHECK(spell_cardinal(40) == "quaranta");
  }

  TEST_CASE("cardinal numbers use the elided forms ventuno and ventotto") {
    CHECK(spell_cardinal(21) == "ventuno");
    CHECK(spell_cardinal(28) == "ventotto");
    CHECK(spell_cardinal(91) == "novantuno");
    CHECK(spell_cardinal(38) == "trentotto");
  }

  TEST_CASE("cento elides before otto and ottanta") {
    CHECK(spell_cardinal(108) == "centotto");
    CHECK(spell_cardinal(180) == "centottanta");
    CHECK(spell_cardinal(188) == "centottantotto");
    CHECK(spell_cardinal(980) == "novecentottanta");
    CHECK(spell_cardinal(101) == "centouno");
  }

  TEST_CASE("a final tre in a compound takes the accent") {
    CHECK(spell_cardinal(3) == "tre");
    CHECK(spell_cardinal(23) == "ventitré");
    CHECK(spell_cardinal(103) == "centotré");
    CHECK(spell_cardinal(1953) == "millenovecentocinquantatré");
    CHECK(spell_cardinal(3000) == "tremila");
    CHECK(spell_cardinal(23000) == "ventitremila");
  }

  TEST_CASE("thousands fuse with mille and mila") {
    CHECK(spell_cardinal(1000) == "mille");
    CHECK(spell_cardinal(1001) == "milleuno");
    CHECK(spell_cardinal(1200) == "milleduecento");
    CHECK(spell_cardinal(2000) == "duemila");
    CHECK(spell_cardinal(2024) == "duemilaventiquattro");
    CHECK(spell_cardinal(21000) == "ventunomila");
    CHECK(spell_cardinal(999999) == "novecentonovantanovemilanovecentonovantanove");
  }

  TEST_CASE("scale words stand apart and agree in number") {
    CHECK(spell_cardinal(1'000'000) == "un milione");
    CHECK(spell_cardinal(2'000'000) == "due milioni");
    CHECK(spell_cardinal(1'200'000) == "un milione duecentomila");
    CHECK(spell_cardinal(1'000'000'000) == "un miliardo");
    CHECK(spell_cardinal(3'453'243'534) ==
          "tre miliardi quattrocentocinquantatré milioni duecentoquarantatremilacinquecentotrentaquattro");
  }

  TEST_CASE("negatives are read with meno") { CHECK(spell_cardinal(-12) == "meno dodici"); }

  TEST_CASE("ordinals agree in gender") {
    CHECK(spell_ordinal(1) == "primo");
    CHECK(spell_ordinal(2, Gender::feminine) == "seconda");
    CHECK(spell_ordinal(11) == "undicesimo");
    CHECK(spell_ordinal(20) == "ventesimo");
    CHECK(spell_ordinal(23) == "ventitreesimo");
    CHECK(spell_ordinal(26) == "ventiseiesimo");
    CHECK(spell_ordinal(1000) == "millesimo");
  }

  TEST_CASE("decimals read the fraction as a number, keeping leading zeros") {
    CHECK(spell_decimal("3,5") == "tre virgola cinque");
    CHECK(spell_decimal("1.234,56") == "milleduecentotrentaquattro virgola cinquantasei");
    CHECK(spell_decimal("0,05") == "zero virgola zero cinque");
    CHECK(spell_decimal("-2,5") == "meno due virgola cinque");
    CHECK(spell_decimal("abc").empty());
    CHECK(spell_decimal("3,").empty());
  }

  TEST_CASE("digits are read one at a time") { CHECK(spell_digits("0612") == "zero sei uno due"); }
}

TEST_SUITE("number speller") {
  TEST_CASE("ordinals of round thousands end in millesimo") {
    CHECK(spell_ordinal(14000) == "quattordicimillesimo");
    CHECK(spell_ordinal(2000, Gender::feminine) == "duemillesima");
    CHECK(spell_ordinal(1000) == "millesimo");
    CHECK(spell_ordinal(1003) == "milletreesimo");
  }
}
