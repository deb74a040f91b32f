"""Sweeps end to end: the fake E-utilities server on 127.0.0.1 (real HTTP, real XML), the real
NLP step, a real SQLite store in a temporary folder. Checks the issue's "Done when": every
record exactly once under every fault, the watermark never past a record that did not arrive,
the rate limit held, a SIGKILLed sweep completed by its re-run, and the request budget."""

from __future__ import annotations

import datetime as dt
import math
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.nlp import extract as nlp_extract
from extractor.sources import http
from extractor.sources.entrez import Entrez
from extractor.store import open_store
from extractor.sweep import (
    SweepLocked,
    SweepSpec,
    ensure_sweep_schema,
    load_config,
    run_sweep,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fake_eutils import FAULT_KINDS, FakeEutils, Faults, make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RATE = 20.0
FAST = http.RetryPolicy(retries=6, backoff_base=0.01, max_backoff=0.05)
TODAY = dt.date(2024, 3, 1)
SPEC = SweepSpec("her2-bcbm", "breast cancer AND brain metastases")
N = 1200


@pytest.fixture(autouse=True)
def _fresh_limiters():
    http.reset_limiters()
    yield
    http.reset_limiters()


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "evidence.db") as s:
        yield s


def entrez_for(fake: FakeEutils, batch_size: int = 100) -> Entrez:
    """Batches of 100 (not 500) keep corpora and test time small with the same structure."""
    return Entrez(
        email="sweeps@example.org",
        base_url=fake.url,
        rate=RATE,
        timeout=(2, 0.5),
        policy=FAST,
        batch_size=batch_size,
    )


def sweep_once(store, fake, today=TODAY, batch_size=100, **kw):
    with entrez_for(fake, batch_size) as e:
        return run_sweep(store, SPEC, entrez=e, today=today, **kw)


def assert_exactly_once(store, fake) -> None:
    """The evidence table holds every record of the corpus once, as the corpus has it now."""
    rows = store.query("SELECT key, status, abstract FROM articles")
    keys = Counter(r["key"] for r in rows)
    assert set(keys) == set(fake.records), "records missing or extra"
    assert max(keys.values()) == 1
    members = store.query("SELECT article FROM article_topics WHERE topic = ?", [SPEC.topic])
    assert sorted(m["article"] for m in members) == sorted(fake.records)
    for r in rows:
        rec = fake.records[r["key"]]
        assert r["status"] == ("withdrawn" if rec.withdrawn else "ok")
        if not rec.withdrawn:
            assert all(text in r["abstract"] for _, text in rec.sections)


def watermark(store) -> str | None:
    rows = store.query("SELECT edat_watermark FROM sweep_topics WHERE topic = ?", [SPEC.topic])
    return rows[0]["edat_watermark"] if rows else None


def assert_rate_held(fake) -> None:
    assert fake.over_limit() == 0
    assert fake.max_per_second() <= RATE


# -- the plain path and the request budget --------------------------------------------------


def test_first_sweep_then_empty_rerun_request_budget(store):
    recs = make_corpus(N)
    with FakeEutils(recs, limit=RATE) as fake:
        first = sweep_once(store, fake, batch_size=500)
        assert first.status == "complete"
        assert fake.count() <= 2 + math.ceil(N / 500)
        c = first.counts
        assert c["identified"] == N and c["new"] == N and c["duplicates"] == 0
        assert c["without_abstract"] == sum(1 for r in recs if not r.sections)
        assert c["with_findings"] > N * 0.8
        assert first.requests == fake.count()
        assert_exactly_once(store, fake)
        assert watermark(store) == TODAY.isoformat()

        before = fake.count()
        again = sweep_once(store, fake, batch_size=500)
        assert again.status == "complete"
        assert fake.count() - before <= 2  # one esearch per pass, nothing to fetch
        assert again.counts["new"] == 0 and again.counts["updated"] == 0
        assert_exactly_once(store, fake)
        assert_rate_held(fake)

    runs = store.query("SELECT * FROM sweep_runs ORDER BY id")
    assert [r["status"] for r in runs] == ["complete", "complete"]
    assert runs[0]["new"] == N and runs[0]["requests"] == first.requests


