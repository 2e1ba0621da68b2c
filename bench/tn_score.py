#!/usr/bin/env python3
"""Scores narra's Italian normaliser on a text-normalisation test set.

What counts is what is spoken: the normaliser's output and every expected
reading go through `espeak-ng -v it -q -x`, and the phoneme strings are
compared without stress marks, spaces and pause marks, so "sessanta sette"
and "sessantasette" count the same.

The table shows, per source and per category, how many cases eSpeak NG alone
(the raw written text) and narra say correctly. Cases where the sources
contradict each other or contradict how an Italian newsreader speaks are
marked with the conflict that explains them (see CONFLICTS) and left out of
the "scored" total; the "all" total keeps them.

    bench/tn_score.py [--cases FILE] [--narra BIN] [--failures]
"""
import argparse
import collections
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CASES = ROOT.parent / "shared" / "tn-it" / "cases.tsv"
DEFAULT_NARRA = ROOT / "build" / "narra"

# A word no case contains: it separates cases in one espeak-ng run, so the
# phonemes of each case can be found again whatever clauses espeak-ng makes.
MARKER = "ornitorinchi"

DIGIT_SOURCES = {"num2words", "ovos-number-parser", "icu", "lingua_franca"}

# name → (why it is left out, test on a case)
CONFLICTS = {
    "decimal-digits": (
        "decimals read digit by digit ('3,14' → tre virgola uno quattro); NeMo and "
        "text2num-rs and Italian newsreaders read them as a number (tre virgola quattordici)",
        lambda c: c.source in DIGIT_SOURCES and re.search(r",\d{2,}", c.written)
        and c.category in {"decimal", "negative"}),
    "e-before-last-group": (
        "num2words puts 'e' after milioni/miliardi ('un milione e sette'); newsreaders "
        "and the other sources leave it out",
        lambda c: c.source == "num2words" and re.search(r"(lion|liard)[eio],? e ", c.spoken)),
    "digit-by-digit-large": (
        "marytts reads numbers of 13 digits or more digit by digit; the other sources "
        "read them as numbers",
        lambda c: c.source == "marytts" and len(re.sub(r"\D", "", c.written)) >= 13),
    "mille-e": (
        "lingua_franca says 'mille e cinque' for 1005; the other sources fuse "
        "(milleuno, millenove)",
        lambda c: c.source == "lingua_franca" and re.search(r"\bmille e ", c.spoken)),
    "zero-cents": (
        "num2words says 'un euro e zero centesimi' for 1,00 €; a newsreader says 'un euro'",
        lambda c: c.category == "money" and re.search(r",00\b", c.written)),
    "money-without-e": (
        "NeMo joins units and cents without 'e' ('tre euro ventitré centesimi'); "
        "num2words and newsreaders say 'e'",
        lambda c: c.source == "nemo" and c.category == "money" and re.search(r",\d", c.written)
        and " e " not in c.spoken),
    "time-minuti": (
        "NeMo's only reading ends in 'minuti' ('ventitré e quarantacinque minuti'); "
        "lingua_franca and newsreaders say 'ventitré e quarantacinque'",
        lambda c: c.category == "time" and all("minuti" in r for r in c.readings)),
    "no-elision": (
        "lingua_franca keeps cento whole before otto/ottanta ('novecento ottantotto'); the "
        "other sources and the written standard elide (novecentottantotto)",
        lambda c: c.source == "lingua_franca" and re.search(r"cento ott", c.spoken)),
    "www-letters": (
        "NeMo says the letters of 'www' as 'doppia vu'; Italians say 'vu vu vu'",
        lambda c: c.category == "electronic" and "w w w" in c.spoken),
    "electronic-spelled-words": (
        "NeMo spells pronounceable words of addresses letter by letter ('m a i l punto'); "
        "a person reads them as words ('mail punto')",
        lambda c: c.category == "electronic" and spells_a_word(c)),
}


def spells_a_word(case):
    """True when the expected reading spells, letter by letter, a written run of
    four or more letters that holds a vowel (a word a person would say)."""
    for run in re.findall(r"(?:\b[a-zA-Z] ){3,}[a-zA-Z]\b", case.spoken):
        letters = run.replace(" ", "")
        if re.search(r"[aeiou]", letters, re.I) and letters.lower() in case.written.lower():
            return True
    return False


