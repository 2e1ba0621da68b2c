"""narra feed: RSS podcast feeds that independent readers accept, updated without losing items."""
import email.utils
import hashlib
import json
import os
import re
import struct
import subprocess
import unittest
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import feedparser

from narra_e2e import ARTICLES, NARRA, SAMPLE, SOURCE_DIR, TempDirTestCase, Wav, run, seed_articles

GOLDEN = SOURCE_DIR / "tests" / "golden" / "feed"
NOW = "2026-11-28T07:30:00Z"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"
TRICKY = "Tom & Jerry <\"ciao\"> 'bello' 🎙️ perché"


def syncsafe(n):
    return bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F])


def id3v2_tag(title, artist, comment):
    """An ID3v2.4 tag with UTF-8 TIT2, TPE1 and COMM frames, as narra's MP3 writer tags episodes."""
    def frame(frame_id, body):
        return frame_id + syncsafe(len(body)) + b"\0\0" + body
    frames = (frame(b"TIT2", b"\x03" + title.encode()) + frame(b"TPE1", b"\x03" + artist.encode())
              + frame(b"COMM", b"\x03ita\x00" + comment.encode()))
    return b"ID3\x04\x00\x00" + syncsafe(len(frames)) + frames


def make_mp3(path, seconds=2, title="Episodio", artist="Redazione", comment="Una puntata", source=None):
    """A real 44.1 kHz mono CBR MP3 (ffmpeg), tagged like narra's episodes."""
    audio = ["-i", str(source)] if source else ["-f", "lavfi", "-i", f"sine=f=440:d={seconds}"]
    subprocess.run(["ffmpeg", "-v", "error", "-y", *audio, "-ac", "1", "-ar", "44100", "-b:a", "64k",
                    "-map_metadata", "-1", "-write_id3v2", "0", "-write_xing", "1",
                    "-fflags", "+bitexact", "-flags", "+bitexact", "-f", "mp3", str(path)], check=True)
    path.write_bytes(id3v2_tag(title, artist, comment) + path.read_bytes())
    return path


def make_opus(path, seconds=2, title="Episodio Opus", description="Una puntata in Opus"):
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", f"sine=f=330:d={seconds}",
                    "-ac", "1", "-c:a", "libopus", "-b:a", "32k", "-map_metadata", "-1",
                    "-metadata", f"title={title}", "-metadata", f"DESCRIPTION={description}",
                    "-fflags", "+bitexact", "-flags", "+bitexact", str(path)], check=True)
    return path


def write_sidecars(audio_path, chapters=((0.0, "Apertura"),)):
    stem = audio_path.with_suffix("")
    Path(f"{stem}.chapters.json").write_text(json.dumps(
        {"version": "1.2.0", "chapters": [{"startTime": t, "title": c} for t, c in chapters]}))
    Path(f"{stem}.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nApertura\n")
    Path(f"{stem}.srt").write_text("1\n00:00:00,000 --> 00:00:01,000\nApertura\n")


def png(path, width, height):
    """A real (all black) RGB PNG."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + bytes(3 * width) for _ in range(height))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


def canonical(element):
    """An element's XML in canonical form, indentation ignored."""
    return ET.canonicalize(ET.tostring(element), strip_text=True)


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class FeedTestCase(TempDirTestCase):
    def setUp(self):
        super().setUp()
        os.environ["NARRA_NOW"] = NOW
        self.feed = self.tmp / "feed.xml"

    def tearDown(self):
        os.environ.pop("NARRA_NOW", None)
        super().tearDown()

    def init(self, *extra):
        return run("feed", "init", self.feed, "--title", "Notizie lette", "--author", "Redazione",
                   "--description", "Le notizie del giorno, lette ad alta voce.",
                   "--base-url", "https://example.org/podcast", *extra)

    def add(self, episode, *extra, check=True):
        return run("feed", "add", self.feed, episode, *extra, check=check)

    def items(self):
        return ET.parse(self.feed).getroot().find("channel").findall("item")

    def assert_readers_accept(self, expected_items):
        """xmllint and feedparser accept the feed and see every item as the files are."""
        lint = subprocess.run(["xmllint", "--noout", str(self.feed)], capture_output=True, text=True)
        self.assertEqual(lint.returncode, 0, lint.stderr)
        parsed = feedparser.parse(str(self.feed))
        self.assertEqual(parsed.bozo, 0, parsed.get("bozo_exception"))
        self.assertEqual(len(parsed.entries), expected_items)
        for entry, item in zip(parsed.entries, self.items()):
            self.assertEqual(entry.id, item.findtext("guid"))
            self.assertEqual(len(entry.enclosures), 1)
            enclosure = entry.enclosures[0]
            local = self.tmp / Path(enclosure.href).name
            self.assertEqual(int(enclosure.length), local.stat().st_size)
            self.assertEqual(enclosure.type, "audio/mpeg" if local.suffix == ".mp3" else "audio/ogg")
            self.assertTrue(entry.itunes_duration.isdigit(), entry.itunes_duration)
            self.assertEqual(email.utils.format_datetime(email.utils.parsedate_to_datetime(entry.published)),
                             entry.published)
        return parsed


