"""The listening site in a real browser: Chromium, driven through WebDriver, on pages served by
`python3 -m http.server` (no byte ranges), by `narra feed serve` (byte ranges) and from file://,
for a feed of a digest (nested chapters) and a single article."""
import os
import re
import struct
import subprocess
import sys
import unittest

from narra_e2e import ARTICLES, NARRA, SAMPLE, SOURCE_DIR, run
from site_fixture import AXE, browser_for, cover_png, started_server, wait_for

DIGEST = "rassegna-del-28-novembre"
SINGLE = SAMPLE.stem
SOURCE_LINK = "https://example.org/notizie/vertice-clima"


class SiteTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import tempfile
        cls._tmp = tempfile.TemporaryDirectory(prefix="narra-e2e-")
        cls.addClassCleanup(cls._tmp.cleanup)
        cls.site = os.path.join(cls._tmp.name, "site")
        os.mkdir(cls.site)
        cover = os.path.join(cls._tmp.name, "copertina.png")
        with open(cover, "wb") as handle:
            handle.write(cover_png())
        cls.feed = os.path.join(cls.site, "feed.xml")
        run("feed", "init", cls.feed, "--title", "Notizie & letture", "--author", "Redazione narra",
            "--description", "Articoli letti ad alta voce", "--base-url", "https://example.org/pod/",
            "--cover", cover)
        run("render", ARTICLES / "tramvia-firenze.md", ARTICLES / "festival-jazz-perugia.html",
            "--digest", "Rassegna del 28 novembre", "--output-dir", cls.site, "--feed", cls.feed,
            "--date", "2026-11-28T08:00:00Z", "--quiet")
        run("render", SAMPLE, "--output-dir", cls.site, "--feed", cls.feed,
            "--date", "2026-11-27T07:00:00Z", "--quiet")
        # The article an episode was read from, named when the episode is added again.
        run("feed", "add", cls.feed, os.path.join(cls.site, SAMPLE.stem + ".mp3"), "--source-url", SOURCE_LINK,
            "--date", "2026-11-27T07:00:00Z")
        run("feed", "site", cls.feed)
        cls.plain = cls.enterClassContext(started_server(
            [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", cls.site],
            r"port (\d+)"))
        cls.served = cls.enterClassContext(started_server(
            [NARRA, "feed", "serve", cls.site, "--port", "0"], r"127\.0\.0\.1:(\d+)/"))
        cls.browser = cls.enterClassContext(browser_for(os.path.join(cls._tmp.name, "profile")))

    def open(self, base, page):
        self.browser.get(base + page)
        if page.endswith(".html") and page != "index.html":
            wait_for(lambda: self.js("return document.getElementById('player').readyState >= 1"))

    def js(self, script, *args):
        return self.browser.execute_script(script, *args)

    def position(self):
        return self.js("return document.getElementById('player').currentTime")

    def page(self, name):
        with open(os.path.join(self.site, name), encoding="utf-8") as handle:
            return handle.read()

    def console_errors(self):
        return [entry for entry in self.browser.get_log("browser") if entry["level"] == "SEVERE"]

    def bases(self):
        return {"python3 -m http.server": self.plain, "narra feed serve": self.served,
                "file://": "file://" + self.site + "/"}

    def test_each_chapter_click_seeks_and_highlights_on_every_server(self):
        for name, base in self.bases().items():
            with self.subTest(server=name):
                self.open(base, f"{DIGEST}.html")
                links = self.browser.find_elements("css selector", ".chapters a")
                self.assertGreater(len(links), 10)
                for link in links[1:]:
                    start = float(link.get_attribute("data-start"))
                    self.js("arguments[0].scrollIntoView({block: 'center'})", link)
                    link.click()
                    wait_for(lambda: abs(self.position() - start) < 0.4, message=f"seek to {start} ({name})")
                    self.assertIn("current", link.get_attribute("class"))
                self.js("document.getElementById('player').pause()")
                cues = self.browser.find_elements("css selector", ".cue")
                cue = cues[len(cues) // 3]
                start = float(cue.get_attribute("data-start"))
                cue.click()
                wait_for(lambda: abs(self.position() - start) < 0.4, message=f"sentence seek ({name})")
                wait_for(lambda: "speaking" in cue.get_attribute("class"))
                self.js("document.getElementById('player').pause()")
                self.assertEqual(self.console_errors(), [])

    def test_controls_speed_and_a_player_that_stays_in_view(self):
        self.open(self.served, f"{SINGLE}.html")
        self.browser.find_element("css selector", ".chapters li:nth-child(3) a").click()
        title = self.browser.find_element("css selector", ".chapters li:nth-child(3) a").text.split(" ", 1)[1]
        wait_for(lambda: self.browser.find_element("css selector", ".player .now").text == title)
        self.js("document.getElementById('player').pause()")
        before = self.position()
        self.browser.find_element("css selector", ".ahead15").click()
        wait_for(lambda: abs(self.position() - (before + 15)) < 0.5)
        self.browser.find_element("css selector", ".back15").click()
        wait_for(lambda: abs(self.position() - before) < 0.5)
        from selenium.webdriver.support.ui import Select
        Select(self.browser.find_element("css selector", ".speed select")).select_by_value("1.5")
        self.assertEqual(self.js("return document.getElementById('player').playbackRate"), 1.5)
        self.js("window.scrollTo(0, document.body.scrollHeight)")
        wait_for(lambda: self.js("return window.scrollY") > 500)
        box = self.js("var r = document.querySelector('.player').getBoundingClientRect();"
                      "return [r.top, r.bottom, window.innerHeight]")
        self.assertGreaterEqual(box[0], 0)
        self.assertLessEqual(box[1], box[2])

    def test_position_survives_a_reload_and_shows_on_the_index(self):
        self.open(self.served, f"{SINGLE}.html")
        self.js("var a = document.getElementById('player'); a.currentTime = 42; a.pause();")
        wait_for(lambda: abs(self.position() - 42) < 0.3)
        self.browser.refresh()
        wait_for(lambda: abs(self.position() - 42) < 0.5, message="position restored after reload")
        self.open(self.served, "index.html")
        row = self.browser.find_element("css selector", ".continue")
        self.assertTrue(row.is_displayed())
        self.assertIn("Vertice sul clima", row.text)
        self.assertIn("0:42", row.text)

    def test_keyboard_alone_reaches_and_plays_sentences(self):
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys
        self.open(self.served, f"{SINGLE}.html")
        for _ in range(120):
            ActionChains(self.browser).send_keys(Keys.TAB).perform()
            if self.js("return document.activeElement.classList.contains('cue')"):
                break
        else:
            self.fail("no sentence reached with Tab")
        ActionChains(self.browser).send_keys(Keys.TAB).send_keys(Keys.TAB).perform()
        start = float(self.js("return document.activeElement.getAttribute('data-start')"))
        ActionChains(self.browser).send_keys(Keys.ENTER).perform()
        wait_for(lambda: abs(self.position() - start) < 0.4, message="Enter plays the sentence")
        ActionChains(self.browser).send_keys(Keys.TAB).perform()
        start = float(self.js("return document.activeElement.getAttribute('data-start')"))
        ActionChains(self.browser).send_keys(Keys.SPACE).perform()
        wait_for(lambda: abs(self.position() - start) < 0.4, message="Space plays the sentence")
        self.js("document.getElementById('player').pause()")

    def test_search_filters_and_jumps_to_sentences(self):
        self.open(self.served, f"{SINGLE}.html")
        box = self.browser.find_element("css selector", "#cerca")
        box.send_keys("siccita")  # accents need not be typed
        matches = self.browser.find_elements("css selector", ".cue.match")
        self.assertGreater(len(matches), 0)
        self.assertTrue(all("siccità" in m.text.lower() for m in matches))
        self.assertEqual(len([c for c in self.browser.find_elements("css selector", ".cue") if c.is_displayed()]),
                         len(matches))
        from selenium.webdriver.common.keys import Keys
        box.send_keys(Keys.ENTER)
        start = float(matches[0].get_attribute("data-start"))
        wait_for(lambda: abs(self.position() - start) < 0.4)
        self.js("document.getElementById('player').pause()")

    def test_axe_finds_no_violations_in_light_and_dark_mode(self):
        self.assertTrue(AXE.is_file(), f"{AXE} is missing: run scripts/bootstrap")
        axe = AXE.read_text(encoding="utf-8")
        for scheme in ("light", "dark"):
            self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                "features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for page in ("index.html", f"{DIGEST}.html", f"{SINGLE}.html", f"{SINGLE}.embed.html"):
                with self.subTest(scheme=scheme, page=page):
                    self.open(self.served, page)
                    self.js(axe)
                    result = self.browser.execute_async_script(
                        "var done = arguments[arguments.length - 1];"
                        "axe.run(document).then(function (r) { done(r.violations.map(function (v) {"
                        "return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');"
                        "})); });")
                    self.assertEqual(result, [])
        self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

    def test_embed_plays_and_seeks_inside_an_iframe(self):
        host = os.path.join(self.site, "ospite.html")
        snippet = re.search(r'<textarea id="codice"[^>]*>(.*?)</textarea>', self.page(f"{SINGLE}.html"), re.S)
        import html
        frame = html.unescape(snippet.group(1)).replace("https://example.org/pod/", "./")
        with open(host, "w", encoding="utf-8") as handle:
            handle.write('<!DOCTYPE html><html lang="it"><title>Articolo</title><main><h1>Articolo</h1>'
                         f"<p>Il testo dell'articolo.</p>{frame}</main></html>")
        self.addCleanup(os.remove, host)
        self.browser.get(self.served + "ospite.html")
        self.browser.switch_to.frame(self.browser.find_element("css selector", "iframe"))
        try:
            wait_for(lambda: self.js("return document.getElementById('player').readyState >= 1"))
            self.browser.find_element("css selector", ".play").click()
            wait_for(lambda: self.position() > 0.3, message="the embed plays")
            link = self.browser.find_elements("css selector", ".chapters a")[-1]
            start = float(link.get_attribute("data-start"))
            link.click()
            wait_for(lambda: abs(self.position() - start) < 0.6, message="the embed seeks")
            self.assertIn("current", link.get_attribute("class"))
            self.assertEqual(len(self.browser.window_handles), 1)
            self.js("document.getElementById('player').pause()")
        finally:
            self.browser.switch_to.default_content()

    def test_screenshots_when_asked(self):
        folder = os.environ.get("NARRA_SCREENSHOT_DIR")
        if not folder:
            self.skipTest("NARRA_SCREENSHOT_DIR is not set")
        os.makedirs(folder, exist_ok=True)
        for label, (width, height) in {"desktop": (1280, 900), "phone": (390, 844)}.items():
            self.browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": label == "phone"})
            for page in (f"{DIGEST}.html", f"{SINGLE}.embed.html"):
                self.open(self.served, page)
                self.js("var a = document.getElementById('player'); a.currentTime = 30; a.pause();")
                starts = [float(link.get_attribute("data-start"))
                          for link in self.browser.find_elements("css selector", ".chapters a")]
                playing = max(start for start in starts if start <= 30)
                wait_for(lambda: self.js("var c = document.querySelector('.chapters a.current');"
                                         "return c !== null && parseFloat(c.getAttribute('data-start')) === "
                                         "arguments[0]", playing))
                name = os.path.join(folder, f"{page.replace('.html', '')}-{label}.png")
                self.browser.save_screenshot(name)
                with open(name, "rb") as shot:
                    self.assertEqual(struct.unpack(">II", shot.read(24)[16:24]), (width, height))
            # The phone in dark mode too, the episode page only.
            if label == "phone":
                self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                    "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
                self.open(self.served, f"{DIGEST}.html")
                self.browser.save_screenshot(os.path.join(folder, f"{DIGEST}-phone-dark.png"))
                self.browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        self.browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def test_without_script_chapters_lead_to_their_text(self):
        self.browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        try:
            self.browser.get(self.served + f"{DIGEST}.html")
            self.assertFalse(self.browser.find_element("css selector", ".controls").is_displayed())
            self.assertFalse(self.browser.find_element("css selector", ".search").is_displayed())
            link = self.browser.find_elements("css selector", ".chapters a")[5]
            self.browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
            link.click()
            wait_for(lambda: self.browser.current_url.endswith(f"{DIGEST}.html#c5"))
            heading = self.browser.find_element("css selector", "#c5")
            self.assertEqual(heading.text, link.text.split(" ", 1)[1])
            top = self.browser.execute_script("return arguments[0].getBoundingClientRect().top", heading)
            player = self.browser.execute_script(
                "return document.querySelector('.player').getBoundingClientRect().bottom")
            self.assertGreaterEqual(top, player)
        finally:
            self.browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

    def test_pages_link_only_their_folder(self):
        episode = self.page(f"{SINGLE}.html")
        for page in ("index.html", f"{DIGEST}.html", f"{SINGLE}.html", f"{SINGLE}.embed.html"):
            for url in re.findall(r'(?:src|href)="([^"]*)"', self.page(page)):
                if url == SOURCE_LINK:
                    continue
                self.assertTrue(url.startswith(("./", "#", "data:")), f"{page}: {url}")
        ids = set(re.findall(r' id="([^"]+)"', episode))
        targets = re.findall(r'<a href="#(c\d+)" data-start', episode)
        self.assertGreater(len(targets), 3)
        self.assertLessEqual(set(targets), ids)
        self.assertIn('<time datetime="2026-11-27T07:00:00Z">27 novembre 2026</time>', episode)
        self.assertRegex(episode, r"<span>durata \d:\d\d</span>")
        self.assertIn(f'href="./{SINGLE}.mp3" download', episode)
        self.assertIn(f'<a href="{SOURCE_LINK}">Articolo originale</a>', episode)
        self.assertIn('<img class="cover" src="./copertina.png"', episode)
        self.assertIn('<meta property="og:audio" content="https://example.org/pod/' + SINGLE + '.mp3">', episode)
        self.assertIn('<meta name="twitter:player" content="https://example.org/pod/' + SINGLE + '.embed.html">',
                      episode)
        self.assertNotIn("Articolo originale", self.page(f"{DIGEST}.html"))
        # A digest lists each article's chapters inside the article's own entry.
        digest = self.page(f"{DIGEST}.html")
        self.assertRegex(digest, r"Firenze apre la terza linea della tramvia</a>\n<ol>\n<li>")
        self.assertEqual(digest.count("<ol>"), digest.count("</ol>") - digest.count('<ol class="chapters">')
                         - digest.count('<ol class="episodes">'))
        index = self.page("index.html")
        self.assertIn("<span>durata 2:29</span>", index)
        self.assertIn("Articoli letti ad alta voce", index)

    def test_the_same_feed_gives_the_same_bytes(self):
        names = sorted(n for n in os.listdir(self.site) if n.endswith((".html", ".css", ".js")))
        before = {n: self.page(n) for n in names}
        run("feed", "site", self.feed)
        self.assertEqual({n: self.page(n) for n in names}, before)


if __name__ == "__main__":
    unittest.main()
