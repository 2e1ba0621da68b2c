"""Feeds and listening pages that stay valid whatever they are given: feeds behind symbolic links,
characters XML cannot hold, malformed sidecars, hostile file names, other namespace prefixes."""
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from narra_e2e import error_lines, run
from test_feed import FeedTestCase, make_mp3, write_sidecars

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
SHORT_ARTICLE = "Una notizia breve\n\nIl consiglio comunale ha approvato il bilancio ieri sera.\n"


def xmllint(path):
    return subprocess.run(["xmllint", "--noout", str(path)], capture_output=True, text=True)


class HardeningTestCase(FeedTestCase):
    def assert_one_error(self, result, *fragments):
        self.assertNotEqual(result.returncode, 0, result.stdout)
        self.assertEqual(len(error_lines(result)), 1, result.stderr)
        for fragment in fragments:
            self.assertIn(fragment, error_lines(result)[0])

    def episode_with_sidecars(self, name="ep.mp3"):
        episode = make_mp3(self.tmp / name)
        write_sidecars(episode, chapters=((0.0, "Apertura"), (1.0, "Seguito")))
        return episode


class SymbolicLinkTest(HardeningTestCase):
    def setUp(self):
        super().setUp()
        (self.tmp / "real").mkdir()
        (self.tmp / "link").mkdir()
        self.feed = self.tmp / "real" / "feed.xml"
        self.init()
        self.link = self.tmp / "link" / "feed.xml"
        self.link.symlink_to("../real/feed.xml")

    def test_feed_add_through_a_link_updates_the_target_and_keeps_the_link(self):
        run("feed", "add", self.link, make_mp3(self.tmp / "ep.mp3"))
        self.assertTrue(self.link.is_symlink())
        self.assertEqual(len(self.items()), 1)
        self.assertFalse((self.tmp / "link" / ".narra").exists())
        self.assertTrue((self.tmp / "real" / ".narra" / "feed.xml.lock").exists())

    def test_feed_site_through_a_link_writes_beside_the_target(self):
        write_sidecars(make_mp3(self.tmp / "real" / "ep.mp3"))
        run("feed", "add", self.link, self.tmp / "real" / "ep.mp3")
        run("feed", "site", self.link)
        self.assertIn("Apertura", (self.tmp / "real" / "ep.html").read_text(encoding="utf-8"))
        self.assertFalse((self.tmp / "link" / "index.html").exists())

    def test_render_feed_through_a_link_updates_the_target(self):
        article = self.tmp / "breve.txt"
        article.write_text(SHORT_ARTICLE, encoding="utf-8")
        run("render", article, "--output-dir", self.tmp, "--feed", self.link, "-j", "2")
        self.assertTrue(self.link.is_symlink())
        (item,) = self.items()
        self.assertEqual(item.findtext("title"), "Una notizia breve")

    def test_a_link_planted_as_the_lock_file_is_never_followed(self):
        victim = self.tmp / "elsewhere" / "victim"
        victim.parent.mkdir()
        lock = self.feed.parent / ".narra" / f"{self.feed.name}.lock"
        lock.unlink(missing_ok=True)
        lock.symlink_to(victim)
        before = self.feed.read_bytes()
        result = run("feed", "add", self.feed, make_mp3(self.tmp / "ep.mp3"), check=False)
        self.assert_one_error(result, "feed.xml", "symbolic link")
        self.assertFalse(victim.exists())
        self.assertEqual(self.feed.read_bytes(), before)


class CharactersTest(HardeningTestCase):
    def test_an_html_title_with_noncharacters_and_controls_gives_a_valid_feed(self):
        self.init()
        article = self.tmp / "pagina.html"
        article.write_bytes(
            "<!DOCTYPE html><html lang=\"it\"><head><title>x</title>"
            "<meta property=\"og:title\" content=\"Il bilancio &#xFFFE;approvato\x01 &#xD800;ieri\">"
            "<meta name=\"author\" content=\"Redazione&#xFFFF;\"></head><body><article>"
            "<h1>Il bilancio approvato ieri</h1>"
            "<p>Il consiglio comunale ha approvato il bilancio ieri sera.</p>"
            "</article></body></html>\n".encode())
        run("render", article, "--output-dir", self.tmp, "--feed", self.feed, "-j", "2")
        lint = xmllint(self.feed)
        self.assertEqual(lint.returncode, 0, lint.stderr)
        self.assertIn("Il bilancio", self.items()[0].findtext("title"))
        run("feed", "add", self.feed, make_mp3(self.tmp / "seconda.mp3"), "--title", "Seconda\uffff puntata")
        lint = xmllint(self.feed)
        self.assertEqual(lint.returncode, 0, lint.stderr)
        self.assertEqual([item.findtext("title") for item in self.items()][0], "Seconda puntata")

    def test_a_feed_that_would_not_parse_is_never_written(self):
        self.init()
        text = self.feed.read_text(encoding="utf-8")
        self.feed.write_text(text.replace("</channel>", "<copyright>A &#xFFFE; B</copyright></channel>"),
                             encoding="utf-8")
        before = self.feed.read_bytes()
        result = run("feed", "add", self.feed, make_mp3(self.tmp / "ep.mp3"), check=False)
        self.assert_one_error(result, "feed.xml", "well-formed XML")
        self.assertEqual(self.feed.read_bytes(), before)


