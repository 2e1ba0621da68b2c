"""`narra feed serve`: the preview server answers byte ranges and HEAD with the right types,
on 127.0.0.1 only, and never serves hidden files."""
import socket
import subprocess
import urllib.error
import urllib.request

from narra_e2e import NARRA, TempDirTestCase, error_lines, run
from site_fixture import started_server


class ServeTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.audio = bytes(range(256)) * 40
        self.write("puntata.mp3", self.audio)
        self.write("puntata.html", "<!DOCTYPE html><title>x</title>")
        self.write("puntata.vtt", "WEBVTT\n")
        self.write("puntata.opus", b"OggS")
        (self.tmp / ".narra").mkdir()
        self.write(".narra/stato", "segreto")
        self.write(".puntata.mp3.abc123", "temporaneo")

    def request(self, url, method="GET", headers=None):
        with urllib.request.urlopen(urllib.request.Request(url, method=method, headers=headers or {})) as response:
            return response.status, dict(response.headers), response.read()

    def test_ranges_head_and_types(self):
        with started_server([NARRA, "feed", "serve", self.tmp, "--port", "0"], r"127\.0\.0\.1:(\d+)/") as base:
            status, headers, body = self.request(base + "puntata.mp3", headers={"Range": "bytes=100-199"})
            self.assertEqual(status, 206)
            self.assertEqual(body, self.audio[100:200])
            self.assertEqual(headers["Content-Range"], f"bytes 100-199/{len(self.audio)}")
            self.assertEqual(headers["Content-Type"], "audio/mpeg")
            status, headers, body = self.request(base + "puntata.mp3", method="HEAD")
            self.assertEqual((status, body), (200, b""))
            self.assertEqual(headers["Accept-Ranges"], "bytes")
            self.assertEqual(int(headers["Content-Length"]), len(self.audio))
            for name, kind in {"puntata.html": "text/html; charset=utf-8", "puntata.vtt": "text/vtt; charset=utf-8",
                               "puntata.opus": "audio/ogg"}.items():
                self.assertEqual(self.request(base + name)[1]["Content-Type"], kind, name)
            for hidden in (".narra/stato", ".puntata.mp3.abc123", "%2Enarra/stato"):
                with self.assertRaises(urllib.error.HTTPError, msg=hidden) as refused:
                    self.request(base + hidden)
                self.assertEqual(refused.exception.code, 404)

    def test_listens_on_loopback_only(self):
        with started_server([NARRA, "feed", "serve", self.tmp, "--port", "0"], r"127\.0\.0\.1:(\d+)/") as base:
            port = int(base.rstrip("/").rsplit(":", 1)[1])
            # The machine's other addresses, as `hostname -I` lists them.
            listed = subprocess.run(["hostname", "-I"], capture_output=True, text=True).stdout.split()
            addresses = [address for address in listed if "." in address and not address.startswith("127.")]
            if not addresses:
                self.skipTest("this machine has no address but loopback")
            for address in addresses:
                with self.assertRaises(OSError, msg=address):
                    socket.create_connection((address, port), timeout=2).close()

    def test_a_missing_folder_and_a_busy_port_are_errors(self):
        result = run("feed", "serve", self.tmp / "nessuna", check=False)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(len(error_lines(result)), 1)
        self.assertIn("not a folder", result.stderr)
        with socket.socket() as busy:
            busy.bind(("127.0.0.1", 0))
            busy.listen()
            result = run("feed", "serve", self.tmp, "--port", busy.getsockname()[1], check=False, timeout=20)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(len(error_lines(result)), 1)
        self.assertIn("--port", result.stderr)
