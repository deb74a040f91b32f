"""Querying the evidence table: filters for the common questions, SQL for the rest.

:func:`find` answers "which figures for drug D, endpoint E, design X, published between Y1 and
Y2, from at least N patients, flagged F?" from the ``evidence`` view. :func:`run_sql` runs any
SELECT on a store opened read-only (``open_store(readonly=True)``, a ``mode=ro`` connection)
with ``PRAGMA query_only`` on as well, so SQLite itself refuses every statement that would
change the file: no query typed at the command line can damage the evidence table.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Sequence
from typing import Any

import pandas as pd

from extractor.analysis.compare import canonical_endpoint
from extractor.analysis.drugs import canonical_drug
from extractor.analysis.identity import resolve
from extractor.errors import StoreError
from extractor.models import DESIGNS
from extractor.store import Store

#: Columns :func:`find` returns, in order.
COLUMNS: list[str] = [
    "pmid",
    "article",
    "year",
    "design",
    "drug",
    "study",
    "endpoint",
    "of",
    "kind",
    "months",
    "value",
    "unit",
    "ci_low",
    "ci_high",
    "not_reached",
    "n",
    "N",
    "cohort_size",
    "group",
    "flags",
    "sentence",
]


def find(
    store: Store,
    *,
    topic: str | None = None,
    drug: str | None = None,
    endpoint: str | None = None,
    design: Sequence[str] | str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    min_n: int | None = None,
    flags: Sequence[str] = (),
    flagged: bool = False,
) -> pd.DataFrame:
    """Findings matching every filter given, one row each (:data:`COLUMNS`).

    ``min_n`` compares the finding's N, else its article's cohort size (figures with neither
    are left out when it is given). ``flags``: findings carrying each of these flags;
    ``flagged``: findings carrying any flag. ``drug`` (any synonym) uses the drug the article is
    about (:mod:`extractor.analysis.drugs`). Subgroup and arm figures are included (``group``
    says which). Raises :class:`StoreError` for an unknown topic, endpoint, design or drug.
    """
    sql = ["SELECT * FROM evidence WHERE 1"]
    params: list[Any] = []
    if topic is not None:
        if topic not in store.topics():
            raise StoreError(f"no topic {topic!r} in {store.path}")
        sql.append("AND topic = ?")
        params.append(topic)
    if endpoint is not None:
        sql.append("AND endpoint = ?")
        params.append(canonical_endpoint(endpoint))
    designs = [design] if isinstance(design, str) else list(design or [])
    for d in designs:
        if d not in DESIGNS:
            raise StoreError(f"unknown design {d!r} (one of: {', '.join(DESIGNS)})")
    if designs:
        sql.append(f"AND design IN ({','.join('?' * len(designs))})")
        params.extend(designs)
    if year_from is not None:
        sql.append("AND year >= ?")
        params.append(year_from)
    if year_to is not None:
        sql.append("AND year <= ?")
        params.append(year_to)
    if min_n is not None:
        sql.append("AND COALESCE(n_total, cohort_size) >= ?")
        params.append(min_n)
    for flag in flags:
        sql.append("AND EXISTS (SELECT 1 FROM json_each(evidence.flags) WHERE value = ?)")
        params.append(flag)
    if flagged:
        sql.append("AND json_array_length(flags) > 0")
    sql.append("ORDER BY year, article, ordinal")
    rows = store.query(" ".join(sql), params)
    rows = list({r["finding_id"]: r for r in rows}.values())  # one row per finding
    identity = resolve(store, topic)
    wanted = None
    if drug is not None:
        wanted = canonical_drug(drug)
        if wanted is None:
            raise StoreError(f"unknown drug {drug!r}")
    records = []
    for r in rows:
        report = identity.reports.get(r["article"])
        article_drug = report.drug if report else None
        if wanted is not None and article_drug != wanted:
            continue
        records.append(
            {
                **{k: r.get(k) for k in COLUMNS if k in r},
                "drug": article_drug,
                "study": report.study if report else r["article"],
                "N": r["n_total"],
                "group": r["group_label"],
                "flags": " ".join(json.loads(r["flags"] or "[]")),
            }
        )
    df = pd.DataFrame(records, columns=COLUMNS)
    for col in ("year", "n", "N", "cohort_size", "not_reached"):
        df[col] = df[col].astype("Int64")
    return df


def run_sql(store: Store, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
    """Rows of one SQL statement, on a read-only store only.

    Raises :class:`StoreError` when the store is writable (refused before running anything),
    and for any SQLite error, including "attempt to write a readonly database".
    """
    if not store.readonly:
        raise StoreError("run_sql needs a store opened with open_store(readonly=True)")
    try:
        store.db.execute("PRAGMA query_only = ON")
        cursor = store.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return pd.DataFrame(cursor.fetchall(), columns=names)
    except sqlite3.Error as err:
        raise StoreError(f"SQL failed: {err}") from err


def format_frame(df: pd.DataFrame, fmt: str = "table", max_width: int = 60) -> str:
    """``table`` (fixed width, long text cut to ``max_width``), ``csv`` or ``json`` (a list of
    row objects, null for missing)."""
    if fmt == "csv":
        return df.to_csv(index=False)
    if fmt == "json":
        records = [{k: _plain(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r} (table, csv or json)")
    if df.empty:
        return "no rows\n"
    shown = df.copy()
    for col in shown.columns:
        shown[col] = [_cell(v, max_width) for v in shown[col]]
    widths = {c: max(len(str(c)), *(len(v) for v in shown[c])) for c in shown.columns}
    lines = ["  ".join(str(c).ljust(widths[c]) for c in shown.columns).rstrip()]
    lines.append("  ".join("-" * widths[c] for c in shown.columns))
    for row in shown.itertuples(index=False):
        lines.append(
            "  ".join(v.ljust(widths[c]) for v, c in zip(row, shown.columns, strict=True)).rstrip()
        )
    return "\n".join(lines) + "\n"


def _cell(value: object, max_width: int) -> str:
    if _plain(value) is None:
        return ""
    text = f"{value:g}" if isinstance(value, float) else str(value).replace("\n", " ")
    return text if len(text) <= max_width else text[: max_width - 1] + "\u2026"


def _plain(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return value.item()  # type: ignore[union-attr]
    return value
