"""Accuracy against labelled abstracts, scored exactly as ``shared/eval/score.py`` scores.

A predicted finding matches a gold one when endpoint (and ``of`` for HR), kind (rate and
proportion count as one), timepoint and value (within 0.051) agree, or both are not reached;
matching is greedy and one-to-one, preferring agreement on whether a group is set. Predictions
that match a gold figure marked ``uncertain`` count neither way.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOL = 0.051

Record = Mapping[str, Any]


def endpoint_key(r: Record) -> str:
    """ "HR:OS" for hazard ratios, else the endpoint."""
    e = (r.get("endpoint") or "").strip()
    return "HR:" + (r.get("of") or "?") if e == "HR" else e


def _kind(r: Record) -> str:
    k = (r.get("kind") or "").strip()
    return "pct" if k in ("rate", "proportion") else k


def _same_value(g: Record, p: Record) -> bool:
    if g.get("not_reached"):
        return bool(p.get("not_reached"))
    if p.get("not_reached") or g.get("value") is None or p.get("value") is None:
        return False
    return abs(float(g["value"]) - float(p["value"])) <= TOL


def _same_months(g: Record, p: Record) -> bool:
    gm, pm = g.get("months"), p.get("months")
    if gm is None or pm is None:
        return gm is None and pm is None
    return abs(float(gm) - float(pm)) < 0.01


def match(gold: list[Record], pred: list[Record]) -> tuple[list, list, list]:
    """Greedy one-to-one matching: (pairs, unmatched gold, unmatched predictions)."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for pass_group in (True, False):
        for gi, g in enumerate(gold):
            if any(gi == a for a, _ in pairs):
                continue
            for pi, p in enumerate(pred):
                if pi in used or endpoint_key(g) != endpoint_key(p) or _kind(g) != _kind(p):
                    continue
                if not _same_months(g, p) or not _same_value(g, p):
                    continue
                if pass_group and bool(g.get("group")) != bool(p.get("group")):
                    continue
                pairs.append((gi, pi))
                used.add(pi)
                break
    matched = {a for a, _ in pairs}
    return (
        [(gold[a], pred[b]) for a, b in pairs],
        [g for i, g in enumerate(gold) if i not in matched],
        [p for i, p in enumerate(pred) if i not in used],
    )


@dataclass
class Score:
    """Totals over a gold set; ``errors`` lists (pmid, "MISSED"|"SPURIOUS", record)."""

    cases: int = 0
    missing: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ci_ok: int = 0
    ci_n: int = 0
    # Intervals whose upper bound is open ("95% CI 16.4-NR": gold ci_high null), which score.py
    # counts in ci_n but can never count as exact, and how many of them were reproduced.
    ci_open: int = 0
    ci_open_ok: int = 0
    group_ok: int = 0
    cohort_ok: int = 0
    cohort_n: int = 0
    design_ok: int = 0
    design_n: int = 0
    per_endpoint: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0, 0])
    )
    errors: list[tuple[str, str, Record]] = field(default_factory=list)
    cases_wrong: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, Any]:
        """The figures score.py prints, under the same names."""
        return {
            "cases": self.cases,
            "missing_predictions": self.missing,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "ci_exact": f"{self.ci_ok}/{self.ci_n}",
            "group_flag_agree": f"{self.group_ok}/{self.tp}",
            "cohort_size_acc": f"{self.cohort_ok}/{self.cohort_n}",
            "design_acc": f"{self.design_ok}/{self.design_n}",
        }


