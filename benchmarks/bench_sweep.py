"""Requests and seconds for a sweep of 5,000 records, and for a re-run with nothing new.

Runs against the fake E-utilities server (``tests/fake_eutils.py``) on 127.0.0.1, which
enforces NCBI's limit (3 requests/s, or 10/s with ``--api-key``) and counts every request; the
sweep uses the real HTTP layer, the real NLP step and a real SQLite store in a temporary
folder. The issue's budget: at most 2 + ceil(5000/500) = 12 requests to esearch and efetch
together for the first sweep, at most 2 for the re-run.

    python benchmarks/bench_sweep.py [--records 5000] [--api-key] [--fault-rate 0.1]

Not a timed test: it prints a table and exits non-zero only if a budget is exceeded.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_eutils import FakeEutils, Faults, make_corpus  # noqa: E402

from extractor.sources import http  # noqa: E402
from extractor.sources.entrez import Entrez  # noqa: E402
from extractor.store import open_store  # noqa: E402
from extractor.sweep import SweepSpec, run_sweep  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--api-key", action="store_true", help="run at 10/s as with an NCBI key")
    ap.add_argument("--fault-rate", type=float, default=0.0, help="inject seeded faults")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    rate = 10.0 if args.api_key else 3.0
    today = dt.date(2024, 3, 1)
    spec = SweepSpec("bench", "breast cancer AND brain metastases")
    corpus = make_corpus(args.records, seed=args.seed)
    faults = Faults(rate=args.fault_rate, seed=args.seed, stall_seconds=5)
    rows = []
    ok = True
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeEutils(corpus, faults=faults, limit=rate) as fake,
    ):
        http.reset_limiters()
        with (
            open_store(Path(tmp) / "bench.db") as store,
            Entrez(
                email="bench@example.org",
                api_key="bench-key" if args.api_key else None,
                base_url=fake.url,
                timeout=(5, 2),
            ) as entrez,
        ):
            for label, budget in (
                (f"sweep of {args.records}", 2 + math.ceil(args.records / 500)),
                ("re-run, nothing new", 2),
            ):
                before = fake.count()
                t0 = time.perf_counter()
                report = run_sweep(store, spec, entrez=entrez, today=today)
                seconds = time.perf_counter() - t0
                n = fake.count() - before
                if args.fault_rate == 0 and n > budget:
                    ok = False
                rows.append((label, n, budget, seconds, report))
            articles = store.counts()["articles"]
        print(f"rate limit {rate:g}/s, fault rate {args.fault_rate:g}, {args.records} records")
        print(f"{'run':<22} {'requests':>8} {'budget':>6} {'seconds':>8}  counts")
        for label, n, budget, seconds, r in rows:
            counts = ", ".join(f"{k} {v}" for k, v in r.counts.items() if v)
            print(f"{label:<22} {n:>8} {budget:>6} {seconds:>8.1f}  {r.status}: {counts}")
        print(
            f"articles stored {articles}; esearch {fake.count('esearch')}, efetch "
            f"{fake.count('efetch')}; busiest second {fake.max_per_second()} requests; "
            f"refused for rate {fake.over_limit()}; faults {dict(fake.fault_counts())}"
        )
    ok = ok and articles == args.records and fake.over_limit() == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
