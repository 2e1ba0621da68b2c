#!/usr/bin/python3
"""Scores article extraction on Mozilla Readability's test pages.

    bench/extraction_f1.py READABILITY [--narra build/narra] [--only narra] [--worst 10]

READABILITY is a checkout of github.com/mozilla/readability, or its bare git
directory (read at HEAD). The pages are read from there and never copied here.
Each page's test/test-pages/NAME/source.html is extracted by:

  narra        `narra text --plain` (the cleaned article, not normalised)
  readability  readability-lxml (Debian python3-readability), its summary's text
  body         all visible text of <body> (scripts, styles and templates left out)

and compared with the text of expected.html by word F1: lowercased word
tokens, leaving out tokens holding a digit (narra spells numbers) and
one-letter tokens, on both sides, counted as multisets. A page an extractor
refuses (error, or no text) scores 0 and is counted as refused.

expected.html is the story without its title, which Readability gives apart
(expected-metadata.json), and readability-lxml's summary has no title either.
So narra's first line, its title, is scored apart too: against that title,
by the same word F1. `narra` in the table is its body; `narra+title` is the
whole output against expected.html, for comparison.
"""
import argparse
import collections
import concurrent.futures
import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import lxml.html

PAGES = "test/test-pages"
WORD = re.compile(r"\w+", re.UNICODE)
INVISIBLE = {"script", "style", "noscript", "template", "head", "title"}


class Pages:
    """The test pages of a checkout or of a git directory."""

    def __init__(self, location):
        self.root = Path(location)
        self.git_dir = None
        if not (self.root / PAGES).is_dir():
            self.git_dir = self.root
            subprocess.run(["git", "--git-dir", str(self.git_dir), "rev-parse", "HEAD"],
                           check=True, capture_output=True)

    def names(self):
        if self.git_dir is None:
            return sorted(p.name for p in (self.root / PAGES).iterdir() if p.is_dir())
        listing = subprocess.run(["git", "--git-dir", str(self.git_dir), "ls-tree", "--name-only",
                                  f"HEAD:{PAGES}"], check=True, capture_output=True, text=True)
        return sorted(listing.stdout.split())

    def read(self, name, file):
        if self.git_dir is None:
            return (self.root / PAGES / name / file).read_bytes()
        return subprocess.run(["git", "--git-dir", str(self.git_dir), "show",
                               f"HEAD:{PAGES}/{name}/{file}"], check=True,
                              capture_output=True).stdout


def tokens(text):
    return collections.Counter(
        word for word in WORD.findall(text.lower())
        if len(word) > 1 and not any(c.isdigit() for c in word))


def f1(found, expected):
    common = sum((found & expected).values())
    if common == 0:
        return 0.0
    precision = common / sum(found.values())
    recall = common / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def visible_text(element):
    """The text under an lxml element, invisible elements left out."""
    for child in list(element.iter()):
        if child is not element and isinstance(child.tag, str) and child.tag.lower() in INVISIBLE:
            child.drop_tree()
    return " ".join(element.itertext())


def html_text(html):
    """Visible text of an HTML fragment or page, blocks separated by spaces."""
    return visible_text(lxml.html.document_fromstring(html)) if html.strip() else ""


def extract_narra(narra, html):
    """narra's title and body, or None when it refuses the page."""
    with tempfile.TemporaryDirectory(prefix="narra-f1-") as tmp:
        page = Path(tmp) / "source.html"
        page.write_bytes(html)
        result = subprocess.run([narra, "text", "--plain", str(page)], capture_output=True,
                                text=True, timeout=120)
    if result.returncode != 0:
        return None
    title, _, body = result.stdout.partition("\n")
    return title, body


def extract_readability(html):
    from readability import Document
    try:
        return html_text(Document(html.decode("utf-8", "replace")).summary())
    except Exception:  # a page readability-lxml cannot take is a refused page
        return None


def extract_body(html):
    root = lxml.html.document_fromstring(html.decode("utf-8", "replace"))
    body = root.find("body")
    return None if body is None else visible_text(body)


def score(text, expected):
    refused = text is None or not tokens(text)
    return (0.0 if refused else f1(tokens(text), expected), refused)


def score_page(pages, name, extractors, narra):
    html = pages.read(name, "source.html")
    expected = tokens(html_text(pages.read(name, "expected.html").decode("utf-8", "replace")))
    scores = {}
    for extractor in extractors:
        if extractor == "narra":
            found = extract_narra(narra, html)
            title = json.loads(pages.read(name, "expected-metadata.json")).get("title") or ""
            scores["narra"] = score(found and found[1], expected)
            scores["narra+title"] = score(found and "\n".join(found), expected)
            scores["narra title"] = score(found and found[0], tokens(title))
        elif extractor == "readability":
            scores[extractor] = score(extract_readability(html), expected)
        else:
            scores[extractor] = score(extract_body(html), expected)
    return name, scores


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("readability", help="checkout or git directory of mozilla/readability")
    parser.add_argument("--narra", default=str(Path(__file__).resolve().parents[1] / "build" / "narra"))
    parser.add_argument("--only", action="append", choices=["narra", "readability", "body"],
                        help="score only these extractors (repeatable)")
    parser.add_argument("--worst", type=int, default=10, help="how many worst pages to list")
    parser.add_argument("-j", type=int, default=2, help="pages scored at once")
    args = parser.parse_args()
    extractors = args.only or ["narra", "readability", "body"]
    pages = Pages(args.readability)
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        results = dict(pool.map(lambda name: score_page(pages, name, extractors, args.narra),
                                pages.names()))
    if "narra" in extractors:
        extractors[extractors.index("narra") + 1:extractors.index("narra") + 1] = ["narra+title",
                                                                                  "narra title"]
    print(f"{len(results)} pages")
    print(f"{'extractor':<12} {'mean':>6} {'median':>7} {'refused':>8}")
    for extractor in extractors:
        values = [results[name][extractor][0] for name in results]
        refused = [name for name in results if results[name][extractor][1]]
        print(f"{extractor:<12} {statistics.mean(values):6.3f} {statistics.median(values):7.3f} "
              f"{len(refused):8d}")
    for extractor in extractors:
        ranked = sorted(results, key=lambda name: results[name][extractor][0])
        print(f"\nworst pages, {extractor}:")
        for name in ranked[:args.worst]:
            score, refused = results[name][extractor]
            print(f"  {score:.3f}  {name}{'  (refused)' if refused else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
