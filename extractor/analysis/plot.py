"""Forest plot of one endpoint: studies grouped by design, a pooled diamond per design.

Drawn with matplotlib's Agg backend (no display needed, safe in cron and CI). Each study is a
square at its estimate, its area proportional to its random-effects weight within its group,
with a line for its 95% CI; a group's pooled estimate is a diamond spanning its CI. The right
margin prints each row's estimate and CI, and the left its study, year and x/n (or N).
Proportions are drawn in percent on a linear axis, hazard ratios and medians on a log axis.
Figures that cannot be pooled (no SE) are drawn as hollow circles at their value, without
weight, so the reader still sees them.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # before pyplot: no display, and no GUI backend in tests or cron

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.patches import Polygon  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from extractor.analysis import meta  # noqa: E402
from extractor.analysis.identity import CELL  # noqa: E402
from extractor.errors import ExtractorError  # noqa: E402

_DESIGN_ORDER = ["real-world", "trial", "pooled", "meta-analysis", "other"]
_DESIGN_TITLE = {
    "real-world": "Real-world studies",
    "trial": "Trials",
    "pooled": "Pooled analyses",
    "meta-analysis": "Meta-analyses",
    "other": "Other designs",
}
_COLOURS = {
    "real-world": "#1b6ca8",
    "trial": "#c0392b",
    "pooled": "#7d3c98",
    "meta-analysis": "#117a65",
    "other": "#7f8c8d",
}


def forest_plot(
    df: pd.DataFrame,
    out: str | os.PathLike[str],
    *,
    method: str = "REML",
    title: str | None = None,
) -> Path:
    """Draw the figures of ``df`` (an :func:`~extractor.analysis.export.evidence_frame` of one
    endpoint cell) to ``out`` (``.png``, ``.svg`` or ``.pdf``, by suffix) and return its path.

    Rows are grouped by drug (when there are several) and design. Raises
    :class:`ExtractorError` when ``df`` is empty or holds several endpoint cells (several
    timepoints or kinds: choose one with ``kind``/``months``).
    """
    if df.empty:
        raise ExtractorError("nothing to plot: no figures for this selection")
    cells = {
        tuple("" if pd.isna(v) else f"{v:g}" if isinstance(v, float) else str(v) for v in row)
        for row in df[list(CELL)].itertuples(index=False)
    }
    if len(cells) > 1:
        listed = "; ".join(sorted(" ".join(v for v in cell if v) for cell in cells))
        raise ExtractorError(f"several endpoint cells to plot ({listed}): choose one")
    kind = df["kind"].iloc[0]
    log_axis = kind in ("hr", "median")
    digits = 2 if kind == "hr" else 1

    rows: list[tuple] = []  # (kind, label, left text, right text, payload)
    df = df.assign(_drug=df["drug"].fillna("drug not identified"))
    drugs = list(dict.fromkeys(df["_drug"]))
    for drug in drugs:
        if len(drugs) > 1:
            rows.append(("header", drug.capitalize(), "", "", None))
        for design in _DESIGN_ORDER:
            g = df[(df["_drug"] == drug) & (df["design"] == design)].sort_values(["year", "study"])
            if g.empty:
                continue
            rows.append(("subheader", _DESIGN_TITLE[design], "", "", None))
            ok = g[g["yi"].notna()]
            pooled = None
            weights: dict[int, float] = {}
            if len(ok):
                pooled = meta.pool(ok["yi"].to_numpy(float), ok["vi"].to_numpy(float), method)
                weights = dict(zip(ok.index, pooled.weights, strict=True))
            for idx, r in g.iterrows():
                rows.append(
                    (
                        "study",
                        _study_label(r),
                        "",
                        _value_text(r, digits),
                        (r, weights.get(idx), design),
                    )
                )
            if pooled is not None:
                est = meta.natural(kind, pooled.estimate)
                lo = meta.natural(kind, pooled.ci_low)
                hi = meta.natural(kind, pooled.ci_high)
                het = (
                    f"tau\u00b2 {pooled.tau2:.3f}, I\u00b2 {pooled.i2:.0f}%"
                    if pooled.k > 1
                    else "single study"
                )
                rows.append(
                    (
                        "pooled",
                        f"Pooled estimate (k={pooled.k}; {het})",
                        "",
                        f"{est:.{digits}f} [{lo:.{digits}f}, {hi:.{digits}f}]",
                        (est, lo, hi, design),
                    )
                )
        rows.append(("gap", "", "", "", None))

    height = 1.2 + 0.32 * len(rows)
    fig, ax = plt.subplots(figsize=(10.5, height))
    try:
        _draw(ax, rows, kind, log_axis)
        first = df.iloc[0]
        name = first["endpoint"] if pd.isna(first["of"]) else f"HR of {first['of']}"
        if kind in ("median", "rate"):
            name = f"{name} {'median' if kind == 'median' else 'rate'}"
        when = "" if pd.isna(first["months"]) else f" at {first['months']:g} months"
        unit = {"proportion": " (%)", "rate": " (%)", "median": " (months)"}.get(kind, "")
        about = f" - {drugs[0]}" if len(drugs) == 1 and pd.notna(first["drug"]) else ""
        ax.set_title(
            title or f"{name}{when}{about}: {meta.METHODS[method]}, 95% CI",
            fontsize=11,
            loc="left",
        )
        ax.set_xlabel(f"{name}{when}{unit}", fontsize=10)
        if any(r[3].endswith("*") for r in rows):
            fig.text(
                0.99,
                0.005,
                "* CI computed from x/n (none stated)",
                ha="right",
                va="bottom",
                fontsize=8,
                color="#555555",
            )
        path = Path(out)
        fig.savefig(path, dpi=150, bbox_inches="tight")
    finally:
        plt.close(fig)
    return path


def _study_label(r: pd.Series) -> str:
    year = "" if pd.isna(r["year"]) else f" ({int(r['year'])})"
    if year and str(r["study"]).endswith(str(int(r["year"]))):
        year = ""  # "Fabi 2025", not "Fabi 2025 (2025)"
    if not pd.isna(r["xi"]):
        size = f"  {int(r['xi'])}/{int(r['ni'])}"
    elif not pd.isna(r["N"]):
        size = f"  N={int(r['N'])}"
    elif not pd.isna(r["cohort_size"]):
        size = f"  N={int(r['cohort_size'])}"
    else:
        size = ""
    return f"{r['study']}{year}{size}"


def _value_text(r: pd.Series, digits: int) -> str:
    if pd.isna(r["value"]):
        return "not reached" if r["not_reached"] else "no value"
    text = f"{r['value']:.{digits}f}"
    if not pd.isna(r["ci_low"]) and not pd.isna(r["ci_high"]):
        text += f" [{r['ci_low']:.{digits}f}, {r['ci_high']:.{digits}f}]"
    elif not pd.isna(r["yi"]):
        lo, hi = _computed_ci(r)
        text += f" [{lo:.{digits}f}, {hi:.{digits}f}]*"
    if pd.isna(r["yi"]):
        text += "  (not pooled)"
    return text


def _computed_ci(r: pd.Series) -> tuple[float, float]:
    """The 95% CI implied by the effect size (for figures stated without one)."""
    lo = meta.natural(r["kind"], r["yi"] - meta.Z95 * r["sei"])
    hi = meta.natural(r["kind"], r["yi"] + meta.Z95 * r["sei"])
    return lo, hi


def _draw(ax, rows: list[tuple], kind: str, log_axis: bool) -> None:  # type: ignore[no-untyped-def]
    n = len(rows)
    xs: list[float] = []
    for i, (what, label, _, right, payload) in enumerate(rows):
        y = n - i
        if what in ("header", "subheader"):
            ax.text(
                -0.02,
                y,
                label,
                transform=ax.get_yaxis_transform(),
                ha="right",
                va="center",
                fontsize=10 if what == "header" else 9.5,
                fontweight="bold",
            )
            continue
        if what == "gap":
            continue
        ax.text(
            -0.02,
            y,
            label,
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="center",
            fontsize=9,
            fontstyle="italic" if what == "pooled" else "normal",
        )
        ax.text(
            1.02,
            y,
            right,
            transform=ax.get_yaxis_transform(),
            ha="left",
            va="center",
            fontsize=9,
            fontweight="bold" if what == "pooled" else "normal",
        )
        if what == "study":
            r, weight, design = payload
            colour = _COLOURS[design]
            if pd.isna(r["value"]):
                continue
            xs.append(float(r["value"]))
            lo, hi = r["ci_low"], r["ci_high"]
            if (pd.isna(lo) or pd.isna(hi)) and not pd.isna(r["yi"]):
                lo, hi = _computed_ci(r)
            if not pd.isna(lo) and not pd.isna(hi):
                ax.plot([lo, hi], [y, y], color=colour, lw=1.2, solid_capstyle="butt")
                xs.extend([float(lo), float(hi)])
            if weight is None:
                ax.plot(r["value"], y, "o", mfc="white", mec=colour, ms=6)
            else:
                # Marker area proportional to weight: size is a length, so take the root.
                ax.plot(r["value"], y, "s", color=colour, ms=4 + 10 * math.sqrt(weight / 100.0))
        elif what == "pooled":
            est, lo, hi, design = payload
            xs.extend([lo, hi])
            diamond = Polygon(
                [(lo, y), (est, y + 0.3), (hi, y), (est, y - 0.3)],
                closed=True,
                facecolor=_COLOURS[design],
                edgecolor="black",
                lw=0.6,
            )
            ax.add_patch(diamond)
    ax.set_ylim(0.3, n + 0.7)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    if log_axis:
        ax.set_xscale("log")
        lo, hi = min(xs or [0.5]), max(xs or [2.0])
        if kind == "hr":
            lo, hi = min(lo, 0.5), max(hi, 1.5)
            ax.axvline(1.0, color="grey", lw=0.8, ls="--")
        ax.set_xlim(lo / 1.2, hi * 1.2)
        # Plain numbers (0.5, 12, 20), not 1.2 x 10^1, on both tick levels.
        plain = FuncFormatter(lambda v, _pos: f"{v:g}")
        ax.xaxis.set_major_formatter(plain)
        ax.xaxis.set_minor_formatter(plain)
        ax.tick_params(axis="x", which="minor", labelsize=7)
    else:
        ax.set_xlim(0, 100)
        ax.grid(axis="x", color="#dddddd", lw=0.6)
        ax.set_axisbelow(True)
