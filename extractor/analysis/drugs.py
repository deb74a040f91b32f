"""Which HER2-directed drug an article is about, from its title and abstract.

The evidence table of a topic holds studies of several drugs (the T-DXd trials and their
comparators: tucatinib, T-DM1, lapatinib...), and pooling a response rate across drugs answers
no one's question. Articles carry no drug field, so the analysis reads one off the text: the
drug named first in the title, else the one the abstract names most often. Backbone agents
(trastuzumab alone, capecitabine, chemotherapy) are deliberately not in the list, so
"tucatinib, trastuzumab and capecitabine" is a tucatinib study.
"""

from __future__ import annotations

import re
from collections import Counter

#: Canonical name -> synonyms (case-insensitive, whole words). Order matters only for display.
DRUGS: dict[str, tuple[str, ...]] = {
    "trastuzumab deruxtecan": (
        "trastuzumab deruxtecan",
        "trastuzumab-deruxtecan",
        "fam-trastuzumab deruxtecan",
        "T-DXd",
        "DS-8201",
        "DS-8201a",
        "Enhertu",
    ),
    "trastuzumab emtansine": (
        "trastuzumab emtansine",
        "ado-trastuzumab emtansine",
        "T-DM1",
        "Kadcyla",
    ),
    "tucatinib": ("tucatinib", "ONT-380"),
    "lapatinib": ("lapatinib",),
    "neratinib": ("neratinib",),
    "pyrotinib": ("pyrotinib",),
    "trastuzumab duocarmazine": ("trastuzumab duocarmazine", "SYD985"),
    "disitamab vedotin": ("disitamab vedotin", "RC48"),
    "zanidatamab": ("zanidatamab",),
}

_PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(s) for s in sorted(syns, key=len, reverse=True))
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    for name, syns in DRUGS.items()
}


def primary_drug(title: str, abstract: str = "") -> str | None:
    """The canonical name of the drug the article is about, or None when it names none.

    The drug mentioned first in the title wins; without one in the title, the drug the
    abstract mentions most often (ties: the one mentioned first).
    """
    first: list[tuple[int, str]] = []
    for name, pattern in _PATTERNS.items():
        m = pattern.search(title or "")
        if m:
            first.append((m.start(), name))
    if first:
        return min(first)[1]
    counts: Counter[str] = Counter()
    position: dict[str, int] = {}
    for name, pattern in _PATTERNS.items():
        hits = list(pattern.finditer(abstract or ""))
        if hits:
            counts[name] = len(hits)
            position[name] = hits[0].start()
    if not counts:
        return None
    return min(counts, key=lambda n: (-counts[n], position[n]))


def canonical_drug(name: str) -> str | None:
    """The canonical name for a drug given by any synonym or a part of its name, any case
    (``T-DXd``, ``deruxtecan`` and ``trastuzumab-deruxtecan`` all give
    ``trastuzumab deruxtecan``); None when nothing matches or the part is ambiguous."""
    folded = name.strip().casefold().replace("_", " ")
    for canonical, synonyms in DRUGS.items():
        if folded == canonical or folded in (s.casefold() for s in synonyms):
            return canonical
    partial = [c for c in DRUGS if folded and folded in c]
    if len(partial) == 1:
        return partial[0]
    return None
