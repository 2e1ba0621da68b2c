"""Hostile and odd input: refused with one clear error, or read as written; never a crash,
never a file outside the output folder."""
import os
import unittest

from narra_e2e import SAMPLE, TempDirTestCase, error_lines, run


class HostileInputTest(TempDirTestCase):
    def assert_nothing_written(self):
        """No output in the output folder; its state folder, if made, holds nothing."""
        self.assertEqual([name for name in os.listdir(self.out) if name != ".narra"], [])
        state = self.out / ".narra"
        self.assertEqual(os.listdir(state) if state.exists() else [], [])

    def setUp(self):
        super().setUp()
        self.out = self.tmp / "out"
        self.out.mkdir()


    def assert_one_error(self, result, *fragments):
        self.assertNotEqual(result.returncode, 0)
        self.assertLess(result.returncode, 128)
        errors = error_lines(result)
        self.assertEqual(len(errors), 1, result.stderr)
        for fragment in fragments:
            self.assertIn(fragment, result.stderr)

    def test_overlong_utf8_is_refused_at_its_byte(self):
        article = self.write("overlong.txt", b"Titolo\n\nUna barra \xc0\xaf qui.\n")
        self.assert_one_error(run("text", article, check=False), "overlong.txt", "UTF-8 at byte 18")

    def test_a_fifty_megabyte_line_is_refused_by_the_size_limit(self):
        article = self.write("enorme.txt", "a" * (50 << 20))
        self.assert_one_error(run("render", article, "--output-dir", self.out, check=False),
                              "enorme.txt", "more than the limit")
        self.assert_nothing_written()

    def test_numbers_and_dates_that_are_not_are_read_as_written(self):
        article = self.write("strani.txt", "Numeri strani\n\nIl codice " + "7" * 400 +
                             " arriva il 31/02/2024 alle 99:99, poi il 32 dicembre.\n")
        script = run("text", article).stdout
        self.assertIn("trentuno", script)
        self.assertIn("novantanove", script)
        run("render", article, "--format", "wav", "--output-dir", self.out)
        self.assertTrue((self.out / "strani.wav").is_file())

    def test_a_hundred_thousand_tiny_paragraphs_are_read(self):
        article = self.write("minuscoli.txt", "Titolo\n\n" +
                             "\n\n".join(f"Paragrafo {n}." for n in range(100000)) + "\n")
        script = run("text", article, timeout=300).stdout
        self.assertEqual(script.count("## "), 100001)

    def test_missing_espeak_data_is_an_error(self):
        empty = self.tmp / "vuoto"
        empty.mkdir()
        env = dict(os.environ, ESPEAK_DATA_PATH=str(empty))
        import subprocess
        from narra_e2e import NARRA
        result = subprocess.run([NARRA, "render", str(SAMPLE), "--output-dir", str(self.out)],
                                capture_output=True, text=True, env=env, timeout=120)
        self.assert_one_error(result, "eSpeak NG")
        self.assert_nothing_written()

    def test_output_folder_missing_or_a_file(self):
        self.assert_one_error(run("render", SAMPLE, "--output-dir", self.tmp / "manca", check=False),
                              "does not exist")
        a_file = self.write("un-file", "x")
        self.assert_one_error(run("render", SAMPLE, "--output-dir", a_file, check=False), "not a folder")

    def test_titles_never_make_paths_outside_the_output_folder(self):
        for title in ("../../fuori", "/etc/passwd", "a/b\\c", "CON", "x" * 10000, "tab\tcontrollo\x07"):
            with self.subTest(title=title[:20]):
                run("render", SAMPLE, "--format", "wav", "--output-dir", self.out, "--digest", title, "--force")
        names = os.listdir(self.out)
        self.assertTrue(all(len(name.encode()) <= 120 for name in names), names)
        self.assertIn("con-digest.wav", names)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["out"])
        self.assertFalse(os.path.exists("/etc/passwd.wav"))

    def test_an_existing_read_only_output_file_is_refused_and_kept(self):
        existing = self.out / f"{SAMPLE.stem}.mp3"
        existing.write_bytes(b"older episode")
        existing.chmod(0o444)
        result = run("render", SAMPLE, "--output-dir", self.out, check=False)
        self.assert_one_error(result, f"{SAMPLE.stem}.mp3", "read-only")
        self.assertEqual(existing.read_bytes(), b"older episode")
        self.assertEqual(os.listdir(self.out), [existing.name])  # nothing rendered, no temporaries

    def test_a_read_only_feed_is_refused_before_rendering(self):
        feed = self.tmp / "feed.xml"
        run("feed", "init", feed, "--title", "Notizie", "--author", "Redazione", "--description",
            "Le notizie del giorno.", "--base-url", "https://example.org/podcast")
        before = feed.read_bytes()
        feed.chmod(0o444)
        result = run("render", SAMPLE, "--output-dir", self.out, "--feed", feed, check=False)
        self.assert_one_error(result, "feed.xml", "read-only")
        self.assertEqual(feed.read_bytes(), before)
        self.assert_nothing_written()

    def test_more_chapters_than_a_table_of_contents_lists_are_refused(self):
        article = self.write("titoli.md", "".join(f"## Capitolo {i}\n\nTesto del capitolo {i}.\n\n"
                                                  for i in range(300)))
        result = run("render", article, "--output-dir", self.out, check=False)
        self.assert_one_error(result, "titoli.md", "255 chapters")
        self.assert_nothing_written()

    def test_a_line_without_full_stops_is_read_in_pieces(self):
        # 2000 words and no full stop: spoken (and transcribed) in pieces of at most 1000 bytes.
        words = ("casa", "strada", "governo", "mercato", "città", "lavoro")
        article = self.write("senza-punti.txt", "Titolo\n\n" +
                             " ".join(words[i % 6] for i in range(2000)) + "\n")
        run("render", article, "--format", "wav", "--output-dir", self.out)
        vtt = (self.out / "senza-punti.vtt").read_text(encoding="utf-8")
        cues = [block.split("\n", 2)[-1] for block in vtt.strip().split("\n\n")[1:]]
        self.assertGreaterEqual(len(cues), 14)
        self.assertLessEqual(max(len(cue.encode()) for cue in cues), 1000)

if __name__ == "__main__":
    unittest.main()
