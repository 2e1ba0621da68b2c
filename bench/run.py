#!/usr/bin/env python3
"""narra's benchmark: wall time and peak RSS of narra against the bare tools.

Measures, in one run, on the reference article (../shared/seeds) and on a long article of
at least an hour of speech built from the repository's own sample articles:

  A  narra render --format mp3          (with chapters JSON and VTT, as users get them)
  B  espeak-ng -w, then lame -q 7 -b 64 (the bare synthesiser and encoder)
  C  espeak-ng -w, then ffmpeg loudnorm + libmp3lame (the usual hand-made script)

and prints the median of N runs of each, and the ratios A/B and A/C; then the speed-up of a
batch of 20 articles on every core over -j 1. Times are only
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
            # Numbered, since narra's cleanup drops paragraphs that repeat word for word.
            for paragraph in body.strip().split("\n\n"):
                parts.append(f"Parte {round_number}. {paragraph}")
                words += len(paragraph.split()) + 2
    path = folder / "lunga.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path, words


def commands(article, out):
    text = article.resolve()
    return {
        "A narra": f"{NARRA} render {text} --format mp3 --force --output-dir {out}",
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


def bench_batch(runs):
    """20 articles (the samples, numbered copies) on one core (-j 1) and on every core."""
    samples = sorted((ROOT / "tests" / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="narra-bench-batch-") as folder:
        folder = Path(folder)
        articles = []
        for n in range(20):
            source = samples[n % len(samples)]
            copy = folder / f"{n:02d}-{source.name}"
            copy.write_text(source.read_text(encoding="utf-8").replace("\n\n", f"\n\nParte {n}. ", 1),
                            encoding="utf-8")
            articles.append(str(copy))
        jobs = os.cpu_count() or 1
        times = {1: [], jobs: []}
        for _ in range(runs):
            for j in times:
                out = folder / f"out-{j}"
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                times[j].append(measure(f"{NARRA} render {' '.join(articles)} --output-dir {out} "
                                        f"--quiet -j {j}", folder)[0])
        serial, parallel = statistics.median(times[1]), statistics.median(times[jobs])
        print(f"\nbatch: 20 articles, median of {runs} runs")
        print(f"  -j 1   {serial:8.3f} s")
        print(f"  -j {jobs:<3} {parallel:8.3f} s   speed-up {serial / parallel:.2f}x")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per command (median is reported)")
    parser.add_argument("--skip-long", action="store_true", help="only the reference article")
    parser.add_argument("--skip-batch", action="store_true", help="no batch measurement")
    parser.add_argument("--skip-reference", action="store_true", help="no reference article")
    options = parser.parse_args()
    for tool in ("espeak-ng", "lame", "ffmpeg"):
        if shutil.which(tool) is None:
            sys.exit(f"error: {tool} is not installed\nhint: run scripts/bootstrap as root")
    if not NARRA.exists():
        sys.exit("error: build/narra is missing\nhint: run scripts/bootstrap first")
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if options.skip_reference:
        pass
    elif seeds:
        bench_article("reference article", seeds[0], options.runs)
    else:
        print("(no ../shared/seeds folder: reference article skipped)")
    if not options.skip_long:
        with tempfile.TemporaryDirectory(prefix="narra-bench-long-") as folder:
            article, _ = build_long_article(Path(folder))
            bench_article("long article", article, options.runs)
    if not options.skip_batch:
        bench_batch(options.runs)


if __name__ == "__main__":
    main()
