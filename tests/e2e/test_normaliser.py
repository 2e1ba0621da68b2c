"""The Italian normaliser end to end: narra text on real articles, narra normalise
line by line, --trace and --lexicon."""
import re
import unittest

from narra_e2e import SAMPLE, SOURCE_DIR, TempDirTestCase, run, needs_seed_articles, seed_articles

ABBREVIATIONS = SOURCE_DIR / "voices" / "it" / "abbreviations.tsv"


def spoken_lines(script):
    """The spoken part of `narra text`: every line but the `## title` chapter labels."""
    return [line for line in script.splitlines() if line and not line.startswith("## ")]


def abbreviation_keys():
    keys = []
    for line in ABBREVIATIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            keys.append(line.split("\t")[0])
    return keys


def unexpanded_abbreviations(text):
    found = []
    for key in abbreviation_keys():
        if re.search(r"(?<![\w.])" + re.escape(key) + r"(?!\w)", text, re.IGNORECASE):
            found.append(key)
    return found


class ReferenceArticleTest(unittest.TestCase):
    @needs_seed_articles
    def test_no_digit_and_no_abbreviation_is_left(self):
        for article in seed_articles():
            with self.subTest(article=article.name):
                script = run("text", article).stdout
                spoken = "\n".join(spoken_lines(script))
                self.assertGreater(len(spoken), 1000)
                self.assertIsNone(re.search(r"\d", script), "a digit is left")
                self.assertEqual(unexpanded_abbreviations(spoken), [])

    @needs_seed_articles
    def test_names_dates_and_acronyms_of_the_reference_article(self):
        spoken = "\n".join(spoken_lines(run("text", seed_articles()[0]).stdout))
        for said in ("il diciannove giugno duemilaventiquattro",
                     "dal millenovecentocinquanta al millenovecentocinquantatré",
                     "nel duemilaventidue", "cappa ci enne a", "Piongiàng", "Chim Giong Un"):
            with self.subTest(said=said):
                self.assertIn(said, spoken)
        self.assertNotIn("Kcna", spoken)


class SampleArticleTest(unittest.TestCase):
    def test_the_sample_article_is_read_as_a_newsreader_would(self):
        # The `## title` labels keep the written title ("lungo 38 pagine"); only speech is checked.
        spoken = "\n".join(spoken_lines(run("text", SAMPLE).stdout))
        self.assertIsNone(re.search(r"\d", spoken), "a digit is left")
        self.assertEqual(unexpanded_abbreviations(spoken), [])
        for said in ("dodici virgola cinque miliardi di euro",
                     "tra il quattordici e il quindici marzo duemilaventicinque",
                     "entro il primo gennaio duemilaventisei",
                     "pari al ventuno per cento del totale",
                     "duemilaquattrocento milioni di dollari",
                     "il vu vu effe", "circa tremila persone",
                     "dal nove all'undici novembre"):
            with self.subTest(said=said):
                self.assertIn(said, spoken)


class NormaliseCommandTest(TempDirTestCase):
    def test_one_line_out_for_every_line_in(self):
        lines = ["Il 19 giugno 2024 alle 16:00.", "", "la Nato e la Kcna", "“Ciao” (…)", "1.234,5 €"]
        result = run("normalise", stdin="\n".join(lines) + "\n")
        out = result.stdout.split("\n")
        self.assertEqual(out[-1], "")
        self.assertEqual(len(out) - 1, len(lines))
        self.assertEqual(out[0], "Il diciannove giugno duemilaventiquattro alle sedici.")
        self.assertEqual(out[1], "")
        self.assertEqual(out[2], "la Nato e la cappa ci enne a")
        self.assertEqual(out[4], "milleduecentotrentaquattro euro e cinquanta centesimi")

    def test_trace_names_the_passes(self):
        article = self.tmp / "breve.txt"
        article.write_text("Breve\n\nLa Nato ha 32 membri dal 4 aprile 1949.\n", encoding="utf-8")
        result = run("text", article, "--trace")
        for name in ("[dates]", "[numbers]"):
            self.assertIn(name, result.stderr)

    def test_a_user_lexicon_wins_over_the_shipped_names(self):
        lexicon = self.tmp / "mine.tsv"
        lexicon.write_text("Putin\tPutìn\nZorbaz\tZòrbaz\n", encoding="utf-8")
        result = run("normalise", "--lexicon", lexicon, stdin="Putin e Zorbaz\n")
        self.assertEqual(result.stdout, "Putìn e Zòrbaz\n")


