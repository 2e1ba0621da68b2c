"""The names lexicon read through eSpeak NG's Italian phonemes (bench/check_names.py)."""
import subprocess
import sys
import unittest

from narra_e2e import SOURCE_DIR, TempDirTestCase

CHECKER = SOURCE_DIR / "bench" / "check_names.py"


def check_names(*files):
    return subprocess.run([sys.executable, str(CHECKER), *map(str, files)], capture_output=True,
                          text=True, timeout=120)


class NamesLexiconTest(TempDirTestCase):
    def test_every_entry_reads_as_italian_words(self):
        result = check_names(SOURCE_DIR / "voices" / "it" / "names.tsv")
        self.assertEqual(result.returncode, 0, result.stdout)
        checked = int(result.stderr.split()[0])
        self.assertGreaterEqual(checked, 500)

    def test_spelled_english_and_capital_entries_are_flagged(self):
        lexicon = self.tmp / "names.tsv"
        lexicon.write_text("# written\tspoken\nKrk\tKrk\nWall Street\tWall Street\n"
                           "Fbi\tFBI\nPutin\tPùtin\n", encoding="utf-8")
        result = check_names(lexicon)
        self.assertEqual(result.returncode, 1)
        flagged = result.stdout.splitlines()
        self.assertEqual(len(flagged), 3, result.stdout)
        self.assertIn("Krk → Krk", flagged[0])
        self.assertTrue(flagged[0].endswith("spelled"))
        self.assertTrue(flagged[1].endswith("language"))
        self.assertTrue(flagged[2].endswith("capitals"))


if __name__ == "__main__":
    unittest.main()
