"""Filters, and SQL that can never change the evidence table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import open_store
from extractor.analysis.query import find, format_frame, run_sql
from extractor.errors import StoreError


def test_filters(db_path: Path) -> None:
    with open_store(db_path, readonly=True) as store:
        df = find(store, topic="her2", drug="T-DXd", endpoint="iORR", design="trial")
        assert sorted(df["study"]) == ["DEBBRAH", "TUXEDO-1", "TUXEDO-1"]
        assert list(find(store, year_from=2024, year_to=2024, endpoint="gPFS")["pmid"]) == [
            "38963808"
        ]
        big = find(store, min_n=100, endpoint="iORR")
        assert set(big["study"]) == {"KAMILLA"}  # ROSET-BM's iORR has N = 51
        assert find(store, flagged=True).empty
        with pytest.raises(StoreError, match="unknown design"):
            find(store, design="cohort")


def test_sql_is_read_only(db_path: Path) -> None:
    with open_store(db_path, readonly=True) as store:
        df = run_sql(store, "SELECT design, COUNT(*) AS n FROM evidence GROUP BY design")
        assert dict(zip(df["design"], df["n"], strict=True))["trial"] == 6
        for sql in (
            "DELETE FROM findings",
            "DROP TABLE findings",
            "INSERT INTO topics (name, created_at) VALUES ('x', 'y')",
            "UPDATE articles SET year = 1900",
            "CREATE TABLE t (x)",
        ):
            with pytest.raises(StoreError, match="SQL failed"):
                run_sql(store, sql)
    with open_store(db_path) as store:
        assert store.counts()["findings"] == 11 and store.topics() == ["her2"]
        with pytest.raises(StoreError, match="readonly=True"):
            run_sql(store, "SELECT 1")


def test_formats(db_path: Path) -> None:
    with open_store(db_path, readonly=True) as store:
        df = find(store, endpoint="HR")
    assert json.loads(format_frame(df, "json"))[0]["of"] == "gPFS"
    assert format_frame(df, "csv").startswith("pmid,article,year")
    table = format_frame(df, "table").splitlines()
    assert table[0].startswith("pmid") and set(table[1]) <= {"-", " "}
