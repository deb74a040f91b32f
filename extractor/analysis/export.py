"""The rows a meta-analysis needs, as pandas DataFrames and files.

:func:`evidence_frame` is the Python API (``extractor.evidence_frame``): one row per study
figure, one report per study per endpoint cell (see :mod:`extractor.analysis.identity`), with
the effect size each kind of figure pools on (see :mod:`extractor.analysis.meta`):

==============  ==========================================================================
column          meaning
==============  ==========================================================================
study           study name (acronym, registry number or "First-author year")
article, pmid   the report the figure comes from; ``superseded``: other reports of the study
year, design    of that report; ``drug`` the drug it is about (``analysis.drugs``)
endpoint ...    ``endpoint``, ``of``, ``kind``, ``months``, ``unit``, ``group``: the cell
value, ci_*     the figure as stated; ``not_reached`` 1 when a median was not reached
n, N            events and total as stated in the finding; ``cohort_size`` of the article
xi, ni          events and total used for a proportion; ``count_source``: ``stated``,
                ``derived`` (x from the percentage and the finding's N), ``derived-cohort``
                (from the article's cohort size), ``ci`` (recovered from the CI) or ``ci-se``
                (no x/n reproduces the CI, e.g. a meta-analysis's model-based CI: the logit
                standard error is taken from the CI and xi, ni stay empty)
yi, vi, sei     effect size, its sampling variance and standard error; empty when the figure
                cannot be pooled (``note`` says why)
measure         ``PLO`` (logit proportion), ``logHR``, ``logMedian``, ``logitRate``
flags           the finding's flags plus the analysis's own (``x-derived``, ``n-from-ci``...)
==============  ==========================================================================

:func:`export` writes it as CSV, JSON, Parquet or the metafor form: the columns
``escalc``/``rma`` take (``study, year, design, xi, ni, yi, vi, sei, measure``) plus
``drug``, ``endpoint`` and ``article``, e.g. ``rma(yi, vi, data = read.csv(f), method="REML")``.
"""

from __future__ import annotations

import io
import json
import math
import os
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from extractor.analysis import meta
from extractor.analysis.compare import canonical_endpoint
from extractor.analysis.drugs import canonical_drug
from extractor.analysis.identity import Identity, resolve, select_reports
from extractor.errors import StoreError
from extractor.models import DESIGNS
from extractor.store import Store, open_store

COLUMNS: list[str] = [
    "study",
    "article",
    "pmid",
    "year",
    "design",
    "drug",
    "endpoint",
    "of",
    "kind",
    "months",
    "unit",
    "group",
    "value",
    "ci_low",
    "ci_high",
    "not_reached",
    "n",
    "N",
    "cohort_size",
    "xi",
    "ni",
    "count_source",
    "yi",
    "vi",
    "sei",
    "measure",
    "reports",
    "superseded",
    "contains",
    "flags",
    "note",
    "sentence",
]
#: The metafor export: what ``escalc``/``rma`` take, then what a reader needs to subset.
METAFOR_COLUMNS: list[str] = [
    "study",
    "year",
    "design",
    "xi",
    "ni",
    "yi",
    "vi",
    "sei",
    "measure",
    "drug",
    "endpoint",
    "of",
    "months",
    "article",
]
MEASURES: dict[str, str] = {
    "proportion": "PLO",
    "hr": "logHR",
    "median": "logMedian",
    "rate": "logitRate",
}
FORMATS: tuple[str, ...] = ("csv", "metafor", "json", "parquet")


