"""The fast suffix search finds what spaCy's suffix regex finds."""

import re

import spacy
from spacy.util import compile_infix_regex, compile_suffix_regex

from extractor.nlp.affixes import fast_infix_finditer, fast_suffix_search


def test_same_matches_as_spacy_suffix_regex():
    nlp = spacy.blank("en")
    pattern = compile_suffix_regex(nlp.Defaults.suffixes)
    fast = fast_suffix_search(pattern)
    assert fast != pattern.search  # the analysis applies to spaCy's pattern
    ends = [chr(c) for c in range(0x3000)] + ["\u2019s", "'s", "km", "km\u00b2", "US$", "..."]
    contexts = ("", "a", "7", "AB", "\u00b0F", "x'", "patients", "12.5", "\n")
    for end in ends:
        for before in contexts:
            for s in (before + end, before + end + "\n"):
                want, got = pattern.search(s), fast(s)
                assert (want and want.span()) == (got and got.span()), repr(s)


def test_falls_back_when_it_cannot_tell():
    flagged = re.compile(r"a$|b$", re.I)
    assert fast_suffix_search(flagged) == flagged.search
    unanchored = re.compile(r"a|b$")
    assert fast_suffix_search(unanchored) == unanchored.search


def test_unbounded_alternative_is_always_tried():
    pattern = re.compile(r"[^a]$|x$")
    fast = fast_suffix_search(pattern)
    for s in ("ba", "bx", "b", "a", "", "\n", "b\n"):
        want, got = pattern.search(s), fast(s)
        assert (want and want.span()) == (got and got.span()), repr(s)


def test_infix_finditer_same_matches():
    nlp = spacy.blank("en")
    pattern = compile_infix_regex([*nlp.Defaults.infixes, r"(?<=[0-9%])(?=CI\b)"])
    fast = fast_infix_finditer(pattern)
    assert fast != pattern.finditer
    for c in (chr(c) for c in range(0x3000)):
        for s in (c, "a" + c + "b", "1" + c + "2", "A" + c + "B", "7" + c + "CI", "x" + c + "-1"):
            want = [m.span() for m in pattern.finditer(s)]
            assert want == [m.span() for m in fast(s)], repr(s)


def test_infix_falls_back_for_a_pattern_that_can_match_empty():
    pattern = re.compile(r"(?<=a)|b")
    assert fast_infix_finditer(pattern) == pattern.finditer