def test_overlap_records_are_counted_as_duplicates_not_fetched(store):
    # entered 20 to 6 days before TODAY: the overlap re-finds some, none modified lately
    recs = make_corpus(100, start=TODAY - dt.timedelta(days=20), days=15)
    with FakeEutils(recs, limit=RATE) as fake:
        sweep_once(store, fake)
        before = fake.count("efetch")
        again = sweep_once(store, fake, today=TODAY + dt.timedelta(days=1))
        assert fake.count("efetch") == before
    # the 7-day overlap re-found the records entered in the last week
    assert again.counts["identified"] > 0
    assert again.counts["duplicates"] == again.counts["identified"]


def test_incremental_run_fetches_only_new_records(store):
    recs = make_corpus(300)
    later = make_corpus(40, start=TODAY + dt.timedelta(days=3), days=5, first_pmid=37000000)
    with FakeEutils(recs, limit=RATE) as fake:
        sweep_once(store, fake)
        fake.add(later)
        before = fake.count()
        r = sweep_once(store, fake, today=TODAY + dt.timedelta(days=10))
        assert r.counts["new"] == 40
        assert fake.count() - before == 3  # esearch edat, efetch of the 40, esearch mdat
        assert_exactly_once(store, fake)
    assert watermark(store) == (TODAY + dt.timedelta(days=10)).isoformat()


def test_changed_abstract_is_reextracted_and_unchanged_one_is_not(store):
    recs = make_corpus(200)
    changed, touched = recs[10].pmid, recs[11].pmid
    calls: Counter[str] = Counter()

    def counting_extract(article):
        calls[article.pmid] += 1
        return nlp_extract(article)

    with FakeEutils(recs, limit=RATE) as fake:
        sweep_once(store, fake, extract=counting_extract)
        day2 = TODAY + dt.timedelta(days=2)
        new_text = "Median overall survival was 31.2 months (95% CI 25.0-37.4)."
        fake.revise(changed, sections=(("RESULTS", new_text),), mdat=day2)
        fake.revise(touched, sections=fake.records[touched].sections, mdat=day2)  # MeSH only
        r = sweep_once(store, fake, today=day2, extract=counting_extract)
        assert r.counts["updated"] == 1 and r.counts["new"] == 0
        assert calls[changed] == 2 and calls[touched] == 1
        assert_exactly_once(store, fake)
    assert store.article(changed)["abstract"] == f"RESULTS: {new_text}"
    assert [f["endpoint"] for f in store.findings(changed)] == ["OS"]


def test_withdrawn_record_is_marked(store):
    recs = make_corpus(50)
    with FakeEutils(recs, limit=RATE) as fake:
        fake.withdraw(recs[7].pmid)
        r = sweep_once(store, fake)
        assert r.counts["withdrawn"] == 1 and r.counts["new"] == 49
        assert_exactly_once(store, fake)


def test_record_that_never_arrives_holds_the_watermark(store):
    recs = make_corpus(120)
    ghost = recs[60].pmid
    with FakeEutils(recs, limit=RATE) as fake:
        fake.hidden.add(ghost)
        r = sweep_once(store, fake)
        assert r.status == "incomplete" and r.missing == [ghost]
        assert r.counts["missing"] == 1
        assert watermark(store) is None  # never past a record that did not arrive
        assert store.query("SELECT pmid FROM sweep_missing") == [{"pmid": ghost}]
        fake.hidden.clear()
        r2 = sweep_once(store, fake)
        assert r2.status == "complete" and r2.counts["new"] == 1
        assert_exactly_once(store, fake)
    assert watermark(store) == TODAY.isoformat()
    assert store.query("SELECT pmid FROM sweep_missing") == []


