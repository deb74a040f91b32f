"""The comparison view and compare(): figures on a small dataset worked out by hand."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from extractor import open_store
from extractor.analysis.compare import canonical_endpoint, columns, compare, format_comparison
from extractor.errors import StoreError
from extractor.models import Article, Extraction, Finding
from extractor.store import Store


def _save(
    store: Store,
    pmid: str,
    design: str,
    cohort: int | None,
    findings: list[Finding],
    topic: str = "her2",
) -> None:
    article = Article(pmid=pmid, title=f"study {pmid}", abstract=f"abstract {pmid}", year=2024)
    store.save(Extraction(article, design, cohort, tuple(findings)), topic)


def iorr(value: float | None, **kw: object) -> Finding:
    return Finding("iORR", "proportion", value, "%", **kw)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "evidence.db") as s:
        # Real-world iORR: 59, 62.7, 45, 70 -> even count, median (59 + 62.7) / 2 = 60.85.
        _save(
            s,
            "1",
            "real-world",
            39,
            [iorr(59.0), Finding("OS", "median", None, "months", not_reached=True)],
        )
        # Article 2 states iORR twice (two criteria): two values, one study, 51 patients once.
        _save(s, "2", "real-world", 51, [iorr(62.7), iorr(45.0), iorr(99.0, group="active BM")])
        _save(s, "3", "real-world", None, [iorr(70.0), Finding("OS", "median", 27.0, "months")])
        # Trials: 71.7, 73.3, 21.4 -> odd count, median 71.7.
        _save(s, "4", "trial", 263, [iorr(71.7), Finding("OS", "rate", 61.6, "%", months=12)])
        _save(s, "5", "trial", 15, [iorr(73.3), Finding("HR", "hr", 0.32, None, of="iPFS")])
        _save(s, "6", "trial", 126, [iorr(21.4), Finding("OS", "rate", 80.0, "%", months=24)])
        _save(s, "7", "pooled", 37, [iorr(64.9)])
        _save(s, "8", "other", 5, [iorr(10.0)])
        # Another topic must not leak into "her2".
        _save(s, "9", "real-world", 1000, [iorr(1.0)], topic="other-topic")
        yield s


def _cell(store: Store, design: str, endpoint: str = "iORR") -> dict:
    rows = store.query(
        "SELECT * FROM comparison WHERE topic = 'her2' AND endpoint = ? AND design = ?",
        [endpoint, design],
    )
    assert len(rows) == 1, rows
    return rows[0]


def test_comparison_view_even_count_median(store: Store) -> None:
    rw = _cell(store, "real-world")
    assert rw["studies"] == 3
    assert rw["patients"] == 39 + 51  # article 3 states no cohort size; article 2 counted once
    assert rw["n_values"] == 4
    assert (rw["min_value"], rw["max_value"]) == (45.0, 70.0)
    assert rw["median_value"] == pytest.approx((59.0 + 62.7) / 2)
    assert rw["not_reached"] == 0


def test_comparison_view_odd_count_median_and_subgroups_left_out(store: Store) -> None:
    trial = _cell(store, "trial")
    assert (trial["studies"], trial["patients"]) == (3, 263 + 15 + 126)
    assert (trial["min_value"], trial["median_value"], trial["max_value"]) == (21.4, 71.7, 73.3)
    # 99.0 is an "active BM" subgroup figure: not in the whole-cohort summary.
    assert _cell(store, "real-world")["max_value"] == 70.0


def test_comparison_view_not_reached_counted_apart(store: Store) -> None:
    os_rw = store.query(
        "SELECT * FROM comparison WHERE topic = 'her2' AND endpoint = 'OS' AND kind = 'median'"
    )
    assert len(os_rw) == 1
    row = os_rw[0]
    assert (row["studies"], row["n_values"], row["not_reached"]) == (2, 1, 1)
    assert row["min_value"] == row["median_value"] == row["max_value"] == 27.0


def test_comparison_view_keeps_timepoints_and_hr_of_apart(store: Store) -> None:
    rates = store.query(
        "SELECT months, median_value FROM comparison "
        "WHERE topic = 'her2' AND endpoint = 'OS' AND kind = 'rate' ORDER BY months"
    )
    assert rates == [{"months": 12.0, "median_value": 61.6}, {"months": 24.0, "median_value": 80.0}]
    hr = _cell(store, "trial", "HR")
    assert hr["of"] == "iPFS" and hr["median_value"] == 0.32


def test_comparison_view_single_value_and_median_of_two(tmp_path: Path) -> None:
    with open_store(tmp_path / "e.db") as s:
        _save(s, "1", "trial", 10, [iorr(10.0)])
        assert _cell(s, "trial")["median_value"] == 10.0
        _save(s, "2", "trial", 10, [iorr(30.0)])
        assert _cell(s, "trial")["median_value"] == 20.0
        _save(s, "3", "trial", 10, [iorr(None, not_reached=True)])
        cell = _cell(s, "trial")
        assert (cell["median_value"], cell["not_reached"], cell["studies"]) == (20.0, 1, 3)


def test_compare_frame(store: Store) -> None:
    df = compare(store, "her2")
    assert list(df.columns) == columns()
    # Ordered by the FORMAT.md vocabulary: iORR, iPFS (HR of iPFS sorts under HR), OS, HR.
    labels = list(zip(df["endpoint"], df["kind"], df["months"].fillna(0), strict=True))
    assert labels == [
        ("iORR", "proportion", 0),
        ("OS", "median", 0),
        ("OS", "rate", 12.0),
        ("OS", "rate", 24.0),
        ("HR", "hr", 0),
    ]
    row = df.iloc[0]
    assert (row["rw_studies"], row["rw_patients"]) == (3, 90)
    assert row["rw_median"] == pytest.approx(60.85)
    assert (row["trial_studies"], row["trial_median"]) == (3, 71.7)
    assert (row["pooled_studies"], row["pooled_median"]) == (1, 64.9)
    assert row["meta_studies"] == 0 and pd.isna(row["meta_median"])
    # "other" design never shows, and the other topic's 1.0 never leaks in.
    assert row["rw_min"] == 45.0
    assert df.iloc[1]["rw_nr"] == 1 and df.iloc[1]["trial_studies"] == 0
    assert pd.isna(df.iloc[1]["trial_patients"])


def test_compare_endpoint_filter_and_errors(store: Store) -> None:
    df = compare(store, "her2", endpoint="os")
    assert set(df["endpoint"]) == {"OS"} and len(df) == 3
    assert canonical_endpoint("IORR") == "iORR"
    with pytest.raises(StoreError, match="unknown endpoint"):
        compare(store, "her2", endpoint="PFS2")
    with pytest.raises(StoreError, match="no topic 'nope'.*her2"):
        compare(store, "nope")


def test_compare_topic_without_figures(store: Store) -> None:
    store.add_topic("empty")
    df = compare(store, "empty")
    assert df.empty and list(df.columns) == columns()
    assert "no figures" in format_comparison(df, "table")
    assert json.loads(format_comparison(df, "json")) == []


def test_format_table(store: Store) -> None:
    text = format_comparison(compare(store, "her2"), "table")
    lines = text.splitlines()
    assert "real-world" in lines[0] and "trial" in lines[0] and "pooled" in lines[0]
    assert "meta-analyses" not in lines[0]  # empty block hidden
    iorr_line = next(line for line in lines if line.startswith("iORR"))
    assert "60.85" in iorr_line and "71.7" in iorr_line and "64.9" in iorr_line
    assert any(line.startswith("HR(iPFS)") for line in lines)
    widths = {len(line) for line in lines[1:3]}
    assert len(widths) == 1  # header and rule line up
    assert max(len(line) for line in lines[:-1]) <= 140


def test_format_csv_and_json(store: Store) -> None:
    df = compare(store, "her2")
    rows = list(csv.DictReader(io.StringIO(format_comparison(df, "csv"))))
    assert len(rows) == len(df)
    assert rows[0]["endpoint"] == "iORR" and float(rows[0]["rw_median"]) == pytest.approx(60.85)
    assert rows[0]["meta_median"] == ""
    records = json.loads(format_comparison(df, "json"))
    assert records[0]["rw_studies"] == 3 and records[0]["meta_median"] is None
    assert records[0]["months"] is None and records[2]["months"] == 12.0
    assert not any(isinstance(v, float) and math.isnan(v) for r in records for v in r.values())
    with pytest.raises(ValueError):
        format_comparison(df, "xml")  # type: ignore[arg-type]
