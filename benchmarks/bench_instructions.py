"""Instructions per abstract of the extraction and of a bare tokenizer plus sentencizer.

Wall-clock rates on a shared 2-core machine move 10-20% between runs, more than most changes
to the rules gain or lose. Instruction counts move about 0.5%: this counts them with
valgrind's cachegrind, for the same N corpus abstracts, as the difference between a run that
processes them twice and one that processes them once (start-up, the pipeline build and the
warm-up cancel). It prints both counts and the ratio bare / extraction, the instruction
counterpart of bench_extract.py's ratio (instructions are not time: the regex engine and
spaCy's Cython run more instructions per cycle than the interpreter, so this ratio is lower).

usage: python benchmarks/bench_instructions.py [--n 200]   (needs valgrind on PATH)
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _abstracts(n: int) -> list:
    """``n`` corpus articles, spread evenly over every labelled corpus."""
    from extractor.sources.files import read_articles

    paths = [
        ROOT / "corpora" / "her2-bcbm",
        *sorted((ROOT / "corpora" / "oncology").glob("*.jsonl")),
    ]
    articles = [a for a in read_articles([p for p in paths if p.exists()]) if a.abstract]
    return articles[:: max(1, len(articles) // n)][:n]


def _work(mode: str, n: int, passes: int) -> None:
    """What runs under valgrind: build both pipelines, warm them, then ``passes`` passes."""
    import gc

    import spacy

    from extractor.nlp import _finish, _make_doc
    from extractor.nlp.pipeline import build_nlp

    articles = _abstracts(n)
    nlp = build_nlp()
    bare = spacy.blank("en")
    bare.add_pipe("sentencizer")
    for a in articles:  # (a long run has warm caches: the vocabulary, the tokenizer's)
        bare(a.abstract)
        _finish(nlp, a, nlp(_make_doc(nlp, a)))
    gc.collect()
    gc.disable()  # (when a collection runs depends on everything allocated before)
    for _ in range(passes):
        for a in articles:
            if mode == "bare":
                bare(a.abstract)
            else:
                _finish(nlp, a, nlp(_make_doc(nlp, a)))


def _count(mode: str, n: int, passes: int) -> int:
    """Instructions of one run of :func:`_work` under cachegrind."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            "valgrind", "--tool=cachegrind", "--cache-sim=no",
            f"--cachegrind-out-file={Path(tmp) / 'out'}",
            sys.executable, __file__, "--work", mode, "--n", str(n), "--passes", str(passes),
        ]  # fmt: skip
        if shutil.which("setarch"):  # (no address randomisation: steadier counts)
            cmd = ["setarch", platform.machine(), "-R", *cmd]
        # (one OpenBLAS thread: numpy's idle worker threads spin under valgrind, and the
        # count then moves by about 3% with the machine's load)
        env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
        run = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if not found:
        sys.exit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="abstracts (default 200)")
    ap.add_argument("--work", choices=("ours", "bare"), help=argparse.SUPPRESS)
    ap.add_argument("--passes", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.work:
        _work(args.work, args.n, args.passes)
        return
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    per = {}
    for mode in ("ours", "bare"):
        per[mode] = (_count(mode, args.n, 2) - _count(mode, args.n, 1)) / args.n
    print(f"{args.n} abstracts, instructions per abstract:")
    print(f"  spacy.blank('en') + sentencizer : {per['bare']:12,.0f}")
    print(f"  extraction (library)            : {per['ours']:12,.0f}")
    print(f"  ratio bare / extraction         : {per['bare'] / per['ours']:12.3f}")


if __name__ == "__main__":
    main()
