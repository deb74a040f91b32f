"""The fast suffix search finds what spaCy's suffix regex finds."""

import re

import spacy
from spacy.util import compile_infix_regex, compile_suffix_regex

from extractor.nlp.regex_scan import fast_infix_finditer, fast_suffix_search


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


def test_first_char_guard_same_matches():
    from extractor.nlp.regex_scan import first_char_guard

    texts = [
        "A total of 45 patients were enrolled; median PFS was 7.1 months (95% CI 5.2-9.0).",
        "ORR 45% vs 30%, not reached (NR), I2 = 84%, Phase II, time to progression, TTP 3.1",
        "",
        "x",
    ]
    patterns = [
        re.compile(r"\b(?:enrol+ed|included|treated)\b", re.I),
        re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?=\s*%)"),
        re.compile(r"\btime[\s-]+to\b|\b(?-i:TT[A-Z]{1,3})\b|free\s+survival", re.I),
        re.compile(r"(?:range|iqr)[\s:,=]*$|\bi\s*(?:2|\^2)\s*(?:[=:,]|of|was)?\s*$"),
    ]
    for pattern in patterns:
        guarded = first_char_guard(pattern)
        assert guarded is not pattern
        for text in texts:
            for pos in range(len(text) + 1):
                want = [m.span() for m in pattern.finditer(text, pos)]
                assert want == [m.span() for m in guarded.finditer(text, pos)]
                a, b = pattern.match(text, pos), guarded.match(text, pos)
                assert (a and a.span()) == (b and b.span())


def test_first_char_guard_leaves_fast_or_unbounded_patterns():
    from extractor.nlp.regex_scan import first_char_guard

    for pattern in (
        re.compile(r"patients|cases"),  # re scans for the first letters itself
        re.compile(r"[.!?]\s"),
        re.compile(r"(?=[ab])\bab"),  # a look-ahead of its own
        re.compile(r"^\s*rates?\b"),  # anchored at the start
        re.compile(r"\b.x"),  # any character
        re.compile(r"\b(?:a|)"),  # can match empty
    ):
        assert first_char_guard(pattern) is pattern


def test_compile_guarded_is_first_char_guard_of_the_compiled_pattern():
    from extractor.nlp.regex_scan import compile_guarded, first_char_guard

    for source, flags in (
        (r"\b(?:enrol+ed|included|treated)\b", re.I),  # guarded
        (r"(?<![\w.])\d+(?:\.\d+)?(?=\s*%)", 0),
        (r"\b(?i:p)\s*[=<>]\s*$", 0),  # an inline flag
        (r"patients|cases", 0),  # left as it is
        (r"\b(?:a|)", 0),
        (r" \b x # verbose", re.X),
    ):
        new = compile_guarded(source, flags)
        old = first_char_guard(re.compile(source, flags))
        assert (new.pattern, new.flags, new.groupindex) == (old.pattern, old.flags, old.groupindex)