class SidecarTest(HardeningTestCase):
    BAD_CHAPTERS = {
        "a time that is text": '{"chapters":[{"startTime":"zero","title":"A"}]}',
        "NaN": '{"chapters":[{"startTime":NaN,"title":"A"}]}',
        "an infinity": '{"chapters":[{"startTime":1e400,"title":"A"}]}',
        "a huge time": '{"chapters":[{"startTime":1e12,"title":"A"}]}',
        "a negative time": '{"chapters":[{"startTime":-5,"title":"A"}]}',
        "a bad endTime": '{"chapters":[{"startTime":0,"endTime":1e30,"title":"A"}]}',
        "a title that is a number": '{"chapters":[{"startTime":0,"title":42}]}',
        "no chapters array": '{"chapters":{"startTime":0}}',
    }

    def test_feed_add_refuses_bad_chapters_naming_the_file(self):
        self.init()
        before = self.feed.read_bytes()
        episode = self.episode_with_sidecars()
        for label, text in self.BAD_CHAPTERS.items():
            with self.subTest(label):
                (self.tmp / "ep.chapters.json").write_text(text)
                self.assert_one_error(self.add(episode, check=False), "ep.chapters.json")
                self.assertEqual(self.feed.read_bytes(), before)

    def test_feed_site_refuses_bad_chapters_and_transcripts_naming_the_file(self):
        self.init()
        self.add(self.episode_with_sidecars())
        for label, text in self.BAD_CHAPTERS.items():
            with self.subTest(label):
                (self.tmp / "ep.chapters.json").write_text(text)
                self.assert_one_error(run("feed", "site", self.feed, check=False), "ep.chapters.json")
        write_sidecars(self.tmp / "ep.mp3")
        for timing in ("00:00.000 --> 99999999:00.000", "00:nan --> 00:01.000", "00:inf --> 00:01.000",
                       "-00:01.000 --> 00:01.000", "00:1e3 --> 00:01.000"):
            with self.subTest(timing):
                (self.tmp / "ep.vtt").write_text(f"WEBVTT\n\n{timing}\nApertura\n")
                self.assert_one_error(run("feed", "site", self.feed, check=False), "ep.vtt")


SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class HrefTest(HardeningTestCase):
    def links(self, html):
        """Every href and src value, but the fixed empty icon of the page head."""
        return [value for tag, value in re.findall(r'<(\w+)[^>]*?\s(?:href|src)="([^"]*)"', html)
                if value != "data:,"]

    def test_hrefs_from_a_hostile_enclosure_name_carry_no_scheme(self):
        (self.tmp / "ep.chapters.json").write_text('{"chapters":[{"startTime":0,"title":"A"}]}')
        self.feed.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
            'xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel>'
            '<title>T</title><description>D</description>'
            '<itunes:image href="javascript:alert(2)"/>'
            '<item><title>E</title><enclosure url="javascript:alert(1).mp3" length="1" type="audio/mpeg"/>'
            '<podcast:chapters url="https://example.org/ep.chapters.json" type="application/json+chapters"/>'
            '</item></channel></rss>\n', encoding="utf-8")
        written = run("feed", "site", self.feed).stdout.split()
        pages = [Path(p) for p in written if p.endswith(".html")]
        self.assertEqual(len(pages), 3)
        for page in pages:
            links = self.links(page.read_text(encoding="utf-8"))
            self.assertTrue(links)
            for link in links:
                self.assertFalse(SCHEME.match(link) and not link.startswith(("http://", "https://")), link)
        episode = [p for p in pages if p.name not in ("index.html", "javascript-alert-1-.embed.html")][0]
        episode = episode.read_text(encoding="utf-8")
        self.assertIn('src="./javascript%3Aalert%281%29.mp3"', episode)
        self.assertIn('href="#c0" data-start="0.000"', episode)
        self.assertNotIn("alert(2)", (self.tmp / "index.html").read_text(encoding="utf-8"))

    def test_an_episode_file_named_like_a_script_is_linked_relatively(self):
        self.init()
        self.add(self.episode_with_sidecars("javascript:alert(1).mp3"))
        written = run("feed", "site", self.feed).stdout.split()
        (page,) = [Path(p) for p in written if p.endswith(".html") and not p.endswith(("index.html", ".embed.html"))]
        links = self.links(page.read_text(encoding="utf-8"))
        self.assertIn("./javascript%3Aalert%281%29.mp3", links)
        for link in links:
            self.assertTrue(link.startswith(("./", "#")), link)


