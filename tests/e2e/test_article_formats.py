"""Markdown and HTML articles, cleanup, captions, stdin, quotations and digests, end to end."""
import json
import subprocess
import unittest

from narra_e2e import ARTICLES, TempDirTestCase, Wav, chapter_titles, run, needs_seed_articles, seed_articles

MARKDOWN = ARTICLES / "tramvia-firenze.md"
HTML = ARTICLES / "festival-jazz-perugia.html"
NEWS_PAGE = ARTICLES / "pagina-quotidiano-siccita.html"
PHOTO_INTRO = "Descrizione della foto."

# Page furniture in the fixtures: none of it may be spoken.
FURNITURE = {
    MARKDOWN: ["Iscriviti", "newsletter", "Leggi anche", "Condividi", "orari =", "linea3",
               "Marco Fantini", "Un titolo che il front matter"],
    HTML: ["Home", "Cultura", "Sport", "analytics", "font-family", "Condividi", "Invia per email",
           "Leggi anche", "Le date dei concerti", "newsletter", "Tutti i diritti", "Sara Lupi",
           "querySelectorAll"],
    NEWS_PAGE: ["cookie", "Accetta", "Corriere del Mattino", "Cronaca", "Politica", "Cerca",
                "Abbonati", "Pubblicità", "Home", "Giovanni Russo,", "28 novembre", "Facebook",
                "WhatsApp", "Salvo Greco", "Agenzia Sud", "Leggi anche", "invasi siciliani",
                "newsletter", "Iscriviti", "siccità.", "Riproduzione", "Commenti", "Accedi",
                "Potrebbe interessarti", "record", "Partita IVA", "Privacy", "schema.org", "app.js"],
}


def paragraphs(script_text):
    return [line for line in script_text.splitlines() if line and not line.startswith("## ")]