def evidence_frame(
    topic: str | None = None,
    endpoint: str | None = None,
    *,
    db: str | os.PathLike[str] | None = None,
    store: Store | None = None,
    drug: str | None = None,
    design: str | list[str] | None = None,
    kind: str | None = None,
    group: str | None = None,
    one_per_study: bool = True,
    latest: bool = True,
    drop_contained: bool = False,
) -> pd.DataFrame:
    """Study figures with their meta-analysis effect sizes, one row each (see module doc).

    ``topic`` and ``endpoint`` (any case; ``HR`` for hazard ratios of every ``of``) narrow the
    figures; ``drug`` (any synonym: ``T-DXd``) keeps the articles about that drug; ``design``
    one design or a list; ``kind`` one of proportion, median, rate, hr. Whole-cohort figures
    only, unless ``group`` is given: then the figures whose group label contains it (any case,
    e.g. ``"active"``). ``one_per_study`` (default) keeps one report per study per cell, the
    latest (``latest=False``: the earliest) unless a person preferred another; False keeps
    every figure. A pooled analysis whose member studies also have figures names them in
    ``contains``; ``drop_contained=True`` leaves such pooled analyses out (do that before
    pooling all designs together, or the same patients count twice).

    Pass an open ``store`` or a ``db`` path (default database otherwise; opened read-only and
    closed again). Raises :class:`StoreError` for an unknown topic, endpoint, drug or design.
    """
    if store is None:
        with open_store(db, readonly=True) as own:
            return evidence_frame(
                topic,
                endpoint,
                store=own,
                drug=drug,
                design=design,
                kind=kind,
                group=group,
                one_per_study=one_per_study,
                latest=latest,
            )
    rows, identity = _evidence_rows(store, topic, endpoint, drug, design, kind, group)
    if one_per_study:
        rows = select_reports(rows, identity, latest=latest, drop_contained=drop_contained)
    else:
        rows = [
            {
                **r,
                "study": identity.study(r["article"]),
                "reports": 1,
                "superseded": [],
                "drug": _drug(identity, r["article"]),
            }
            for r in rows
        ]
    records = [_effect_row(r) for r in rows]
    df = pd.DataFrame(records, columns=COLUMNS)
    for col in ("year", "n", "N", "cohort_size", "xi", "ni", "reports", "not_reached"):
        df[col] = df[col].astype("Int64")
    for col in ("value", "ci_low", "ci_high", "months", "yi", "vi", "sei"):
        df[col] = df[col].astype("float64")
    if df.empty:
        return df
    order = df.assign(
        _d=df["design"].map({d: i for i, d in enumerate(DESIGNS)}),
        _m=df["months"].fillna(-1.0),
        _o=df["of"].fillna(""),
        _y=df["year"].fillna(0),
    ).sort_values(["endpoint", "_o", "kind", "_m", "drug", "_d", "_y", "study"], kind="stable")
    return df.loc[order.index].reset_index(drop=True)


def _drug(identity: Identity, article: str) -> str | None:
    report = identity.reports.get(article)
    return report.drug if report else None


def _evidence_rows(
    store: Store,
    topic: str | None,
    endpoint: str | None,
    drug: str | None,
    design: str | list[str] | None,
    kind: str | None,
    group: str | None,
) -> tuple[list[dict[str, Any]], Identity]:
    sql = "SELECT * FROM evidence WHERE 1"
    params: list[Any] = []
    if topic is not None:
        if topic not in store.topics():
            raise StoreError(
                f"no topic {topic!r} in {store.path} (topics: {', '.join(store.topics())})"
            )
        sql += " AND topic = ?"
        params.append(topic)
    if endpoint is not None:
        sql += " AND endpoint = ?"
        params.append(canonical_endpoint(endpoint))
    designs = [design] if isinstance(design, str) else list(design or [])
    for d in designs:
        if d not in DESIGNS:
            raise StoreError(f"unknown design {d!r} (one of: {', '.join(DESIGNS)})")
    if designs:
        sql += f" AND design IN ({','.join('?' * len(designs))})"
        params.extend(designs)
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    if group is None:
        sql += " AND group_label IS NULL"
    else:
        sql += " AND instr(lower(group_label), lower(?)) > 0"
        params.append(group)
    rows = store.query(sql + " ORDER BY article, ordinal", params)
    # An article in two topics appears twice in the view without a topic filter.
    rows = list({r["finding_id"]: r for r in rows}.values())
    identity = resolve(store, topic)
    if drug is not None:
        wanted = canonical_drug(drug)
        if wanted is None:
            raise StoreError(f"unknown drug {drug!r}")
        rows = [r for r in rows if _drug(identity, r["article"]) == wanted]
    return rows, identity


