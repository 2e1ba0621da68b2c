#!/usr/bin/env python3
"""Checks the names lexicon through eSpeak NG's Italian phonemes.

Each entry's spoken form is read by `espeak-ng -v it -q -x`; an entry is
flagged when its phonemes look wrong for an Italian newsreader:

- spelled: a word came out letter by letter (three or more stresses in one word);
- language: eSpeak NG switched to another language's phonemes, e.g. "(en)";
- schwa: a vowel Italian does not have ("@" other than the one eSpeak NG
  writes inside an r after a consonant, "@-");
- capitals: the spoken form holds a word in capitals, which eSpeak NG spells;
- empty: no phonemes at all.

Usage: bench/check_names.py [FILE.tsv ...]   (default: voices/it/names.tsv)
Prints one line per flagged entry and exits 1 when any is flagged.
"""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def read_entries(path):
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        written, spoken = line.split("\t")
        entries.append((number, written, spoken))
    return entries


def phonemes(spoken_forms):
    """eSpeak NG's phonemes for each spoken form, one clause each."""
    text = "".join(form.replace(".", " ") + ".\n" for form in spoken_forms)
    result = subprocess.run(["espeak-ng", "-v", "it", "-q", "-x"], input=text, capture_output=True,
                            text=True, check=True)
    lines = [line.strip() for line in result.stdout.splitlines()]
    if len(lines) == len(spoken_forms):
        return lines
    return [phonemes([form])[0] for form in spoken_forms] if len(spoken_forms) > 1 else [" ".join(lines)]


def problems(phoneme_text):
    found = []
    if not phoneme_text:
        found.append("empty")
    if re.search(r"\([a-z]{2,3}(-[a-z]+)?\)", phoneme_text):
        found.append("language")
    for word in phoneme_text.split():
        if word.count("'") + word.count(",") >= 3:
            found.append("spelled")
            break
    if re.search(r"@(?!-)", phoneme_text):
        found.append("schwa")
    return found


def check(paths):
    flagged = []
    for path in paths:
        entries = read_entries(path)
        for (number, written, spoken), said in zip(entries, phonemes([s for _, _, s in entries])):
            found = problems(said)
            if re.search(r"\b[A-Z]{2,}\b", re.sub(r"\[\[.*?\]\]", "", spoken)):
                found.append("capitals")
            for problem in found:
                flagged.append(f"{path}:{number}: {written} → {spoken} [{said}]: {problem}")
    return flagged


def main():
    paths = [pathlib.Path(arg) for arg in sys.argv[1:]] or [ROOT / "voices" / "it" / "names.tsv"]
    flagged = check(paths)
    for line in flagged:
        print(line)
    count = sum(len(read_entries(path)) for path in paths)
    print(f"{count} entries checked, {len(flagged)} flagged", file=sys.stderr)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
