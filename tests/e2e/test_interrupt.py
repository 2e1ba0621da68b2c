"""Interrupted and starved runs: no partial file at a final path, earlier outputs untouched."""
import os
from pathlib import Path
import signal
import subprocess
import time
import unittest

from narra_e2e import NARRA, SAMPLE, TempDirTestCase, error_lines, run

EARLIER = b"an earlier render, to be kept"


class InterruptTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        body = SAMPLE.read_text(encoding="utf-8").split("\n\n", 1)[1]
        self.article = self.tmp / "lungo.txt"
        # Numbered copies: cleanup would drop paragraphs that repeat word for word.
        parts = [f"Parte {n}. {paragraph}" for n in range(1, 13) for paragraph in body.split("\n\n")]
        self.article.write_text("Un articolo molto lungo\n\n" + "\n\n".join(parts), encoding="utf-8")
        self.out = self.tmp / "out"
        self.out.mkdir()
        (self.out / "lungo.wav").write_bytes(EARLIER)

    def start_render(self):
        process = subprocess.Popen([NARRA, "render", str(self.article), "--format", "wav", "--output-dir", str(self.out)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # Wait until the render is under way: its temporary file exists.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any(n.startswith(".lungo") for n in os.listdir(self.out)):
            time.sleep(0.01)
        self.assertIsNone(process.poll(), "the render ended before it could be interrupted")
        return process

    def published(self, folder=None):
        """The names in the output folder but narra's state folder, whose temporaries must be gone too."""
        folder = folder or self.out
        state = Path(folder) / ".narra"
        self.assertEqual(sorted(os.listdir(state)) if state.is_dir() else [], [])
        return sorted(n for n in os.listdir(folder) if n != ".narra")

    def assert_earlier_output_kept(self):
        self.assertEqual((self.out / "lungo.wav").read_bytes(), EARLIER)
        self.assertFalse((self.out / "lungo.script.txt").exists())

    def test_sigint_removes_temporaries(self):
        process = self.start_render()
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
        self.assertEqual(process.returncode, -signal.SIGINT)
        self.assert_earlier_output_kept()
        self.assertEqual(self.published(), ["lungo.wav"])

    def test_sigterm_removes_temporaries(self):
        process = self.start_render()
        process.terminate()
        process.wait(timeout=30)
        self.assertEqual(process.returncode, -signal.SIGTERM)
        self.assertEqual(self.published(), ["lungo.wav"])

    def test_sigkill_leaves_no_partial_file_at_a_final_path(self):
        process = self.start_render()
        process.kill()
        process.wait(timeout=30)
        self.assert_earlier_output_kept()
        leftovers = [n for n in os.listdir(self.out) if n not in ("lungo.wav", ".narra")]
        leftovers += os.listdir(self.out / ".narra")
        self.assertTrue(all(n.startswith(".lungo.") for n in leftovers), leftovers)

    def assert_write_failure(self, result):
        self.assertNotEqual(result.returncode, 0)
        self.assertLess(result.returncode, 128)
        lines = result.stderr.splitlines()
        errors = error_lines(result)
        self.assertEqual(len(errors), 1, result.stderr)
        self.assertTrue(all(line.startswith(("error: ", "hint: ")) for line in lines), result.stderr)
        self.assertNotIn(".spool", result.stderr)
        self.assertTrue(errors[0].startswith("error: cannot write"), result.stderr)
        self.assertIn("lungo", errors[0])

    def test_full_disk_is_an_error_not_a_crash(self):
        if os.geteuid() != 0:
            self.skipTest("mounting a small tmpfs needs root")
        disk = self.tmp / "disk"
        disk.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)], check=True)
        try:
            (disk / "lungo.wav").write_bytes(EARLIER)
            result = run("render", self.article, "--format", "wav", "--output-dir", disk, check=False)
            self.assert_write_failure(result)
            self.assertIn("No space left on device", result.stderr)
            self.assertEqual(self.published(disk), ["lungo.wav"])
            self.assertEqual((disk / "lungo.wav").read_bytes(), EARLIER)
        finally:
            subprocess.run(["umount", str(disk)], check=True)

    def test_file_size_limit_is_an_error_not_a_crash(self):
        # A 64 KiB file size limit: writes fail with EFBIG instead of killing the process.
        result = subprocess.run(["bash", "-c", 'ulimit -f 64; exec "$0" "$@"', NARRA, "render",
                                 str(self.article), "--format", "wav", "--output-dir", str(self.out)],
                                capture_output=True, text=True, timeout=120)
        self.assert_write_failure(result)
        self.assertEqual(self.published(), ["lungo.wav"])
        self.assert_earlier_output_kept()

if __name__ == "__main__":
    unittest.main()
