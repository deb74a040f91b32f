"""Printing extractions: the FORMAT.md JSON line and a fixed-width table for people."""

from __future__ import annotations

import json

from extractor.models import Extraction, Finding

_COLUMNS = (
    ("pmid", 10),
    ("design", 13),
    ("N", 5),
    ("endpoint", 8),
    ("kind", 10),
    ("value", 9),
    ("95% CI", 13),
    ("at", 5),
    ("n/N", 8),
    ("group", 18),
    ("flags", 0),
)


def record_line(extraction: Extraction) -> str:
    """One FORMAT.md article record as a JSON line."""
    return json.dumps(extraction.to_record(), ensure_ascii=False)


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:g}"


def format_table_row(extraction: Extraction | None, finding: Finding | None = None) -> str:
    """A table line for ``finding`` of ``extraction``; the header when both are None."""
    if extraction is None or finding is None:
        cells = [name for name, _ in _COLUMNS]
    else:
        f = finding
        value = "NR" if f.not_reached else _num(f.value)
        if f.unit and not f.not_reached:
            value += "%" if f.unit == "%" else f" {f.unit[:2]}"
        ci = f"{_num(f.ci_low)}-{_num(f.ci_high) or 'NR'}" if f.ci_low is not None else ""
        endpoint = f"HR:{f.of}" if f.endpoint == "HR" else f.endpoint
        cells = [
            extraction.article.key,
            extraction.design,
            _num(extraction.cohort_size),
            endpoint,
            f.kind,
            value,
            ci,
            _num(f.months),
            f"{f.n}/{f.N}" if f.N else "",
            f.group or "",
            ",".join(f.flags),
        ]
    parts = [c.ljust(w) if w else c for c, (_, w) in zip(cells, _COLUMNS, strict=True)]
    return " ".join(parts).rstrip()
