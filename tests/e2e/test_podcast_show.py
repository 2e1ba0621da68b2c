"""A show as podcast apps see it: four articles and a digest rendered into one feed, read back
with feedparser, podcastparser (gPodder's parser), xmllint and mutagen, tag by tag."""
import io
import json
import os
import shutil
import struct
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import feedparser
import mutagen.id3
import mutagen.oggopus
import podcastparser

from narra_e2e import tiny_png

BASE = "https://example.org/notizie/"
NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "psc": "http://podlove.org/simple-chapters",
}
ENV = {**os.environ, "NARRA_NOW": "2026-11-28T08:00:00Z"}

# Four articles written for this test, each naming its description, source and artwork in
# another way, and a lede to find past a caption and a byline.
MARKDOWN = """---
title: Nuova linea del tram verso l'ospedale
author: Marta Ferri
date: 2026-11-27
description: Il comune apre il cantiere della linea tre, che arriverà all'ospedale entro due anni.
url: https://giornale.example/tram-linea-tre
cover: copertina-tram.png
---

## Il cantiere

I lavori partono lunedì dal piazzale della stazione e dureranno ventidue mesi.

## Le deviazioni

Per tutto il cantiere gli autobus della linea sette cambieranno percorso nel centro.
"""

HTML = """<!doctype html><html lang="it"><head><title>Mostra di acquerelli</title>
<meta property="og:title" content="Una mostra di acquerelli al castello">
<meta name="description" content="Cento acquerelli di paesaggi alpini esposti fino a marzo nelle sale del castello.">
<meta property="og:image" content="https://giornale.example/img/acquerelli.jpg">
<meta property="og:url" content="https://giornale.example/og-acquerelli">
<link rel="canonical" href="https://giornale.example/acquerelli">
<meta name="author" content="Paolo Conti">
</head><body><article><h1>Una mostra di acquerelli al castello</h1>
<p>Le sale del castello ospitano da sabato cento acquerelli dipinti tra le valli alpine.</p>
<h2>Gli orari</h2><p>La mostra resta aperta dal martedì alla domenica, dalle dieci alle diciotto.</p>
</article></body></html>
"""

CAPTION_FIRST = """Il ponte chiuso per lavori

Il vecchio ponte sul fiume visto dalla riva sinistra. (Lucia Bassi, Agenzia Nord)

di Carlo Neri

Il ponte sul fiume resta chiuso per tre settimane per rifare l'asfalto e i parapetti. Le auto passeranno dalla circonvallazione.

I pedoni potranno attraversare su una passerella provvisoria accanto al ponte.
"""

LONG_LEDE = ("La biblioteca civica allunga l'orario di apertura per tutto l'inverno e resterà aperta "
             "anche la sera, fino alle ventidue, dal lunedì al venerdì, con sale studio riscaldate. "
             "Il servizio di prestito sarà attivo anche il sabato mattina, dalle nove alle tredici, "
             "per chi lavora durante la settimana e non riesce a passare prima. "
             "Le nuove tessere si potranno chiedere allo sportello oppure sul sito del comune, "
             "senza alcun costo per i residenti.")

LONG = f"""La biblioteca apre anche la sera

{LONG_LEDE}

Le sale al primo piano saranno riservate agli studenti universitari durante gli esami.
"""

STEMS = ["tram-linea-tre", "mostra-acquerelli", "ponte-chiuso", "biblioteca-sera"]
DIGEST = "Rassegna di prova"
DIGEST_STEM = "rassegna-di-prova"


