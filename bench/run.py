#!/usr/bin/env python3
"""narra's benchmark: wall time and peak RSS of narra against the bare tools.

Measures, in one run, on the reference article (../shared/seeds) and on a long article of
at least an hour of speech built from the repository's own sample articles:

  A  narra render --format mp3          (with chapters JSON and VTT, as users get them)
  B  espeak-ng -w, then lame -q 7 -b 64 (the bare synthesiser and encoder)
  C  espeak-ng -w, then ffmpeg loudnorm + libmp3lame (the usual hand-made script)

and prints the median of N runs of each, and the ratios A/B and A/C. Times are only
compared within one run: the machines are shared, so absolute figures mean little.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NARRA = ROOT / "build" / "narra"
SEEDS = ROOT.parent / "shared" / "seeds"
LONG_ARTICLE_MINUTES = 62
WORDS_PER_MINUTE = 150  # a conservative newsreader pace, so the article is surely long enough


def measure(command, cwd):
    """Runs a shell command; returns (wall seconds, peak RSS in MB of the largest process)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, shell=True, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"benchmark command failed: {command}\n{process.stderr.read().decode()}")
    return wall, usage.ru_maxrss / 1024


def build_long_article(folder):
    """Joins the sample articles, repeated, until they make over an hour of speech."""
    samples = sorted((ROOT / "tests" / "articles").glob("*.txt"))
    bodies = [path.read_text(encoding="utf-8").split("\n\n", 1)[-1] for path in samples]
    target_words = LONG_ARTICLE_MINUTES * WORDS_PER_MINUTE
    parts, words, round_number = ["Rassegna lunga per la misura delle prestazioni"], 0, 0
    while words < target_words:
        round_number += 1
        for body in bodies:
            parts.append(body.strip())
            words += len(body.split())
    path = folder / "lunga.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path, words


def commands(article, out):
    text = article.resolve()
    return {
        "A narra": f"{NARRA} render {text} --format mp3 --output-dir {out}",
        "B espeak-ng+lame": f"espeak-ng -v it -f {text} -w tmp.wav && "
                            "lame --quiet -q 7 -b 64 -m m --resample 44.1 tmp.wav out.mp3",
        "C espeak-ng+ffmpeg": f"espeak-ng -v it -f {text} -w tmp.wav && "
                              "ffmpeg -v error -y -i tmp.wav -af loudnorm=I=-16:TP=-1 -ar 44100 "
                              "-ac 1 -c:a libmp3lame -b:a 64k out.mp3",
    }


def bench_article(label, article, runs):
    print(f"\n{label}: {article.name} ({len(article.read_text(encoding='utf-8').split())} words), "
          f"median of {runs} runs")
    results = {}
    with tempfile.TemporaryDirectory(prefix="narra-bench-") as folder:
        cwd = Path(folder)
        jobs = commands(article, cwd)
        samples = {name: [] for name in jobs}
        for _ in range(runs):
            for name, command in jobs.items():  # interleaved, so load drifts hit all alike
                samples[name].append(measure(command, cwd))
        for name, values in samples.items():
            wall = statistics.median(v[0] for v in values)
            rss = statistics.median(v[1] for v in values)
            results[name] = (wall, rss)
            print(f"  {name:<20} {wall:8.3f} s   {rss:7.1f} MB peak RSS")
    a = results["A narra"][0]
    print(f"  A/B = {a / results['B espeak-ng+lame'][0]:.3f}   "
          f"A/C = {a / results['C espeak-ng+ffmpeg'][0]:.3f}")
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per command (median is reported)")
    parser.add_argument("--skip-long", action="store_true", help="only the reference article")
    options = parser.parse_args()
    for tool in ("espeak-ng", "lame", "ffmpeg"):
        if shutil.which(tool) is None:
            sys.exit(f"error: {tool} is not installed\nhint: run scripts/bootstrap as root")
    if not NARRA.exists():
        sys.exit("error: build/narra is missing\nhint: run scripts/bootstrap first")
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if seeds:
        bench_article("reference article", seeds[0], options.runs)
    else:
        print("(no ../shared/seeds folder: reference article skipped)")
    if not options.skip_long:
        with tempfile.TemporaryDirectory(prefix="narra-bench-long-") as folder:
            article, _ = build_long_article(Path(folder))
            bench_article("long article", article, options.runs)


if __name__ == "__main__":
    main()
