"""Cleanup rules on hostile input: a huge paragraph that a rule reaches, a user rule with
nested quantifiers, a rule the engine cannot run. Never a signal, never a hang."""
import os
import subprocess

from narra_e2e import TempDirTestCase, error_lines, run

# A related-articles line and a cookie banner, each run on for about 40 KB.
HUGE = 40_000


def runaway(opening):
    words = "con un altro titolo che continua senza fermarsi "
    return opening + (words * (HUGE // len(words) + 1))[:HUGE]


def article_with_huge_paragraphs(title):
    return (f"{title}\n\nIl primo paragrafo dice che cosa accade a Ginevra.\n\n"
            f"{runaway('Leggi anche: ')}\n\n{runaway('Accetta i cookie per continuare ')}\n\n"
            "L'ultimo paragrafo chiude la notizia.\n")


class HostileRulesTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.out = self.tmp / "out"
        self.out.mkdir()

    def run_bounded(self, *args, seconds=20):
        try:
            return run(*args, check=False, timeout=seconds)
        except subprocess.TimeoutExpired:
            self.fail(f"narra {' '.join(map(str, args))} still running after {seconds} s")

    def assert_no_signal(self, result):
        self.assertGreaterEqual(result.returncode, 0, f"killed by signal {-result.returncode}")
        self.assertLess(result.returncode, 128, result.stderr)

    def test_a_huge_related_articles_paragraph_is_dropped_by_text(self):
        article = self.write("enorme.txt", article_with_huge_paragraphs("Un vertice a Ginevra"))
        result = self.run_bounded("text", article, "--trace", seconds=120)
        self.assert_no_signal(result)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("ultimo paragrafo", result.stdout)
        self.assertNotIn("senza fermarsi", result.stdout)
        self.assertIn("related-article link", result.stderr)
        self.assertIn("cookie banner", result.stderr)

    def test_a_huge_related_articles_paragraph_is_dropped_by_render(self):
        article = self.write("enorme.txt", article_with_huge_paragraphs("Un vertice a Ginevra"))
        result = self.run_bounded("render", article, "--format", "wav", "--output-dir", self.out,
                                  seconds=300)
        self.assert_no_signal(result)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue((self.out / "enorme.wav").is_file())

    def test_a_batch_with_huge_paragraphs_renders_both_articles(self):
        first = self.write("primo.txt", article_with_huge_paragraphs("Il primo vertice"))
        second = self.write("secondo.txt", article_with_huge_paragraphs("Il secondo vertice"))
        result = self.run_bounded("render", first, second, "--format", "wav", "--output-dir", self.out,
                                  seconds=300)
        self.assert_no_signal(result)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue((self.out / "primo.wav").is_file())
        self.assertTrue((self.out / "secondo.wav").is_file())

    def test_a_rule_with_nested_quantifiers_finishes_in_seconds(self):
        rules = self.write("regole.tsv", "line\t(a+)+$\trepeated letters\n")
        article = self.write("lettere.txt", "Lettere ripetute\n\nUn paragrafo normale.\n\n" + "a" * 40 + "!\n")
        result = self.run_bounded("text", article, "--boilerplate", rules)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("paragrafo normale", result.stdout)

    def test_a_rule_with_a_backreference_is_refused_naming_file_and_line(self):
        rules = self.write("regole.tsv", "# a comment\nline\t(a)\\1\tdoubled letter\n")
        article = self.write("breve.txt", "Breve\n\nUn paragrafo.\n")
        result = self.run_bounded("text", article, "--boilerplate", rules)
        self.assertNotEqual(result.returncode, 0)
        errors = error_lines(result)
        self.assertEqual(len(errors), 1, result.stderr)
        self.assertIn("regole.tsv' line 2", errors[0])
        self.assertIn("invalid escape sequence", errors[0])

    def test_a_refused_rule_writes_nothing(self):
        rules = self.write("regole.tsv", "line\ta(?=b)\tlookahead\n")
        article = self.write("breve.txt", "Breve\n\nUn paragrafo.\n")
        result = self.run_bounded("render", article, "--boilerplate", rules, "--output-dir", self.out)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("regole.tsv' line 1", result.stderr)
        self.assertEqual(os.listdir(self.out), [])
