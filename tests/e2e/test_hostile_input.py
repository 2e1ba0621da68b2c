"""Hostile and odd input: refused with one clear error, or read as written; never a crash,
never a file outside the output folder."""
import os
import unittest

from narra_e2e import SAMPLE, TempDirTestCase, run


class HostileInputTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.out = self.tmp / "out"
        self.out.mkdir()

    def write(self, name, data):
        path = self.tmp / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def assert_one_error(self, result, *fragments):
        self.assertNotEqual(result.returncode, 0)
        self.assertLess(result.returncode, 128)
        errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
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
        self.assertEqual(os.listdir(self.out), [])

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
        self.assertEqual(os.listdir(self.out), [])

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


if __name__ == "__main__":
    unittest.main()