class FeedGoldenTest(FeedTestCase):
    def check_golden(self, name):
        # Enclosure lengths depend on the encoder's version: they are checked against
        # the files by the readers test, and masked here.
        actual = re.sub(r'length="\d+"', 'length="…"', self.feed.read_text(encoding="utf-8"))
        golden = GOLDEN / name
        if os.environ.get("NARRA_UPDATE_GOLDEN"):
            golden.write_text(actual, encoding="utf-8")
        self.assertEqual(actual, golden.read_text(encoding="utf-8"))

    def test_add_golden(self):
        self.init("--cover", "https://example.org/podcast/cover.jpg")
        write_sidecars(make_mp3(self.tmp / "puntata-1.mp3", title=TRICKY))
        self.add(self.tmp / "puntata-1.mp3")
        make_opus(self.tmp / "puntata-0.opus")
        self.add(self.tmp / "puntata-0.opus", "--date", "Fri, 27 Nov 2026 18:00:00 +0100")
        self.check_golden("add.xml")
        self.assert_readers_accept(2)

    def test_same_inputs_give_the_same_bytes(self):
        make_mp3(self.tmp / "a.mp3")
        digests = []
        for _ in range(2):
            self.feed.unlink(missing_ok=True)
            self.init()
            self.add(self.tmp / "a.mp3")
            digests.append(sha256(self.feed))
        self.assertEqual(digests[0], digests[1])