class PrefixTest(HardeningTestCase):
    def test_a_feed_with_other_prefixes_gives_pages_with_author_duration_and_chapters(self):
        (self.tmp / "ep.chapters.json").write_text(
            '{"version":"1.2.0","chapters":[{"startTime":0,"title":"Apertura"},'
            '{"startTime":61.5,"title":"Il seguito"}]}')
        (self.tmp / "ep.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nPrima frase letta.\n")
        self.feed.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:it="http://www.itunes.com/dtds/podcast-1.0.dtd" '
            'xmlns:p="https://podcastindex.org/namespace/1.0"><channel>'
            '<title>Notizie</title><description>Lette</description><it:author>Redazione Sud</it:author>'
            '<item><title>Uno</title><it:duration>226</it:duration>'
            '<enclosure url="https://example.org/ep.mp3" length="1" type="audio/mpeg"/>'
            '<p:chapters url="https://example.org/ep.chapters.json" type="application/json+chapters"/>'
            '<p:transcript url="https://example.org/ep.vtt" type="text/vtt"/>'
            '</item></channel></rss>\n', encoding="utf-8")
        run("feed", "site", self.feed)
        index = (self.tmp / "index.html").read_text(encoding="utf-8")
        page = (self.tmp / "ep.html").read_text(encoding="utf-8")
        self.assertIn("Redazione Sud", index)
        self.assertIn("3:46", page)
        self.assertIn("Il seguito", page)
        self.assertIn("Prima frase letta.", page)
        listed = run("feed", "list", self.feed).stdout
        self.assertIn("0:03:46", listed)


class LoudnessReportTest(HardeningTestCase):
    def test_a_file_name_with_a_quote_gives_a_report_that_parses(self):
        article = self.tmp / 'a"b.txt'
        article.write_text(SHORT_ARTICLE, encoding="utf-8")
        run("render", article, "--output-dir", self.tmp, "--loudness-report", "-j", "2")
        report = json.loads((self.tmp / ".narra" / 'a"b.loudness.json').read_text(encoding="utf-8"))
        self.assertEqual(list(report), ["target_lufs", "ceiling_dbtp", "source", "gain_db", "limited_samples",
                                        "max_limiting_db", "outputs"])
        self.assertEqual(list(report["outputs"]), ['a"b.mp3'])
        figures = report["outputs"]['a"b.mp3']
        self.assertEqual(list(figures), ["integrated_lufs", "true_peak_dbtp"])
        self.assertEqual(round(figures["integrated_lufs"], 2), figures["integrated_lufs"])
        self.assertAlmostEqual(figures["integrated_lufs"], -16, delta=1)


class MessageTest(HardeningTestCase):
    def test_a_feed_in_a_missing_folder_is_named_as_given(self):
        feed = self.tmp / "manca" / "feed.xml"
        result = run("feed", "init", feed, "--title", "T", "--author", "A", "--description", "D",
                     "--base-url", "https://example.org/", check=False)
        self.assert_one_error(result, f"'{feed}'", "folder does not exist")
        self.assertNotIn(".lock", result.stderr)


if __name__ == "__main__":
    import unittest
    unittest.main()


class SitePagesTest(HardeningTestCase):
    def test_a_feed_named_like_the_index_page_is_never_replaced(self):
        self.feed = self.tmp / "index.html"
        self.init()
        self.add(self.episode_with_sidecars())
        before = self.feed.read_bytes()
        self.assert_one_error(run("feed", "site", self.feed, check=False), "index.html")
        self.assertEqual(self.feed.read_bytes(), before)
        self.assertFalse((self.tmp / "ep.html").exists())

    def test_two_episodes_that_would_share_a_page_are_refused(self):
        self.init()
        self.add(self.episode_with_sidecars("ep.mp3"))
        self.add(make_mp3(self.tmp / "ep.opus"))
        self.assert_one_error(run("feed", "site", self.feed, check=False), "ep.mp3", "ep.opus", "ep.html")
        self.assertFalse((self.tmp / "ep.html").exists())
        self.assertFalse((self.tmp / "index.html").exists())