class NewsCopyTest(unittest.TestCase):
    """Patterns of real news copy that leave no written mark a listener hears as noise."""

    CASES = (
        ("Pareggio al 38′, poi il raddoppio al 90'+3.",
         "Pareggio al trentottesimo minuto, poi il raddoppio al novantesimo minuto più tre di recupero."),
        ("Reti: 24' st Rossi (rig.).", "Reti: ventiquattresimo minuto del secondo tempo Rossi, rigore."),
        ("Vince 6-4 7-6 dopo 1h27' di gioco.", "Vince sei a quattro sette a sei dopo un'ora e ventisette minuti di gioco."),
        ("Pole in 1:18.345 per la Ferrari.", "Pole in un minuto, diciotto secondi e trecentoquarantacinque millesimi per la Ferrari."),
        ("Lecce – Fiorentina 3 - 2", "Lecce, Fiorentina tre a due"),
        ("Il gol dell'1-0 e poi lo 0-0 di ieri.", "Il gol dell'uno a zero e poi lo zero a zero di ieri."),
        ("Arrestato un 45enne, ferita una 23enne.", "Arrestato un quarantacinquenne, ferita una ventitreenne."),
        ("La 13^ giornata e il 31esimo anniversario.", "La tredicesima giornata e il trentunesimo anniversario."),
        ("Scossa di magnitudo 4.2, premio di 300.000 euro.",
         "Scossa di magnitudo quattro virgola due, premio di trecentomila euro."),
        ("Massime di 18°, in calo di 4-5°, al 2° posto.",
         "Massime di diciotto gradi, in calo di quattro o cinque gradi, al secondo posto."),
        ("ROMA, 12 GEN - E' cosi' perche' piove.", "Roma, dodici gennaio, È così perché piove."),
        ("Richiamato il D. Lgs. 112/1998 e s.m.i., n° 4.",
         "Richiamato il decreto legislativo centododici del millenovecentonovantotto e successive modifiche e "
         "integrazioni, numero quattro."),
        ("Aperto dalle ore 7,00, chiuso all'1:20, previsto il 26-29 marzo.",
         "Aperto dalle ore sette, chiuso all'una e venti, previsto dal ventisei al ventinove marzo."),
        ("Un po' di 'sole' ogni 24/7.", "Un po' di sole ogni ventiquattro su sette."),
        ("Affitti a 15 euro/mq.Poi 84 miliardi di km.",
         "Affitti a quindici euro per metro quadrato. Poi ottantaquattro miliardi di chilometri."),
    )

    def test_news_patterns_are_read_in_words(self):
        result = run("normalise", stdin="".join(written + "\n" for written, _ in self.CASES))
        for (written, said), got in zip(self.CASES, result.stdout.splitlines()):
            with self.subTest(written=written):
                self.assertEqual(got, said)


