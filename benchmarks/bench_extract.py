"""Throughput of the whole ``extractor extract`` against a bare tokenizer plus sentencizer.

Builds a JSONL file of at least 10,000 abstracts by cycling the labelled corpora (each copy
gets its own PMID), then measures in one run:

1. ``extractor extract FILE --format jsonl`` as a user runs it (a subprocess: start-up, reading,
   extraction, JSON output), in abstracts per second;
2. ``spacy.blank("en")`` with only a sentencizer over the same texts (``nlp.pipe``);
3. the extraction library alone (``extract_many``) in this process.

It prints the three rates and the ratio of (1) and (3) to (2), and the rate of (3) over its first
pass through the distinct abstracts alone (the later copies repeat text). The issue's bar: the whole
extraction at >= 0.5 of the bare rate, and >= 1,000 abstracts/s on one core.

usage: python benchmarks/bench_extract.py [--n 10000] [--jobs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.models import Article  # noqa: E402
from extractor.nlp import extract_many  # noqa: E402
from extractor.sources.files import read_articles  # noqa: E402


def corpus_articles() -> list[Article]:
    """Every abstract of the bundled and labelled corpora."""
    paths = [ROOT / "corpora" / "her2-bcbm"]
    paths += sorted((ROOT / "corpora" / "oncology").glob("*.jsonl"))
    articles = [a for a in read_articles([p for p in paths if p.exists()]) if a.abstract]
    if not articles:
        sys.exit("no corpus abstracts found under corpora/")
    return articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="abstracts to process")
    ap.add_argument("--jobs", type=int, default=1, help="--jobs passed to extractor extract")
    args = ap.parse_args()

    base = corpus_articles()
    texts, lines = [], []
    for i in range(args.n):
        a = base[i % len(base)]
        texts.append(a.abstract)
        lines.append(
            json.dumps({"pmid": f"9{i:08d}", "doi": None, "title": a.title, "abstract": a.abstract})
        )
    chars = sum(len(t) for t in texts)
    print(f"{args.n} abstracts ({len(base)} distinct), {chars / args.n:.0f} characters on average")

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    bare = args.n / (time.perf_counter() - t0)

    articles = [
        Article(pmid=str(i), title=base[i % len(base)].title, abstract=t)
        for i, t in enumerate(texts)
    ]
    list(extract_many(articles[:50]))  # build the pipeline once, outside the timing
    # (The copies after the first pass repeat text the tokenizer has seen and remembers; the
    # first pass, over distinct abstracts, is timed on its own too, as a sweep would run.)
    distinct = min(len(base), args.n)
    found = 0
    t0 = time.perf_counter()
    for i, extraction in enumerate(extract_many(articles), 1):
        found += len(extraction.findings)
        if i == distinct:
            first_pass = distinct / (time.perf_counter() - t0)
    library = args.n / (time.perf_counter() - t0)

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "abstracts.jsonl"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        exe = Path(sys.executable).with_name("extractor")
        cmd = [str(exe), "extract", str(src), "--format", "jsonl", "--jobs", str(args.jobs)]
        t0 = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, check=True, env=os.environ.copy())
        whole = args.n / (time.perf_counter() - t0)
    records = out.stdout.count(b"\n")

    print(f"spacy.blank('en') + sentencizer : {bare:9.0f} abstracts/s")
    print(
        f"extraction library (one core)   : {library:9.0f} abstracts/s  ratio {library / bare:.2f}"
        f"  ({found} findings)"
    )
    print(
        f"  its first pass (distinct only): {first_pass:9.0f} abstracts/s  ratio "
        f"{first_pass / bare:.2f}  ({distinct} distinct abstracts)"
    )
    print(
        f"extractor extract --jobs {args.jobs:<2}     : {whole:9.0f} abstracts/s  ratio "
        f"{whole / bare:.2f}  ({records} records)"
    )


if __name__ == "__main__":
    main()
