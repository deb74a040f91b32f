"""Real-world against trial results, endpoint by endpoint, from the ``comparison`` view.

One row per endpoint (with ``of`` for hazard ratios), kind, timepoint (``months``) and unit;
for each design a block of columns with the same statistics:

===========  ================================================================================
prefix       design (FORMAT.md)
===========  ================================================================================
``rw_``      ``real-world``
``trial_``   ``trial``
``pooled_``  ``pooled`` (pooled analyses of several studies)
``meta_``    ``meta-analysis``
===========  ================================================================================

and in each block ``studies`` (distinct articles), ``patients`` (sum of those articles' cohort
sizes; NA when none is stated), ``min``, ``median``, ``max`` (of the stated values) and ``nr``
(figures "not reached", which have no value). Pooled analyses and meta-analyses get their own
blocks rather than being mixed into ``trial_``: they re-use patients the trials already report,
so adding them in would count patients twice. Design ``other`` is left out.

Only whole-cohort figures are summarised (see ``db/views.sql``). Every article reporting a
figure counts as a study: several reports of one study are not yet merged (issue 5).
"""

from __future__ import annotations

import json
import math
from typing import Literal

import pandas as pd

from extractor.errors import StoreError
from extractor.models import ENDPOINTS, KINDS
from extractor.store import Store

#: Column prefix of each design shown, in display order.
DESIGN_PREFIXES: dict[str, str] = {
    "real-world": "rw",
    "trial": "trial",
    "pooled": "pooled",
    "meta-analysis": "meta",
}
#: Statistics per design block: output suffix -> column of the comparison view.
STATS: dict[str, str] = {
    "studies": "studies",
    "patients": "patients",
    "min": "min_value",
    "median": "median_value",
    "max": "max_value",
    "nr": "not_reached",
}
KEYS: list[str] = ["endpoint", "of", "kind", "months", "unit"]
_COUNT_STATS = ("studies", "patients", "nr")


def columns() -> list[str]:
    """The columns of :func:`compare`'s DataFrame, in order."""
    return KEYS + [f"{p}_{s}" for p in DESIGN_PREFIXES.values() for s in STATS]


def compare(store: Store, topic: str, endpoint: str | None = None) -> pd.DataFrame:
    """Real-world, trial, pooled and meta-analysis figures side by side for ``topic``.

    ``endpoint`` (a FORMAT.md name, any case) keeps that endpoint only; ``"HR"`` keeps hazard
    ratios of every ``of``. Rows are ordered by the FORMAT.md endpoint vocabulary, then kind,
    then timepoint. Counts are nullable integers (``studies`` and ``nr`` are 0 where a design
    has no figure), values floats. Raises :class:`StoreError` for an unknown topic or endpoint.
    """
    known = store.topics()
    if topic not in known:
        listed = ", ".join(known) if known else "none yet; run `extractor load --topic ...`"
        raise StoreError(f"no topic {topic!r} in {store.path} (topics: {listed})")
    sql = "SELECT * FROM comparison WHERE topic = ?"
    params: list[object] = [topic]
    if endpoint is not None:
        sql += " AND endpoint = ?"
        params.append(canonical_endpoint(endpoint))
    rows = store.query(sql, params)

    cells: dict[tuple, dict[str, object]] = {}
    for row in rows:
        prefix = DESIGN_PREFIXES.get(row["design"])
        if prefix is None:
            continue
        key = tuple(row[k] for k in KEYS)
        cell = cells.setdefault(key, dict(zip(KEYS, key, strict=True)))
        for suffix, source in STATS.items():
            cell[f"{prefix}_{suffix}"] = row[source]

    df = pd.DataFrame(list(cells.values()), columns=columns())
    for prefix in DESIGN_PREFIXES.values():
        for suffix in STATS:
            col = f"{prefix}_{suffix}"
            if suffix in _COUNT_STATS:
                df[col] = df[col].astype("Int64")
                if suffix != "patients":
                    df[col] = df[col].fillna(0)
            else:
                df[col] = df[col].astype("float64")
    df["months"] = df["months"].astype("float64")
    if df.empty:
        return df
    order = df.assign(
        _e=df["endpoint"].map(_rank(ENDPOINTS)),
        _k=df["kind"].map(_rank(KINDS)),
        _m=df["months"].fillna(-1.0),
        _o=df["of"].fillna(""),
        _u=df["unit"].fillna(""),
    ).sort_values(["_e", "_o", "_k", "_m", "_u"], kind="stable")
    return df.loc[order.index].reset_index(drop=True)


