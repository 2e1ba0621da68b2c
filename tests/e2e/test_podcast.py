"""narra render --format mp3,opus,wav: podcast audio, chapters, loudness and transcripts,
checked with independent readers (ffprobe, ffmpeg's ebur128 filter)."""
import json
import re
import shutil
import struct
import subprocess
import tempfile
import unittest
from pathlib import Path

from narra_e2e import SAMPLE, TempDirTestCase, needs_seed_articles, run, seed_articles, tiny_png

TOLERANCE_S = 0.025
TARGET_LUFS = -16.0
# Near silence after loudness processing: -40 dBFS.
SILENCE = 330
HAVE_FFMPEG = shutil.which("ffmpeg") is not None and shutil.which("ffprobe") is not None


def ffprobe_chapters(path):
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(path)],
                           capture_output=True, text=True, check=True)
    return [(float(c["start_time"]), float(c["end_time"]), c.get("tags", {}).get("title"))
            for c in json.loads(probe.stdout)["chapters"]]


def ffprobe_format(path):
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_format", "-show_streams", "-of", "json",
                            str(path)], capture_output=True, text=True, check=True)
    return json.loads(probe.stdout)


def ebur128(path):
    """(integrated LUFS, true peak dBTP) as ffmpeg measures them, mono counted as dual mono."""
    result = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af",
                             "ebur128=peak=true:dualmono=true", "-f", "null", "-"],
                            capture_output=True, text=True, check=True)
    summary = result.stderr[result.stderr.rindex("Summary:"):]
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))
    peak = float(re.search(r"True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS", summary).group(1))
    return integrated, peak


def decode(path):
    """The decoded audio as 16-bit samples at the file's own rate, and that rate."""
    rate = int(ffprobe_format(path)["streams"][0]["sample_rate"])
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
                          "-ar", str(rate), "-"], capture_output=True, check=True).stdout
    return struct.unpack(f"<{len(raw) // 2}h", raw), rate


def peak(samples, start, end):
    return max((abs(s) for s in samples[max(0, start):min(len(samples), end)]), default=0)


def timestamp(text):
    h, m, s = text.replace(",", ".").split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def parse_cues(text, separator):
    """(start, end, text) per cue of a WebVTT (separator '.') or SRT (',') file."""
    pattern = re.compile(r"^(\d{2,}:[0-5]\d:[0-5]\d" + re.escape(separator) + r"\d{3}) --> "
                         r"(\d{2,}:[0-5]\d:[0-5]\d" + re.escape(separator) + r"\d{3})$")
    cues = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        timing = [i for i, line in enumerate(lines) if "-->" in line]
        if not timing:
            continue
        match = pattern.match(lines[timing[0]])
        if not match:
            raise AssertionError(f"bad timing line: {lines[timing[0]]!r}")
        cues.append((timestamp(match.group(1)), timestamp(match.group(2)),
                     "\n".join(lines[timing[0] + 1:])))
    return cues


