"""evidence_frame and the export formats."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pandas as pd
import pytest

import extractor
from extractor.analysis.export import COLUMNS, METAFOR_COLUMNS, evidence_frame, export
from extractor.errors import StoreError
from extractor.store import Store


def test_public_api_returns_dataframe(db_path: Path) -> None:
    assert "evidence_frame" in extractor.__all__
    df = extractor.evidence_frame("her2", "iorr", db=db_path, drug="T-DXd")
    assert isinstance(df, pd.DataFrame) and list(df.columns) == COLUMNS
    # One report per study: TUXEDO-1 once (the final report), no T-DM1 study.
    assert sorted(df["study"]) == ["Bartsch 2025", "DEBBRAH", "Fabi 2025", "ROSET-BM", "TUXEDO-1"]
    tux = df[df["study"] == "TUXEDO-1"].iloc[0]
    assert (tux["article"], tux["xi"], tux["ni"], tux["count_source"]) == (
        "38963808",
        11,
        15,
        "stated",
    )
    assert tux["yi"] == pytest.approx(math.log(11 / 4))
    assert tux["vi"] == pytest.approx(1 / 11 + 1 / 4) and tux["sei"] == pytest.approx(
        math.sqrt(1 / 11 + 1 / 4)
    )
    fabi = df[df["study"] == "Fabi 2025"].iloc[0]
    # 59 % of 39 patients: x back-computed and flagged as derived.
    assert (fabi["xi"], fabi["ni"], fabi["count_source"]) == (23, 39, "derived-cohort")
    assert "x-derived" in fabi["flags"] and fabi["measure"] == "PLO"
    pooled = df[df["study"] == "Bartsch 2025"].iloc[0]
    assert (pooled["xi"], pooled["ni"], pooled["contains"]) == (24, 37, "DEBBRAH, TUXEDO-1")


def test_all_reports_and_filters(store: Store) -> None:
    every = evidence_frame("her2", "iORR", store=store, one_per_study=False)
    assert (every["study"] == "TUXEDO-1").sum() == 2
    trials = evidence_frame("her2", "iORR", store=store, design="trial", drug="T-DM1")
    assert list(trials["study"]) == ["KAMILLA"]
    assert trials.iloc[0]["count_source"] == "ci" and trials.iloc[0]["ni"] == 126
    hr = evidence_frame("her2", "HR", store=store)
    assert hr.iloc[0]["measure"] == "logHR" and hr.iloc[0]["yi"] == pytest.approx(math.log(0.5))
    rate = evidence_frame("her2", "OS", store=store, kind="rate")
    assert pd.isna(rate.iloc[0]["yi"]) and rate.iloc[0]["note"] == "no CI, no standard error"
    with pytest.raises(StoreError, match="unknown drug"):
        evidence_frame("her2", store=store, drug="aspirin")
    with pytest.raises(StoreError, match="no topic"):
        evidence_frame("nope", store=store)


def test_export_formats(store: Store, tmp_path: Path) -> None:
    df = evidence_frame("her2", "iORR", store=store)
    text = export(df, "metafor")
    assert text is not None
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == METAFOR_COLUMNS
    assert METAFOR_COLUMNS[:9] == [
        "study",
        "year",
        "design",
        "xi",
        "ni",
        "yi",
        "vi",
        "sei",
        "measure",
    ]
    assert len(rows) == int(df["yi"].notna().sum())  # only poolable rows
    tux = next(r for r in rows if r["study"] == "TUXEDO-1")
    assert float(tux["yi"]) == math.log(11 / 4)  # full precision survives the CSV
    full = export(df, "csv")
    assert full is not None and full.splitlines()[0] == ",".join(COLUMNS)
    records = json.loads(export(df, "json") or "")
    assert len(records) == len(df) and all(
        r["note"] is None or isinstance(r["note"], str) for r in records
    )
    out = tmp_path / "e.parquet"
    assert export(df, "parquet", out) is None
    back = pd.read_parquet(out)
    assert list(back.columns) == COLUMNS and len(back) == len(df)
    with pytest.raises(ValueError):
        export(df, "parquet")
    with pytest.raises(ValueError):
        export(df, "xlsx")  # type: ignore[arg-type]
