"""Shared helpers for the end-to-end tests: run the built binary and read what it writes."""
import os
import struct
import subprocess
import tempfile
import unittest
import zlib
from pathlib import Path

NARRA = os.environ.get("NARRA_BIN", str(Path(__file__).resolve().parents[2] / "build" / "narra"))
SOURCE_DIR = Path(os.environ.get("NARRA_SOURCE_DIR", Path(__file__).resolve().parents[2]))
ARTICLES = SOURCE_DIR / "tests" / "articles"
SAMPLE = ARTICLES / "vertice-clima-ginevra.txt"
SEEDS = SOURCE_DIR.parent / "shared" / "seeds"


def seed_articles():
    """The reference articles, when the shared folder is there."""
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


# Skips a test of the reference articles when ../shared/seeds is not beside the repository.
needs_seed_articles = unittest.skipUnless(seed_articles(), "no ../shared/seeds folder beside the repository")


def tiny_png():
    """A valid 1x1 PNG image."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(b"\x00\xff\x80\x00")) + chunk(b"IEND", b""))


def run(*args, stdin=None, check=True, timeout=600):
    result = subprocess.run([NARRA, *map(str, args)], input=stdin, capture_output=True,
                            text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"narra {' '.join(map(str, args))} failed ({result.returncode}):\n"
                             f"{result.stderr}")
    return result


def error_lines(result):
    """The `error:` lines a run printed on stderr."""
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


class TempDirTestCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="narra-e2e-")
        self.tmp = Path(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, data):
        """Writes `data` (text as UTF-8, or bytes) to `name` in the test's folder."""
        path = self.tmp / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path


class Wav:
    """A WAV file read chunk by chunk: format, samples, cue points and labels."""

    def __init__(self, path):
        data = Path(path).read_bytes()
        if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
            raise AssertionError(f"{path} is not RIFF/WAVE")
        self.riff_size = struct.unpack_from("<I", data, 4)[0]
        self.file_size = len(data)
        self.chunks = []
        self.cues = {}
        self.labels = {}
        self.info = {}
        pos = 12
        while pos + 8 <= len(data):
            cid, size = data[pos:pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
            body = data[pos + 8:pos + 8 + size]
            self.chunks.append(cid.decode("latin-1"))
            if cid == b"fmt ":
                (self.format_tag, self.channels, self.rate, self.byte_rate, self.block_align,
                 self.bits) = struct.unpack_from("<HHIIHH", body)
            elif cid == b"data":
                self.samples = struct.unpack(f"<{size // 2}h", body[:size - size % 2])
            elif cid == b"cue ":
                count = struct.unpack_from("<I", body)[0]
                for i in range(count):
                    name, position, fcc, _, _, offset = struct.unpack_from("<II4sIII", body, 4 + 24 * i)
                    self.cues[name] = offset
            elif cid == b"LIST":
                self._read_list(body)
            pos += 8 + size + (size % 2)

    def _read_list(self, body):
        kind, pos = body[:4], 4
        while pos + 8 <= len(body):
            sid, size = body[pos:pos + 4], struct.unpack_from("<I", body, pos + 4)[0]
            sub = body[pos + 8:pos + 8 + size]
            if kind == b"adtl" and sid == b"labl":
                name = struct.unpack_from("<I", sub)[0]
                self.labels[name] = sub[4:].split(b"\0")[0].decode("utf-8")
            elif kind == b"INFO":
                self.info[sid.decode("latin-1")] = sub.split(b"\0")[0].decode("utf-8")
            pos += 8 + size + (size % 2)

    @property
    def duration(self):
        return len(self.samples) / self.rate

    def chapters(self):
        """(start sample, title) pairs in cue order."""
        return [(self.cues[name], self.labels.get(name)) for name in sorted(self.cues)]

    def peak(self, start, end):
        start, end = max(0, start), min(len(self.samples), end)
        return max((abs(s) for s in self.samples[start:end]), default=0)


def chapter_titles(script_text):
    """The `## title` lines of `narra text` output."""
    return [line[3:] for line in script_text.splitlines() if line.startswith("## ")]
