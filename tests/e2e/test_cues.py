"""Transcript cues sized for captions, and chapter titles cut where a phrase may end."""
import re
import unittest

from narra_e2e import (SAMPLE, SOURCE_DIR, TempDirTestCase, chapter_titles, needs_seed_articles, run,
                       seed_articles)

LINE_CHARACTERS = 42
MAX_CUE_SECONDS = 7.0


def timestamp(text):
    h, m, s = text.replace(",", ".").split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def cues_of(text):
    """(start, end, lines) per cue of a WebVTT or SRT file."""
    cues = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        timing = [i for i, line in enumerate(lines) if "-->" in line]
        if timing:
            start, end = re.match(r"(\S+) --> (\S+)$", lines[timing[0]]).groups()
            cues.append((timestamp(start), timestamp(end), lines[timing[0] + 1:]))
    return cues


def openers():
    """The words phrasing.tsv says a piece of text never ends on."""
    words = set()
    for line in (SOURCE_DIR / "voices" / "it" / "phrasing.tsv").read_text(encoding="utf-8").splitlines():
        kind, _, word = line.partition("\t")
        if kind in ("article", "preposition", "auxiliary", "conjunction"):
            words.add(word)
    return words


class CueLimitsTest(TempDirTestCase):
    def assert_caption_cues(self, article):
        run("render", article, "--output-dir", self.tmp)
        transcripts = {suffix: cues_of((self.tmp / f"{article.stem}{suffix}").read_text(encoding="utf-8"))
                       for suffix in (".vtt", ".srt")}
        self.assertEqual(transcripts[".vtt"], transcripts[".srt"])
        cues = transcripts[".vtt"]
        self.assertGreater(len(cues), 0)
        for start, end, lines in cues:
            with self.subTest(cue=" / ".join(lines)):
                self.assertTrue(1 <= len(lines) <= 2)
                for line in lines:
                    if " " in line:  # a single word longer than a line stays whole
                        self.assertLessEqual(len(line), LINE_CHARACTERS)
                self.assertGreater(end, start)
                if len(" ".join(lines).split()) > 1:
                    self.assertLessEqual(end - start, MAX_CUE_SECONDS)
        for (_, end, _), (start, _, _) in zip(cues, cues[1:]):
            self.assertLessEqual(end, start)
        return cues

    def test_sample_article(self):
        cues = self.assert_caption_cues(SAMPLE)
        spoken = " ".join(" ".join(lines) for _, _, lines in cues)
        self.assertIn("Vertice sul clima a Ginevra", spoken)

    @needs_seed_articles
    def test_reference_articles(self):
        for article in seed_articles():
            with self.subTest(article=article.name):
                self.assert_caption_cues(article)


class ChapterTitlesTest(TempDirTestCase):
    ARTICLE = (
        "Una mattina di proteste\n\n"
        "Il nuovo sindaco Marco Bellini è tornato ieri a Lecce dopo il viaggio a Bruxelles. "
        "Ha incontrato i commercianti del centro.\n\n"
        "Migliaia di studenti in piazza IV Novembre a Perugia hanno chiesto più fondi per le scuole.\n\n"
        "Nella mattinata, poco dopo l'apertura dell'ufficio provinciale, sono arrivati i primi pullman.\n\n"
        "Piove a Bari. Domani tornerà il sole.\n")

    def test_untitled_chapters_are_cut_at_a_phrase_and_keep_names_whole(self):
        article = self.write("proteste.txt", self.ARTICLE)
        titles = chapter_titles(run("text", article).stdout)
        self.assertEqual(titles[1:], ["Il nuovo sindaco Marco Bellini è tornato ieri\u2026",
                                      "Migliaia di studenti in piazza IV Novembre\u2026",
                                      "Nella mattinata, poco dopo l'apertura\u2026",
                                      "Piove a Bari"])
        dangling = openers()
        for title in titles:
            last = title.rstrip("\u2026").split()[-1].lower()
            self.assertNotIn(last, dangling, title)


if __name__ == "__main__":
    unittest.main()
