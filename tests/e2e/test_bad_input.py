"""Bad input: one `error:` line naming the file, a non-zero exit, nothing at the final path."""
import os
import unittest

from narra_e2e import SAMPLE, TempDirTestCase, run


class BadInputTest(TempDirTestCase):
    def assert_refused(self, args, *fragments, out_dir=None):
        out_dir = out_dir or self.tmp / "out"
        out_dir.mkdir(exist_ok=True)
        before = sorted(os.listdir(out_dir))
        result = run("render", *args, "--output-dir", out_dir, check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertLess(result.returncode, 128)
        lines = result.stderr.splitlines()
        self.assertTrue(lines and lines[0].startswith("error: "), result.stderr)
        self.assertEqual(sum(line.startswith("error: ") for line in lines), 1, result.stderr)
        for fragment in fragments:
            self.assertIn(fragment, result.stderr)
        self.assertEqual(sorted(os.listdir(out_dir)), before, "files were left behind")
        return result


    def test_missing_file(self):
        self.assert_refused([self.tmp / "nope.txt"], "nope.txt", "no such file")

    def test_directory_instead_of_file(self):
        folder = self.tmp / "folder.txt"
        folder.mkdir()
        self.assert_refused([folder], "folder.txt", "folder")

    def test_empty_article(self):
        self.assert_refused([self.write("empty.txt", b"")], "empty.txt", "empty")

    def test_whitespace_only_article(self):
        self.assert_refused([self.write("blank.txt", b"  \n\n\t \n")], "blank.txt", "empty")

    def test_invalid_utf8_names_the_byte(self):
        self.assert_refused([self.write("latin1.txt", "Città di Roma".encode("latin-1"))],
                            "latin1.txt", "UTF-8 at byte 4")

    def test_binary_file(self):
        self.assert_refused([self.write("binary.txt", bytes(range(256)) * 4)], "binary.txt",
                            "not a text file")

    def test_utf16_is_named(self):
        self.assert_refused([self.write("utf16.txt", "Ciao a tutti".encode("utf-16"))],
                            "utf16.txt", "UTF-16")

    def test_unwritable_output_directory(self):
        locked = self.tmp / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            if os.access(locked, os.W_OK):
                # root ignores permission bits; a file in the way is the same failure for root.
                locked = self.tmp / "a-file"
                locked.write_text("x")
            result = run("render", SAMPLE, "--output-dir", locked, check=False)
            self.assertNotEqual(result.returncode, 0)
            self.assertTrue(result.stderr.startswith("error: "), result.stderr)
            self.assertIn(str(locked), result.stderr)
        finally:
            (self.tmp / "locked").chmod(0o700)

    def test_unknown_voice_lists_the_known_ones(self):
        result = self.assert_refused([SAMPLE, "--voice", "nessuno"], "unknown voice 'nessuno'")
        self.assertIn("hint: known voices: giulia, marco", result.stderr)

    def test_a_bad_voice_file_names_its_line(self):
        voices = self.tmp / "voices"
        voices.mkdir()
        (voices / "it").symlink_to(SAMPLE.parents[2] / "voices" / "it")
        (voices / "rotta.toml").write_text('name = "rotta"\ndefault = true\nrate_wpm = veloce\n')
        result = run("--voices-dir", voices, "render", SAMPLE, "--output-dir", self.tmp, check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("rotta.toml' line 3", result.stderr)


if __name__ == "__main__":
    unittest.main()
