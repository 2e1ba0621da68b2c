"""`narra follow`: a news site's RSS or Atom feed turned into podcast episodes, each article
once, against a loopback server (never the internet)."""
import signal
import subprocess
import time
import unittest

import feedparser

from narra_e2e import NARRA, TempDirTestCase, error_lines, run
from web_fixture import LoopbackServer, Route, page

PAGES = {
    "/2026/11/mercato-coperto-riapre.html": ("Riapre il mercato coperto", [
        "Dopo due anni di lavori il mercato coperto di Borgo Nuovo riapre sabato mattina.",
        "I banchi saranno quaranta, metà dei quali dedicati ai produttori della valle."]),
    "/2026/11/nebbia-in-pianura.html": ("Nebbia in pianura", [
        "Una fitta nebbia ha rallentato il traffico sulle strade della bassa per tutta la notte.",
        "La visibilità è tornata normale soltanto verso le dieci, quando si è alzato il vento."]),
    "/2026/11/biblioteca-orari-estesi.html": ("La biblioteca resta aperta la sera", [
        "Da lunedì la biblioteca civica chiuderà alle ventidue per tre giorni alla settimana.",
        "Gli studenti lo chiedevano da tempo, soprattutto nei mesi degli esami."]),
}
DATES = ["Sat, 28 Nov 2026 06:00:00 +0000", "Fri, 27 Nov 2026 18:00:00 +0000", "Thu, 26 Nov 2026 09:00:00 +0000"]


def rss(server, paths, dates=DATES):
    items = "".join(
        f"<item><title>{PAGES[p][0]}</title><link>{server.url(p)}</link><guid>id-{p}</guid>"
        f"<pubDate>{d}</pubDate></item>" for p, d in zip(paths, dates))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Cronaca</title>{items}</channel></rss>'


def atom(server, paths):
    entries = "".join(
        f'<entry><title>{PAGES[p][0]}</title><link rel="alternate" href="{server.url(p)}"/>'
        f"<id>urn:cronaca:{i}</id><updated>2026-11-2{i}T08:00:00Z</updated></entry>"
        for i, p in enumerate(paths))
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Cronaca</title>{entries}</feed>")


class FollowTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.server = LoopbackServer().__enter__()
        self.addCleanup(self.server.__exit__)
        for path, (title, paragraphs) in PAGES.items():
            self.server.routes[path] = Route(page(title, paragraphs))
        self.out = self.tmp / "out"
        self.out.mkdir()
        self.feed = self.out / "feed.xml"
        run("feed", "init", self.feed, "--title", "Cronaca letta", "--author", "Redazione",
            "--description", "La cronaca, letta.", "--base-url", "https://example.org/podcast/")

    def follow(self, source, *args, check=True):
        return run("follow", source, "--feed", self.feed, "--output-dir", self.out, *args,
                   check=check, timeout=600)

    def items(self):
        return [entry.title for entry in feedparser.parse(str(self.feed)).entries]

    def test_following_twice_adds_each_article_once(self):
        self.server.routes["/rss.xml"] = Route(rss(self.server, list(PAGES)), content_type="application/rss+xml")
        first = self.follow(self.server.url("/rss.xml"))
        self.assertEqual(first.stdout.count("3 new of 3 entries"), 1, first.stdout)
        self.assertEqual(sorted(self.items()), sorted(title for title, _ in PAGES.values()))
        second = self.follow(self.server.url("/rss.xml"))
        self.assertIn("nothing new", second.stdout)
        self.assertEqual(len(self.items()), 3)

    def test_an_atom_file_is_followed(self):
        source = self.write("cronaca.atom", atom(self.server, list(PAGES)[:2]))
        self.follow(source)
        self.assertEqual(len(self.items()), 2)
        self.assertTrue((self.out / "mercato-coperto-riapre.mp3").is_file())

    def test_a_failing_entry_does_not_block_the_others_and_is_tried_again(self):
        broken = list(PAGES)[1]
        self.server.routes[broken] = Route("<p>errore</p>", status=500)
        source = self.write("cronaca.rss", rss(self.server, list(PAGES)))
        result = self.follow(source, check=False)
        self.assertEqual(result.returncode, 1)
        self.assertTrue(any(self.server.url(broken) in line and "HTTP status 500" in line
                            for line in error_lines(result)), result.stderr)
        self.assertEqual(len(self.items()), 2)
        self.server.routes[broken] = Route(page(*PAGES[broken]))
        self.assertIn("1 new of 3 entries", self.follow(source).stdout)
        self.assertEqual(len(self.items()), 3)

    def test_addresses_ending_alike_keep_every_episode(self):
        paths = ["/sport/index.html", "/cultura/index.html", "/meteo/index.html"]
        for path, story in zip(paths, list(PAGES)):
            self.server.routes[path] = Route(page(*PAGES[story]))
            PAGES[path] = PAGES[story]
            self.addCleanup(PAGES.pop, path)
        source = self.write("cronaca.rss", rss(self.server, paths))
        for _ in paths:
            self.follow(source)
        self.assertEqual(sorted(self.items()), sorted(PAGES[path][0] for path in paths))
        audio = sorted(path.name for path in self.out.glob("index*.mp3"))
        self.assertEqual(len(audio), 3, audio)
        enclosures = {entry.enclosures[0].href.rsplit("/", 1)[1] for entry in feedparser.parse(str(self.feed)).entries}
        self.assertEqual(enclosures, set(audio))

    def test_a_run_killed_midway_resumes(self):
        slow = list(PAGES)[1]
        self.server.routes[slow] = Route(page(*PAGES[slow]), delay=60)
        source = self.write("cronaca.rss", rss(self.server, list(PAGES)))
        process = subprocess.Popen([NARRA, "follow", source, "--feed", self.feed, "--output-dir", self.out,
                                    "-j", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and slow not in self.server.asked:
            time.sleep(0.2)
        process.send_signal(signal.SIGKILL)
        process.wait()
        self.assertEqual(len(self.items()), 1)
        self.server.routes[slow] = Route(page(*PAGES[slow]))
        self.assertIn("2 new of 3 entries", self.follow(source).stdout)
        self.assertEqual(sorted(self.items()), sorted(title for title, _ in PAGES.values()))

    def test_since_max_and_min_words_choose_the_entries(self):
        short = "/2026/11/breve.html"
        self.server.routes[short] = Route(page("Breve", ["Aggiornamento in corso."]))
        PAGES[short] = ("Breve", [])
        self.addCleanup(PAGES.pop, short)
        source = self.write("cronaca.rss", rss(self.server, [short, *PAGES][:4], [DATES[0], *DATES]))
        result = self.follow(source, "--since", "2026-11-27", "--max", "2", "--min-words", "10")
        warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
        self.assertEqual(len(warnings), 1, result.stderr)
        self.assertIn("fewer than --min-words 10", warnings[0])
        self.assertEqual(self.items(), ["Riapre il mercato coperto"])
        result = self.follow(source, "--since", "2026-11-27", "--min-words", "10")
        self.assertEqual(len(self.items()), 2)
        self.assertNotIn("warning: ", result.stderr)

    def test_a_digest_is_one_episode_of_the_new_articles(self):
        source = self.write("cronaca.rss", rss(self.server, list(PAGES)))
        self.follow(source, "--digest", "Edizione del mattino")
        self.assertEqual(self.items(), ["Edizione del mattino"])
        self.assertIn("nothing new", self.follow(source, "--digest", "Edizione del mattino").stdout)


if __name__ == "__main__":
    unittest.main()
