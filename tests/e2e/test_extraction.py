"""Finding the story in an HTML page, end to end, through `narra text --plain`."""
import json
import unittest

from narra_e2e import TempDirTestCase, run

# Sentences of a made-up story, long enough to read as prose.
STORY = [
    "Il consiglio comunale di Lucca ha approvato ieri sera, dopo tre ore di discussione, il "
    "piano per riaprire le mura al passeggio notturno, con nuove luci e panchine.",
    "Secondo l'assessora ai lavori pubblici, i cantieri partiranno a febbraio, dureranno "
    "quattro mesi e non chiuderanno mai più di un bastione alla volta.",
    "I commercianti del centro, che da anni chiedevano più vita serale, hanno accolto la "
    "notizia con favore, mentre alcuni residenti temono il rumore nelle sere d'estate.",
    "La spesa prevista, coperta in parte da un bando regionale, sarà discussa di nuovo in "
    "primavera, quando arriveranno i preventivi definitivi delle ditte.",
]

MENU = "<ul>" + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in
                        ["Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura"]) + "</ul>"


def paragraphs_html(sentences):
    return "".join(f"<p>{s}</p>" for s in sentences)


def page(body, head="<title>Le mura di Lucca di notte - Gazzetta Toscana</title>"):
    return f"<!doctype html><html lang='it'><head>{head}</head><body>{body}</body></html>"


