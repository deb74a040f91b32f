"""The faster paths of sections give what the code they stand for gives."""

from __future__ import annotations

import random

from extractor.nlp.sections import sentence_end, sentence_span, sentence_start


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