def _effect_row(r: dict[str, Any]) -> dict[str, Any]:
    flags = list(json.loads(r.get("flags") or "[]"))
    out: dict[str, Any] = {
        "study": r["study"],
        "article": r["article"],
        "pmid": r.get("pmid"),
        "year": r.get("year"),
        "design": r.get("design"),
        "drug": r.get("drug"),
        "endpoint": r["endpoint"],
        "of": r.get("of"),
        "kind": r["kind"],
        "months": r.get("months"),
        "unit": r.get("unit"),
        "group": r.get("group_label"),
        "value": r.get("value"),
        "ci_low": r.get("ci_low"),
        "ci_high": r.get("ci_high"),
        "not_reached": r.get("not_reached"),
        "n": r.get("n"),
        "N": r.get("n_total"),
        "cohort_size": r.get("cohort_size"),
        "xi": None,
        "ni": None,
        "count_source": None,
        "yi": None,
        "vi": None,
        "sei": None,
        "measure": MEASURES.get(r["kind"]),
        "reports": r.get("reports", 1),
        "superseded": " ".join(r.get("superseded") or []),
        "contains": ", ".join(r.get("contains") or []),
        "flags": flags,
        "note": None,
        "sentence": r.get("sentence"),
    }
    try:
        _fill_effect(out, r, flags)
    except ValueError as err:
        out["note"] = str(err)
    out["flags"] = " ".join(flags)
    return out


def _fill_effect(out: dict[str, Any], r: dict[str, Any], flags: list[str]) -> None:
    kind, value = r["kind"], r.get("value")
    low, high = r.get("ci_low"), r.get("ci_high")
    if kind == "proportion":
        if r.get("design") == "meta-analysis" and low is not None and high is not None:
            # A meta-analysis's CI comes from its model, not from x/n: any "recovered" counts
            # would be fiction, so take the precision from the CI directly.
            counts: meta.Counts | str = "a meta-analysis's CI is not binomial"
        else:
            counts = meta.proportion_counts(
                value, low, high, r.get("n"), r.get("n_total"), r.get("cohort_size")
            )
        if isinstance(counts, str):
            if value is None or low is None or high is None:
                raise ValueError(counts)
            # No binomial x/n behind it (a pooled estimate, a model-based CI): the CI still
            # gives the precision, on the logit scale like the rest.
            sei = meta.se_from_ci(low / 100.0, high / 100.0, "logit")
            flags.append("se-from-ci")
            out.update(yi=meta.logit(value / 100.0), sei=sei, vi=sei**2, count_source="ci-se")
            return
        out.update(xi=counts.x, ni=counts.n, count_source=counts.source)
        flags.extend(
            {
                "derived": ["x-derived"],
                "derived-cohort": ["x-derived", "n-from-cohort"],
                "ci": ["x-derived", "n-from-ci"],
            }.get(counts.source, [])
        )
        flags.extend(counts.flags)
        yi, vi = meta.proportion_effect(counts.x, counts.n)
        out.update(yi=yi, vi=vi, sei=math.sqrt(vi))
        return
    if value is None:
        raise ValueError("not reached" if r.get("not_reached") else "no value")
    if low is None or high is None:
        raise ValueError("no CI, no standard error")
    if kind in ("hr", "median"):
        sei = meta.se_from_ci(low, high, "log")
        out.update(yi=math.log(value), sei=sei, vi=sei**2)
    elif kind == "rate":
        sei = meta.se_from_ci(low / 100.0, high / 100.0, "logit")
        out.update(yi=meta.logit(value / 100.0), sei=sei, vi=sei**2)
    else:
        raise ValueError(f"cannot pool kind {kind!r}")


# -- files -------------------------------------------------------------------------------------


def metafor_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The rows that can be pooled, in the metafor column layout (:data:`METAFOR_COLUMNS`)."""
    return df.loc[df["yi"].notna(), METAFOR_COLUMNS].reset_index(drop=True)


def export(
    df: pd.DataFrame,
    fmt: Literal["csv", "metafor", "json", "parquet"],
    out: str | os.PathLike[str] | None = None,
) -> str | None:
    """Write :func:`evidence_frame`'s DataFrame as ``fmt``.

    ``csv``, ``metafor`` (CSV, see :func:`metafor_frame`) and ``json`` (a list of row objects,
    ``null`` for missing) go to ``out`` or, without it, are returned as a string. ``parquet``
    needs ``out`` (it is binary). Returns None when written to a file.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet is binary: give a file to write (--out FILE.parquet)")
        df.to_parquet(Path(out), index=False)
        return None
    if fmt == "json":
        records = [{k: _plain(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
        text = json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    else:
        frame = metafor_frame(df) if fmt == "metafor" else df
        buf = io.StringIO()
        # Full precision: a metafor run on the file must see the numbers pooled here.
        frame.to_csv(buf, index=False, float_format="%.17g")
        text = buf.getvalue()
    if out is None:
        return text
    Path(out).write_text(text, encoding="utf-8")
    return None


def _plain(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        return value.item()  # type: ignore[union-attr]
    return value
