"""`narra check`: what a listener would hear wrongly, by kind, with positions in the article."""
import re
import unittest

from narra_e2e import ARTICLES, TempDirTestCase, needs_seed_articles, run, seed_articles

LEFTOVERS = ARTICLES / "leftovers"
SAMPLES = sorted(p for p in ARTICLES.iterdir() if p.is_file())


def position(path, line_number, token):
    """FILE:LINE:COLUMN of `token` on a line of `path`, the column counted in characters."""
    line = path.read_text(encoding="utf-8").splitlines()[line_number - 1]
    return f"{path}:{line_number}:{line.index(token) + 1}"


def sections(report):
    """The report as {kind: [lines]}."""
    found, kind = {}, None
    for line in report.splitlines():
        heading = re.fullmatch(r"## (\w+) \((\d+)\)", line)
        if heading:
            kind = heading.group(1)
            found[kind] = []
        else:
            found[kind].append(line)
    return found


class CheckTest(TempDirTestCase):
    def test_each_kind_is_listed_under_its_heading_with_its_position(self):
        article = LEFTOVERS / "ogni-tipo.txt"
        result = run("check", article)
        self.assertEqual(result.returncode, 0)
        self.assertEqual(sections(result.stdout), {
            "digits": [f"{position(article, 3, '٣٤')}: ٣٤ → ٣٤"],
            "symbols": [f"{position(article, 7, '|')}: | → |"],
            "apostrophe": [f"{position(article, 9, '`')}: `basta` → `basta`"],
            "dotted": [f"{position(article, 11, 'comune')}: comune.esempio → comune.esempio"],
            "capitals": [f"{position(article, 13, 'QRTX')}: QRTX → cu erre ti ics"],
            "mixed": [f"{position(article, 5, 'X٣')}: X٣ → X٣"],
        })

    def test_accents_written_as_apostrophes_and_quotes_in_apostrophes_are_resolved(self):
        lines = run("normalise", stdin="E' morta la citta' perche' piove.\n"
                                       "Disse 'basta' un po' prima dell' Alta Tuscia, al 60'.\n").stdout
        self.assertEqual(lines, "È morta la città perché piove.\n"
                                "Disse basta un po' prima dell' Alta Tuscia, al sessantesimo minuto.\n")

    def test_a_full_stop_typed_without_its_space_still_ends_a_sentence(self):
        lines = run("normalise", stdin="Cadranno piogge.Domani torna il sole.\n").stdout
        self.assertEqual(lines, "Cadranno piogge. Domani torna il sole.\n")

    def test_strict_fails_when_anything_is_found(self):
        result = run("check", "--strict", LEFTOVERS / "ogni-tipo.txt", check=False)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr, "")
        self.assertIn("## digits (1)", result.stdout)

    def test_markdown_positions_follow_line_breaks_inside_paragraphs(self):
        article = LEFTOVERS / "ogni-tipo.md"
        found = sections(run("check", article).stdout)
        self.assertEqual(found["digits"], [f"{position(article, 5, '٣٤')}: ٣٤ → ٣٤"])
        self.assertEqual(found["mixed"], [f"{position(article, 6, 'X٣')}: X٣ → X٣"])
        self.assertEqual(found["capitals"], [f"{position(article, 11, 'QRTX')}: QRTX → cu erre ti ics"])

    def test_html_places_are_on_the_line_of_their_paragraph(self):
        article = LEFTOVERS / "ogni-tipo.html"
        found = sections(run("check", article).stdout)
        lines = {kind: [int(entry.split(":")[1]) for entry in entries] for kind, entries in found.items()}
        self.assertEqual(lines, {"digits": [7], "symbols": [8], "capitals": [9]})

    def test_html_places_are_exact_when_markup_sits_inside_a_word(self):
        article = LEFTOVERS / "markup-nelle-parole.html"
        found = sections(run("check", article).stdout)
        self.assertEqual(found, {
            "digits": [f"{position(article, 7, '٣</b>٤')}: ٣٤ → ٣٤"],
            "symbols": [f"{position(article, 8, '&#124;')}: | → |"],
            "dotted": [f"{position(article, 10, 'officina</strong>')}: officina.esempio → officina.esempio"],
            "capitals": [f"{position(article, 9, 'QR<i>TX')}: QRTX → cu erre ti ics"],
            "mixed": [f"{position(article, 9, 'X<b>٣')}: X٣. → X٣"],
        })

    def test_stats_count_sentences_and_those_with_a_leftover(self):
        result = run("check", "--stats", LEFTOVERS / "ogni-tipo.txt")
        self.assertEqual(result.stderr, f"{LEFTOVERS / 'ogni-tipo.txt'}: 7 sentences, 6 with a leftover\n")

    def test_the_sample_articles_hold_nothing_to_report(self):
        result = run("check", "--strict", *SAMPLES, check=False)
        self.assertEqual((result.returncode, result.stdout), (0, ""))

    @needs_seed_articles
    def test_the_reference_articles_hold_nothing_to_report(self):
        result = run("check", "--strict", *seed_articles(), check=False)
        self.assertEqual((result.returncode, result.stdout), (0, ""))

    def test_a_missing_article_is_an_error(self):
        result = run("check", self.tmp / "assente.txt", check=False)
        self.assertEqual(result.returncode, 1)
        self.assertTrue(result.stderr.startswith("error: "), result.stderr)
        self.assertIn("assente.txt", result.stderr)

    def test_render_ends_with_the_summary_as_a_warning(self):
        article = LEFTOVERS / "ogni-tipo.txt"
        result = run("render", article, "--output-dir", self.tmp, "--format", "wav")
        self.assertIn(f"warning: '{article}': 6 places narra may read wrongly (digits 1, symbols 1, "
                      f"apostrophe 1, dotted 1, capitals 1, mixed 1); run narra check {article}\n",
                      result.stderr)

    def test_render_of_a_clean_article_warns_of_nothing(self):
        article = self.tmp / "pulito.txt"
        article.write_text("Un titolo\n\nIl sindaco ha aperto la fiera del libro.\n", encoding="utf-8")
        result = run("render", article, "--output-dir", self.tmp, "--format", "wav")
        self.assertNotIn("warning:", result.stderr)


if __name__ == "__main__":
    unittest.main()
