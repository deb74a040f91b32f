"""ascii_twin: the ASCII twin of a pattern finds on ASCII text what the pattern finds, and a
pattern whose twin could differ there gets none."""

import random
import re

import pytest

from extractor.nlp.regex_scan import ascii_twin

PATTERNS = [
    re.compile(r"\b\d+(?:\.\d+)?\s*(?:months?|%)\b", re.I),
    re.compile(r"(?<![\w.])\w+\s+(?:SKIN|kelvin)\b", re.I),
    re.compile(r"[a-z_]+\d|\W\s\S|\B\D", re.I),
    re.compile(r"\d\s*(?:≥|>=)\s*\w+"),
    re.compile(r"[^()\[\]]{2,5}\d"),
]


def _spans(rx, text):
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_twin_finds_the_same_matches_on_ascii_text():
    chars = "aAkKsSiI_09 \t\n.,-%()[]>=mMoOnNtThH"
    rnd = random.Random(3)
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 30)))
        for rx in PATTERNS:
            expected = _spans(rx, text)
            found += bool(expected)
            assert _spans(ascii_twin(rx), text) == expected, (rx.pattern, text)
    assert found > 1000


def test_twin_differs_beyond_ascii():
    """What the twin is kept off: digits, letters and cases beyond ASCII."""
    assert ascii_twin(PATTERNS[0]).search("\u0661\u0662 months") is None
    assert PATTERNS[0].search("\u0661\u0662 months") is not None
    assert ascii_twin(re.compile("k", re.I)).search("\u212a") is None
    assert re.compile("k", re.I).search("\u212a") is not None


@pytest.mark.parametrize("pattern", ["ſ", "[\u0100-\u0180]x", "(?:a|(?=b\u212a))", "x{2}\u00e9"])
def test_no_twin_for_cased_characters_beyond_ascii_ignoring_case(pattern):
    """Ignoring case "ſ" matches "s" and "K" matches "k": such a twin would differ."""
    with pytest.raises(ValueError):
        ascii_twin(re.compile(pattern, re.I))
    assert ascii_twin(re.compile(pattern)).flags & re.ASCII  # (matched as written: the same)


def test_uncased_characters_beyond_ascii_are_fine():
    rx = ascii_twin(re.compile(r"\d\s*[≥\u00b2]", re.I))
    assert rx.search("5 ≥") and rx.search("5²") and not rx.search("5 x")