def test_dry_run_fetches_and_writes_nothing(store):
    with FakeEutils(make_corpus(80), limit=RATE) as fake:
        r = sweep_once(store, fake, dry_run=True)
        assert r.status == "dry-run" and r.counts["new"] == 80
        assert fake.count("efetch") == 0
    assert store.counts()["articles"] == 0
    assert store.query("SELECT * FROM sweep_runs") == []


# -- faults ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", FAULT_KINDS)
def test_every_fault_alone_two_runs_exactly_once(store, fault):
    recs = make_corpus(300)  # three batches of 100
    # the fault hits the esearch and every efetch batch of the first run, then run two
    faults = Faults(script={1: fault, 3: fault, 5: fault, 7: fault, 10: fault}, stall_seconds=2)
    with FakeEutils(recs, faults=faults, limit=RATE) as fake:
        fake.withdraw(recs[5].pmid)
        sweep_once(store, fake)
        fake.revise(recs[9].pmid, sections=(("", "Abstract replaced."),), mdat=TODAY)
        r = sweep_once(store, fake, today=TODAY + dt.timedelta(days=1))
        assert r.status == "complete" and r.counts["updated"] == 1
        assert_exactly_once(store, fake)
        assert fake.fault_counts()[fault] >= 3
        assert_rate_held(fake)
    assert watermark(store) == (TODAY + dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_mixed_random_faults_over_three_runs(store, seed):
    recs = make_corpus(500, seed=seed)
    faults = Faults(rate=0.35, seed=seed, stall_seconds=2)
    with FakeEutils(recs, faults=faults, limit=RATE) as fake:
        fake.withdraw(recs[seed].pmid)
        sweep_once(store, fake)
        day = TODAY
        for step in range(2):
            day += dt.timedelta(days=1)
            fake.revise(recs[100 + step].pmid, sections=(("", f"Changed {step}."),), mdat=day)
            fake.add(make_corpus(30, start=day, days=1, first_pmid=37000000 + 100 * step))
            r = sweep_once(store, fake, today=day)
            assert r.status == "complete"
        assert_exactly_once(store, fake)
        assert sum(fake.fault_counts().values()) >= 3
        assert_rate_held(fake)
    assert watermark(store) == day.isoformat()


# -- locks and kills -------------------------------------------------------------------------


def test_live_lock_refuses_a_second_run(store):
    ensure_sweep_schema(store.db)
    store.db["sweep_locks"].insert(
        {
            "topic": SPEC.topic,
            "run": 0,
            "pid": os.getpid(),
            "host": os.uname().nodename,
            "acquired_at": "2024-01-01T00:00:00+00:00",
        }
    )
    with FakeEutils(make_corpus(5), limit=RATE) as fake, pytest.raises(SweepLocked):
        sweep_once(store, fake)


def test_dead_lock_is_taken_over(store):
    ensure_sweep_schema(store.db)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    run_id = (
        store.db["sweep_runs"]
        .insert({"topic": SPEC.topic, "status": "running", "started_at": "x"})
        .last_pk
    )
    store.db["sweep_locks"].insert(
        {
            "topic": SPEC.topic,
            "run": run_id,
            "pid": dead.pid,
            "host": os.uname().nodename,
            "acquired_at": "2024-01-01T00:00:00+00:00",
        }
    )
    with FakeEutils(make_corpus(20), limit=RATE) as fake:
        assert sweep_once(store, fake).status == "complete"
    assert store.db["sweep_runs"].get(run_id)["status"] == "interrupted"
    assert store.query("SELECT * FROM sweep_locks") == []


CHILD = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from pathlib import Path
    from extractor.nlp import extract
    from extractor.sources import http
    from extractor.sources.entrez import Entrez
    from extractor.store import open_store
    from extractor.sweep import SweepSpec, run_sweep

    url, db, marker = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    stop_after, batch = int(sys.argv[4]), int(sys.argv[5])
    done = 0

    def slow_extract(article):
        global done
        done += 1
        if done == stop_after:
            marker.write_text("now")
            time.sleep(60)  # killed here, mid-batch
        return extract(article)

    policy = http.RetryPolicy(retries=6, backoff_base=0.01, max_backoff=0.05)
    with open_store(db) as store, Entrez(email="k@example.org", base_url=url, rate=20,
                                          policy=policy, timeout=(2, 0.5),
                                          batch_size=batch) as e:
        run_sweep(store, SweepSpec("her2-bcbm", "breast cancer AND brain metastases"),
                  entrez=e, today=dt.date(2024, 3, 1), extract=slow_extract)
    """
)


@pytest.mark.parametrize("stop_after", [150, 1], ids=["mid-second-batch", "first-record"])
def test_sigkill_mid_batch_then_rerun_completes_exactly_once(tmp_path, stop_after):
    recs = make_corpus(300)
    db = tmp_path / "evidence.db"
    marker = tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with FakeEutils(recs, limit=RATE) as fake:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, fake.url, str(db), str(marker), str(stop_after), "100"],
            env=env,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while not marker.exists():
                assert child.poll() is None, "child ended before the marker"
                assert time.monotonic() < deadline
                time.sleep(0.05)
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.wait()
        assert child.returncode == -signal.SIGKILL
        with open_store(db) as store:
            saved = store.counts()["articles"]
            assert saved == (100 if stop_after == 150 else 0)  # whole batches only
            r = sweep_once(store, fake)
            assert r.status == "complete"
            assert r.counts["new"] == 300 - saved
            assert_exactly_once(store, fake)
            runs = store.query("SELECT status FROM sweep_runs ORDER BY id")
            assert [x["status"] for x in runs] == ["interrupted", "complete"]
            assert watermark(store) == TODAY.isoformat()


# -- configuration and CLI --------------------------------------------------------------------


def test_example_config_parses():
    specs = load_config(ROOT / "sweeps.toml.example")
    assert specs and all(s.query for s in specs)


def test_config_errors_name_the_file(tmp_path):
    bad = tmp_path / "sweeps.toml"
    bad.write_text("[topics.x]\noverlap_days = 3\n")
    with pytest.raises(Exception, match=r"sweeps.toml: topic 'x' has no query"):
        load_config(bad)


def test_cli_sweep_prints_counts_and_reruns(tmp_path, monkeypatch):
    from extractor.cli import main

    recs = make_corpus(30, start=dt.date.today() - dt.timedelta(days=40), days=30)
    with FakeEutils(recs, limit=3) as f:
        monkeypatch.setenv("EXTRACTOR_EUTILS_URL", f.url)
        monkeypatch.setenv("NCBI_EMAIL", "cli@example.org")
        db = str(tmp_path / "e.db")
        args = ["sweep", "breast cancer", "--topic", "cli-topic", "--db", db]
        first = CliRunner().invoke(main, args)
        assert first.exit_code == 0, first.output
        assert "identified" in first.output and "30" in first.output
        second = CliRunner().invoke(main, args)
        assert second.exit_code == 0, second.output
        cfg = tmp_path / "sweeps.toml"
        cfg.write_text('[topics.cli-topic]\nquery = "breast cancer"\n')
        third = CliRunner().invoke(main, ["sweep", "--all", "--config", str(cfg), "--db", db])
        assert third.exit_code == 0, third.output
        dry = CliRunner().invoke(main, [*args, "--dry-run"])
        assert dry.exit_code == 0 and "dry-run" in dry.output
        assert f.over_limit() == 0 and f.max_per_second() <= 3
    with open_store(db) as s:
        assert s.counts()["articles"] == 30
        assert len(s.query("SELECT * FROM sweep_runs")) == 3
