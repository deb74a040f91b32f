"""Consistency checks that flag a finding, never silently fix it (issue 3, item 6)."""

from __future__ import annotations

from dataclasses import replace

from extractor.models import Finding


def flag(f: Finding) -> Finding:
    """Return ``f`` with ``flags`` naming every failed check."""
    flags = list(f.flags)
    bounded = f.value is not None and f.ci_low is not None and f.ci_high is not None
    if bounded and not (f.ci_low <= f.value <= f.ci_high):
        flags.append("ci_excludes_estimate")
    return replace(f, flags=tuple(flags)) if flags != list(f.flags) else f