class ArticleFormatsTest(TempDirTestCase):
    def test_markdown_chapters_follow_the_headings(self):
        text = run("text", MARKDOWN).stdout
        self.assertEqual(chapter_titles(text), [
            "Firenze apre la terza linea della tramvia",
            "Foto: Il primo convoglio della linea tre attraversa piazza\u2026",
            "La terza linea della tramvia di Firenze\u2026",
            "Il percorso", "Le fermate principali", "Gli orari", "Le reazioni"])
        self.assertIn("di Chiara Benedetti", text)
        self.assertIn("Santa Maria Novella", text)  # emphasis is read as its text
        self.assertIn("con undici fermate lungo", text)  # a link is read as its text

    def test_html_chapters_follow_the_headings_and_meta_tags(self):
        text = run("text", HTML).stdout
        self.assertEqual(chapter_titles(text), [
            "Il festival jazz torna a Perugia con tre palchi nuovi",
            "Foto: Il palco principale in piazza IV Novembre\u2026",
            "Il festival jazz di Perugia tornerà a luglio\u2026",
            "Il programma", "I concerti gratuiti", "I biglietti"])
        self.assertIn("di Lorenzo Pieri", text)

    def test_an_article_in_a_language_narra_does_not_read_is_read_in_the_voices_with_a_warning(self):
        body = "<h1>Un titolo</h1><p>Il treno delle 8:15 parte dal binario 3.</p>"
        for tag, warned in (("it-IT", False), ("IT", False), ("", False), ("en-GB", True)):
            with self.subTest(lang=tag):
                page = self.write(f"pagina-{tag or 'senza'}.html",
                                  f'<!doctype html><html lang="{tag}"><body>{body}</body></html>')
                result = run("text", page)
                self.assertIn("delle otto e un quarto", result.stdout)
                warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
                self.assertEqual(len(warnings), 1 if warned else 0, result.stderr)
                if warned:
                    self.assertIn('"en-GB"', warnings[0])
                    self.assertIn('read as "it"', warnings[0])

    def test_news_page_reads_only_the_article(self):
        text = run("text", NEWS_PAGE).stdout
        titles = chapter_titles(text)
        self.assertEqual(titles[0], "Siccità, in Sicilia l'acqua razionata in quaranta comuni")
        self.assertIn("Come funzioneranno i turni", titles)
        self.assertIn("Gli interventi già previsti", titles)
        self.assertIn("Foto: Il livello dell'acqua nella diga Ancipa\u2026", titles)
        self.assertIn("di Giovanni Russo", text)
        self.assertIn("La Regione conta di avere i primi dissalatori", text)
        self.assertIn("pozzi di emergenza nelle campagne di Enna", text)

    def test_no_page_furniture_is_spoken(self):
        for article, furniture in FURNITURE.items():
            spoken = "\n".join(paragraphs(run("text", article).stdout))
            for words in furniture:
                with self.subTest(article=article.name, words=words):
                    self.assertNotIn(words, spoken)

    def test_keep_all_reads_the_furniture(self):
        text = run("text", NEWS_PAGE, "--keep-all").stdout
        for words in ["WhatsApp", "Leggi anche", "Salvo Greco", "Riproduzione riservata"]:
            self.assertIn(words, text)
        self.assertNotIn(PHOTO_INTRO, text)
        self.assertNotIn("schema.org", text)  # scripts are never read

    def test_captions_modes(self):
        default = run("text", HTML).stdout
        self.assertIn(PHOTO_INTRO, default)
        read = run("text", HTML, "--captions", "read").stdout
        self.assertNotIn(PHOTO_INTRO, read)
        self.assertIn("Il palco principale in piazza quattro Novembre", read)
        skip = run("text", HTML, "--captions", "skip").stdout
        self.assertNotIn("Il palco principale", skip)
        self.assertEqual(len(chapter_titles(default)), len(chapter_titles(skip)) + 1)

    def test_trace_reports_cleanup_decisions(self):
        stderr = run("text", NEWS_PAGE, "--trace").stderr
        self.assertIn("[cleanup] dropped (share buttons): Facebook X WhatsApp", stderr)
        self.assertIn("[cleanup] dropped (subscription box): La newsletter del mattino", stderr)
        self.assertIn("[cleanup] dropped (<footer>): siccità Sicilia", stderr)
        self.assertIn("[cleanup] credit (caption credit): (Salvo Greco, Agenzia Sud)", stderr)
        self.assertIn("[cleanup] caption (marked as a caption): Il livello dell'acqua", stderr)

    def test_stdin_and_input_format(self):
        markdown = MARKDOWN.read_text(encoding="utf-8")
        from_stdin = run("text", "-", "--input-format", "md", stdin=markdown).stdout
        self.assertEqual(from_stdin, run("text", MARKDOWN).stdout)
        as_text = run("text", MARKDOWN, "--input-format", "txt").stdout
        # Markdown is just text to the text reader; front matter is read by both.
        self.assertIn("\n# Un titolo che il front matter sostituisce\n", as_text)
        self.assertNotIn("title:", as_text)
        html = HTML.read_text(encoding="utf-8")
        self.assertEqual(run("text", "-", "--input-format", "html", stdin=html).stdout,
                         run("text", HTML).stdout)

    def test_page_of_furniture_only_is_refused(self):
        page = self.tmp / "solo-menu.html"
        page.write_text("<html><body><nav>Home Cronaca</nav><script>x()</script></body></html>",
                        encoding="utf-8")
        result = run("render", page, "--output-dir", self.tmp, check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertEqual(result.stderr.count("error:"), 1)
        self.assertIn("solo-menu.html", result.stderr)
        self.assertIn("--keep-all", result.stderr)
        self.assertEqual([p.name for p in self.tmp.iterdir()], ["solo-menu.html"])

    def test_unknown_input_format_is_refused(self):
        result = run("text", MARKDOWN, "--input-format", "docx", check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("--input-format", result.stderr)

    def test_render_markdown_and_html_into_chaptered_wav(self):
        for article in (MARKDOWN, NEWS_PAGE):
            with self.subTest(article=article.name):
                run("render", article, "--format", "wav", "--output-dir", self.tmp)
                wav = Wav(self.tmp / f"{article.stem}.wav")
                titles = chapter_titles(run("text", article).stdout)
                self.assertEqual([title for _, title in wav.chapters()], titles)
                self.assertEqual((self.tmp / f"{article.stem}.script.txt").read_text(encoding="utf-8"),
                                 run("text", article).stdout)

    def test_render_from_stdin_names_the_file_after_the_title(self):
        markdown = MARKDOWN.read_text(encoding="utf-8")
        result = run("render", "-", "--input-format", "md", "--format", "wav", "--output-dir", self.tmp, stdin=markdown)
        wav = self.tmp / "firenze-apre-la-terza-linea-della-tramvia.wav"
        self.assertIn(str(wav), result.stdout)
        self.assertTrue(wav.is_file())


class QuoteVoiceTest(TempDirTestCase):
    def test_quotations_in_a_second_voice_keep_timings(self):
        plain_dir, quoted_dir = self.tmp / "plain", self.tmp / "quoted"
        plain_dir.mkdir()
        quoted_dir.mkdir()
        run("render", HTML, "--format", "wav", "--output-dir", plain_dir)
        run("render", HTML, "--format", "wav", "--output-dir", quoted_dir, "--quote-voice", "giulia")
        plain, quoted = Wav(plain_dir / f"{HTML.stem}.wav"), Wav(quoted_dir / f"{HTML.stem}.wav")
        self.assertNotEqual(plain.samples, quoted.samples)
        self.assertEqual([t for _, t in plain.chapters()], [t for _, t in quoted.chapters()])
        starts = [start for start, _ in quoted.chapters()]
        self.assertEqual(starts, sorted(set(starts)))
        window = quoted.rate // 200
        for start, title in quoted.chapters():
            self.assertLess(quoted.peak(start - window, start + window), 330, title)

    def test_same_input_same_bytes(self):
        first, second = self.tmp / "a", self.tmp / "b"
        first.mkdir()
        second.mkdir()
        for folder in (first, second):
            run("render", MARKDOWN, "--format", "wav", "--output-dir", folder, "--quote-voice", "giulia")
        name = f"{MARKDOWN.stem}.wav"
        self.assertEqual((first / name).read_bytes(), (second / name).read_bytes())

    def test_unknown_quote_voice_is_refused(self):
        result = run("render", HTML, "--output-dir", self.tmp, "--quote-voice", "nessuno", check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertEqual(result.stderr.count("error:"), 1)
        self.assertEqual(list(self.tmp.iterdir()), [])


class DigestTest(TempDirTestCase):
    def test_digest_is_one_episode_with_each_article_as_a_chapter(self):
        sample = ARTICLES / "vertice-clima-ginevra.txt"
        articles = [MARKDOWN, HTML, sample]
        result = run("render", *articles, "--format", "wav", "--digest", "Rassegna del 28 novembre",
                     "--output-dir", self.tmp)
        self.assertEqual(sorted(p.name for p in self.tmp.iterdir()),
                         [".narra"] + [f"rassegna-del-28-novembre.{ext}" for ext in
                                       ("chapters.json", "script.txt", "srt", "vtt", "wav")])
        self.assertIn("rassegna-del-28-novembre.wav", result.stdout)
        wav = Wav(self.tmp / "rassegna-del-28-novembre.wav")
        labels = [title for _, title in wav.chapters()]
        own = [chapter_titles(run("text", article).stdout) for article in articles]
        self.assertEqual(labels, ["Rassegna del 28 novembre"] + [t for titles in own for t in titles])
        script = (self.tmp / "rassegna-del-28-novembre.script.txt").read_text(encoding="utf-8")
        introduction = script.split("\n## ")[0]
        self.assertIn("In questa rassegna", introduction)
        for titles in own:
            self.assertIn(titles[0], introduction)


    def test_digest_nests_articles_in_every_format(self):
        articles = [MARKDOWN, ARTICLES / "vertice-clima-ginevra.txt"]
        run("render", *articles, "--format", "mp3,opus,wav", "--digest", "Rassegna breve",
            "--output-dir", self.tmp)
        chapters = json.loads((self.tmp / "rassegna-breve.chapters.json").read_text(encoding="utf-8"))["chapters"]
        own = [chapter_titles(run("text", article).stdout) for article in articles]
        self.assertEqual([c["title"] for c in chapters], ["Rassegna breve"] + [t for ts in own for t in ts])
        # Each article's opening chapter is listed at the top; its own chapters, nested, are not.
        self.assertTrue(all(set(c) <= {"startTime", "endTime", "title", "toc"} for c in chapters))
        listed = [c.get("toc", True) for c in chapters]
        self.assertEqual(listed[:2], [True, True])
        self.assertTrue(all(toc is False for toc in listed[2:len(own[0]) + 1]), listed)
        self.assertEqual(listed[len(own[0]) + 1], True)
        for extension in ("mp3", "opus", "wav"):
            probe = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json",
                                    str(self.tmp / f"rassegna-breve.{extension}")],
                                   capture_output=True, text=True, check=True)
            listed = json.loads(probe.stdout)["chapters"]
            self.assertEqual([c["tags"]["title"] for c in listed], [c["title"] for c in chapters], extension)


class HostileInputTest(TempDirTestCase):
    def test_deeply_nested_html_is_refused_quickly(self):
        page = self.tmp / "annidata.html"
        page.write_text("<html><body>" + "<div>" * 200000 + "testo", encoding="utf-8")
        result = run("text", page, check=False, timeout=60)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("nests elements more than", result.stderr)
        self.assertEqual(result.stderr.count("error:"), 1)

    def test_ten_thousand_markdown_headings(self):
        article = self.tmp / "titoli.md"
        article.write_text("".join(f"## Capitolo {i}\n\nTesto del capitolo {i}.\n\n"
                                   for i in range(10000)), encoding="utf-8")
        text = run("text", article, timeout=120).stdout
        self.assertEqual(len(chapter_titles(text)), 10001)

    def test_deeply_nested_markdown_quotes(self):
        article = self.tmp / "citazioni.md"
        article.write_text("> " * 50000 + "testo\n", encoding="utf-8")
        run("text", article, timeout=60)


@needs_seed_articles
class ReferenceArticleTest(unittest.TestCase):
    def test_caption_read_as_a_chapter_credit_and_promo_not_read(self):
        seed = seed_articles()[0]
        text = run("text", seed).stdout
        titles = chapter_titles(text)
        self.assertTrue(titles[1].startswith("Foto: Il leader nordcoreano"), titles[1])
        caption = text.split("\n## ")[1]
        self.assertIn(PHOTO_INTRO, caption)
        self.assertIn("cammina accanto al presidente russo", caption)
        self.assertNotIn("Grigorov", text)
        self.assertNotIn("pool", text)
        for promo in ["Iscriviti", "In Asia", "Junko Terao", "Ogni sabato"]:
            self.assertNotIn(promo, text)
        self.assertIn("Questo viaggio in Corea del Nord", text)


if __name__ == "__main__":
    unittest.main()
