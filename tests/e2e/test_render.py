"""narra render --format wav on real articles: the WAV's chunks, chapters and pauses."""
import re
import unittest

from narra_e2e import SAMPLE, TempDirTestCase, Wav, chapter_titles, run, needs_seed_articles, seed_articles

# Plausible speaking rates for a newsreader voice, words per minute, with pauses.
MIN_WPM, MAX_WPM = 90, 220
# Near silence: below -40 dBFS.
SILENCE = 330


class RenderTest(TempDirTestCase):
    def render_and_check(self, article):
        result = run("render", article, "--output-dir", self.tmp, "--format", "wav")
        stem = article.stem
        wav_path = self.tmp / f"{stem}.wav"
        script_path = self.tmp / f"{stem}.script.txt"
        self.assertIn(str(wav_path), result.stdout)
        self.assertTrue(script_path.is_file())
        wav = Wav(wav_path)

        with self.subTest("format"):
            self.assertEqual(wav.format_tag, 1)
            self.assertEqual(wav.channels, 1)
            self.assertEqual(wav.bits, 16)
            self.assertEqual(wav.rate, 44100)
            self.assertEqual(wav.riff_size, wav.file_size - 8)

        with self.subTest("duration fits the word count"):
            words = len(article.read_text(encoding="utf-8").split())
            minutes = wav.duration / 60
            self.assertGreater(words / minutes, MIN_WPM)
            self.assertLess(words / minutes, MAX_WPM)

        titles = chapter_titles(run("text", article).stdout)
        chapters = wav.chapters()
        with self.subTest("one cue per chapter, labelled with the titles narra text prints"):
            self.assertEqual([title for _, title in chapters], titles)
            self.assertEqual(script_path.read_text(encoding="utf-8"), run("text", article).stdout)

        with self.subTest("cues strictly increase and lie inside the audio"):
            starts = [start for start, _ in chapters]
            self.assertEqual(starts[0], 0)
            self.assertEqual(starts, sorted(set(starts)))
            self.assertLess(starts[-1], len(wav.samples))

        with self.subTest("every cue falls in a pause"):
            window = wav.rate // 20  # 50 ms either side
            for start, title in chapters[1:]:
                self.assertLess(wav.peak(start - window, start + window), SILENCE, title)

        with self.subTest("speech starts at once after the first cue, 250 ms after each later one"):
            self.assertGreater(wav.peak(0, wav.rate * 25 // 1000), SILENCE)
            for start, title in chapters[1:]:
                self.assertLess(wav.peak(start, start + wav.rate * 225 // 1000), SILENCE, title)
                lead = start + wav.rate * 250 // 1000
                self.assertGreater(wav.peak(lead, lead + wav.rate * 25 // 1000), SILENCE, title)

        with self.subTest("INFO names the title and the software"):
            self.assertEqual(wav.info.get("INAM"), titles[0])
            self.assertTrue(wav.info.get("ISFT", "").startswith("narra "))
        return wav, titles

    def test_sample_article(self):
        wav, titles = self.render_and_check(SAMPLE)
        self.assertEqual(titles[0], "Vertice sul clima a Ginevra, accordo sui fondi per l'adattamento")
        self.assertEqual(len(titles), 8)

    @needs_seed_articles
    def test_reference_articles(self):
        for article in seed_articles():
            with self.subTest(article=article.name):
                self.render_and_check(article)

    def test_the_spoken_script_has_no_digits(self):
        script = run("text", SAMPLE).stdout
        body = "\n".join(line for line in script.splitlines() if not line.startswith("## "))
        self.assertIsNone(re.search(r"\d", body), body)

    def test_voices_change_the_audio(self):
        run("render", SAMPLE, "--output-dir", self.tmp, "--format", "wav", "--voice", "giulia")
        giulia = (self.tmp / f"{SAMPLE.stem}.wav").read_bytes()
        run("render", SAMPLE, "--output-dir", self.tmp, "--format", "wav", "--voice", "marco")
        marco = (self.tmp / f"{SAMPLE.stem}.wav").read_bytes()
        self.assertNotEqual(giulia, marco)

    def test_output_is_deterministic_on_one_core_or_several(self):
        first, second = self.tmp / "a", self.tmp / "b"
        first.mkdir()
        second.mkdir()
        run("render", SAMPLE, "--output-dir", first, "--format", "mp3,opus,wav", "-j", "1")
        run("render", SAMPLE, "--output-dir", second, "--format", "mp3,opus,wav", "-j", "3")
        self.assertEqual(sorted(p.name for p in first.iterdir()), sorted(p.name for p in second.iterdir()))
        names = [f"{SAMPLE.stem}.{ext}" for ext in ("wav", "mp3", "opus", "script.txt", "vtt", "srt", "chapters.json")]
        for name in names + [f".narra/{SAMPLE.stem}.loudness.json"]:
            self.assertEqual((first / name).read_bytes(), (second / name).read_bytes(), name)

    def test_sox_and_ffprobe_open_the_wav(self):
        import json
        import shutil
        import subprocess
        run("render", SAMPLE, "--output-dir", self.tmp, "--format", "wav")
        wav = self.tmp / f"{SAMPLE.stem}.wav"
        if shutil.which("ffprobe") is None:
            self.skipTest("ffprobe is not installed")
        probe = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(wav)],
                               capture_output=True, text=True, check=True)
        chapters = json.loads(probe.stdout)["chapters"]
        titles = chapter_titles(run("text", SAMPLE).stdout)
        self.assertEqual([c["tags"]["title"] for c in chapters], titles)


if __name__ == "__main__":
    unittest.main()