@unittest.skipUnless(HAVE_FFMPEG, "ffmpeg and ffprobe are not installed")
class PodcastTest(unittest.TestCase):
    """One render of the sample article in every format, inspected from every side."""

    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory(prefix="narra-e2e-")
        cls.tmp = Path(cls._tmp.name)
        cover = cls.tmp / "cover.png"
        cover.write_bytes(tiny_png())
        out = cls.tmp / "out"
        out.mkdir()
        cls.result = run("render", SAMPLE, "--output-dir", out, "--format", "mp3", "--format",
                         "opus,wav", "--show", "Notizie lette", "--date", "2026-11-28",
                         "--description", "Il vertice di Ginevra", "--cover", cover,
                         "--loudness-report")
        cls.base = out / SAMPLE.stem
        cls.chapters = json.loads(cls.path(".chapters.json").read_text(encoding="utf-8"))

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    @classmethod
    def path(cls, suffix):
        return Path(str(cls.base) + suffix)

    def test_every_output_is_written_and_reported(self):
        for suffix in (".mp3", ".opus", ".wav", ".chapters.json", ".vtt", ".srt", ".script.txt"):
            self.assertTrue(self.path(suffix).is_file(), suffix)
        self.assertTrue((self.base.parent / ".narra" / (self.base.name + ".loudness.json")).is_file())
        for suffix in (".mp3", ".opus", ".wav"):
            self.assertIn(str(self.path(suffix)), self.result.stdout)
        self.assertEqual(self.result.stdout.count(" LUFS (dual mono), true peak "), 3)
        self.assertEqual([p.name for p in self.base.parent.iterdir() if p.name.startswith(".")], [".narra"],
                         "temporary files were left behind")
        self.assertEqual([p.name for p in (self.base.parent / ".narra").iterdir() if p.name.startswith(".")], [],
                         "temporary files were left behind")

    def test_chapters_json_is_podcasting_2_0(self):
        self.assertEqual(self.chapters["version"], "1.2.0")
        starts = [c["startTime"] for c in self.chapters["chapters"]]
        self.assertEqual(starts[0], 0)
        self.assertEqual(starts, sorted(set(starts)))
        for chapter in self.chapters["chapters"]:
            self.assertIsInstance(chapter["title"], str)
            self.assertEqual(round(chapter["startTime"], 3), chapter["startTime"])

    def assert_chapters_match_json(self, suffix, exact_ends):
        expected = self.chapters["chapters"]
        found = ffprobe_chapters(self.path(suffix))
        self.assertEqual([title for _, _, title in found], [c["title"] for c in expected])
        for (start, end, title), chapter in zip(found, expected):
            self.assertAlmostEqual(start, chapter["startTime"], delta=TOLERANCE_S, msg=title)
            if exact_ends:
                self.assertAlmostEqual(end, chapter["endTime"], delta=0.0005, msg=title)

    def test_mp3_id3_chapters_match_the_json(self):
        self.assert_chapters_match_json(".mp3", exact_ends=True)

    def test_opus_chapters_match_the_json(self):
        self.assert_chapters_match_json(".opus", exact_ends=False)

    def test_wav_cues_match_the_json(self):
        self.assert_chapters_match_json(".wav", exact_ends=False)

    def test_formats(self):
        for suffix, codec, rate in ((".mp3", "mp3", 44100), (".opus", "opus", 48000),
                                    (".wav", "pcm_s16le", 44100)):
            with self.subTest(suffix):
                stream = ffprobe_format(self.path(suffix))["streams"][0]
                self.assertEqual(stream["codec_name"], codec)
                self.assertEqual(stream["channels"], 1)
                self.assertEqual(int(stream["sample_rate"]), rate)
        self.assertEqual(int(ffprobe_format(self.path(".mp3"))["streams"][0]["bit_rate"]), 64000)

    def test_metadata(self):
        for suffix in (".mp3", ".opus"):
            with self.subTest(suffix):
                info = ffprobe_format(self.path(suffix))
                tags = {k.lower(): v for k, v in info["format"].get("tags", {}).items()}
                if suffix == ".opus":
                    tags.update({k.lower(): v for k, v in info["streams"][0].get("tags", {}).items()})
                self.assertEqual(tags["title"], self.chapters["chapters"][0]["title"])
                self.assertEqual(tags["album"], "Notizie lette")
                self.assertEqual(tags["genre"], "Podcast")
                self.assertTrue(tags["date"].startswith("2026"))
                self.assertIn("Il vertice di Ginevra", tags.get("comment", tags.get("description")))
                pictures = [s for s in info["streams"] if s["codec_type"] == "video"]
                self.assertEqual([s["codec_name"] for s in pictures], ["png"], "the cover is missing")

    def test_loudness_and_true_peak_of_every_output(self):
        for suffix in (".mp3", ".opus", ".wav"):
            with self.subTest(suffix):
                integrated, true_peak = ebur128(self.path(suffix))
                self.assertAlmostEqual(integrated, TARGET_LUFS, delta=0.5)
                self.assertLessEqual(true_peak, -1.0)
        report = json.loads((self.base.parent / ".narra" / (self.base.name + ".loudness.json")).read_text(
            encoding="utf-8"))
        for name, figures in report["outputs"].items():
            self.assertAlmostEqual(figures["integrated_lufs"], TARGET_LUFS, delta=0.5, msg=name)

    def test_chapter_marks_sit_in_the_pause_before_the_first_word_in_the_decoded_audio(self):
        # Each later chapter starts about 250 ms before its first word: the decoded audio is
        # silent 50 ms either side of the mark, and speech begins 200 to 300 ms after it.
        first_cues = [start for start, _, _ in parse_cues(self.path(".vtt").read_text(encoding="utf-8"), ".")]
        for suffix in (".mp3", ".opus", ".wav"):
            samples, rate = decode(self.path(suffix))
            self.assertEqual(self.chapters["chapters"][0]["startTime"], 0)
            for chapter in self.chapters["chapters"][1:]:
                with self.subTest(suffix, chapter=chapter["title"]):
                    start = round(chapter["startTime"] * rate)
                    margin = rate * 50 // 1000
                    self.assertLess(peak(samples, start - margin, start + margin), SILENCE)
                    onset = next(i for i in range(start, len(samples)) if abs(samples[i]) > SILENCE)
                    self.assertGreaterEqual(onset - start, rate * 200 // 1000)
                    self.assertLessEqual(onset - start, rate * 300 // 1000)
                    first_word = min(t for t in first_cues if t > chapter["startTime"])
                    self.assertAlmostEqual(first_word - chapter["startTime"], 0.25, delta=0.002)

    def test_mp3_segments_decode_where_the_wav_has_its_samples(self):
        # The MP3 is encoded in segments of about 15 s, on several cores, and joined: decoded, it
        # has the WAV's length and lines up with it sample for sample, across every join.
        mp3, rate = decode(self.path(".mp3"))
        wav, _ = decode(self.path(".wav"))
        self.assertEqual(len(mp3), len(wav))

        def mismatch(lag):
            """Error energy over signal energy, in 2000-sample windows every half second."""
            signal = error = 0
            for start in range(rate, len(wav) - rate, rate // 2):
                for i in range(start, start + 2000):
                    signal += wav[i] * wav[i]
                    error += (mp3[i + lag] - wav[i]) ** 2
            return error / signal

        in_place = mismatch(0)
        self.assertLess(in_place, 0.05)
        self.assertLess(in_place * 4, mismatch(1))
        self.assertLess(in_place * 4, mismatch(-1))

    def test_webvtt_parses_and_follows_the_speech(self):
        text = self.path(".vtt").read_text(encoding="utf-8")
        self.assertTrue(text.startswith("WEBVTT\n\n"))
        cues = parse_cues(text, ".")
        self.assertGreater(len(cues), len(self.chapters["chapters"]))
        previous_end = 0
        for start, end, payload in cues:
            self.assertGreaterEqual(start, previous_end, payload)
            self.assertGreater(end, start, payload)
            self.assertNotIn("<", payload)
            previous_end = end
        lines = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
        self.assertEqual(cues[0][2].replace("\n", " "), lines[0])
        self.assertEqual(cues[1][2].split()[:5], lines[1].split()[:5])
        self.assertAlmostEqual(cues[1][0] - self.chapters["chapters"][1]["startTime"], 0.25, delta=0.002)
        duration = float(ffprobe_format(self.path(".wav"))["format"]["duration"])
        self.assertLess(cues[-1][1], duration)

    def test_srt_has_the_same_cues(self):
        vtt = parse_cues(self.path(".vtt").read_text(encoding="utf-8"), ".")
        srt = parse_cues(self.path(".srt").read_text(encoding="utf-8"), ",")
        self.assertEqual([(s, e) for s, e, _ in srt], [(s, e) for s, e, _ in vtt])


class PodcastOptionsTest(TempDirTestCase):
    def test_mp3_is_the_default_format(self):
        run("render", SAMPLE, "--output-dir", self.tmp)
        self.assertTrue((self.tmp / f"{SAMPLE.stem}.mp3").is_file())
        self.assertFalse((self.tmp / f"{SAMPLE.stem}.wav").exists())
        self.assertTrue((self.tmp / f"{SAMPLE.stem}.vtt").is_file())

    @unittest.skipUnless(HAVE_FFMPEG, "ffmpeg is not installed")
    def test_loudness_and_bitrate_options(self):
        run("render", SAMPLE, "--output-dir", self.tmp, "--loudness", "-20", "--bitrate", "96")
        mp3 = self.tmp / f"{SAMPLE.stem}.mp3"
        self.assertAlmostEqual(ebur128(mp3)[0], -20, delta=0.5)
        self.assertEqual(int(ffprobe_format(mp3)["streams"][0]["bit_rate"]), 96000)

    def test_a_cover_that_is_not_an_image_is_refused(self):
        cover = self.tmp / "cover.jpg"
        cover.write_text("not a picture")
        out = self.tmp / "out"
        out.mkdir()
        result = run("render", SAMPLE, "--output-dir", out, "--cover", cover, check=False)
        self.assertNotEqual(result.returncode, 0)
        lines = result.stderr.splitlines()
        self.assertTrue(lines[0].startswith("error: ") and "cover.jpg" in lines[0], result.stderr)
        self.assertIn("not a JPEG or PNG image", lines[0])
        self.assertEqual(sum(line.startswith("error: ") for line in lines), 1)
        self.assertEqual(list(out.iterdir()), [])

    def test_bad_option_values_are_refused(self):
        for args in (("--bitrate", "65"), ("--date", "28/11/2026"), ("--format", "flac"),
                     ("--loudness", "3")):
            with self.subTest(args=args):
                result = run("render", SAMPLE, "--output-dir", self.tmp, *args, check=False)
                self.assertNotEqual(result.returncode, 0)
                self.assertEqual(list(self.tmp.iterdir()), [])

    @unittest.skipUnless(HAVE_FFMPEG, "ffmpeg and ffprobe are not installed")
    @needs_seed_articles
    def test_reference_articles(self):
        for article in seed_articles():
            with self.subTest(article=article.name):
                run("render", article, "--output-dir", self.tmp, "--format", "mp3,opus")
                base = str(self.tmp / article.stem)
                chapters = json.loads(Path(base + ".chapters.json").read_text(encoding="utf-8"))
                for suffix in (".mp3", ".opus"):
                    found = ffprobe_chapters(base + suffix)
                    self.assertEqual([t for _, _, t in found], [c["title"] for c in chapters["chapters"]])
                    for (start, _, _), chapter in zip(found, chapters["chapters"]):
                        self.assertAlmostEqual(start, chapter["startTime"], delta=TOLERANCE_S)
                    integrated, true_peak = ebur128(base + suffix)
                    self.assertAlmostEqual(integrated, TARGET_LUFS, delta=0.5)
                    self.assertLessEqual(true_peak, -1.0)


if __name__ == "__main__":
    unittest.main()
