"""The evidence store: articles, their findings and the topics they belong to, in SQLite.

Written through sqlite-utils with an explicit schema (primary keys, foreign keys, NOT NULL,
indexes) created by named migrations, so later work adds columns and tables by adding a
migration, never by editing an old one. The views that readers use (``evidence``,
``comparison``) live in ``db/views.sql`` and are re-applied on every writable open, so a change
to that file takes effect on the next ``extractor load``.

Contract of :meth:`Store.save`:

- Saving the same :class:`~extractor.models.Extraction` twice leaves the same rows: the article
  row is keyed by :attr:`Article.key` and each finding by a hash of its content (see
  :func:`finding_id`), so nothing is duplicated and ids do not change.
- A changed article (abstract hash, metadata, design, cohort size) or a changed set of findings
  replaces the article's row and its findings in one transaction: findings no longer produced
  are deleted, findings that are still produced keep their id.
- A withdrawn article (``status == "withdrawn"``, a PubMed DeleteCitation) marks the row
  withdrawn; its findings stay in ``findings`` for the record but the views leave them out.
- Topic membership is additive: an article can belong to several topics.

Column names differ from FORMAT.md in two places, because SQLite cannot do otherwise: ``N`` is
``n_total`` (column names are case-insensitive, so ``n`` and ``N`` would collide) and ``group``
is ``group_label`` (a reserved word that every hand-written query would have to quote).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from extractor import config
from extractor.errors import StoreError
from extractor.models import DESIGNS, ENDPOINTS, KINDS, Article, Extraction, Finding

#: The schema of the evidence database. Add a function decorated with ``@migrations()`` to
#: change it; applied ones are recorded in ``_sqlite_migrations`` (set name ``extractor``) and
#: never run twice. Never edit or rename a migration once it has been committed.
migrations = Migrations("extractor")

ARTICLE_COLUMNS: dict[str, type] = {
    "key": str,
    "pmid": str,
    "doi": str,
    "title": str,
    "abstract": str,
    "abstract_hash": str,
    "journal": str,
    "year": int,
    "design": str,
    "cohort_size": int,
    "publication_types": str,  # JSON list
    "mesh": str,  # JSON list
    "authors": str,  # JSON list
    "registry_ids": str,  # JSON list (NCT numbers etc.)
    "status": str,  # "ok" | "withdrawn"
    "source": str,
    "loaded_at": str,  # UTC ISO time this version of the row was written
}

FINDING_COLUMNS: dict[str, type] = {
    "id": str,
    "article": str,
    "ordinal": int,  # position in the extraction, for stable display order
    "endpoint": str,
    "kind": str,
    "value": float,
    "unit": str,
    "ci_low": float,
    "ci_high": float,
    "months": float,
    "not_reached": int,  # 0 / 1
    "n": int,
    "n_total": int,  # FORMAT.md "N"
    "group_label": str,  # FORMAT.md "group"
    "of": str,
    "sentence": str,
    "start": int,
    "end": int,
    "flags": str,  # JSON list
}


@migrations()
def m001_initial(db: Database) -> None:
    """Articles, findings, topics and topic membership, with keys and the indexes the views
    and the comparison use."""
    db["articles"].create(
        ARTICLE_COLUMNS,
        pk="key",
        not_null=["key", "title", "abstract", "abstract_hash", "design", "status", "loaded_at"],
        defaults={"status": "ok", "title": "", "abstract": ""},
    )
    db["topics"].create(
        {"name": str, "query": str, "created_at": str},
        pk="name",
        not_null=["name", "created_at"],
    )
    db["findings"].create(
        FINDING_COLUMNS,
        pk="id",
        foreign_keys=[("article", "articles", "key")],
        not_null=["id", "article", "ordinal", "endpoint", "kind", "not_reached", "start", "end"],
        defaults={"not_reached": 0, "flags": "[]"},
    )
    db["article_topics"].create(
        {"topic": str, "article": str, "added_at": str},
        pk=("topic", "article"),
        foreign_keys=[("topic", "topics", "name"), ("article", "articles", "key")],
        not_null=["topic", "article", "added_at"],
    )
    db["articles"].create_index(["pmid"])
    db["articles"].create_index(["doi"])
    db["articles"].create_index(["design"])
    db["findings"].create_index(["article", "ordinal"])
    db["findings"].create_index(["endpoint", "kind", "months"])
    # (topic, article) is covered by the primary key; this one serves "topics of an article".
    db["article_topics"].create_index(["article"])


@migrations()
def m002_study_identity(db: Database) -> None:
    """The user's corrections to study identity (``extractor link``, issue 5).

    Links found automatically (trial acronym, registry number, same cohort and first author)
    are recomputed from the articles on every read, so they follow re-extraction; only what a
    person decided is stored:

    - ``study_links``: the article is a report of ``study`` (a name such as ``TUXEDO-1``), or
      with ``study`` NULL a study of its own, whatever the automatic rules say;
    - ``study_members``: the pooled analysis or meta-analysis ``article`` contains (``included``
      1) or does not contain (0) the study ``study``;
    - ``report_preferences``: for ``study`` and ``endpoint`` (``*`` for every endpoint), use the
      report ``article`` instead of the latest one.
    """
    db["study_links"].create(
        {"article": str, "study": str, "note": str, "created_at": str},
        pk="article",
        foreign_keys=[("article", "articles", "key")],
        not_null=["article", "created_at"],
    )
    db["study_members"].create(
        {"article": str, "study": str, "included": int, "note": str, "created_at": str},
        pk=("article", "study"),
        foreign_keys=[("article", "articles", "key")],
        not_null=["article", "study", "included", "created_at"],
    )
    db["report_preferences"].create(
        {"study": str, "endpoint": str, "article": str, "note": str, "created_at": str},
        pk=("study", "endpoint"),
        foreign_keys=[("article", "articles", "key")],
        not_null=["study", "endpoint", "article", "created_at"],
    )


class Store:
    """An open evidence database. Use :func:`open_store` to get one; close it (or use it as a
    context manager) when done, the connection is not closed for you."""

    def __init__(self, db: Database, path: Path, *, readonly: bool) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def applied_migrations(self) -> list[str]:
        """Names of the schema migrations applied to this database, oldest first."""
        return [m.name for m in migrations.applied(self.db)]

    # -- writing -----------------------------------------------------------------------------

    def add_topic(self, name: str, query: str | None = None) -> None:
        """Create the topic if it is new; a given ``query`` replaces the stored one."""
        self._writable()
        name = _topic_name(name)
        with self.db.atomic():
            if self._topic_exists(name):
                if query is not None:
                    self.db["topics"].update(name, {"query": query})
            else:
                self.db["topics"].insert({"name": name, "query": query, "created_at": _now()})

    def save(self, extraction: Extraction, topic: str | None = None) -> str:
        """Store one extraction (and its membership of ``topic``) in one transaction.

        Returns ``"new"`` (article not seen before), ``"unchanged"`` (same article row and same
        findings already stored; adding the article to one more topic is not a change) or
        ``"updated"`` (row or findings replaced, or marked withdrawn). Raises
        :class:`StoreError` for a read-only store or a value outside the FORMAT.md vocabulary
        (design, endpoint, kind), naming the article.
        """
        self._writable()
        article = extraction.article
        key = article.key
        _validate(extraction)
        with self.db.atomic():
            if topic is not None:
                self.add_topic(topic)
            existing = self._article_row(key)
            if article.status == "withdrawn":
                result = self._save_withdrawn(extraction, existing)
            else:
                result = self._save_ok(extraction, existing)
            if topic is not None:
                # INSERT OR IGNORE: re-adding keeps the first added_at, so rows stay identical.
                self.db["article_topics"].insert(
                    {"topic": _topic_name(topic), "article": key, "added_at": _now()},
                    ignore=True,
                )
        return result

    def save_many(self, extractions: Iterable[Extraction], topic: str | None = None) -> Counter:
        """Save each extraction (one transaction each, so an interrupted run keeps what it
        saved) and count the results: keys ``new``, ``unchanged``, ``updated``."""
        counts: Counter = Counter()
        for extraction in extractions:
            counts[self.save(extraction, topic)] += 1
        return counts

    def _save_ok(self, extraction: Extraction, existing: dict[str, Any] | None) -> str:
        key = extraction.article.key
        row = article_row(extraction)
        new_findings = finding_rows(key, extraction.findings)
        if existing is not None:
            # Compare only the columns written here: columns that later migrations add (a
            # study link, a user's correction) must not make every reload look like a change.
            same_row = _same(existing, row, ignore=("loaded_at",))
            stored = self._finding_rows(key)
            same_findings = len(stored) == len(new_findings) and all(
                _same(old, new) for old, new in zip(stored, new_findings, strict=True)
            )
            if same_row and same_findings:
                return "unchanged"
        self.db["articles"].upsert(row, pk="key", alter=False)
        keep = [f["id"] for f in new_findings]
        # Delete only the findings that are gone, so ids that survive (and anything later
        # issues hang off them) stay put.
        marks = ",".join("?" * len(keep))
        where = "article = ?" + (f" AND id NOT IN ({marks})" if keep else "")
        self.db["findings"].delete_where(where, [key, *keep])
        if new_findings:
            self.db["findings"].upsert_all(new_findings, pk="id", alter=False)
        return "new" if existing is None else "updated"

    def _save_withdrawn(self, extraction: Extraction, existing: dict[str, Any] | None) -> str:
        key = extraction.article.key
        if existing is None:
            # A DeleteCitation for a record never loaded: keep a stub so a later sweep knows.
            self.db["articles"].insert(article_row(extraction), pk="key", alter=False)
            return "new"
        if existing["status"] == "withdrawn":
            return "unchanged"
        self.db["articles"].update(key, {"status": "withdrawn", "loaded_at": _now()})
        return "updated"

    # -- reading -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts: ``articles``, ``findings``, ``topics``, ``article_topics`` and
        ``withdrawn`` (articles marked withdrawn)."""
        result = {name: self.db[name].count for name in _TABLES}
        result["withdrawn"] = self.db["articles"].count_where("status = 'withdrawn'")
        return result

    def topics(self) -> list[str]:
        """Names of all topics, sorted."""
        return [r["name"] for r in self.db.query("SELECT name FROM topics ORDER BY name")]

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict]:
        """Run a SELECT and return its rows as dicts (a convenience for readers and tests)."""
        return list(self.db.query(sql, params))

    def article(self, key: str) -> dict[str, Any] | None:
        """The stored article row for an :attr:`Article.key`, or None."""
        return self._article_row(key)

    def findings(self, key: str) -> list[dict[str, Any]]:
        """The stored finding rows of one article, in extraction order."""
        return self._finding_rows(key)

    def _article_row(self, key: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM articles WHERE key = ?", [key]))
        return rows[0] if rows else None

    def _finding_rows(self, key: str) -> list[dict[str, Any]]:
        return list(
            self.db.query("SELECT * FROM findings WHERE article = ? ORDER BY ordinal", [key])
        )

    def _topic_exists(self, name: str) -> bool:
        return bool(list(self.db.query("SELECT 1 FROM topics WHERE name = ?", [name])))

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: the store was opened read-only")


_TABLES = ("articles", "findings", "topics", "article_topics")


def open_store(path: str | Path | None = None, *, readonly: bool = False) -> Store:
    """Open the evidence database at ``path`` (default :func:`extractor.config.db_path`).

    Writable: creates the folder and the file if needed, switches to WAL (readers do not block
    the writer during a sweep), turns foreign-key enforcement on, applies pending migrations
    and (re)applies ``db/views.sql``.

    Read-only: opens with a ``file:...?mode=ro`` URI, so SQLite itself refuses every write
    (this is what ``extractor query --sql`` relies on); the file must exist and be migrated.
    Raises :class:`StoreError` otherwise.
    """
    path = config.db_path(path)
    if readonly:
        return _open_readonly(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path))
    except (OSError, sqlite3.Error) as err:
        raise StoreError(f"{path}: cannot open the evidence database: {err}") from err
    db = Database(conn)
    try:
        # Another process (a sweep) may hold the write lock briefly; wait rather than fail.
        db.execute("PRAGMA busy_timeout = 5000")
        db.execute("PRAGMA foreign_keys = ON")
        db.enable_wal()
        migrations.apply(db)
        _apply_views(db)
    except sqlite3.DatabaseError as err:
        db.close()
        raise StoreError(f"{path}: not a usable evidence database: {err}") from err
    except BaseException:
        db.close()
        raise
    return Store(db, path, readonly=False)


