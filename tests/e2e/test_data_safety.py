"""A run never destroys what it was given, never leaves half an episode, and
never goes on working once it has been killed."""
import os
import resource
import signal
import subprocess
import time
import unittest
from pathlib import Path

from narra_e2e import NARRA, SAMPLE, TempDirTestCase, run, tiny_png

SHORT = "Un titolo breve\n\nIl consiglio comunale ha approvato il bilancio ieri sera. La seduta è durata tre ore.\n"


def narra_processes(marker):
    """Pids of the processes whose command line holds `marker` (a test's own folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            status = (entry / "stat").read_text()
        except OSError:
            continue
        if status.split()[2] == "Z":
            continue
        if any(marker.encode() in part for part in command):
            found.append(int(entry.name))
    return found


class InputsAreNeverOutputsTest(TempDirTestCase):
    def test_an_article_in_the_output_folder_is_kept(self):
        article = self.write("articolo.txt", SHORT)
        run("render", article, "--output-dir", self.tmp, "--format", "wav")
        self.assertEqual(article.read_text(encoding="utf-8"), SHORT)
        self.assertTrue((self.tmp / "articolo.script.txt").is_file())

    def test_an_output_that_is_another_input_is_refused_before_anything_is_written(self):
        first = self.write("nota.txt", SHORT)
        second = self.write("nota.script.txt", SHORT.replace("breve", "diverso"))
        result = run("render", first, second, "--output-dir", self.tmp, "--format", "wav", check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("error: ", result.stderr)
        self.assertIn("nota.script.txt", result.stderr)
        self.assertEqual(second.read_text(encoding="utf-8"), SHORT.replace("breve", "diverso"))
        self.assertEqual(sorted(p.name for p in self.tmp.iterdir()), ["nota.script.txt", "nota.txt"])

    def test_an_input_reached_through_another_spelling_is_found(self):
        article = self.write("pezzo.txt", SHORT)
        cover = self.write("pezzo.vtt", tiny_png())  # a PNG, whatever its name says
        original = cover.read_bytes()
        (self.tmp / "via").symlink_to(self.tmp)
        result = run("render", article, "--output-dir", self.tmp / "via", "--cover", cover, "--format", "wav",
                     check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("pezzo.vtt", result.stderr)
        self.assertEqual(cover.read_bytes(), original)
        self.assertFalse((self.tmp / "pezzo.wav").exists())

    def test_the_feed_is_never_an_output(self):
        article = self.write("puntata.txt", SHORT)
        feed = self.tmp / "puntata.vtt"
        run("feed", "init", feed, "--title", "Prova", "--author", "Redazione", "--description", "Prove",
            "--base-url", "https://example.org/")
        before = feed.read_bytes()
        result = run("render", article, "--output-dir", self.tmp, "--feed", feed, check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertEqual(feed.read_bytes(), before)
        self.assertFalse((self.tmp / "puntata.mp3").exists())

    def test_two_articles_with_one_name_are_refused(self):
        (self.tmp / "a").mkdir()
        (self.tmp / "b").mkdir()
        first = self.write("a/stesso.txt", SHORT)
        second = self.write("b/stesso.txt", SHORT)
        out = self.tmp / "out"
        out.mkdir()
        result = run("render", first, second, "--output-dir", out, "--format", "wav", check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("stesso.txt", result.stderr)
        self.assertEqual(list(out.iterdir()), [])


class WholeOutputSetsTest(TempDirTestCase):
    def test_a_long_article_name_gives_every_file_or_none(self):
        stem = "cronaca-" + "è" * 120  # 248 bytes: some derived names would pass 255 bytes
        article = self.write(stem + ".txt", SHORT)
        (self.tmp / "out").mkdir()
        run("render", article, "--output-dir", self.tmp / "out", "--format", "mp3,wav")
        names = sorted(p.name for p in (self.tmp / "out").iterdir() if p.name != ".narra")
        suffixes = [".chapters.json", ".mp3", ".script.txt", ".srt", ".vtt", ".wav"]
        self.assertEqual(len(names), len(suffixes), names)
        common = names[0][:-len(suffixes[0])]
        self.assertEqual(names, sorted(common + s for s in suffixes))
        state = sorted(p.name for p in (self.tmp / "out" / ".narra").iterdir())
        self.assertEqual(state, sorted(common + s for s in [".loudness.json", ".render-state"]))
        self.assertTrue(all(len(n.encode()) <= 255 - 8 for n in names + state))
        # A second run finds them all and skips the article.
        again = run("render", article, "--output-dir", self.tmp / "out", "--format", "mp3,wav")
        self.assertIn("unchanged", again.stdout)


class KilledRunsTest(TempDirTestCase):
    def long_article(self, name, copies=8):
        body = SAMPLE.read_text(encoding="utf-8").split("\n\n", 1)[1]
        parts = [f"Parte {n}. {paragraph}" for n in range(1, copies + 1) for paragraph in body.split("\n\n")]
        return self.write(name, f"Un lungo articolo {name}\n\n" + "\n\n".join(parts))

    def test_workers_die_with_the_batch(self):
        out = self.tmp / "out"
        out.mkdir()
        articles = [self.long_article(f"lungo-{n}.txt", 6) for n in range(4)]
        feed = self.tmp / "feed.xml"
        run("feed", "init", feed, "--title", "Prova", "--author", "Redazione", "--description", "Prove",
            "--base-url", "https://example.org/")
        process = subprocess.Popen([NARRA, "render", *map(str, articles), "--output-dir", str(out), "-j", "2",
                                    "--feed", str(feed), "--quiet"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(narra_processes(str(out))) < 3:
            time.sleep(0.02)
        self.assertGreaterEqual(len(narra_processes(str(out))), 3, "the batch started no workers")
        process.kill()
        process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and narra_processes(str(out)):
            time.sleep(0.05)
        self.assertEqual(narra_processes(str(out)), [], "workers outlived the batch")
        listing = sorted(os.listdir(out))
        feed_bytes = feed.read_bytes()
        time.sleep(2)
        self.assertEqual(sorted(os.listdir(out)), listing)
        self.assertEqual(feed.read_bytes(), feed_bytes)
        self.assertEqual([n for n in listing if n.startswith(".") and n != ".narra"], [])
        state = out / ".narra"
        self.assertEqual([n for n in os.listdir(state) if n.startswith(".")] if state.exists() else [], [])

    def test_a_worker_stopped_by_a_signal_is_named_by_its_article(self):
        out = self.tmp / "out"
        out.mkdir()
        article = self.long_article("ucciso.txt", 6)
        process = subprocess.Popen([NARRA, "render", str(article), str(self.write("breve.txt", SHORT)),
                                    "--output-dir", str(out), "-j", "2", "--quiet"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
        deadline = time.monotonic() + 30
        workers = []
        while time.monotonic() < deadline and not workers:
            workers = [int(pid) for pid in children.read_text().split()] if children.exists() else []
            time.sleep(0.01)
        self.assertTrue(workers, "the batch started no workers")
        os.kill(workers[0], signal.SIGKILL)
        _, stderr = process.communicate(timeout=120)
        self.assertNotEqual(process.returncode, 0)
        stopped = [line for line in stderr.splitlines() if "stopped by signal" in line]
        self.assertEqual(len(stopped), 1, stderr)
        self.assertTrue("ucciso.txt" in stopped[0] or "breve.txt" in stopped[0], stopped[0])

    def test_a_later_run_removes_what_a_killed_run_left(self):
        article = self.long_article("lungo.txt")
        out = self.tmp / "out"
        out.mkdir()
        process = subprocess.Popen([NARRA, "render", str(article), "--output-dir", str(out), "-j", "1"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any(n.startswith(".lungo.") for n in os.listdir(out)):
            time.sleep(0.01)
        time.sleep(0.5)
        process.kill()
        process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and narra_processes(str(out)):
            time.sleep(0.05)
        hidden = lambda: [n for n in os.listdir(out) + os.listdir(out / ".narra") if n.startswith(".lungo.")]
        self.assertTrue(hidden(), "the killed run left nothing to clean")
        run("render", self.write("lungo-2.txt", SHORT), "--output-dir", out, "--format", "wav")
        self.assertTrue(hidden(), "another episode's run removed this one's temporaries")
        run("render", article, "--output-dir", out, "--format", "wav")
        self.assertEqual(hidden(), [])


class BoundedTitlesTest(TempDirTestCase):
    def peak_rss_mb(self, *args):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        result = run(*args)
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return result, max(before, after) / 1024

    def test_a_huge_title_is_cut_and_spoken_in_bounded_memory(self):
        words = " ".join(f"parola{n}" for n in range(150000))  # about 1.4 MB
        article = self.write("titolo.html", f"<html><head><meta property=\"og:title\" content=\"{words}\"></head><body><article>"
                                            f"<p>Il testo breve della notizia di oggi.</p></article></body></html>")
        result, peak = self.peak_rss_mb("render", article, "--output-dir", self.tmp, "--format", "wav")
        self.assertLess(peak, 300, "peak RSS")
        script = (self.tmp / "titolo.script.txt").read_text(encoding="utf-8")
        title_line = script.splitlines()[0]
        self.assertLessEqual(len(title_line), len("## ") + 200)
        self.assertTrue(title_line.endswith("…"), title_line[-40:])

    def test_a_long_title_option_is_cut_at_a_word(self):
        title = " ".join(["ministero"] * 2000)
        article = self.write("breve.txt", SHORT)
        run("render", article, "--output-dir", self.tmp, "--format", "mp3", "--title", title)
        probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format_tags=title", "-of",
                                "default=nw=1:nk=1", str(self.tmp / "breve.mp3")],
                               capture_output=True, text=True, check=True)
        tag = probe.stdout.strip()
        self.assertLessEqual(len(tag), 200)
        self.assertTrue(tag.endswith("ministero…"), tag[-30:])


class LoudnessOptionsTest(TempDirTestCase):
    def test_a_target_that_is_not_a_number_is_refused(self):
        article = self.write("breve.txt", SHORT)
        for value in ("nan", "inf", "-inf"):
            result = run("render", article, "--output-dir", self.tmp, f"--loudness={value}", check=False)
            self.assertNotEqual(result.returncode, 0)
            self.assertTrue(result.stderr.startswith("error: "), result.stderr)
            self.assertEqual(sorted(p.name for p in self.tmp.iterdir()), ["breve.txt"])

    def test_an_unreachable_target_keeps_the_ceiling_and_says_so(self):
        run_result = run("render", SAMPLE, "--output-dir", self.tmp, "--loudness", "-5", "--format", "mp3,opus")
        warnings = [line for line in run_result.stderr.splitlines() if line.startswith("warning: ")]
        self.assertEqual(len(warnings), 1, run_result.stderr)
        self.assertIn("-5.0 LUFS", warnings[0])
        for suffix in (".mp3", ".opus"):
            measured = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(self.tmp / (SAMPLE.stem + suffix)),
                                       "-af", "ebur128=peak=true:dualmono=true", "-f", "null", "-"],
                                      capture_output=True, text=True).stderr
            peak = float(measured.split("True peak:")[1].split("Peak:")[1].split()[0])
            self.assertLessEqual(peak, -1.0, suffix)


if __name__ == "__main__":
    unittest.main()
