"""Saved searches -> PubMed -> nlp -> store: incremental, resumable sweeps that never lose a
record and never store one twice.

A sweep of topic T with query Q (``extractor sweep "Q" --topic T``, or ``--all`` over a
``sweeps.toml``) runs two passes against PubMed (:class:`~extractor.sources.entrez.Entrez`):

1. **Entry-date pass.** esearch Q over ``datetype=edat`` from T's watermark minus an overlap
   (``overlap_days``, default 7: NCBI indexes some records a few days after their entry date)
   to today, in windows of at most 9,999 records. PMIDs already processed for T are skipped
   without being fetched; the rest are fetched in batches of 500 (by History when the whole
   window is new, by id list otherwise).
2. **Modification-date pass** (from the second run on). esearch Q over ``datetype=mdat``
   since the previous pass (minus one day: mdat has day resolution). Those records are
   fetched again and re-extracted **only if their abstract changed** (its hash is kept per
   topic); :meth:`Store.save` then answers ``"updated"``. Records that newly match Q (an
   abstract added later) come in here too.

Guarantees (the contract the tests check under injected faults, and after SIGKILL):

- **Exactly once.** The store is keyed by PMID (:attr:`Article.key`), so re-saving a record is
  a no-op ("unchanged"); a record is never inserted twice, whatever was interrupted.
- **Resumable.** Each batch's saves and its sweep state (the PMIDs now processed for T) are
  one SQLite transaction: a run killed at any point leaves whole batches or nothing of a
  batch, and the next run fetches only what is not yet processed.
- **No gaps.** The watermark advances only over windows whose every PMID arrived (withdrawn
  records count as arrived); a PMID still missing after the re-asks is reported, stored in
  ``sweep_missing`` and asked for again by the next run, and the run is marked ``incomplete``.
  A request that fails for good (:class:`FetchError`) ends the run as ``failed`` with the
  watermark where the last complete window left it.
- **One at a time.** A per-topic lock (``sweep_locks``) keeps two runs of T from
  interleaving; a lock whose process is dead (same host) is taken over.

Each run is a row of ``sweep_runs`` with PRISMA-2020-style counts (Page et al., BMJ 2021;
372:n71, "records identified", "duplicates removed"): ``identified`` (PMIDs the searches
returned), ``new``, ``duplicates`` (already in the table, unchanged), ``updated``,
``withdrawn``, ``without_abstract``, ``with_findings``, ``missing``, plus ``requests``.
State lives in the evidence database next to the store's tables, in tables created by the
``sweep`` migration set (:func:`ensure_sweep_schema`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from extractor.errors import ExtractorError, FetchError
from extractor.models import Article, Extraction
from extractor.sources.entrez import EPOCH, Entrez, SearchResult
from extractor.store import Store, abstract_hash, open_store

log = logging.getLogger(__name__)

#: The counts of a run, in the order they are printed and stored.
COUNTS: tuple[str, ...] = (
    "identified",
    "new",
    "duplicates",
    "updated",
    "withdrawn",
    "without_abstract",
    "with_findings",
    "missing",
)
DEFAULT_OVERLAP_DAYS = 7
#: A lock held this long by a process we cannot check (another host) is considered stale.
STALE_LOCK = dt.timedelta(hours=24)

sweep_migrations = Migrations("sweep")


@sweep_migrations()
def s001_sweep_state(db: Database) -> None:
    """Sweep state: watermarks per topic, PMIDs processed per topic, runs, locks, missing."""
    db["sweep_topics"].create(
        {
            "topic": str,
            "query": str,
            "edat_watermark": str,  # YYYY-MM-DD: every record entered up to here arrived
            "mdat_watermark": str,  # YYYY-MM-DD: modifications up to here were checked
            "updated_at": str,
        },
        pk="topic",
        not_null=["topic", "query"],
    )
    db["sweep_seen"].create(
        {
            "topic": str,
            "pmid": str,
            "abstract_hash": str,
            "status": str,
            "fetched_on": str,
            "run": int,
        },
        pk=("topic", "pmid"),
        not_null=["topic", "pmid", "status"],
    )
    db["sweep_runs"].create(
        {
            "id": int,
            "topic": str,
            "query": str,
            "status": str,  # running | complete | incomplete | failed | interrupted | dry-run
            "started_at": str,
            "finished_at": str,
            "edat_from": str,
            "edat_to": str,
            **{c: int for c in COUNTS},
            "requests": int,
            "seconds": float,
            "error": str,
        },
        pk="id",
        not_null=["topic", "status", "started_at"],
    )
    db["sweep_locks"].create(
        {"topic": str, "run": int, "pid": int, "host": str, "acquired_at": str},
        pk="topic",
        not_null=["topic", "pid", "host", "acquired_at"],
    )
    db["sweep_missing"].create(
        {"topic": str, "pmid": str, "run": int, "noted_at": str},
        pk=("topic", "pmid"),
    )
    db["sweep_runs"].create_index(["topic", "id"])


def ensure_sweep_schema(db: Database) -> None:
    """Create or migrate the sweep tables in ``db`` (the store's database). Idempotent."""
    sweep_migrations.apply(db)


class SweepLocked(ExtractorError):  # noqa: N818 - reads as the situation the user is in
    """Another run holds the topic's lock."""


@dataclass(frozen=True)
class SweepSpec:
    """One saved search: a topic name, its PubMed query, its overlap."""

    topic: str
    query: str
    overlap_days: int = DEFAULT_OVERLAP_DAYS


@dataclass
class SweepReport:
    """What one run did; ``counts`` has the keys of :data:`COUNTS`."""

    run_id: int | None
    topic: str
    query: str
    status: str = "running"
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    requests: int = 0
    seconds: float = 0.0
    missing: list[str] = field(default_factory=list)
    edat_from: dt.date | None = None
    edat_to: dt.date | None = None
    error: str | None = None

    def summary(self) -> str:
        """One line per count, for the CLI."""
        head = f"{self.topic}: {self.status}"
        if self.edat_to:
            since = f"{self.edat_from} to" if self.edat_from else "up to"
            head += f" (entry dates {since} {self.edat_to})"
        lines = [head]
        width = max(len(c) for c in COUNTS)
        for c in COUNTS:
            lines.append(f"  {c.replace('_', ' '):<{width}}  {self.counts[c]}")
        lines.append(f"  {'requests':<{width}}  {self.requests} in {self.seconds:.1f} s")
        if self.missing:
            lines.append(f"  missing PMIDs: {', '.join(self.missing[:20])}")
        if self.error:
            lines.append(f"  error: {self.error}")
        return "\n".join(lines)


class Progress:
    """Progress callbacks; this default writes log lines (what cron mails you).

    ``stage(name, total)`` starts a stage (``None`` total: unknown), ``advance(n)`` moves it.
    The CLI passes a subclass that draws a click progress bar on a terminal.
    """

    def __init__(self) -> None:
        self._name = ""
        self._done = 0
        self._total: int | None = None

    def stage(self, name: str, total: int | None = None) -> None:
        self._name, self._done, self._total = name, 0, total
        log.info("%s%s", name, f": {total} records" if total is not None else "")

    def advance(self, n: int) -> None:
        self._done += n
        of = f"/{self._total}" if self._total is not None else ""
        log.info("%s: %d%s", self._name, self._done, of)

    def close(self) -> None:
        pass


# -- configuration ----------------------------------------------------------------------------


def load_config(path: str | os.PathLike[str]) -> list[SweepSpec]:
    """Saved searches from a TOML file (see ``sweeps.toml.example``)::

        [defaults]
        overlap_days = 7

        [topics.her2-bcbm]
        query = '"brain metastases" AND HER2 AND breast'

    Raises :class:`ExtractorError` naming the file and the problem.
    """
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise ExtractorError(f"{p}: cannot read the sweeps file: {e.strerror or e}") from e
    except tomllib.TOMLDecodeError as e:
        raise ExtractorError(f"{p}: not valid TOML: {e}") from e
    defaults = data.get("defaults", {})
    topics = data.get("topics")
    if not isinstance(topics, dict) or not topics:
        raise ExtractorError(f"{p}: no [topics.<name>] tables")
    specs = []
    for name, t in topics.items():
        if not isinstance(t, dict) or not str(t.get("query", "")).strip():
            raise ExtractorError(f"{p}: topic {name!r} has no query")
        overlap = t.get("overlap_days", defaults.get("overlap_days", DEFAULT_OVERLAP_DAYS))
        if not isinstance(overlap, int) or overlap < 0:
            raise ExtractorError(f"{p}: topic {name!r}: overlap_days must be a whole number >= 0")
        specs.append(SweepSpec(name, str(t["query"]).strip(), overlap))
    return specs


# -- the sweep --------------------------------------------------------------------------------


Extractor = Callable[[Article], Extraction]


class _Run:
    """One run of one topic: state in the store's database, counts in a report."""

    def __init__(
        self,
        store: Store,
        spec: SweepSpec,
        entrez: Entrez,
        extract: Extractor,
        today: dt.date,
        progress: Progress,
        dry_run: bool,
    ) -> None:
        self.store = store
        self.db = store.db
        self.spec = spec
        self.entrez = entrez
        self.extract = extract
        self.today = today
        self.progress = progress
        self.dry_run = dry_run
        self.report = SweepReport(None, spec.topic, spec.query)
        self.fetched: set[str] = set()  # PMIDs fetched in this run
        self._requests0 = entrez.requests_sent

    # -- state -------------------------------------------------------------------------------

    def seen(self) -> dict[str, tuple[str | None, str]]:
        """PMID -> (abstract hash, status) of every record processed for this topic."""
        rows = self.db.query(
            "SELECT pmid, abstract_hash, status FROM sweep_seen WHERE topic = ?",
            [self.spec.topic],
        )
        return {r["pmid"]: (r["abstract_hash"], r["status"]) for r in rows}

    def topic_state(self) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM sweep_topics WHERE topic = ?", [self.spec.topic]))
        return rows[0] if rows else {}

    def set_watermark(self, column: str, day: dt.date) -> None:
        if self.dry_run:
            return
        with self.db.atomic():
            self.db["sweep_topics"].upsert(
                {
                    "topic": self.spec.topic,
                    "query": self.spec.query,
                    column: day.isoformat(),
                    "updated_at": _now(),
                },
                pk="topic",
            )

    # -- lock --------------------------------------------------------------------------------

    def acquire(self) -> None:
        host, pid = socket.gethostname(), os.getpid()
        with self.db.atomic():
            rows = list(
                self.db.query("SELECT * FROM sweep_locks WHERE topic = ?", [self.spec.topic])
            )
            if rows:
                held = rows[0]
                if not _stale(held, host):
                    raise SweepLocked(
                        f"topic {self.spec.topic!r} is being swept by process {held['pid']} "
                        f"on {held['host']} since {held['acquired_at']}; if that process is "
                        "gone, delete its row from sweep_locks"
                    )
                log.warning(
                    "taking over the lock of topic %r from dead process %s",
                    self.spec.topic,
                    held["pid"],
                )
                self.db.execute(
                    "UPDATE sweep_runs SET status = 'interrupted', finished_at = ? "
                    "WHERE id = ? AND status = 'running'",
                    [_now(), held["run"]],
                )
            run_id = (
                self.db["sweep_runs"]
                .insert(
                    {
                        "topic": self.spec.topic,
                        "query": self.spec.query,
                        "status": "running",
                        "started_at": _now(),
                        **dict.fromkeys(COUNTS, 0),
                        "requests": 0,
                    }
                )
                .last_pk
            )
            self.db["sweep_locks"].upsert(
                {
                    "topic": self.spec.topic,
                    "run": run_id,
                    "pid": pid,
                    "host": host,
                    "acquired_at": _now(),
                },
                pk="topic",
            )
        self.report.run_id = run_id

    def release(self) -> None:
        r = self.report
        r.requests = self.entrez.requests_sent - self._requests0
        if self.dry_run or r.run_id is None:
            return
        with self.db.atomic():
            self.db["sweep_runs"].update(
                r.run_id,
                {
                    "status": r.status,
                    "finished_at": _now(),
                    "edat_from": r.edat_from.isoformat() if r.edat_from else None,
                    "edat_to": r.edat_to.isoformat() if r.edat_to else None,
                    **r.counts,
                    "requests": r.requests,
                    "seconds": round(r.seconds, 3),
                    "error": r.error,
                },
            )
            self.db.execute(
                "DELETE FROM sweep_locks WHERE topic = ? AND run = ?", [self.spec.topic, r.run_id]
            )

    # -- passes ------------------------------------------------------------------------------

    def run(self) -> SweepReport:
        t0 = time.monotonic()
        r = self.report
        if not self.dry_run:
            self.acquire()
        try:
            state = self.topic_state()
            complete = self.edat_pass(state)
            if state.get("mdat_watermark"):
                complete = self.mdat_pass(state) and complete
            elif complete:
                # First run: everything was just fetched; modifications count from today.
                self.set_watermark("mdat_watermark", self.today)
            r.status = "dry-run" if self.dry_run else ("complete" if complete else "incomplete")
        except FetchError as e:
            r.status, r.error = "failed", str(e)
            raise
        finally:
            r.seconds = time.monotonic() - t0
            self.release()
            self.progress.close()
        return r

    def edat_pass(self, state: dict[str, Any]) -> bool:
        """Entry dates from the watermark (minus the overlap) to today; True when every
        record of every window arrived."""
        r = self.report
        wm = state.get("edat_watermark")
        lo = dt.date.fromisoformat(wm) - dt.timedelta(days=self.spec.overlap_days) if wm else EPOCH
        r.edat_from, r.edat_to = (lo if wm else None), self.today
        seen = self.seen()
        retry = self.missing_before()
        complete = True
        self.progress.stage(f"searching {self.spec.topic} (entry date)")
        for window in self.entrez.windows(self.spec.query, lo, self.today, datetype="edat"):
            ids = window.result.ids
            r.counts["identified"] += len(ids)
            todo = [p for p in ids if p not in seen]
            r.counts["duplicates"] += len(ids) - len(todo)
            if retry:
                todo += [p for p in retry if p not in seen and p not in set(todo)]
                retry = []
            ok = self.fetch(todo, window.result, seen, "fetching")
            complete = complete and ok
            if complete:
                # Only over windows where everything arrived: a gap is never skipped over.
                self.set_watermark("edat_watermark", window.maxdate)
        return complete

    def mdat_pass(self, state: dict[str, Any]) -> bool:
        """Records modified since the last pass: re-extracted only when the abstract changed."""
        lo = dt.date.fromisoformat(state["mdat_watermark"]) - dt.timedelta(days=1)
        seen = self.seen()
        complete = True
        self.progress.stage(f"searching {self.spec.topic} (modification date)")
        for window in self.entrez.windows(self.spec.query, lo, self.today, datetype="mdat"):
            ids = [p for p in window.result.ids if p not in self.fetched]
            self.report.counts["identified"] += len(ids)
            ok = self.fetch(ids, window.result, seen, "checking modified")
            complete = complete and ok
        if complete:
            self.set_watermark("mdat_watermark", self.today)
        return complete

    def missing_before(self) -> list[str]:
        """PMIDs an earlier run could not get: asked for again in this one."""
        rows = self.db.query(
            "SELECT pmid FROM sweep_missing WHERE topic = ? ORDER BY pmid", [self.spec.topic]
        )
        return [row["pmid"] for row in rows]

    def fetch(
        self,
        ids: Sequence[str],
        result: SearchResult,
        seen: dict[str, tuple[str | None, str]],
        label: str,
    ) -> bool:
        """Fetch, extract and save ``ids``, one transaction per batch; True if all arrived."""
        if not ids:
            return True
        if self.dry_run:
            self.report.counts["new"] += sum(1 for p in ids if p not in seen)
            return True
        self.progress.stage(f"{label} {self.spec.topic}", len(ids))
        complete = True
        for batch in self.entrez.fetch_batches(ids, result):
            self.save_batch(batch.articles, batch.missing, seen)
            self.fetched.update(a.pmid for a in batch.articles if a.pmid)
            complete = complete and not batch.missing
            self.progress.advance(len(batch.asked))
        return complete

    def save_batch(
        self,
        articles: Iterable[Article],
        missing: Sequence[str],
        seen: dict[str, tuple[str | None, str]],
    ) -> None:
        """Extract what changed, then save it and the sweep state in one transaction."""
        c = self.report.counts
        topic = self.spec.topic
        plan: list[tuple[Article, str, Extraction | None]] = []
        for a in articles:
            assert a.pmid is not None
            h = abstract_hash(a.abstract) if a.status == "ok" else None
            before = seen.get(a.pmid)
            if before is not None and before == (h, a.status):
                plan.append((a, h or "", None))  # same content: no re-extraction
            elif a.status == "withdrawn":
                plan.append((a, "", Extraction(a, design="other", cohort_size=None)))
            else:
                plan.append((a, h or "", self.extract(a)))
        today = self.today.isoformat()
        with self.db.atomic():
            for a, h, extraction in plan:
                if extraction is None:
                    c["duplicates"] += 1
                elif a.status == "withdrawn":
                    result = self.store.save(extraction, topic)
                    c["withdrawn" if result != "unchanged" else "duplicates"] += 1
                else:
                    result = self.store.save(extraction, topic)
                    c[{"new": "new", "updated": "updated"}.get(result, "duplicates")] += 1
                    c["without_abstract"] += not a.abstract.strip()
                    c["with_findings"] += bool(extraction.findings)
                self.db["sweep_seen"].upsert(
                    {
                        "topic": topic,
                        "pmid": a.pmid,
                        "abstract_hash": h or None,
                        "status": a.status,
                        "fetched_on": today,
                        "run": self.report.run_id,
                    },
                    pk=("topic", "pmid"),
                )
                seen[a.pmid] = (h or None, a.status)
            if articles:
                self.db.execute(
                    "DELETE FROM sweep_missing WHERE topic = ? AND pmid IN ("
                    + ",".join("?" * len(plan))
                    + ")",
                    [topic, *(a.pmid for a, _, _ in plan)],
                )
            for pmid in missing:
                self.db["sweep_missing"].upsert(
                    {"topic": topic, "pmid": pmid, "run": self.report.run_id, "noted_at": _now()},
                    pk=("topic", "pmid"),
                )
            c["missing"] += len(missing)
            self.report.missing.extend(missing)
            self.db["sweep_runs"].update(
                self.report.run_id, {**c, "requests": self.entrez.requests_sent - self._requests0}
            )


def run_sweep(
    store: Store,
    spec: SweepSpec,
    *,
    entrez: Entrez | None = None,
    extract: Extractor | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> SweepReport:
    """Sweep one topic into ``store``; see the module docstring for what that guarantees.

    ``entrez`` defaults to a client from the environment (closed afterwards); ``extract`` to
    :func:`extractor.nlp.extract`; ``today`` to the local date. ``dry_run`` searches only:
    it counts what would be fetched and writes nothing. Raises :class:`SweepLocked` when
    another run holds the topic, :class:`FetchError` when a request fails for good (the run
    is stored as ``failed`` first).
    """
    ensure_sweep_schema(store.db)
    own = entrez is None
    entrez = entrez or Entrez()
    if extract is None:
        from extractor.nlp import extract as nlp_extract  # spaCy: imported only when needed

        extract = nlp_extract
    if not dry_run:
        store.add_topic(spec.topic, spec.query)
    try:
        return _Run(
            store, spec, entrez, extract, today or dt.date.today(), progress or Progress(), dry_run
        ).run()
    finally:
        if own:
            entrez.close()


def sweep(
    query: str | None = None,
    *,
    topic: str | None = None,
    all_topics: bool = False,
    config: str | os.PathLike[str] | None = None,
    db: str | os.PathLike[str] | None = None,
    dry_run: bool = False,
    progress_factory: Callable[[], Progress] | None = None,
    on_report: Callable[[SweepReport], None] | None = None,
) -> list[SweepReport]:
    """What ``extractor sweep`` does: one topic (``query`` and ``topic``, or ``topic`` looked
    up in ``config``) or every topic of ``config`` (``all_topics``), into the store at ``db``.

    A topic that fails is reported and the next one still runs; the failures are raised
    together at the end as one :class:`ExtractorError` (so cron sees a non-zero exit).
    """
    if all_topics:
        if config is None:
            raise ExtractorError("--all needs a sweeps file (--config, default sweeps.toml)")
        specs = load_config(config)
    elif topic and query:
        specs = [SweepSpec(topic, query)]
    elif topic and config is not None and Path(config).exists():
        specs = [s for s in load_config(config) if s.topic == topic]
        if not specs:
            raise ExtractorError(f"{config}: no topic {topic!r}; give its query or add it")
    else:
        raise ExtractorError('give "QUERY" --topic NAME, --topic NAME in the sweeps file, or --all')
    reports: list[SweepReport] = []
    failures: list[str] = []
    store = open_store(db)
    try:
        with Entrez() as entrez:
            for spec in specs:
                progress = progress_factory() if progress_factory else Progress()
                try:
                    report = run_sweep(
                        store, spec, entrez=entrez, progress=progress, dry_run=dry_run
                    )
                except (FetchError, SweepLocked) as e:
                    failures.append(f"{spec.topic}: {e}")
                    continue
                reports.append(report)
                if on_report:
                    on_report(report)
    finally:
        store.close()
    if failures:
        raise ExtractorError("; ".join(failures))
    return reports


def _stale(lock: dict[str, Any], host: str) -> bool:
    """A lock is stale when its process is gone (same host) or it is older than a day."""
    if lock["host"] == host:
        try:
            os.kill(int(lock["pid"]), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False  # alive, another user's
        else:
            return False
    try:
        acquired = dt.datetime.fromisoformat(lock["acquired_at"])
    except (TypeError, ValueError):
        return True
    return dt.datetime.now(dt.UTC) - acquired > STALE_LOCK


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def fetch_records(
    *,
    dois: Sequence[str] = (),
    pmids: Sequence[str] = (),
    topic: str | None = None,
    db: str | os.PathLike[str] | None = None,
    extract: Extractor | None = None,
) -> list[tuple[Extraction, str | None]]:
    """What ``extractor fetch`` does: each DOI (PubMed, Europe PMC, Crossref, landing page)
    and PMID fetched and extracted; saved under ``topic`` when one is given.

    Returns (extraction, save result or ``None``) in the order asked. Raises
    :class:`FetchError` for an unknown DOI or PMID (the message names it) before anything is
    saved.
    """
    from extractor.sources.doi import DoiResolver

    if extract is None:
        from extractor.nlp import extract as nlp_extract

        extract = nlp_extract
    articles: list[Article] = []
    with Entrez() as entrez:
        if pmids:
            by_pmid = {a.pmid: a for a in entrez.fetch(list(pmids))}
            articles += [by_pmid[p] for p in pmids]
        if dois:
            with DoiResolver(entrez=entrez) as resolver:
                articles += [resolver.fetch(d) for d in dois]
    extractions = [extract(a) for a in articles]
    if topic is None:
        return [(x, None) for x in extractions]
    with open_store(db) as store:
        return [(x, store.save(x, topic)) for x in extractions]