def _open_readonly(path: Path) -> Store:
    if not path.is_file():
        raise StoreError(f"{path}: no evidence database here (run `extractor load` first)")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as err:
        raise StoreError(f"{path}: cannot open the evidence database: {err}") from err
    db = Database(conn)
    try:
        pending = [m.name for m in migrations.pending(db)]
    except sqlite3.DatabaseError as err:
        db.close()
        raise StoreError(f"{path}: not a usable evidence database: {err}") from err
    if pending:
        db.close()
        raise StoreError(
            f"{path}: schema is out of date (pending: {', '.join(pending)}); "
            "open it once for writing (e.g. `extractor load`) to migrate it"
        )
    return Store(db, path, readonly=True)


def _apply_views(db: Database) -> None:
    sql_path = config.views_sql()
    try:
        sql = sql_path.read_text(encoding="utf-8")
    except OSError as err:
        raise StoreError(f"{sql_path}: cannot read the view definitions: {err}") from err
    with db.atomic():
        db.executescript(sql)


# -- pure reshaping: Extraction -> rows ------------------------------------------------------


def abstract_hash(text: str) -> str:
    """SHA-256 of the abstract text (UTF-8), hex: what "the abstract changed" means."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_row(extraction: Extraction) -> dict[str, Any]:
    """The ``articles`` row for an extraction (``loaded_at`` set to now)."""
    a: Article = extraction.article
    return {
        "key": a.key,
        "pmid": a.pmid,
        "doi": a.doi,
        "title": a.title or "",
        "abstract": a.abstract or "",
        "abstract_hash": abstract_hash(a.abstract or ""),
        "journal": a.journal,
        "year": a.year,
        "design": extraction.design,
        "cohort_size": extraction.cohort_size,
        "publication_types": _json(a.publication_types),
        "mesh": _json(a.mesh_terms),
        "authors": _json(a.authors),
        "registry_ids": _json(a.registry_ids),
        "status": a.status or "ok",
        "source": a.source,
        "loaded_at": _now(),
    }


def finding_id(article_key: str, finding: Finding, occurrence: int = 0) -> str:
    """A deterministic id for a finding: a hash of its article key and its content (endpoint,
    kind, value, unit, CI, timepoint, not-reached, n/N, group, of, offsets).

    Content rather than position, so that a re-extraction that adds or drops one figure leaves
    the ids of the others unchanged. ``sentence`` and ``flags`` are left out: they describe a
    figure rather than identify it. ``occurrence`` separates exact duplicates.
    """
    parts = [
        article_key,
        finding.endpoint,
        finding.kind,
        _float(finding.value),
        finding.unit,
        _float(finding.ci_low),
        _float(finding.ci_high),
        _float(finding.months),
        bool(finding.not_reached),
        finding.n,
        finding.N,
        finding.group,
        finding.of,
        finding.start,
        finding.end,
    ]
    if occurrence:
        parts.append(occurrence)
    digest = hashlib.sha256(json.dumps(parts, separators=(",", ":")).encode("utf-8"))
    return digest.hexdigest()[:20]


def finding_rows(article_key: str, findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """The ``findings`` rows for one article, in extraction order."""
    rows: list[dict[str, Any]] = []
    seen: Counter = Counter()
    for ordinal, f in enumerate(findings):
        base = finding_id(article_key, f)
        fid = finding_id(article_key, f, seen[base]) if seen[base] else base
        seen[base] += 1
        rows.append(
            {
                "id": fid,
                "article": article_key,
                "ordinal": ordinal,
                "endpoint": f.endpoint,
                "kind": f.kind,
                "value": _float(f.value),
                "unit": f.unit,
                "ci_low": _float(f.ci_low),
                "ci_high": _float(f.ci_high),
                "months": _float(f.months),
                "not_reached": int(bool(f.not_reached)),
                "n": f.n,
                "n_total": f.N,
                "group_label": f.group,
                "of": f.of,
                "sentence": f.sentence,
                "start": f.start,
                "end": f.end,
                "flags": _json(f.flags),
            }
        )
    return rows


def _validate(extraction: Extraction) -> None:
    key = extraction.article.key
    if extraction.design not in DESIGNS:
        raise StoreError(f"{key}: unknown design {extraction.design!r}")
    for f in extraction.findings:
        if f.endpoint not in ENDPOINTS:
            raise StoreError(f"{key}: unknown endpoint {f.endpoint!r}")
        if f.kind not in KINDS:
            raise StoreError(f"{key}: unknown kind {f.kind!r} for {f.endpoint}")


def _topic_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise StoreError("a topic needs a non-empty name")
    return name


def _json(items: Iterable[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def _float(x: float | int | None) -> float | None:
    # 59 and 59.0 are the same figure: normalise so ids and comparisons agree.
    return None if x is None else float(x)


def _same(stored: dict[str, Any], row: dict[str, Any], ignore: Sequence[str] = ()) -> bool:
    """True when every column of ``row`` (but ``ignore``) has the same value in ``stored``."""
    return all(stored.get(k) == v for k, v in row.items() if k not in ignore)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
