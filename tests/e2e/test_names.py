"""Names and capitals: surnames are never spelled as if they were acronyms."""
import unittest

from narra_e2e import ARTICLES, run


def normalise(*lines):
    return run("normalise", stdin="".join(line + "\n" for line in lines)).stdout.splitlines()


class NamesTest(unittest.TestCase):
    def test_short_capitalised_surnames_are_read_as_names(self):
        self.assertEqual(normalise("Olaf Wolf e il conte Graf", "il cantante Raf e Dahl"),
                         ["Olaf Wolf e il conte Graf", "il cantante Raf e Dahl"])

    def test_surnames_in_capitals_from_agency_copy_are_read_as_names(self):
        self.assertEqual(normalise("ha segnato SCHMITT", "il ceco STRNAD", "PUTIN a Minsk"),
                         ["ha segnato Schmitt", "il ceco Strnad", "Pùtin a Minsc"])

    def test_unpronounceable_acronyms_are_still_spelled(self):
        self.assertEqual(normalise("la KCNA e l'UNHCR", "la Cgil"),
                         ["la cappa ci enne a e l'u enne acca ci erre", "la ci gi i elle"])

    def test_an_agency_article_speaks_names_as_words(self):
        script = run("text", ARTICLES / "leftovers" / "nomi-e-sigle.txt").stdout
        self.assertIn("Il portiere ceco Strnad e il difensore Schmitt hanno firmato con la squadra di Graf.",
                      script)
        self.assertIn("Secondo Rossi e Schmitt, la Fiat e la Nato hanno chiesto un incontro alla bi bi ci.",
                      script)


if __name__ == "__main__":
    unittest.main()
