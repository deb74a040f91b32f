"""Section labels of structured abstracts, inline ("Methods: ...") or on their own lines."""

from __future__ import annotations

import re

#: Labels whose sections describe other work or the question, not the study's own results.
BACKGROUND_LABELS = frozenset(
    {
        "background",
        "introduction",
        "purpose",
        "objective",
        "objectives",
        "aim",
        "aims",
        "context",
        "rationale",
        "importance",
        "background and purpose",
        "background and aims",
        "background and objectives",
        "background and objective",
        "purpose of the study",
        "significance",
    }
)

LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s))\s*"
    r"(?P<label>[A-Z][A-Za-z]+(?:[ &/][A-Za-z]+){0,4}?)\s*:\s"
    r"|(?:^|(?<=[.\n]\s)|(?<=\n))(?P<bare>Background|Methods|Findings|Interpretation|Results|"
    r"Conclusions?)\s(?=[A-Z])"
)


def sections(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` for each section; text before the first label has label ""."""
    marks = [
        (m.start(), (m.group("label") or m.group("bare")).lower()) for m in LABEL.finditer(text)
    ]
    out: list[tuple[int, int, str]] = []
    prev_start, prev_label = 0, ""
    for start, label in marks:
        if start > prev_start:
            out.append((prev_start, start, prev_label))
        prev_start, prev_label = start, label
    out.append((prev_start, len(text), prev_label))
    return out


def mask_background(text: str) -> str:
    """``text`` with background sections blanked out (same length, offsets unchanged)."""
    parts = []
    for start, end, label in sections(text):
        chunk = text[start:end]
        parts.append(" " * len(chunk) if label in BACKGROUND_LABELS else chunk)
    return "".join(parts)
