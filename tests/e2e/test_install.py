"""cmake --install: narra in bin/, its modules in lib/narra, its voices in share/narra/voices,
and the installed binary finding them beside itself wherever the installed tree is moved."""
import os
import subprocess
from pathlib import Path

from narra_e2e import NARRA, SAMPLE, SOURCE_DIR, TempDirTestCase, Wav, error_lines

BUILD_DIR = Path(os.environ.get("NARRA_BUILD_DIR", Path(NARRA).parent))
CMAKE = os.environ.get("NARRA_CMAKE", "cmake")


def files_under(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


class InstallTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        installed = subprocess.run([CMAKE, "--install", BUILD_DIR, "--prefix", self.tmp / "prefix"],
                                   capture_output=True, text=True, timeout=120)
        self.assertEqual(installed.returncode, 0, installed.stdout + installed.stderr)
        # Moved after installing: the binary must look relative to where it is now.
        self.prefix = (self.tmp / "prefix").rename(self.tmp / "moved")
        self.narra = self.prefix / "bin" / "narra"
        self.voices = self.prefix / "share" / "narra" / "voices"
        self.env = {name: value for name, value in os.environ.items() if name != "NARRA_VOICES_DIR"}

    def run_installed(self, *args, check=True):
        result = subprocess.run([str(self.narra), *map(str, args)], capture_output=True, text=True,
                                env=self.env, timeout=600)
        if check:
            self.assertEqual(result.returncode, 0, result.stderr)
        return result

    def init_feed(self, name):
        return self.run_installed("feed", "init", self.tmp / name, "--title", "Notizie lette",
                                  "--description", "Le notizie del giorno.",
                                  "--author", "Redazione", "--base-url", "https://example.org/podcast",
                                  check=False)

    def test_binary_and_voices_land_in_bin_and_share(self):
        self.assertTrue(os.access(self.narra, os.X_OK))
        self.assertEqual(files_under(self.voices), files_under(SOURCE_DIR / "voices"))

    def test_the_binary_itself_does_not_load_the_libraries_of_its_modules(self):
        linked = subprocess.run(["ldd", str(self.narra)], capture_output=True, text=True, check=True).stdout
        self.assertIn("libespeak-ng", linked)
        for library in ("libcurl", "libcpp-httplib", "libcairo", "libpango"):
            self.assertNotIn(library, linked)

    def test_modules_land_in_lib_narra_and_load_from_there(self):
        modules = self.prefix / "lib" / "narra"
        self.assertEqual(files_under(modules), ["libnarra-cover.so", "libnarra-preview.so", "libnarra-web.so"])
        # The default cover is drawn by the installed cover module.
        made = self.init_feed("feed.xml")
        self.assertEqual(made.returncode, 0, made.stderr)
        self.assertTrue((self.tmp / "cover.png").read_bytes().startswith(b"\x89PNG"))
        # Without it, the one command that needs it says so; the others still work.
        (modules / "libnarra-cover.so").unlink()
        failed = self.init_feed("other.xml")
        self.assertEqual(failed.returncode, 1)
        self.assertEqual(len(error_lines(failed)), 1, failed.stderr)
        self.assertIn("libnarra-cover.so", error_lines(failed)[0])
        self.assertIn("no such file", error_lines(failed)[0])
        self.assertFalse((self.tmp / "other.xml").exists())
        self.assertIn("giulia", self.run_installed("voices").stdout)

    def test_installed_binary_renders_with_the_installed_voices(self):
        # A profile that exists only in the installed folder proves which folder is read.
        profile = (self.voices / "giulia.toml").read_text(encoding="utf-8")
        (self.voices / "installata.toml").write_text(
            profile.replace('name = "giulia"', 'name = "installata"'), encoding="utf-8")
        self.assertIn("installata", self.run_installed("voices").stdout)
        out = self.tmp / "out"
        out.mkdir()
        self.run_installed("render", SAMPLE, "--output-dir", out, "--format", "wav", "--voice", "installata")
        wav = Wav(out / f"{SAMPLE.stem}.wav")
        self.assertGreater(wav.duration, 10)
        self.assertGreater(len(wav.chapters()), 1)