class Case:
    def __init__(self, source, category, written, spoken):
        self.source, self.category, self.written, self.spoken = source, category, written, spoken
        self.readings = spoken.split("|")
        self.conflict = next((name for name, (_, test) in CONFLICTS.items() if test(self)), None)


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 4:
                cases.append(Case(*fields))
    return cases


def phonemes(texts):
    """eSpeak NG phonemes for each text, in one espeak-ng run."""
    joined = f"\n\n{MARKER}.\n\n".join(t if t.strip() else "." for t in texts)
    out = subprocess.run(["espeak-ng", "-v", "it", "-q", "-x", "--stdin"], input=joined,
                         capture_output=True, text=True, check=True).stdout
    marker = fold(subprocess.run(["espeak-ng", "-v", "it", "-q", "-x", MARKER], capture_output=True,
                                 text=True, check=True).stdout)
    parts = fold(out).split(marker)
    if len(parts) != len(texts):
        raise SystemExit(f"error: espeak-ng output has {len(parts)} parts for {len(texts)} texts")
    return parts


def fold(phoneme_text):
    """Drops what the score ignores: stress marks, spaces, line breaks, pauses,
    and the detail eSpeak NG varies with a word's place in the clause: vowel
    length and openness (e:/E/e), the r variants (R, *, @-*), the u glide, the
    dental mark of a spelled letter (d[i), and
    the voicing of s between vowels, which eSpeak NG applies inside written
    compounds ("ventisette" → ventiz'Et:e) but not across words."""
    text = re.sub(r"_[:!|]*", "", phoneme_text)
    text = re.sub(r"[',\s;:\[]", "", text)
    text = re.sub(r"@-\*|R\*|R|\*", "r", text)
    return text.translate(str.maketrans("EOIUwz", "eoiuus"))


def normalise(narra, texts):
    result = subprocess.run([str(narra), "normalise"], input="".join(t + "\n" for t in texts),
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"error: narra normalise failed:\n{result.stderr}")
    lines = result.stdout.split("\n")[:-1]
    if len(lines) != len(texts):
        raise SystemExit(f"error: narra normalise gave {len(lines)} lines for {len(texts)}")
    return lines


def percent(ok, n):
    return f"{ok}/{n} ({100.0 * ok / n:.1f} %)" if n else "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--narra", type=Path, default=DEFAULT_NARRA)
    parser.add_argument("--failures", action="store_true", help="list narra's wrong cases")
    args = parser.parse_args()

    cases = read_cases(args.cases)
    outputs = normalise(args.narra, [c.written for c in cases])
    readings = [r for c in cases for r in c.readings]
    spoken = iter(phonemes(readings))
    expected = [[next(spoken) for _ in c.readings] for c in cases]
    raw = phonemes([c.written for c in cases])
    ours = phonemes(outputs)

    # key → [n, espeak ok, narra ok, n without conflict, narra ok without conflict]
    rows = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
    failures = []
    for case, exp, base, got, out in zip(cases, expected, raw, ours, outputs):
        base_ok, narra_ok = base in exp, got in exp
        keys = [("source", case.source), ("category", case.category), ("all", "all cases")]
        if case.conflict:
            keys.append(("conflict", case.conflict))
        else:
            keys.append(("all", "scored (no conflict)"))
        for key in keys:
            row = rows[key]
            row[0] += 1
            row[1] += base_ok
            row[2] += narra_ok
            if not case.conflict:
                row[3] += 1
                row[4] += narra_ok
        if not narra_ok:
            failures.append((case, out))

    print(f"{'':<10} {'':<26} {'n':>4}  {'eSpeak NG alone':<18} {'narra':<18} {'narra, no conflict':<18}")
    for group in ("source", "category", "conflict", "all"):
        for (kind, name), (n, base_ok, narra_ok, scored, scored_ok) in sorted(rows.items()):
            if kind == group:
                print(f"{kind:<10} {name:<26} {n:>4}  {percent(base_ok, n):<18} {percent(narra_ok, n):<18} "
                      f"{percent(scored_ok, scored):<18}")
    print()
    for name, (why, _) in CONFLICTS.items():
        print(f"conflict {name}: {why}")
    if args.failures:
        print()
        for case, out in failures:
            tag = f" [{case.conflict}]" if case.conflict else ""
            print(f"{case.source}/{case.category}{tag}: {case.written!r}\n  narra:    {out}\n"
                  f"  expected: {case.spoken}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
