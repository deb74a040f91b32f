"""The evidence store: schema, idempotent saves, replacement, topics, withdrawal, read-only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from extractor import open_store
from extractor.errors import StoreError
from extractor.models import Article, Extraction, Finding
from extractor.store import Store, finding_id

ABSTRACT = (
    "Thirty-nine patients were included. The intracranial ORR was 59%. Median OS was not "
    "reached; the 12-month OS rate was 77.9%."
)


def _findings() -> tuple[Finding, ...]:
    return (
        Finding(
            "iORR",
            "proportion",
            59.0,
            "%",
            sentence="The intracranial ORR was 59%.",
            start=61,
            end=64,
        ),
        Finding("OS", "median", None, "months", not_reached=True, start=81, end=93),
        Finding("OS", "rate", 77.9, "%", months=12, start=130, end=135, flags=("checked",)),
    )


def _extraction(pmid: str = "39843642", abstract: str = ABSTRACT, **kw: object) -> Extraction:
    article = Article(
        pmid=pmid,
        doi="10.1038/s41698-025-00801-3",
        title="T-DXd in HER2+ breast cancer brain metastases",
        abstract=abstract,
        journal="NPJ Precis Oncol",
        year=2025,
        publication_types=("Journal Article", "Observational Study"),
        mesh_terms=("Breast Neoplasms",),
        authors=("Fabi A",),
        registry_ids=("NCT00000000",),
        source="test",
    )
    fields: dict[str, object] = {"design": "real-world", "cohort_size": 39, "findings": _findings()}
    fields.update(kw)
    return Extraction(article, **fields)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "sub" / "evidence.db") as s:
        yield s


def _rows(store: Store, table: str) -> list[dict]:
    return store.query(f"SELECT * FROM {table} ORDER BY 1, 2")


def test_open_creates_folder_schema_wal_and_views(tmp_path: Path) -> None:
    path = tmp_path / "new" / "dir" / "evidence.db"
    with open_store(path) as store:
        assert path.is_file()
        assert store.db.journal_mode == "wal"
        assert {"articles", "findings", "topics", "article_topics"} <= set(store.db.table_names())
        assert {"evidence", "comparison"} <= set(store.db.view_names())
        applied = store.applied_migrations()
        assert applied[0] == "m001_initial"
        assert store.db["findings"].foreign_keys[0].other_table == "articles"
        assert store.db["articles"].pks == ["key"]
        assert store.db["article_topics"].pks == ["topic", "article"]
        indexed = {tuple(i.columns) for i in store.db["findings"].indexes}
        assert ("article", "ordinal") in indexed
    # Re-opening applies nothing twice and re-creates the views without error.
    with open_store(path) as store:
        assert store.applied_migrations() == applied
        assert store.counts()["articles"] == 0


def test_open_store_uses_env_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_DB", str(tmp_path / "env.db"))
    with open_store() as store:
        assert store.path == tmp_path / "env.db"
    assert (tmp_path / "env.db").is_file()


def test_save_new_then_unchanged_leaves_same_rows(store: Store) -> None:
    assert store.save(_extraction(), "her2-bcbm") == "new"
    before = {t: _rows(store, t) for t in ("articles", "findings", "article_topics", "topics")}
    assert store.save(_extraction(), "her2-bcbm") == "unchanged"
    after = {t: _rows(store, t) for t in ("articles", "findings", "article_topics", "topics")}
    assert after == before
    assert store.counts() == {
        "articles": 1,
        "findings": 3,
        "topics": 1,
        "article_topics": 1,
        "withdrawn": 0,
    }


def test_rows_hold_every_format_field(store: Store) -> None:
    store.save(_extraction(), None)
    article = store.article("39843642")
    assert article is not None
    assert article["design"] == "real-world" and article["cohort_size"] == 39
    assert article["publication_types"] == '["Journal Article", "Observational Study"]'
    assert article["registry_ids"] == '["NCT00000000"]'
    assert article["status"] == "ok"
    rows = store.findings("39843642")
    assert [r["endpoint"] for r in rows] == ["iORR", "OS", "OS"]
    assert rows[0]["sentence"] == "The intracranial ORR was 59%."
    assert (rows[0]["start"], rows[0]["end"]) == (61, 64)
    assert rows[1]["not_reached"] == 1 and rows[1]["value"] is None
    assert rows[2]["months"] == 12.0 and rows[2]["flags"] == '["checked"]'


def test_finding_ids_are_deterministic_and_content_based() -> None:
    f = _findings()[0]
    assert finding_id("1", f) == finding_id("1", replace(f, value=59))  # 59 == 59.0
    assert finding_id("1", f) != finding_id("2", f)
    assert finding_id("1", f) != finding_id("1", replace(f, value=59.1))
    # Flags and sentence describe a figure, they do not identify it.
    assert finding_id("1", f) == finding_id("1", replace(f, flags=("x",), sentence="s"))


def test_identical_findings_get_distinct_ids(store: Store) -> None:
    f = _findings()[0]
    store.save(_extraction(findings=(f, f)), None)
    ids = [r["id"] for r in store.findings("39843642")]
    assert len(set(ids)) == 2
    assert store.save(_extraction(findings=(f, f)), None) == "unchanged"


def test_changed_abstract_replaces_findings(store: Store) -> None:
    store.save(_extraction(), "t")
    old_ids = {r["id"] for r in store.findings("39843642")}
    new_abstract = ABSTRACT + " Median iPFS was 15.6 months."
    kept = _findings()[:2]
    added = Finding("iPFS", "median", 15.6, "months", start=160, end=164)
    result = store.save(_extraction(abstract=new_abstract, findings=(*kept, added)), "t")
    assert result == "updated"
    rows = store.findings("39843642")
    assert [r["endpoint"] for r in rows] == ["iORR", "OS", "iPFS"]
    new_ids = {r["id"] for r in rows}
    # The two findings still produced keep their ids; the dropped one is gone.
    assert len(old_ids & new_ids) == 2
    assert store.counts()["findings"] == 3
    article = store.article("39843642")
    assert article is not None and article["abstract"] == new_abstract
    assert store.save(_extraction(abstract=new_abstract, findings=(*kept, added)), "t") == (
        "unchanged"
    )


def test_changed_findings_or_design_is_an_update(store: Store) -> None:
    store.save(_extraction(), None)
    assert store.save(_extraction(design="trial"), None) == "updated"
    assert store.save(_extraction(design="trial", findings=()), None) == "updated"
    assert store.counts()["findings"] == 0


def test_replacement_is_one_transaction(store: Store) -> None:
    store.save(_extraction(), None)
    before = _rows(store, "findings")
    bad = _extraction(abstract="changed", findings=(Finding("iORR", "proportion", 1.0),))
    # Make the findings insert fail after the article row and the deletes have run.
    store.db.execute(
        "CREATE TRIGGER no_insert BEFORE INSERT ON findings BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        store.save(bad, None)
    assert _rows(store, "findings") == before
    article = store.article("39843642")
    assert article is not None and article["abstract"] == ABSTRACT


def test_article_in_several_topics(store: Store) -> None:
    assert store.save(_extraction(), "her2-bcbm") == "new"
    assert store.save(_extraction(), "t-dxd") == "unchanged"
    assert store.save(_extraction(pmid="2"), "t-dxd") == "new"
    assert store.topics() == ["her2-bcbm", "t-dxd"]
    members = store.query("SELECT topic, article FROM article_topics ORDER BY topic, article")
    assert members == [
        {"topic": "her2-bcbm", "article": "39843642"},
        {"topic": "t-dxd", "article": "2"},
        {"topic": "t-dxd", "article": "39843642"},
    ]
    # The evidence view has each finding once per topic of its article.
    per_topic = store.query("SELECT topic, COUNT(*) AS c FROM evidence GROUP BY topic")
    assert per_topic == [{"topic": "her2-bcbm", "c": 3}, {"topic": "t-dxd", "c": 6}]


def test_add_topic_keeps_query(store: Store) -> None:
    store.add_topic("her2-bcbm", "trastuzumab deruxtecan AND brain metastases")
    store.save(_extraction(), "her2-bcbm")
    rows = store.query("SELECT name, query FROM topics")
    assert rows == [{"name": "her2-bcbm", "query": "trastuzumab deruxtecan AND brain metastases"}]
    with pytest.raises(StoreError):
        store.add_topic("  ")


def test_withdrawn_article_is_excluded_from_views(store: Store) -> None:
    store.save(_extraction(), "t")
    assert len(store.query("SELECT * FROM evidence")) == 3
    gone = Extraction(Article(pmid="39843642", status="withdrawn"), "other", None)
    assert store.save(gone, "t") == "updated"
    assert store.save(gone, "t") == "unchanged"
    article = store.article("39843642")
    assert article is not None
    assert article["status"] == "withdrawn"
    assert article["title"].startswith("T-DXd")  # metadata kept for the record
    assert store.counts()["findings"] == 3
    assert store.counts()["withdrawn"] == 1
    assert store.query("SELECT * FROM evidence") == []
    assert store.query("SELECT * FROM comparison") == []
    # A withdrawn record never loaded before leaves a stub row.
    assert store.save(Extraction(Article(pmid="7", status="withdrawn"), "other", None)) == "new"
    assert store.counts()["withdrawn"] == 2


def test_reinstated_article_comes_back(store: Store) -> None:
    store.save(_extraction(), "t")
    store.save(Extraction(Article(pmid="39843642", status="withdrawn"), "other", None), "t")
    assert store.save(_extraction(), "t") == "updated"
    assert len(store.query("SELECT * FROM evidence")) == 3


def test_doi_only_article_is_keyed_by_doi(store: Store) -> None:
    article = Article(pmid=None, doi="10.1016/J.ESMOOP.2024.102924", title="x", abstract="y")
    assert store.save(Extraction(article, "trial", 82), None) == "new"
    assert store.article("doi:10.1016/j.esmoop.2024.102924") is not None


def test_unknown_vocabulary_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="39843642.*design"):
        store.save(_extraction(design="cohort"), None)
    with pytest.raises(StoreError, match="endpoint"):
        store.save(_extraction(findings=(Finding("PFS", "median", 3.0),)), None)
    assert store.counts()["articles"] == 0


def test_save_many_counts(store: Store) -> None:
    batch = [_extraction(pmid="1"), _extraction(pmid="2")]
    assert store.save_many(batch, "t") == {"new": 2}
    changed = [_extraction(pmid="1"), _extraction(pmid="2", design="trial")]
    assert store.save_many(changed, "t") == {"unchanged": 1, "updated": 1}


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO findings (id, article, ordinal, endpoint, kind, not_reached, start, "
            "\"end\") VALUES ('x', 'no-such-article', 0, 'OS', 'median', 0, 0, 0)"
        )


def test_readonly_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "evidence.db"
    with open_store(path) as store:
        store.save(_extraction(), "t")
    with open_store(path, readonly=True) as ro:
        assert ro.counts()["findings"] == 3
        assert len(ro.query("SELECT * FROM comparison")) == 3
        with pytest.raises(StoreError, match="read-only"):
            ro.save(_extraction(pmid="2"), "t")
        # SQLite itself refuses: what `extractor query --sql` relies on.
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ro.db.execute("DELETE FROM findings")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ro.db.execute("DROP VIEW evidence")
    with open_store(path) as store:
        assert store.counts()["findings"] == 3


def test_readonly_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no evidence database"):
        open_store(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(path)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(path, readonly=True)


def test_later_columns_do_not_break_idempotency(store: Store) -> None:
    # A later migration may add columns (a study link); reloads must still be "unchanged"
    # and must not wipe what was set there.
    store.save(_extraction(), "t")
    store.db["articles"].add_column("study_id", str)
    store.db["articles"].update("39843642", {"study_id": "DE-REAL"})
    assert store.save(_extraction(), "t") == "unchanged"
    assert store.save(_extraction(cohort_size=40), "t") == "updated"
    article = store.article("39843642")
    assert article is not None and article["study_id"] == "DE-REAL"