def load_gold(folder: str | Path) -> dict[str, dict]:
    """Gold records keyed by PMID from ``folder/*.json``."""
    gold = {}
    for path in sorted(Path(folder).glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        gold[str(g["pmid"])] = g
    return gold


def index_predictions(records: Iterable[Record]) -> dict[str, Record]:
    """Predictions keyed by lower-cased PMID and DOI (first one wins, as in score.py)."""
    preds: dict[str, Record] = {}
    for o in records:
        for k in ("pmid", "doi"):
            if o.get(k):
                preds.setdefault(str(o[k]).lower(), o)
    return preds


def _ci_exact(g: Record, p: Record) -> bool:
    if p.get("ci_low") is None or p.get("ci_high") is None or g.get("ci_high") is None:
        return False
    return (
        abs(float(g["ci_low"]) - float(p["ci_low"])) <= TOL
        and abs(float(g["ci_high"]) - float(p["ci_high"])) <= TOL
    )


def _open_ci_reproduced(g: Record, p: Record) -> bool:
    """An open-ended gold interval ("16.4-NR") predicted with the same lower bound and none
    above it."""
    return (
        p.get("ci_high") is None
        and p.get("ci_low") is not None
        and abs(float(g["ci_low"]) - float(p["ci_low"])) <= TOL
    )


def score(gold: dict[str, dict], predictions: Iterable[Record]) -> Score:
    """Score predictions (FORMAT.md records) against gold records."""
    preds = index_predictions(predictions)
    s = Score()
    for pmid, g in gold.items():
        s.cases += 1
        p = preds.get(pmid.lower()) or (preds.get(str(g["doi"]).lower()) if g.get("doi") else None)
        if p is None:
            s.missing += 1
            p = {"findings": []}
        gf = [r for r in g.get("endpoints", []) if not r.get("uncertain")]
        unc = [r for r in g.get("endpoints", []) if r.get("uncertain")]
        pairs, missed, spurious = match(gf, list(p.get("findings") or []))
        _, _, spurious = match(unc, spurious)
        s.tp += len(pairs)
        s.fn += len(missed)
        s.fp += len(spurious)
        for gr, pr in pairs:
            s.per_endpoint[endpoint_key(gr)][0] += 1
            if gr.get("ci_low") is not None:
                s.ci_n += 1
                s.ci_ok += _ci_exact(gr, pr)
                if gr.get("ci_high") is None:
                    s.ci_open += 1
                    s.ci_open_ok += _open_ci_reproduced(gr, pr)
            s.group_ok += bool(gr.get("group")) == bool(pr.get("group"))
        for r in missed:
            s.per_endpoint[endpoint_key(r)][2] += 1
            s.errors.append((pmid, "MISSED", r))
        for r in spurious:
            s.per_endpoint[endpoint_key(r)][1] += 1
            s.errors.append((pmid, "SPURIOUS", r))
        if g.get("cohort_size") is not None:
            s.cohort_n += 1
            alts = [g["cohort_size"], *(g.get("cohort_size_alt") or [])]
            if p.get("cohort_size") in alts:
                s.cohort_ok += 1
            else:
                s.cases_wrong.append((pmid, "cohort_size", g["cohort_size"], p.get("cohort_size")))
        if g.get("design"):
            s.design_n += 1
            if (p.get("design") or "") == g["design"]:
                s.design_ok += 1
            else:
                s.cases_wrong.append((pmid, "design", g["design"], p.get("design")))
    return s


def format_report(s: Score, errors: bool = False) -> str:
    """The summary line, a per-endpoint table, and optionally every miss and spurious find."""
    lines = [" ".join(f"{k}={v}" for k, v in s.summary().items())]
    if s.ci_open:
        lines.append(
            f"(ci_exact includes {s.ci_open} open-ended intervals such as '16.4-NR', which "
            f"score.py can never count as exact; {s.ci_open_ok} of them were reproduced, so "
            f"{s.ci_ok + s.ci_open_ok}/{s.ci_n} intervals are exact in all)"
        )
    lines.append("")
    lines.append(f"{'endpoint':12} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for e, (tp, fp, fn) in sorted(s.per_endpoint.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"{e:12} {tp:4d} {fp:4d} {fn:4d} {p:6.3f} {r:6.3f} {f:6.3f}")
    if errors:
        keys = ("endpoint", "of", "kind", "value", "months", "not_reached", "group")
        for pmid, what, r in s.errors:
            lines.append(f"{pmid:10} {what:8} " + json.dumps({k: r.get(k) for k in keys}))
            if r.get("sentence"):
                lines.append(f"{'':19} {r['sentence'][:200]}")
        for pmid, what, want, got in s.cases_wrong:
            lines.append(f"{pmid:10} {what:8} gold={want} predicted={got}")
    return "\n".join(lines)