def png_size(data):
    """(width, height) of a PNG, after checking that every IDAT chunk inflates to whole rows."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise AssertionError("not a PNG")
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        body = data[pos + 8:pos + 8 + length]
        if zlib.crc32(kind + body) & 0xFFFFFFFF != struct.unpack_from(">I", data, pos + 8 + length)[0]:
            raise AssertionError(f"bad CRC in {kind}")
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack_from(">IIBB", body)
            channels = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if len(zlib.decompress(idat)) != height * (1 + width * channels * depth // 8):
        raise AssertionError("the image data does not fill the image")
    return width, height


class PodcastShowTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory(prefix="narra-show-")
        tmp = Path(cls._tmp.name)
        cls.articles = tmp / "articoli"
        cls.articles.mkdir()
        cls.out = tmp / "pubblica"
        cls.out.mkdir()
        cls.cover_bytes = tiny_png()
        (cls.articles / "copertina-tram.png").write_bytes(cls.cover_bytes)
        paths = []
        for stem, text, ext in zip(STEMS, [MARKDOWN, HTML, CAPTION_FIRST, LONG], [".md", ".html", ".txt", ".txt"]):
            path = cls.articles / (stem + ext)
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        cls.feed = cls.out / "feed.xml"
        cls.init = cls.narra("feed", "init", cls.feed, "--title", "Notizie lette di prova", "--author", "Redazione",
                             "--description", "Le notizie del giorno, lette.", "--base-url", BASE,
                             "--owner-email", "redazione@example.org", "--copyright", "2026 Redazione")
        common = ["--format", "mp3,opus", "--output-dir", cls.out, "--feed", cls.feed, "-j", "2"]
        cls.first = cls.narra("render", *paths, *common)
        cls.digest = cls.narra("render", *paths, "--digest", DIGEST, "--show", "Notizie lette di prova", *common)
        cls.again = cls.narra("render", *paths, *common)
        cls.digest_again = cls.narra("render", *paths, "--digest", DIGEST, "--show", "Notizie lette di prova",
                                     *common)
        cls.xml = cls.feed.read_text(encoding="utf-8")
        cls.root = ET.fromstring(cls.xml)
        cls.channel = cls.root.find("channel")
        cls.items = {Path(i.find("enclosure").get("url")).stem: i for i in cls.channel.findall("item")}

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    @staticmethod
    def narra(*args):
        result = subprocess.run([os.environ.get("NARRA_BIN", str(Path(__file__).resolve().parents[2] / "build" /
                                                                 "narra")), *map(str, args)],
                                capture_output=True, text=True, env=ENV, timeout=300)
        if result.returncode != 0:
            raise AssertionError(f"narra {args[0]} failed:\n{result.stderr}")
        return result

    def test_xmllint_accepts_the_feed(self):
        result = subprocess.run(["xmllint", "--noout", str(self.feed)], capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_channel_tags(self):
        channel = self.channel
        self.assertEqual(channel.findtext("link"), BASE)
        self_link = channel.find("atom:link", NS)
        self.assertEqual((self_link.get("href"), self_link.get("rel")), (BASE + "feed.xml", "self"))
        locked = channel.find("podcast:locked", NS)
        self.assertEqual((locked.text, locked.get("owner")), ("yes", "redazione@example.org"))
        self.assertEqual(channel.findtext("lastBuildDate"), "Sat, 28 Nov 2026 08:00:00 +0000")
        self.assertTrue(channel.findtext("generator").startswith("narra "))
        self.assertEqual(channel.findtext("copyright"), "2026 Redazione")
        self.assertEqual(channel.findtext("itunes:owner/itunes:email", namespaces=NS), "redazione@example.org")
        self.assertEqual(channel.findtext("image/url"), BASE + "cover.png")
        self.assertEqual(channel.findtext("image/link"), BASE)
        self.assertEqual(channel.find("itunes:image", NS).get("href"), BASE + "cover.png")

    def test_podcast_guid_is_the_uuid5_of_the_feed_url(self):
        import uuid
        namespace = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
        self.assertEqual(self.channel.findtext("podcast:guid", namespaces=NS),
                         str(uuid.uuid5(namespace, "example.org/notizie/feed.xml")))

    def test_default_cover_is_a_square_png_apple_accepts(self):
        width, height = png_size((self.out / "cover.png").read_bytes())
        self.assertEqual(width, height)
        self.assertTrue(1400 <= width <= 3000, width)
        self.assertNotIn("warning", self.init.stderr)

    def test_default_cover_bytes_depend_only_on_the_title(self):
        with tempfile.TemporaryDirectory() as other:
            feed = Path(other) / "feed.xml"
            self.narra("feed", "init", feed, "--title", "Notizie lette di prova", "--author", "Altri",
                       "--description", "Altro.", "--base-url", "https://altro.example/")
            self.assertEqual((Path(other) / "cover.png").read_bytes(), (self.out / "cover.png").read_bytes())

    def test_every_episode_and_the_digest_are_items(self):
        self.assertEqual(sorted(self.items), sorted(STEMS + [DIGEST_STEM]))

    def test_descriptions_come_from_the_article(self):
        d = {stem: item.findtext("description") for stem, item in self.items.items()}
        self.assertEqual(d["tram-linea-tre"], "Il comune apre il cantiere della linea tre, che arriverà "
                                              "all'ospedale entro due anni.")
        self.assertEqual(d["mostra-acquerelli"], "Cento acquerelli di paesaggi alpini esposti fino a marzo nelle "
                                                 "sale del castello.")
        # The lede, past the photo caption and the byline.
        self.assertTrue(d["ponte-chiuso"].startswith("Il ponte sul fiume resta chiuso"), d["ponte-chiuso"])
        # Cut at the last sentence end within 300 characters.
        self.assertLessEqual(len(d["biblioteca-sera"]), 300)
        self.assertTrue(LONG_LEDE.startswith(d["biblioteca-sera"]) and d["biblioteca-sera"].endswith("."))
        self.assertEqual(d[DIGEST_STEM], "Nuova linea del tram verso l'ospedale. Una mostra di acquerelli al "
                                         "castello. Il ponte chiuso per lavori. La biblioteca apre anche la sera.")

    def test_show_notes_hold_description_chapters_and_source(self):
        notes = self.items["tram-linea-tre"].findtext("content:encoded", namespaces=NS)
        self.assertIn("<p>Il comune apre il cantiere", notes)
        self.assertIn("<li>00:00 ", notes)
        self.assertIn("Il cantiere</li>", notes)
        self.assertIn('<a href="https://giornale.example/tram-linea-tre">', notes)
        html_notes = self.items["mostra-acquerelli"].findtext("content:encoded", namespaces=NS)
        self.assertIn('href="https://giornale.example/acquerelli"', html_notes)  # canonical before og:url

    def test_item_links_point_at_the_listening_pages(self):
        for stem, item in self.items.items():
            self.assertEqual(item.findtext("link"), BASE + stem + ".html")

    def test_item_artwork(self):
        image = {stem: item.find("itunes:image", NS).get("href") for stem, item in self.items.items()}
        self.assertEqual(image["tram-linea-tre"], BASE + "copertina-tram.png")
        self.assertEqual((self.out / "copertina-tram.png").read_bytes(), self.cover_bytes)
        self.assertEqual(image["mostra-acquerelli"], "https://giornale.example/img/acquerelli.jpg")
        self.assertEqual(image[DIGEST_STEM], BASE + "cover.png")
        self.assertEqual(image["ponte-chiuso"], BASE + "cover.png")

    def test_item_tags(self):
        for stem, item in self.items.items():
            self.assertEqual(item.findtext("itunes:explicit", namespaces=NS), "false")
            alternate = item.find("podcast:alternateEnclosure", NS)
            self.assertEqual(alternate.get("type"), "audio/ogg; codecs=opus")
            self.assertEqual(int(alternate.get("length")), (self.out / f"{stem}.opus").stat().st_size)
            self.assertEqual(alternate.find("podcast:source", NS).get("uri"), BASE + stem + ".opus")
            transcripts = {t.get("type"): t for t in item.findall("podcast:transcript", NS)}
            self.assertEqual(transcripts["text/vtt"].get("language"), "it")
            self.assertEqual(transcripts["text/vtt"].get("rel"), "captions")
            self.assertEqual(transcripts["application/x-subrip"].get("language"), "it")
        person = self.items["tram-linea-tre"].find("podcast:person", NS)
        self.assertEqual((person.text, person.get("role")), ("Marta Ferri", "author"))
        self.assertEqual(self.items["mostra-acquerelli"].findtext("podcast:person", namespaces=NS), "Paolo Conti")

    def test_episode_numbers_are_written_when_given(self):
        with tempfile.TemporaryDirectory() as other:
            feed = Path(other) / "feed.xml"
            shutil.copy(self.feed, feed)
            shutil.copy(self.out / "ponte-chiuso.mp3", Path(other) / "ponte-chiuso.mp3")
            self.narra("feed", "add", feed, Path(other) / "ponte-chiuso.mp3", "--episode", "7")
            item = [i for i in ET.parse(feed).getroot().iter("item")
                    if i.find("enclosure").get("url").endswith("ponte-chiuso.mp3")][0]
            self.assertEqual(item.findtext("itunes:episode", namespaces=NS), "7")
        self.assertIsNone(self.items["ponte-chiuso"].find("itunes:episode", NS))

    def test_podlove_chapters_match_the_chapters_json(self):
        for stem, item in self.items.items():
            chapters = json.loads((self.out / f"{stem}.chapters.json").read_text())["chapters"]
            psc = item.findall("psc:chapters/psc:chapter", NS)
            self.assertEqual([c.get("title") for c in psc], [c["title"] for c in chapters])
            self.assertEqual(item.find("psc:chapters", NS).get("version"), "1.2")

    def test_chapters_json_has_only_podcasting_fields(self):
        digest = json.loads((self.out / f"{DIGEST_STEM}.chapters.json").read_text())["chapters"]
        self.assertTrue(all(set(c) <= {"startTime", "endTime", "title", "toc"} for c in digest))
        self.assertTrue(any(c.get("toc") is False for c in digest))
        self.assertTrue(any("toc" not in c for c in digest[1:]))

    def test_feedparser_reads_every_item(self):
        parsed = feedparser.parse(self.xml)
        self.assertFalse(parsed.bozo, parsed.get("bozo_exception"))
        self.assertEqual(parsed.feed.image.href, BASE + "cover.png")
        entries = {Path(e.enclosures[0].href).stem: e for e in parsed.entries}
        tram = entries["tram-linea-tre"]
        self.assertEqual(tram.title, "Nuova linea del tram verso l'ospedale")
        self.assertEqual(tram.link, BASE + "tram-linea-tre.html")
        self.assertEqual(tram.image.href, BASE + "copertina-tram.png")
        self.assertIn("Il cantiere", tram.content[0].value)
        self.assertEqual(tram.enclosures[0].type, "audio/mpeg")

    def test_podcastparser_reads_chapters_art_and_links(self):
        parsed = podcastparser.parse(BASE + "feed.xml", io.BytesIO(self.xml.encode("utf-8")))
        self.assertEqual(parsed["cover_url"], BASE + "cover.png")
        episodes = {Path(e["enclosures"][0]["url"]).stem: e for e in parsed["episodes"]}
        self.assertEqual(len(episodes), 5)
        for stem, episode in episodes.items():
            chapters = json.loads((self.out / f"{stem}.chapters.json").read_text())["chapters"]
            self.assertEqual([c["title"] for c in episode["chapters"]], [c["title"] for c in chapters])
            self.assertEqual(episode["link"], BASE + stem + ".html")
            self.assertGreater(episode["total_time"], 0)
        self.assertEqual(episodes["tram-linea-tre"]["episode_art_url"], BASE + "copertina-tram.png")
        self.assertIn("Il cantiere", episodes["tram-linea-tre"]["description_html"])

    def test_mutagen_reads_artwork_and_chapters(self):
        tram = mutagen.id3.ID3(self.out / "tram-linea-tre.mp3")
        self.assertEqual(tram.getall("APIC")[0].data, self.cover_bytes)
        self.assertEqual([f.sub_frames["TIT2"].text[0] for f in tram.getall("CHAP")][1:],
                         ["Il cantiere", "Le deviazioni"])
        self.assertTrue(tram.getall("COMM")[0].text[0].startswith("Il comune apre il cantiere"))
        self.assertEqual(mutagen.id3.ID3(self.out / "ponte-chiuso.mp3").getall("APIC"), [])
        opus = mutagen.oggopus.OggOpus(self.out / "tram-linea-tre.opus")
        self.assertIn("metadata_block_picture", opus.tags)
        digest = mutagen.id3.ID3(self.out / f"{DIGEST_STEM}.mp3")
        self.assertEqual(str(digest["TPE1"]), "Marta Ferri, Paolo Conti")
        self.assertEqual(str(digest["TDRC"]), "2026-11-27")
        self.assertGreater(len(digest.getall("CTOC")), 1)  # each article's chapters in a CTOC of their own

    def test_reruns_skip_every_episode_and_say_so(self):
        self.assertIn("4 rendered, 0 up to date", self.first.stdout)
        self.assertIn("0 rendered, 4 up to date", self.again.stdout)
        self.assertIn("1 rendered, 0 up to date", self.digest.stdout)
        self.assertIn("0 rendered, 1 up to date", self.digest_again.stdout)

    def test_published_folder_holds_only_uploadables(self):
        names = sorted(p.name for p in self.out.iterdir())
        for name in names:
            self.assertFalse(name.endswith((".render-state", ".lock", ".loudness.json", ".spool")), name)
        state = sorted(p.name for p in (self.out / ".narra").iterdir())
        self.assertIn("feed.xml.lock", state)
        for stem in STEMS + [DIGEST_STEM]:
            self.assertIn(f"{stem}.render-state", state)
            self.assertIn(f"{stem}.loudness.json", state)

    def test_state_an_earlier_version_left_beside_the_outputs_is_removed(self):
        with tempfile.TemporaryDirectory() as other:
            out = Path(other)
            article = out / "breve.txt"
            article.write_text("Una notizia breve\n\nIl mercato riapre domani mattina in piazza.\n", encoding="utf-8")
            old = [out / "breve.render-state", out / "breve.loudness.json"]
            for path in old:
                path.write_text("{}\n")
            self.narra("render", article, "--format", "wav", "--output-dir", out)
            self.assertEqual([p for p in old if p.exists()], [])
            self.assertTrue((out / ".narra" / "breve.render-state").is_file())

    def test_list_and_remove_keep_the_new_tags(self):
        with tempfile.TemporaryDirectory() as other:
            feed = Path(other) / "feed.xml"
            shutil.copy(self.feed, feed)
            listed = self.narra("feed", "list", feed).stdout
            self.assertEqual(len(listed.strip().splitlines()), 6)
            guid = self.items["ponte-chiuso"].findtext("guid")
            self.narra("feed", "remove", feed, guid)
            after = ET.parse(feed).getroot()
            self.assertEqual(len(after.findall("channel/item")), 4)
            for tag in ["atom:link", "podcast:guid", "podcast:locked", "itunes:owner", "copyright", "image"]:
                self.assertIsNotNone(after.find("channel/" + tag, NS), tag)
            tram = [i for i in after.iter("item") if i.find("enclosure").get("url").endswith("tram-linea-tre.mp3")][0]
            for tag in ["content:encoded", "psc:chapters", "itunes:image", "podcast:person",
                        "podcast:alternateEnclosure", "link"]:
                self.assertIsNotNone(tram.find(tag, NS), tag)


if __name__ == "__main__":
    unittest.main()