def canonical_endpoint(name: str) -> str:
    """The FORMAT.md spelling of an endpoint given in any case (``iorr`` -> ``iORR``)."""
    by_fold = {e.casefold(): e for e in ENDPOINTS}
    try:
        return by_fold[name.strip().casefold()]
    except KeyError:
        raise StoreError(f"unknown endpoint {name!r} (one of: {', '.join(ENDPOINTS)})") from None


def format_comparison(df: pd.DataFrame, fmt: Literal["table", "csv", "json"] = "table") -> str:
    """Render :func:`compare`'s DataFrame.

    ``csv``: every column, empty cells for missing values. ``json``: a list of row objects,
    ``null`` for missing values. ``table``: a fixed-width table for terminals with the
    real-world and trial blocks always shown and the pooled / meta-analysis blocks only when
    they hold a figure, plus a legend.
    """
    if fmt == "csv":
        return df.to_csv(index=False)
    if fmt == "json":
        records = [{k: _plain(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
        return json.dumps(records, indent=2) + "\n"
    if fmt == "table":
        return _table(df)
    raise ValueError(f"unknown format {fmt!r} (table, csv or json)")


# -- the terminal table ----------------------------------------------------------------------

_DESIGN_TITLES = {
    "rw": "real-world",
    "trial": "trial",
    "pooled": "pooled analyses",
    "meta": "meta-analyses",
}
# (suffix, header, width) of each column in a design block.
_BLOCK = (
    ("studies", "k", 3),
    ("patients", "pts", 5),
    ("min", "min", 5),
    ("median", "median", 6),
    ("max", "max", 5),
    ("nr", "NR", 2),
)
_LEAD = (("endpoint", 9), ("kind", 10), ("months", 6), ("unit", 6))
_GAP = "  "  # between the leading columns
_CELL_GAP = " "  # between the columns of a design block
_SEP = " | "


def _table(df: pd.DataFrame) -> str:
    if df.empty:
        return "no figures for this topic and endpoint\n"
    shown = [
        p
        for p in DESIGN_PREFIXES.values()
        if p in ("rw", "trial") or int(df[f"{p}_studies"].sum()) > 0
    ]
    lead_width = sum(w for _, w in _LEAD) + len(_GAP) * (len(_LEAD) - 1)
    block_width = sum(w for _, _, w in _BLOCK) + len(_CELL_GAP) * (len(_BLOCK) - 1)

    title = " " * lead_width + "".join(
        _SEP + _DESIGN_TITLES[p].center(block_width, "-") for p in shown
    )
    header = _GAP.join(h.ljust(w) for h, w in _LEAD) + "".join(
        _SEP + _CELL_GAP.join(h.rjust(w) for _, h, w in _BLOCK) for _ in shown
    )
    lines = [title.rstrip(), header, "-" * len(header)]
    for row in df.to_dict(orient="records"):
        label = row["endpoint"] if _missing(row["of"]) else f"{row['endpoint']}({row['of']})"
        lead = [label, row["kind"], _fmt(row["months"], "-"), _fmt(row["unit"], "")]
        line = _GAP.join(str(v).ljust(w) for v, (_, w) in zip(lead, _LEAD, strict=True))
        for p in shown:
            if not _present(row[f"{p}_studies"]):
                cells = [""] * len(_BLOCK)
            else:
                cells = [_fmt(row[f"{p}_{s}"], "-") for s, _, _ in _BLOCK]
            widths = [w for _, _, w in _BLOCK]
            line += _SEP + _CELL_GAP.join(c.rjust(w) for c, w in zip(cells, widths, strict=True))
        lines.append(line.rstrip())
    lines.append("")
    lines.append("k studies (articles), pts patients (sum of stated cohort sizes),")
    lines.append("min/median/max of the stated values, NR not reached; whole-cohort figures only.")
    return "\n".join(lines) + "\n"


def _present(studies: object) -> bool:
    return not _missing(studies) and int(studies) > 0  # type: ignore[call-overload]


def _fmt(value: object, missing: str) -> str:
    if _missing(value):
        return missing
    if isinstance(value, float):
        return f"{round(value, 2):g}"
    return str(value)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _plain(value: object) -> object:
    """A JSON-ready scalar: NA/NaN -> None, numpy numbers -> Python numbers."""
    if _missing(value):
        return None
    if hasattr(value, "item"):
        return value.item()  # type: ignore[union-attr]
    return value


def _rank(names: tuple[str, ...]) -> dict[str, int]:
    return {name: i for i, name in enumerate(names)}
