"""Batches: many articles on several cores, failures that do not stop the others, and
re-runs that skip what is up to date."""
import os
import unittest

from narra_e2e import ARTICLES, TempDirTestCase, run

ARTICLE_FILES = sorted(ARTICLES.glob("*.txt"))


class BatchTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.out = self.tmp / "out"
        self.out.mkdir()

    def render(self, *articles, extra=(), check=True):
        return run("render", *articles, "--output-dir", self.out, "-j", "2", *extra, check=check)

    def test_a_failing_article_does_not_stop_the_others(self):
        broken = self.tmp / "rotto.txt"
        broken.write_bytes(b"Citt\xe0 di Roma")
        result = self.render(*ARTICLE_FILES, broken, check=False)
        self.assertEqual(result.returncode, 1)
        for article in ARTICLE_FILES:
            self.assertTrue((self.out / f"{article.stem}.mp3").is_file(), article.name)
        self.assertIn("rotto.txt", result.stderr)
        self.assertIn(f"1 of {len(ARTICLE_FILES) + 1} articles failed", result.stderr)
        self.assertIn(f"{len(ARTICLE_FILES)} rendered, 0 up to date, 1 failed", result.stdout)
        self.assertFalse(any(name.startswith("rotto") for name in os.listdir(self.out)))

    def test_a_second_run_skips_what_is_up_to_date(self):
        self.render(*ARTICLE_FILES)
        mp3 = self.out / f"{ARTICLE_FILES[0].stem}.mp3"
        first = mp3.stat().st_mtime_ns
        again = self.render(*ARTICLE_FILES)
        self.assertEqual(again.stdout.count("unchanged, skipped"), len(ARTICLE_FILES))
        self.assertIn(f"0 rendered, {len(ARTICLE_FILES)} up to date", again.stdout)
        self.assertEqual(mp3.stat().st_mtime_ns, first)
        forced = self.render(ARTICLE_FILES[0], extra=("--force",))
        self.assertNotIn("skipped", forced.stdout)
        self.assertNotEqual(mp3.stat().st_mtime_ns, first)

    def test_changed_options_or_missing_outputs_render_again(self):
        self.render(ARTICLE_FILES[0])
        changed = self.render(ARTICLE_FILES[0], extra=("--bitrate", "96"))
        self.assertNotIn("skipped", changed.stdout)
        (self.out / f"{ARTICLE_FILES[0].stem}.vtt").unlink()
        resumed = self.render(ARTICLE_FILES[0], extra=("--bitrate", "96"))
        self.assertNotIn("skipped", resumed.stdout)
        self.assertTrue((self.out / f"{ARTICLE_FILES[0].stem}.vtt").is_file())

    def test_quiet_prints_nothing_but_errors(self):
        result = self.render(*ARTICLE_FILES, extra=("--quiet",))
        self.assertEqual(result.stdout, "")
        self.assertEqual(result.stderr, "")

    def test_parallel_and_serial_batches_write_the_same_bytes(self):
        serial = self.tmp / "serial"
        serial.mkdir()
        run("render", *ARTICLE_FILES, "--output-dir", serial, "-j", "1")
        self.render(*ARTICLE_FILES)
        for article in ARTICLE_FILES:
            for ext in ("mp3", "chapters.json", "vtt"):
                name = f"{article.stem}.{ext}"
                self.assertEqual((serial / name).read_bytes(), (self.out / name).read_bytes(), name)


if __name__ == "__main__":
    unittest.main()
