"""The listening site in a real browser: Chromium, driven through WebDriver, on pages served
from 127.0.0.1, for a feed of three episodes (the reference article among them when present)."""
import json
import os
import shutil
import time
import unittest

from narra_e2e import ARTICLES, SAMPLE, ServedFolder, TempDirTestCase, run, seed_articles

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-quic", "--window-size=900,1400"]


def start_browser(profile):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                            options=options)


def wait_for(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out waiting for the page")


class SiteTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.site = self.tmp / "site"
        self.site.mkdir()
        articles = (seed_articles() + sorted(ARTICLES.glob("*.txt")))[:3]
        while len(articles) < 3:  # a copy under another name makes another episode
            copy = self.tmp / f"copia-{len(articles)}.txt"
            copy.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
            articles.append(copy)
        self.feed = self.site / "feed.xml"
        run("feed", "init", self.feed, "--title", "Notizie & letture", "--author", "Redazione narra",
            "--description", "Articoli letti ad alta voce", "--base-url", "https://example.org/pod/")
        for day, article in enumerate(articles, start=1):
            run("render", article, "--output-dir", self.site, "--feed", self.feed,
                "--date", f"2026-11-{day:02d}T08:00:00Z")
        self.stems = [article.stem for article in articles]
        result = run("feed", "site", self.feed)
        self.assertIn("index.html", result.stdout)
        self.browser = start_browser(self.tmp / "profile")
        self.addCleanup(self.browser.quit)

    def console_errors(self):
        return [entry for entry in self.browser.get_log("browser") if entry["level"] == "SEVERE"]

    def test_pages_in_a_browser(self):
        with ServedFolder(self.site) as server:
            browser = self.browser
            browser.get(server.url + "index.html")
            links = browser.find_elements("css selector", ".episodes a")
            self.assertEqual(len(links), 3)
            self.assertEqual(browser.find_element("css selector", "h1").text, "Notizie & letture")
            self.assertEqual(self.console_errors(), [])

            for stem in self.stems:
                with self.subTest(episode=stem):
                    self.check_episode(server, stem)

    def check_episode(self, server, stem):
        browser = self.browser
        browser.get(server.url + f"{stem}.html")
        wait_for(lambda: browser.execute_script("return document.getElementById('player').readyState >= 1"))
        chapters = json.loads((self.site / f"{stem}.chapters.json").read_text(encoding="utf-8"))["chapters"]
        links = browser.find_elements("css selector", ".chapters a")
        self.assertEqual([link.text.split(" ", 1)[1] for link in links], [c["title"] for c in chapters])
        for link, chapter in zip(links, chapters):
            self.assertAlmostEqual(float(link.get_attribute("data-start")), chapter["startTime"], places=3)

        # Clicking a chapter moves the audio to its start and highlights it.
        target = links[len(links) // 2]
        target.click()
        browser.execute_script("document.getElementById('player').pause()")
        position = browser.execute_script("return document.getElementById('player').currentTime")
        self.assertAlmostEqual(position, float(target.get_attribute("data-start")), delta=0.3)
        self.assertIn("current", target.get_attribute("class"))

        # Seeking into a sentence highlights that sentence.
        cues = browser.find_elements("css selector", ".cue")
        self.assertGreater(len(cues), 3)
        cue = cues[len(cues) * 2 // 3]
        middle = (float(cue.get_attribute("data-start")) + float(cue.get_attribute("data-end"))) / 2
        browser.execute_script(f"document.getElementById('player').currentTime = {middle}")
        wait_for(lambda: "speaking" in cue.get_attribute("class"))
        self.assertEqual(len(browser.find_elements("css selector", ".cue.speaking")), 1)
        self.assertEqual(self.console_errors(), [])
        # NARRA_SCREENSHOT_DIR keeps a screenshot of each page, to look at.
        if os.environ.get("NARRA_SCREENSHOT_DIR"):
            browser.save_screenshot(os.path.join(os.environ["NARRA_SCREENSHOT_DIR"], f"{stem}.png"))


if __name__ == "__main__":
    unittest.main()