class ContextTest(unittest.TestCase):
    """Readings decided by the words around a number: a result told by its place
    or verb, a span after an elided article, and the ranges that must stay ranges."""

    CASES = (
        ("Serata amara, 1-2 a Cremona nel recupero.", "Serata amara, uno a due a Cremona nel recupero."),
        ("La sfida di ieri finisce 0-0.", "La sfida di ieri finisce zero a zero."),
        ("Il Monza cade 2-1 contro il Como.", "Il Monza cade due a uno contro il Como."),
        ("Minime di 2-3 a Torino.", "Minime di due o tre a Torino."),
        ("Nel 2021-2022 a Pavia si è votato.", "Nel duemilaventuno duemilaventidue a Pavia si è votato."),
        ("La sagra si tiene dall'1-3 settembre.", "La sagra si tiene dall'uno al tre settembre."),
        ("Il 4-6 ottobre si corre.", "Dal quattro al sei ottobre si corre."),
        ("Il prezzo sale dell'1-2 per cento.", "Il prezzo sale dell'uno o due per cento."),
        ("Un pari 1-1 che non basta.", "Un pari uno a uno che non basta."),
        ("Messa a S.Anna e a S.Giorgio.", "Messa a Sant'Anna e a San Giorgio."),
        ("Lavori per euro 45.000,00 sulla Sp 3.", "Lavori per quarantacinquemila euro sulla strada provinciale tre."),
        ("Schianto sulla SS 18 e sulla Sp12, in c.da Gioia.",
         "Schianto sulla strada statale diciotto e sulla strada provinciale dodici, in contrada Gioia."),
        ("Chiusa la str. prov. 3 per la S.S. Lazio.", "Chiusa la strada provinciale tre per la esse esse Lazio."),
        ("Controlli del N.A.S. e della F.I.G.C.", "Controlli del Nas e della effe i gi ci."),
        ("Sul posto i VV.FF. e le FF.OO., atti all'A.G.",
         "Sul posto i vigili del fuoco e le forze dell'ordine, atti all'autorità giudiziaria."),
        ("Arbitra il sign.Verdi, delibera n°12, gol di C.Neri.",
         "Arbitra il signor Verdi, delibera numero dodici, gol di C. Neri."),
        ("Menù da 25-30 euro, neve a 1100-1300 metri, livello 1 nei fiumi.",
         "Menù da venticinque o trenta euro, neve a millecento o milletrecento metri, livello uno nei fiumi."),
        ("Tel. 0541/123456, sportello 9.00-12.30 in P.le Roma il mar.",
         "Telefono zero cinque quattro uno, dodici trentaquattro cinquantasei, sportello dalle nove alle "
         "dodici e mezza in piazzale Roma il martedì."),
        ("Chiuso nei giorni 7,8 e 9 marzo.", "Chiuso nei giorni sette, otto e nove marzo."),
        ("Venti da NE/ENE, poi da SE-SSE, onde di 2/3 metri.",
         "Venti da nord-est o est-nord-est, poi da sud-est o sud-sud-est, onde di due o tre metri."),
        ("Fermato dai CC. al civico 4/A con 1,2 g/l.",
         "Fermato dai carabinieri al civico quattro a con uno virgola due grammi per litro."),
        ("Durata dei set: 21', 25' e 30'.", "Durata dei set: ventuno minuti, venticinque minuti e trenta minuti."),
        ("Via alle h. 9, vince in 2h10'05\", 1 ferito grave.",
         "Via alle ore nove, vince in due ore, dieci minuti e cinque secondi, un ferito grave."),
        ("Servono 1/2 litro di latte e 3/4 kg di farina.",
         "Servono mezzo litro di latte e tre quarti di chilo di farina."),
        ("Uffici aperti lun-gio 9.00-13.00.", "Uffici aperti da lunedì a giovedì dalle nove alle tredici."),
        ("Spread a 120 p.b., export +1% m/m.", "Spread a centoventi punti base, export più uno per cento mese su mese."),
    )

    def test_numbers_are_read_from_the_words_around_them(self):
        result = run("normalise", stdin="".join(written + "\n" for written, _ in self.CASES))
        for (written, said), got in zip(self.CASES, result.stdout.splitlines()):
            with self.subTest(written=written):
                self.assertEqual(got, said)


class AgencySignOffTest(TempDirTestCase):
    """The line of editors' initials, date and time closing agency copy is not read."""

    def test_the_sign_off_is_left_out_and_the_story_is_read(self):
        article = self.write("agenzia.txt", "Prezzi in salita\n\nL'indice cresce per il terzo mese.\n\n"
                                            "(ITALPRESS). red/eco 14-Mar-24 10:05\n\nmar/gio 02-Apr-25 9:40\n")
        lines = spoken_lines(run("text", article).stdout)
        self.assertEqual(lines, ["Prezzi in salita", "L'indice cresce per il terzo mese."])


if __name__ == "__main__":
    unittest.main()