class ExtractionTest(TempDirTestCase):
    def plain(self, html, *args):
        return run("text", "--plain", self.write("pagina.html", html), *args).stdout

    def assert_story(self, text):
        for sentence in STORY:
            self.assertIn(sentence, text)

    def test_without_article_the_menus_are_not_read(self):
        html = page(f"<div id='testata'><h1>Gazzetta Toscana</h1>{MENU}</div>"
                    f"<table><tr><td class='colonna'>{MENU}</td><td>"
                    f"<h1>Le mura di Lucca di notte</h1>{paragraphs_html(STORY)}</td></tr></table>"
                    f"<div class='fondo'>{MENU}<p>Gazzetta Toscana srl, via Roma 1.</p></div>")
        text = self.plain(html)
        self.assert_story(text)
        for furniture in ["Cronaca", "Economia", "srl"]:
            self.assertNotIn(furniture, text)
        # The story's h1, named by the <title>, is the title, not the site's.
        self.assertEqual(text.splitlines()[0], "Le mura di Lucca di notte")

    def test_the_best_of_several_articles_is_read(self):
        teaser = ("<article class='promo'><h2>Da non perdere</h2><p>Una mostra di fotografia "
                  "apre sabato in piazza.</p></article>")
        html = page(teaser + f"<article><h1>Le mura</h1>{paragraphs_html(STORY)}</article>" + teaser)
        text = self.plain(html)
        self.assert_story(text)
        self.assertNotIn("mostra di fotografia", text)

    def test_pre_is_read(self):
        code = "pianta  = leggi_mappa()\nmisura = pianta.lunghezza"
        text = self.plain(page(f"<article>{paragraphs_html(STORY[:2])}<pre>{code}</pre></article>"))
        self.assertIn("pianta = leggi_mappa() misura = pianta.lunghezza", text)

    def test_json_ld_gives_the_metadata_and_a_missing_body(self):
        data = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Gazzetta Toscana"},
            {"@type": "NewsArticle", "headline": "Le mura di Lucca si accendono",
             "author": [{"@type": "Person", "name": "Chiara Verdi"}],
             "datePublished": "2026-11-20T08:00:00+01:00",
             "image": {"@type": "ImageObject", "url": "https://example.org/mura.jpg"},
             "articleBody": "\n".join(STORY)}]}
        head = (f"<title>Gazzetta Toscana</title><script type='application/ld+json'>"
                f"{json.dumps(data)}</script><script type='application/ld+json'>{{ not json</script>")
        # The page itself shows only a teaser: the article is drawn by script.
        html = page(f"{MENU}<div id='app'><p>{STORY[0]}</p></div>", head)
        text = self.plain(html)
        self.assertEqual(text.splitlines()[0], "Le mura di Lucca si accendono")
        self.assert_story(text)
        self.assertIn("Chiara Verdi", run("text", self.tmp / "pagina.html").stdout)

    def test_paragraphs_that_repeat_are_all_read(self):
        html = page(f"<article>{paragraphs_html(STORY[:2] * 3)}</article>")
        text = self.plain(html)
        self.assertEqual(text.count(STORY[0]), 3)
        self.assertEqual(text.count(STORY[1]), 3)

    def test_a_story_container_named_share_is_read(self):
        html = page(f"{MENU}<div id='share-story-wrapper'>{paragraphs_html(STORY)}"
                    f"<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>Twitter</a></div>"
                    f"</div>")
        text = self.plain(html)
        self.assert_story(text)
        self.assertNotIn("Facebook", text)

    def test_title_drops_the_site_name(self):
        text = self.plain(page(f"<div>{paragraphs_html(STORY)}</div>"))
        self.assertEqual(text.splitlines()[0], "Le mura di Lucca di notte")

    def test_the_site_named_by_og_site_name_leaves_the_title(self):
        for og_title, site, title in [
                ("Le mura di Lucca di notte | Gazzetta Toscana", "Gazzetta Toscana",
                 "Le mura di Lucca di notte"),
                ("Le mura di Lucca di notte - Gazzetta", "Gazzetta Toscana", "Le mura di Lucca di notte"),
                ("Lucca - Le mura riaprono di notte", "Gazzetta Toscana",
                 "Lucca - Le mura riaprono di notte")]:
            with self.subTest(og_title=og_title):
                head = (f"<title>Gazzetta</title><meta property='og:title' content='{og_title}'>"
                        f"<meta property='og:site_name' content='{site}'>")
                text = self.plain(page(f"<article>{paragraphs_html(STORY)}</article>", head))
                self.assertEqual(text.splitlines()[0], title)

    def test_trace_on_a_refused_page_shows_what_was_left_out(self):
        html = page("<nav>Home Cronaca Sport</nav><div class='cookie-banner'>Accetta i cookie</div>")
        result = run("text", "--trace", self.write("vuota.html", html), check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("[cleanup] dropped (<nav>): Home Cronaca Sport", result.stderr)
        self.assertIn("[cleanup] dropped (cookie banner): Accetta i cookie", result.stderr)
        self.assertEqual(sum(line.startswith("error: ") for line in result.stderr.splitlines()), 1)


class FurnitureInsideStoriesTest(TempDirTestCase):
    """Furniture lines are left out; body sentences holding the same words are read."""

    CASES = [
        ("Argomenti: Lucca, mura, consiglio comunale",
         "Tra gli argomenti della seduta: le mura, il bilancio e la scuola."),
        ("Guarda il video",
         "Il video della seduta, pubblicato dal Comune, è stato visto da molti cittadini."),
        ("3 di 12", "Solo 3 di 12 consiglieri hanno votato contro il piano delle mura."),
        ("Commenti (14)", "I commenti dei residenti, raccolti in una petizione, saranno letti in aula."),
        ("Condividi: Facebook Twitter WhatsApp",
         "Condividi le tue idee, ha detto il sindaco, scrivendo all'ufficio del Comune."),
    ]

    def test_furniture_lines_go_and_body_sentences_stay(self):
        for furniture, sentence in self.CASES:
            with self.subTest(furniture=furniture):
                html = page(f"<article>{paragraphs_html(STORY[:2])}<p>{sentence}</p>"
                            f"<p>{furniture}</p></article>")
                text = run("text", "--plain", self.write("pagina.html", html)).stdout
                self.assertIn(sentence, text)
                self.assertNotIn(furniture + "\n", text)



class PageFurnitureTest(TempDirTestCase):
    """What sits beside the story's prose on a page and is not read."""

    def plain(self, html):
        return run("text", "--plain", self.write("pagina.html", html)).stdout

    def test_a_heading_repeating_the_headline_is_read_once(self):
        html = page("<article><h1>Le mura di Lucca di notte</h1><p>Luci e panchine sui bastioni.</p>"
                    "<h2>Le mura di Lucca, di notte</h2>" + paragraphs_html(STORY) +
                    "<h2>Le mura di Lucca di notte</h2><p>Una chiusa che riprende il titolo.</p>"
                    "</article>")
        text = self.plain(html)
        self.assert_story(text)
        # The copy over the story goes; a chapter so named after the prose is read.
        self.assertEqual(text.count("Le mura di Lucca"), 2)
        self.assertIn("Luci e panchine sui bastioni.", text)

    def test_code_keeps_its_repeated_lines(self):
        code = "Riavvia il server\ncontrolla il registro\nRiavvia il server"
        text = self.plain(page(f"<article>{paragraphs_html(STORY)}<pre>{code}</pre></article>"))
        self.assertIn("Riavvia il server controlla il registro Riavvia il server", text)

    def test_tags_and_authors_marked_by_their_relation_are_not_read(self):
        html = page("<article><p class='x'>Di <a rel='author' href='/a'>Chiara Verdi</a></p>"
                    "<span itemprop='author'>Marco Neri</span>" + paragraphs_html(STORY) +
                    "<ul><li><a rel='tag' href='/t/mura'>Mura urbane</a></li>"
                    "<li><a rel='tag nofollow' href='/t/notte'>Vita notturna</a></li></ul></article>")
        text = self.plain(html)
        self.assert_story(text)
        for furniture in ["Chiara Verdi", "Marco Neri", "Mura urbane", "Vita notturna"]:
            self.assertNotIn(furniture, text)

    def test_furniture_named_by_class_is_not_read(self):
        cases = [
            ("c-article-most-popular", "I più letti: il mercato del sabato chiude presto"),
            ("most-read-container", "Le storie più lette della settimana in città"),
            ("relatedContentUpper", "Altri lettori stanno leggendo della fiera di ottobre"),
            ("post-body-bio", "Anna Bruni scrive di urbanistica per il giornale dal duemila"),
            ("bloc_signature", "Redazione Toscana, aggiornato alle nove"),
            ("supported-by hidden", "Con il sostegno di uno sponsor"),
            ("follow-controls hide", "Segui questa autrice"),
            ("col-12 modal fade", "Il tuo profilo non è ancora approvato"),
            ("hatnote", "Per la fortezza omonima in Sardegna vedi la voce dedicata"),
        ]
        for names, furniture in cases:
            with self.subTest(names=names):
                html = page(f"<article>{paragraphs_html(STORY)}<div class='{names}'><p>{furniture}, "
                            f"con altre parole perché sembri un paragrafo.</p></div></article>")
                text = self.plain(html)
                self.assert_story(text)
                self.assertNotIn(furniture, text)

    def test_a_class_showing_on_some_screens_only_is_read(self):
        html = page(f"<article><div class='hide-for-small'>{paragraphs_html(STORY[:2])}</div>"
                    f"{paragraphs_html(STORY[2:])}</article>")
        self.assert_story(self.plain(html))

    def assert_story(self, text):
        for sentence in STORY:
            self.assertIn(sentence, text)


class StoryPartsTest(TempDirTestCase):
    """The parts of a story the page wraps apart from its main block are read with it."""

    # A sentence without commas scores little on its own.
    PLAIN = ("Il cantiere partirà dalla porta di San Donato e arriverà fino al baluardo di "
             "Santa Croce entro l'estate.")
    LATER = "La sera della riapertura la banda cittadina suonerà sul baluardo della Libertà."

    def plain(self, html):
        return run("text", "--plain", self.write("pagina.html", html)).stdout

    def test_a_paragraph_in_wrappers_beside_the_story_is_read(self):
        html = page(f"{MENU}<div class='corpo'><div class='parte'>{paragraphs_html(STORY)}</div>"
                    f"<div class='blocco'><div class='interno'><p>{self.PLAIN}</p></div></div></div>")
        self.assertIn(self.PLAIN, self.plain(html))

    def test_a_section_styled_like_the_story_is_read(self):
        html = page(f"{MENU}<div class='corpo'><div class='sezione prima'>{paragraphs_html(STORY)}</div>"
                    f"<div class='sezione'><h3>Il cantiere</h3><p>{self.PLAIN}</p></div>"
                    f"<div class='riquadro'><h3>Il meteo</h3><p>Domani sole su tutta la Toscana.</p>"
                    f"</div></div>")
        text = self.plain(html)
        self.assertIn(self.PLAIN, text)
        self.assertNotIn("Il meteo", text)


    def test_a_part_styled_like_the_story_is_read_however_deep_its_prose(self):
        deep = "".join(["<div>"] * 5) + paragraphs_html([self.PLAIN, self.LATER]) + "".join(["</div>"] * 5)
        html = page(f"{MENU}<div class='corpo'><div class='parte larga'>{paragraphs_html(STORY)}</div>"
                    f"<figure><figcaption>Le mura al tramonto.</figcaption></figure>"
                    f"<div class='parte'>{deep}</div></div>")
        text = self.plain(html)
        self.assertIn(self.PLAIN, text)
        self.assertIn(self.LATER, text)

    def test_a_list_article_is_read_with_its_introduction(self):
        # The list alone scores best, its box less, and the page's text box, which
        # also holds the paragraphs around the list, more than the list's box.
        items = "".join(f"<li>Bastione {n}: aperto dalle nove, tranne il lunedì</li>" for n in range(1, 21))
        html = page(f"{MENU}<div class='voce'>{paragraphs_html(STORY)}<div class='elenco'>"
                    f"<h3>I bastioni</h3><ul>{items}</ul></div><p>{self.LATER}</p></div>")
        text = self.plain(html)
        self.assert_story(text)
        self.assertIn("Bastione 20: aperto dalle nove", text)
        self.assertIn(self.LATER, text)

    def assert_story(self, text):
        for sentence in STORY:
            self.assertIn(sentence, text)

if __name__ == "__main__":
    unittest.main()
