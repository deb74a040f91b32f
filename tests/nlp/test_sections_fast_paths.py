"""The faster paths of sections give what the code they stand for gives."""

from __future__ import annotations

import random
from pathlib import Path

from extractor.nlp import sections
from extractor.nlp.sections import sentence_end, sentence_span, sentence_start
from extractor.sources.files import read_articles

ROOT = Path(__file__).resolve().parents[2]


def _reference_span(text: str, pos: int) -> tuple[int, int]:
    """sentence_span as it was written first: the stops found, then the nearest kept."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    stops = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return lo, min(stops) if stops else len(text)


def test_sentence_span_matches_the_reference_on_random_texts() -> None:
    """Texts of words, stops, newlines and stops without a space, at every position: with
    neither stop after the position, one of them, or both in either order."""
    parts = ["word", " ", ". ", "\n", ".", "5.2", "Results: ", "x"]
    rng = random.Random(7)
    kinds = set()
    for _ in range(2000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        for pos in range(len(text) + 1):
            expected = _reference_span(text, pos)
            assert sentence_span(text, pos) == expected, (text, pos)
            assert (sentence_start(text, pos), sentence_end(text, pos)) == expected
            kinds.add((text.find(". ", pos) != -1, text.find("\n", pos) != -1))
    assert len(kinds) == 4


def _reference_bare(text: str) -> list[tuple[int, str]]:
    """The bare headings as first written: every match of the whole scan, those at a place
    where a heading may start kept, and only in a text holding one of the words."""
    if not any(w in text for w in sections._BARE_NEEDS):
        return []
    return [
        (m.start(), m.group("bare").lower())
        for m in sections._BARE.finditer(text)
        if sections._heading_start(text, m.start())
    ]


def _bare_of(text: str) -> list[tuple[int, str]]:
    bare = sections._bare_headings(text)
    return bare if bare and any(w in text for w in sections._BARE_NEEDS) else []


def test_bare_headings_match_the_whole_scan_on_random_texts() -> None:
    """Headings, parts of them and look-alikes run together with stops, newlines and white
    space of every kind: a heading right after another, inside a word, after ". " or ".\\n"."""
    parts = [
        "Background", "Methods", "Methods and results", "Materials and methods", "Results",
        "RESULTS", "DESIGN, SETTING, AND PARTICIPANTS", "SETTING", "Aim", "Aims", "Findings",
        "Conclusions", "CONTEXT", "DATA SOURCES", "Interpretation", "x", "5.2", "We",
        " ", ". ", ".", "\n", "\n\n", ".\n", "\t", "\xa0", "\u2003", ": ", "A", "1", ",",
    ]  # fmt: skip
    rng = random.Random(11)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 14)))
        expected = _reference_bare(text)
        assert _bare_of(text) == expected, text
        found += bool(expected)
    assert found > 1000


def test_label_marks_match_the_whole_scan_on_corpus_abstracts() -> None:
    texts = [a.abstract for a in read_articles([ROOT / "corpora" / "her2-bcbm"]) if a.abstract]
    texts += [
        a.abstract
        for path in sorted((ROOT / "corpora" / "oncology").glob("*.jsonl"))[::8]
        for a in read_articles([path])
        if a.abstract
    ]
    for text in texts:
        colon_marks = [m for m in sections.label_marks(text) if m not in _bare_of(text)]
        assert sections.label_marks(text) == tuple(sorted(colon_marks + _reference_bare(text)))
