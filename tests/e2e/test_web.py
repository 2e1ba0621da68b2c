"""Web addresses as articles: `narra render URL`, `text URL`, `check URL`, against a loopback
server (never the internet): character sets, redirects, errors, limits, compression and
conditional requests."""
import gzip
import shutil
import subprocess
import unittest

from narra_e2e import NARRA, TempDirTestCase, error_lines, run
from web_fixture import LoopbackServer, Route, page

STORY = [
    "La giunta di Lecco ha approvato il nuovo piano per le piste ciclabili della città.",
    "I lavori cominceranno in primavera e dureranno circa un anno, spiegano dal Comune.",
]
LATIN1 = page("Più alberi in città", [
    "Il quartiere avrà più ombra: verranno piantati alberi lungo il viale.",
    "Perché l'estate scorsa è stata così calda, dicono i residenti.",
])
# Curly quotes and an ellipsis are bytes 0x93, 0x94 and 0x85 in Windows-1252.
WINDOWS_1252 = page("Il sindaco parla", [
    "“Faremo presto…” ha detto il sindaco davanti alla piazza gremita.",
    "La città attende risposte da mesi sul futuro del mercato coperto.",
])


class WebInputTest(TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.server = LoopbackServer().__enter__()
        self.addCleanup(self.server.__exit__)
        self.routes = self.server.routes
        self.routes["/notizie/piste-ciclabili-lecco.html"] = Route(page("Piste ciclabili a Lecco", STORY))

    def text(self, path, *args, check=True):
        return run("text", self.server.url(path), *args, check=check, timeout=60)

    def assert_refused(self, path, reason, *args):
        out = self.tmp / "out"
        out.mkdir(exist_ok=True)
        result = run("render", self.server.url(path), "--output-dir", out, *args, check=False, timeout=60)
        self.assertEqual(result.returncode, 1, result.stderr)
        errors = error_lines(result)
        self.assertEqual(len(errors), 1, result.stderr)
        self.assertIn(self.server.url(path), errors[0])
        self.assertIn(reason, errors[0])
        self.assertEqual(list(out.iterdir()), [], "nothing may be written")

    def test_a_utf8_page_is_read_and_named_after_its_slug(self):
        out = self.tmp / "out"
        out.mkdir()
        url = self.server.url("/notizie/piste-ciclabili-lecco.html")
        result = run("render", url, "--output-dir", out, timeout=120)
        self.assertTrue((out / "piste-ciclabili-lecco.mp3").is_file(), result.stdout)
        script = (out / "piste-ciclabili-lecco.script.txt").read_text(encoding="utf-8")
        self.assertIn("città", script)

    def test_latin1_pages_are_converted_from_the_header_the_meta_or_detection(self):
        cases = {
            "/header": Route(LATIN1.encode("latin-1"), content_type="text/html; charset=ISO-8859-1"),
            "/meta": Route(LATIN1.replace("<head>", '<head><meta charset="iso-8859-1">').encode("latin-1"),
                           content_type="text/html"),
            "/equiv": Route(LATIN1.replace("<head>", '<head><meta http-equiv="Content-Type" '
                                           'content="text/html; charset=windows-1252">').encode("cp1252"),
                            content_type="text/html"),
            "/detected": Route(WINDOWS_1252.encode("cp1252"), content_type="text/html"),
            "/latin9": Route(LATIN1.replace("città", "città da 5 €").encode("iso-8859-15"),
                             content_type="text/html; charset=iso-8859-15"),
        }
        self.routes.update(cases)
        for path in cases:
            with self.subTest(path=path):
                script = self.text(path).stdout
                self.assertNotIn("Ã", script)
                self.assertNotIn("\ufffd", script)
                self.assertRegex(script, "città|Faremo presto")

    def test_a_page_without_article_is_read(self):
        self.routes["/senza-article"] = Route(page("Piste ciclabili a Lecco", STORY, article=False))
        self.assertIn("piste ciclabili", self.text("/senza-article").stdout)

    def test_redirects_are_followed_up_to_five(self):
        for i in range(7):
            self.routes[f"/salto{i}"] = Route(status=301, headers={"Location": f"/salto{i + 1}"})
        self.routes["/salto5"] = Route(status=302, headers={"Location": "/notizie/piste-ciclabili-lecco.html"})
        self.assertIn("piste ciclabili", self.text("/salto1").stdout)
        self.routes["/salto5"] = Route(status=301, headers={"Location": "/salto6"})
        self.routes["/salto6"] = Route(status=301, headers={"Location": "/notizie/piste-ciclabili-lecco.html"})
        self.assert_refused("/salto1", "more than 5 redirects")

    def test_http_errors_are_one_line_naming_the_status(self):
        self.routes["/guasto"] = Route("<p>errore</p>", status=500)
        self.assert_refused("/mancante", "HTTP status 404")
        self.assert_refused("/guasto", "HTTP status 500")

    def test_a_slow_page_times_out(self):
        self.routes["/lenta"] = Route(page("Lenta", STORY), delay=3)
        self.assert_refused("/lenta", "timed out", "--timeout", "0.5")

    def test_a_body_over_the_limit_is_refused_with_or_without_its_length(self):
        big = b"<p>" + b"parola " * (3 * 1024 * 1024) + b"</p>"
        self.routes["/grande"] = Route(big)
        self.routes["/grande-senza-lunghezza"] = Route(big, length=False)
        self.assert_refused("/grande", "larger than 20 MiB")
        self.assert_refused("/grande-senza-lunghezza", "larger than 20 MiB")

    def test_a_gzip_page_is_decompressed(self):
        self.routes["/compressa"] = Route(page("Piste ciclabili a Lecco", STORY), gzip_body=True)
        self.assertIn("piste ciclabili", self.text("/compressa").stdout)

    def test_what_is_not_html_is_refused(self):
        self.routes["/documento.pdf"] = Route(b"%PDF-1.4", content_type="application/pdf")
        self.assert_refused("/documento.pdf", "not HTML")

    def test_a_closed_port_is_refused(self):
        result = run("text", "http://127.0.0.1:9/articolo", check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("connection refused", error_lines(result)[0])

    @unittest.skipUnless(shutil.which("unshare") and subprocess.run(["unshare", "-rn", "true"]).returncode == 0,
                         "no network namespaces here")
    def test_an_unknown_host_is_refused_naming_dns(self):
        # In a network namespace of its own the lookup fails at once and cannot leave the machine.
        result = subprocess.run(["unshare", "-rn", NARRA, "text", "http://notizie.invalid/pagina.html"],
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(len(error_lines(result)), 1, result.stderr)
        self.assertIn("http://notizie.invalid/pagina.html", error_lines(result)[0])
        self.assertIn("host name not found (DNS)", error_lines(result)[0])

    def test_an_untrusted_certificate_is_refused(self):
        with LoopbackServer(tls_dir=self.tmp) as server:
            server.routes["/sicura"] = Route(page("Piste ciclabili a Lecco", STORY))
            result = run("text", server.url("/sicura"), check=False, timeout=60)
        self.assertEqual(result.returncode, 1)
        errors = error_lines(result)
        self.assertEqual(len(errors), 1, result.stderr)
        self.assertIn(server.url("/sicura"), errors[0])
        self.assertIn("TLS failed", errors[0])

    def test_an_unchanged_page_is_not_transferred_again(self):
        out = self.tmp / "out"
        out.mkdir()
        url = self.server.url("/notizie/piste-ciclabili-lecco.html")
        run("render", url, "--output-dir", out, timeout=120)
        second = run("render", url, "--output-dir", out, timeout=120)
        self.assertIn("unchanged, skipped", second.stdout)
        self.assertEqual(self.server.statuses("/notizie/piste-ciclabili-lecco.html"), [200, 304])
        self.assertTrue(any((out / ".narra" / "fetch").iterdir()))

    def test_check_reads_a_web_page(self):
        self.routes["/cifre"] = Route(page("Cifre", ["Il prezzo sale ♥ in estate.", *STORY]))
        result = run("check", self.server.url("/cifre"))
        self.assertIn("♥", result.stdout)

    def test_stems_are_ascii_bounded_and_never_a_device_name(self):
        out = self.tmp / "out"
        out.mkdir()
        self.routes["/cronaca/Citt%C3%A0-in-festa/"] = Route(page("Festa", STORY))
        self.routes["/con.html"] = Route(page("Festa", STORY))
        self.routes["/" + "lunghissimo-" * 40 + "fine"] = Route(page("Festa", STORY))
        run("render", self.server.url("/cronaca/Citt%C3%A0-in-festa/"), self.server.url("/con.html"),
            self.server.url("/" + "lunghissimo-" * 40 + "fine?pagina=2"), "--output-dir", out, timeout=300)
        names = sorted(p.name for p in out.glob("*.mp3"))
        self.assertEqual(len(names), 3, names)
        self.assertIn("citta-in-festa.mp3", names)
        for name in names:
            self.assertTrue(name.isascii())
            self.assertLess(len(name), 120)
            self.assertNotEqual(name, "con.mp3")


if __name__ == "__main__":
    unittest.main()