class FeedAddTest(FeedTestCase):
    def test_item_has_every_element_and_readers_accept_it(self):
        self.init()
        write_sidecars(make_mp3(self.tmp / "ep.mp3", seconds=3, comment="Descrizione dal tag"))
        out = self.add(self.tmp / "ep.mp3").stdout
        self.assertTrue(out.startswith("added "), out)
        (item,) = self.items()
        self.assertEqual(item.findtext("title"), "Episodio")
        self.assertEqual(item.findtext("description"), "Descrizione dal tag")
        self.assertEqual(item.find("enclosure").attrib, {
            "url": "https://example.org/podcast/ep.mp3", "type": "audio/mpeg",
            "length": str((self.tmp / "ep.mp3").stat().st_size)})
        self.assertEqual(item.find("guid").get("isPermaLink"), "false")
        self.assertEqual(item.findtext("pubDate"), "Sat, 28 Nov 2026 07:30:00 +0000")
        self.assertEqual(item.findtext(ITUNES + "duration"), "3")
        self.assertEqual(item.findtext(ITUNES + "episodeType"), "full")
        self.assertEqual(item.find(PODCAST + "chapters").attrib, {
            "url": "https://example.org/podcast/ep.chapters.json", "type": "application/json+chapters"})
        self.assertEqual([t.attrib for t in item.findall(PODCAST + "transcript")], [
            {"url": "https://example.org/podcast/ep.vtt", "type": "text/vtt", "language": "it", "rel": "captions"},
            {"url": "https://example.org/podcast/ep.srt", "type": "application/x-subrip", "language": "it"}])
        parsed = self.assert_readers_accept(1)
        self.assertEqual(parsed.entries[0].itunes_duration, "3")

    def test_texts_too_long_for_apple_give_warnings(self):
        self.init()
        result = self.add(make_mp3(self.tmp / "long.mp3"), "--title", "à" * 256,
                          "--description", "parola " * 600)
        self.assertIn("warning: the title has 256 characters", result.stderr)
        self.assertIn("warning: the description has 4199 bytes", result.stderr)
        self.assertEqual(self.items()[0].findtext("title"), "à" * 256)
        quiet = self.add(make_mp3(self.tmp / "short.mp3"), "--title", "à" * 255)
        self.assertEqual(quiet.stderr, "")

    def test_missing_sidecars_leave_their_tags_out(self):
        self.init()
        self.add(make_mp3(self.tmp / "bare.mp3"))
        (item,) = self.items()
        self.assertIsNone(item.find(PODCAST + "chapters"))
        self.assertEqual(item.findall(PODCAST + "transcript"), [])

    def test_escaping_round_trips_exactly(self):
        self.init()
        self.add(make_mp3(self.tmp / "tag.mp3", title=TRICKY, comment=TRICKY + " nel commento"))
        self.add(make_mp3(self.tmp / "option.mp3"), "--title", TRICKY + " 2",
                 "--description", "a < b && c > d \"quoted\" 'single' 😀")
        titles = sorted(item.findtext("title") for item in self.items())
        self.assertEqual(titles, [TRICKY, TRICKY + " 2"])
        descriptions = sorted(item.findtext("description") for item in self.items())
        self.assertEqual(descriptions, [TRICKY + " nel commento", "a < b && c > d \"quoted\" 'single' 😀"])
        self.assert_readers_accept(2)

    def test_re_adding_the_same_file_updates_its_item(self):
        self.init()
        episode = make_mp3(self.tmp / "ep.mp3", seconds=2)
        first = self.add(episode).stdout.split()[1]
        os.environ["NARRA_NOW"] = "2026-12-01T10:00:00Z"
        make_mp3(episode, seconds=4, title="Titolo corretto")
        out = self.add(episode).stdout
        self.assertTrue(out.startswith("updated " + first), out)
        (item,) = self.items()
        self.assertEqual(item.findtext("guid"), first)
        self.assertEqual(item.findtext("title"), "Titolo corretto")
        self.assertEqual(item.findtext(ITUNES + "duration"), "4")
        self.assertEqual(item.find("enclosure").get("length"), str(episode.stat().st_size))
        self.assertEqual(item.findtext("pubDate"), "Sat, 28 Nov 2026 07:30:00 +0000",
                         "a re-added episode keeps its publication date")
        self.add(episode, "--date", "2026-12-02")
        self.assertEqual(self.items()[0].findtext("pubDate"), "Wed, 02 Dec 2026 00:00:00 +0000")

    def test_items_are_newest_first_whatever_the_order_of_adding(self):
        self.init()
        dates = ["2026-11-20T08:00:00Z", "2026-11-25T08:00:00+01:00", "2026-11-10", "2026-11-22T20:00:00-05:00"]
        for n, date in enumerate(dates):
            self.add(make_mp3(self.tmp / f"ep{n}.mp3", title=f"ep{n}"), "--date", date)
        self.assertEqual([item.findtext("title") for item in self.items()], ["ep1", "ep3", "ep0", "ep2"])
        times = [email.utils.parsedate_to_datetime(item.findtext("pubDate")) for item in self.items()]
        self.assertEqual(times, sorted(times, reverse=True))
        self.assert_readers_accept(4)

    def test_opus_episodes_are_audio_ogg(self):
        self.init()
        self.add(make_opus(self.tmp / "ep.opus", seconds=5))
        (item,) = self.items()
        self.assertEqual(item.find("enclosure").get("type"), "audio/ogg")
        self.assertEqual(item.findtext("title"), "Episodio Opus")
        self.assertEqual(item.findtext("description"), "Una puntata in Opus")
        self.assertEqual(item.findtext(ITUNES + "duration"), "5")

    def test_twenty_parallel_adds_give_twenty_items(self):
        self.init()
        episodes = [make_mp3(self.tmp / f"parallel-{n:02}.mp3", seconds=1, title=f"Puntata {n}")
                    for n in range(20)]
        processes = [subprocess.Popen([NARRA, "feed", "add", str(self.feed), str(e)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                     for e in episodes]
        for process in processes:
            _, err = process.communicate(timeout=120)
            self.assertEqual(process.returncode, 0, err)
        items = self.items()
        self.assertEqual(len(items), 20)
        self.assertEqual(sorted(i.findtext("title") for i in items), sorted(f"Puntata {n}" for n in range(20)))
        self.assertEqual(len({i.findtext("guid") for i in items}), 20)
        leftovers = [p.name for p in self.tmp.iterdir() if p.name.startswith(".feed.xml")]
        self.assertEqual(leftovers, [])
        self.assert_readers_accept(20)
        # Equal dates are ordered by guid, so the arrival order does not show in the bytes.
        parallel = self.feed.read_bytes()
        self.feed.unlink()
        self.init()
        for episode in reversed(episodes):
            self.add(episode)
        self.assertEqual(self.feed.read_bytes(), parallel)


class FeedSafetyTest(FeedTestCase):
    def assert_refused(self, args, *fragments):
        result = run(*args, check=False)
        self.assertNotEqual(result.returncode, 0)
        lines = result.stderr.splitlines()
        self.assertTrue(lines and lines[0].startswith("error: "), result.stderr)
        self.assertEqual(sum(line.startswith("error: ") for line in lines), 1, result.stderr)
        for fragment in fragments:
            self.assertIn(fragment, result.stderr)
        return result

    def test_malformed_feed_is_refused_and_left_untouched(self):
        self.init()
        self.add(make_mp3(self.tmp / "old.mp3"))
        text = self.feed.read_text(encoding="utf-8")
        text = text[:text.index("<item>")] + text[text.index("<item>"):].replace("</title>", "</titel>", 1)
        self.feed.write_text(text, encoding="utf-8")
        line = text[:text.index("</titel>")].count("\n") + 1
        before = sha256(self.feed)
        episode = make_mp3(self.tmp / "new.mp3")
        self.assert_refused(["feed", "add", self.feed, episode], "feed.xml",
                            f"not well-formed XML at line {line} ")
        self.assert_refused(["feed", "remove", self.feed, "abc"], "not well-formed XML")
        self.assertEqual(sha256(self.feed), before)
        self.assertEqual([p.name for p in self.tmp.iterdir() if p.name.startswith(".feed")], [])

    def test_a_feed_that_is_not_rss_is_refused(self):
        self.feed.write_text('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"/>\n')
        before = sha256(self.feed)
        self.assert_refused(["feed", "add", self.feed, make_mp3(self.tmp / "a.mp3")], "not an RSS feed")
        self.assertEqual(sha256(self.feed), before)

    def test_missing_feed_and_bad_episode_are_refused(self):
        self.assert_refused(["feed", "add", self.feed, make_mp3(self.tmp / "a.mp3")], "feed.xml",
                            "no such file", "narra feed init")
        self.assertFalse(self.feed.exists())
        self.init()
        before = sha256(self.feed)
        wav = self.tmp / "a.wav"
        subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=d=1", str(wav)], check=True)
        self.assert_refused(["feed", "add", self.feed, wav], "a.wav", "not an MP3 or Ogg Opus file")
        text = self.tmp / "notes.mp3"
        text.write_text("not audio at all\n")
        self.assert_refused(["feed", "add", self.feed, text], "notes.mp3")
        self.assert_refused(["feed", "add", self.feed, make_mp3(self.tmp / "b.mp3"), "--date", "ieri"],
                            "--date 'ieri'")
        self.assertEqual(sha256(self.feed), before)

    def test_init_refuses_to_overwrite(self):
        self.init()
        before = sha256(self.feed)
        self.assert_refused(["feed", "init", self.feed, "--title", "x", "--author", "y", "--description",
                             "z", "--base-url", "https://example.org/"], "already exists")
        self.assertEqual(sha256(self.feed), before)

    def test_foreign_elements_and_namespaces_are_kept(self):
        self.init()
        self.add(make_mp3(self.tmp / "old.mp3"), "--date", "2026-11-01")
        text = self.feed.read_text(encoding="utf-8")
        text = text.replace('<rss version="2.0"', '<rss version="2.0" '
                            'xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0" '
                            'xmlns:acme="https://acme.example/ns/radio"')
        text = text.replace("<language>it</language>", "<language>it</language>\n"
                            "<!-- edited by hand -->\n"
                            "<googleplay:block>no</googleplay:block>\n"
                            '<acme:station id="7" band="FM">Radio &amp; Co <acme:freq unit="MHz">98.5</acme:freq></acme:station>')
        text = text.replace("<itunes:episodeType>full</itunes:episodeType>",
                            '<itunes:episodeType>bonus</itunes:episodeType>\n<acme:rating stars="4"/>', 1)
        self.feed.write_text(text, encoding="utf-8")
        channel_before = ET.parse(self.feed).getroot().find("channel")
        old_before = canonical(channel_before.find("item"))
        foreign_before = [canonical(e) for e in channel_before
                          if not e.tag.startswith(("{http://www.itunes", "{urn:x-narra")) and e.tag != "item"]

        self.add(make_mp3(self.tmp / "new.mp3"))
        channel_after = ET.parse(self.feed).getroot().find("channel")
        self.assertEqual(len(channel_after.findall("item")), 2)
        self.assertEqual(canonical(channel_after.findall("item")[1]), old_before)
        foreign_after = [canonical(e) for e in channel_after
                         if not e.tag.startswith(("{http://www.itunes", "{urn:x-narra")) and e.tag != "item"]
        self.assertEqual(foreign_after, foreign_before)
        raw = self.feed.read_text(encoding="utf-8")
        self.assertIn("<!-- edited by hand -->", raw)
        self.assertIn('xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"', raw)
        # Re-adding the old episode updates what narra owns and keeps the rest.
        self.add(self.tmp / "old.mp3", "--title", "Nuovo titolo")
        old = [i for i in self.items() if i.find("enclosure").get("url").endswith("old.mp3")][0]
        self.assertEqual(old.findtext("title"), "Nuovo titolo")
        self.assertEqual(old.findtext(ITUNES + "episodeType"), "bonus")
        self.assertEqual(old.find("{https://acme.example/ns/radio}rating").get("stars"), "4")
        self.assert_readers_accept(2)


    def test_an_item_from_another_tool_for_the_same_file_keeps_its_guid(self):
        self.init()
        episode = make_mp3(self.tmp / "ep.mp3")
        text = self.feed.read_text(encoding="utf-8").replace("</channel>", (
            "<item><title>Vecchio</title><guid>https://radio.example/ep/1</guid>"
            "<enclosure url=\"https://example.org/podcast/ep.mp3\" length=\"1\" type=\"audio/mpeg\"/>"
            "</item></channel>"))
        self.feed.write_text(text, encoding="utf-8")
        self.assertTrue(self.add(episode).stdout.startswith("updated https://radio.example/ep/1"))
        (item,) = self.items()
        self.assertEqual(item.findtext("guid"), "https://radio.example/ep/1")
        self.assertIsNone(item.find("guid").get("isPermaLink"))
        self.assertEqual(item.findtext("title"), "Episodio")
        self.assertEqual(item.find("enclosure").get("length"), str(episode.stat().st_size))


class FeedListRemoveTest(FeedTestCase):
    def test_list_shows_a_table_and_remove_deletes_one_item(self):
        self.init()
        self.add(make_mp3(self.tmp / "a.mp3", seconds=3, title="Prima"), "--date", "2026-11-27T06:00:00Z")
        self.add(make_mp3(self.tmp / "b.mp3", seconds=2, title="Seconda 😀"))
        guids = [item.findtext("guid") for item in self.items()]
        lines = run("feed", "list", self.feed).stdout.splitlines()
        self.assertEqual(lines[0].split(), ["DATE", "DURATION", "TITLE", "GUID"])
        self.assertEqual(lines[1].split(), ["2026-11-28", "07:30", "0:00:02", "Seconda", "😀", guids[0]])
        self.assertEqual(lines[2].split(), ["2026-11-27", "06:00", "0:00:03", "Prima", guids[1]])
        run("feed", "remove", self.feed, guids[0])
        self.assertEqual([item.findtext("guid") for item in self.items()], guids[1:])
        before = sha256(self.feed)
        result = run("feed", "remove", self.feed, guids[0], check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("has no episode with guid", result.stderr)
        self.assertEqual(sha256(self.feed), before)


class FeedCoverTest(FeedTestCase):
    def test_cover_file_is_copied_beside_the_feed(self):
        art = self.tmp / "art"
        art.mkdir()
        png(art / "copertina.png", 1400, 1400)
        result = self.init("--cover", art / "copertina.png")
        self.assertNotIn("warning", result.stderr)
        self.assertEqual(sha256(self.tmp / "copertina.png"), sha256(art / "copertina.png"))
        image = ET.parse(self.feed).getroot().find("channel").find(ITUNES + "image")
        self.assertEqual(image.get("href"), "https://example.org/podcast/copertina.png")

    def test_jpeg_cover_size_is_read_from_its_frame_header(self):
        for size, warns in (("1400x1400", False), ("1600x1400", True)):
            cover = self.tmp / f"cover-{size}.jpg"
            subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", f"color=c=red:s={size}",
                            "-frames:v", "1", str(cover)], check=True)
            self.feed.unlink(missing_ok=True)
            result = self.init("--cover", cover)
            self.assertEqual(f"{size} px" in result.stderr, warns, result.stderr)

    def test_small_cover_warns_but_works(self):
        png(self.tmp / "small.png", 300, 200)
        result = self.init("--cover", self.tmp / "small.png")
        self.assertIn("warning: cover", result.stderr)
        self.assertIn("300x200", result.stderr)

    def test_cover_that_is_no_image_is_refused(self):
        (self.tmp / "cover.png").write_text("GIF89a")
        result = run("feed", "init", self.feed, "--title", "t", "--author", "a", "--description", "d",
                     "--base-url", "https://example.org/", "--cover", self.tmp / "cover.png", check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("not a PNG or JPEG image", result.stderr)
        self.assertFalse(self.feed.exists())


class RenderFeedTest(FeedTestCase):
    def test_render_feed_with_only_wav_is_refused_before_rendering(self):
        self.init()
        out = self.tmp / "out"
        out.mkdir()
        result = run("render", SAMPLE, "--format", "wav", "--output-dir", out, "--feed", self.feed, check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("--feed needs an MP3 or Opus episode", result.stderr)
        self.assertEqual(list(out.iterdir()), [])


class ArticleFeedTest(FeedTestCase):
    """The sample article, two more and the reference article (when present), rendered by narra
    straight into a feed."""

    def test_feed_of_rendered_articles(self):
        articles = [SAMPLE, ARTICLES / "tram-bologna-prima-corsa.txt",
                    ARTICLES / "raccolta-olive-puglia.txt", *seed_articles()]
        self.init("--category", "News")
        titles = []
        for day, article in enumerate(articles, start=1):
            run("render", article, "--output-dir", self.tmp, "--feed", self.feed,
                "--date", f"2026-11-{day:02}T06:00:00Z")
            chapters = json.loads((self.tmp / f"{article.stem}.chapters.json").read_text(encoding="utf-8"))
            item = self.items()[0]
            titles.append(chapters["chapters"][0]["title"])
            self.assertEqual(item.findtext("title"), titles[-1])
            self.assertEqual(item.find("enclosure").get("url"),
                             f"https://example.org/podcast/{article.stem}.mp3")
            self.assertEqual(item.find(PODCAST + "chapters").get("url"),
                             f"https://example.org/podcast/{article.stem}.chapters.json")
            transcripts = {t.get("type") for t in item.findall(PODCAST + "transcript")}
            self.assertEqual(transcripts, {"text/vtt", "application/x-subrip"})
            probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                                    "csv=p=0", str(self.tmp / f"{article.stem}.mp3")],
                                   capture_output=True, text=True, check=True)
            self.assertAlmostEqual(int(item.findtext(ITUNES + "duration")), float(probe.stdout), delta=1)
        parsed = self.assert_readers_accept(len(articles))
        self.assertEqual([e.title for e in parsed.entries], list(reversed(titles)))

if __name__ == "__main__":
    unittest.main()
