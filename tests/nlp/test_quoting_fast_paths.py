"""The faster paths of quoting give what the scans they stand for give."""

from __future__ import annotations

import random

from extractor.nlp import quoting


def _random_texts(seed: int, count: int) -> list[str]:
    """Texts of trial names, codes, the words "trial" and "study" in either case and glued to
    others, white space of several kinds and a non-ASCII letter now and then."""
    parts = ["KEYNOTE-189", "PACIFIC", "ABCD-EF", "NP28673", "ML29358", "TAS-102", "HER2"]
    parts += ["trial", "study", "Trial", "STUDY", "trials", "studying", "the", "global"]
    parts += ["pivotal", "phase", "II", "Phase", "previous", "x", "1", "-", "(", ")", "\u00e9"]
    parts += ["global phase II NP28673 study", "Pivotal ML29358 trial", "prior AB1234", "MK3475"]
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        text = ""
        for _ in range(rng.randint(0, 9)):
            text += rng.choice(parts) + rng.choice(["", " ", " ", " ", "  ", "\n"])
        texts.append(text)
    return texts


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:  # noqa: ANN001
    return [(m.span(), m.groupdict()) for m in matches]


def test_named_trials_match_the_full_scan() -> None:
    """_named_trials, which skips texts its two cheap scans rule out, finds the matches of
    the full scan, on texts that hold names (some of them) and texts that hold none."""
    found = 0
    for text in _random_texts(3, 6000):
        expected = _spans(quoting._NAMED_TRIAL.finditer(text))
        found += bool(expected)
        assert _spans(quoting._named_trials(text)) == expected, text
    assert 300 < found < 5700


def test_study_codes_are_only_skipped_where_there_are_none() -> None:
    """Where _CODE_LETTERS_DIGITS finds no code, _STUDY_CODE finds none either; and the
    texts hold some of both."""
    codes = 0
    for text in _random_texts(11, 6000):
        expected = [m.group("code") for m in quoting._STUDY_CODE.finditer(text)]
        codes += bool(expected)
        if not quoting._CODE_LETTERS_DIGITS.search(text):
            assert not expected, text
    assert 300 < codes < 5700
