"""Front matter read as YAML: broken blocks are refused at their line with nothing written,
aliases cannot blow up, and quoted values read as YAML reads them."""
import os
import subprocess

from narra_e2e import NARRA, TempDirTestCase, chapter_titles, error_lines, run

BILLION_LAUGHS = "---\n" + "lol0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n" + "".join(
    f"lol{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]\n" for n in range(1, 10)) + "title: Risate\n---\n"


class FrontMatterTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.out = self.tmp / "out"
        self.out.mkdir()

    def assert_refused(self, article, *fragments):
        for command in (["text", article], ["render", article, "--output-dir", self.out]):
            result = run(*command, check=False, timeout=60)
            self.assertNotEqual(result.returncode, 0, f"{command[0]} accepted it:\n{result.stdout}")
            self.assertLess(result.returncode, 128)
            errors = error_lines(result)
            self.assertEqual(len(errors), 1, result.stderr)
            for fragment in fragments:
                self.assertIn(fragment, errors[0])
            self.assertIn("hint: ", result.stderr)
        self.assertEqual(os.listdir(self.out), [])

    def test_a_block_never_closed_is_refused_at_its_first_line(self):
        article = self.write("aperto.md", "---\ntitle: Il titolo\nauthor: Anna Neri\n\nIl corpo della notizia.\n")
        self.assert_refused(article, "aperto.md' line 1", "never closed")

    def test_a_block_never_closed_in_plain_text_is_refused_too(self):
        article = self.write("aperto.txt", "---\ntitle: Il titolo\n\nIl corpo della notizia.\n")
        self.assert_refused(article, "aperto.txt' line 1", "never closed")

    def test_an_unbalanced_quote_is_refused_at_its_line(self):
        article = self.write("virgolette.md", "---\nauthor: Anna Neri\ntitle: \"Il titolo\ntags: [a]\n---\n\nCorpo.\n")
        self.assert_refused(article, "virgolette.md' line 3", "not valid YAML")

    def test_an_unbalanced_bracket_is_refused(self):
        article = self.write("parentesi.md", "---\ntitle: Il titolo\ntags: [clima, ginevra\n---\n\nCorpo.\n")
        self.assert_refused(article, "parentesi.md' line 3", "not valid YAML")

    def test_a_list_for_the_title_is_refused_naming_the_key(self):
        article = self.write("lista.md", "---\ntitle:\n  - Uno\n  - Due\n---\n\nCorpo.\n")
        self.assert_refused(article, "lista.md' line 2", "'title'")

    def test_billion_laughs_end_quickly_in_little_memory(self):
        article = self.write("risate.md", BILLION_LAUGHS + "\nIl corpo della notizia.\n")
        result = subprocess.run(["/usr/bin/time", "-f", "%M", NARRA, "text", str(article)],
                                capture_output=True, text=True, timeout=20)
        peak_kib = int(result.stderr.strip().splitlines()[-1])
        self.assertLess(peak_kib, 300_000)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("risate.md' line 3", result.stderr)
        self.assertIn("alias", result.stderr)

    def test_quoted_values_with_colons_and_hashes_give_the_title(self):
        article = self.write("citato.md",
                             "---\ntitle: 'L''accordo: firmato # davvero'\nauthor: Anna Neri # redazione\n"
                             "date: 2026-11-28\ntags: [clima, \"a: b\"]\n---\n\nIl corpo della notizia.\n")
        script = run("text", article).stdout
        self.assertEqual(chapter_titles(script)[0], "L'accordo: firmato # davvero")
        self.assertIn("Anna Neri", script)
        self.assertNotIn("redazione", script)

    def test_plain_text_front_matter_gives_the_title_and_is_not_read(self):
        article = self.write("notizia.txt", "---\ntitle: \"Ginevra: il vertice\"\n---\n\nIl corpo della notizia.\n")
        script = run("text", article).stdout
        self.assertEqual(chapter_titles(script)[0], "Ginevra: il vertice")
        self.assertNotIn("title", script)
