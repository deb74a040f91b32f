"""The faster paths of cohort, design, checks and the pattern ruler give what the patterns
they stand for give (lower-cased scans without IGNORECASE, pre-checks, tries)."""

from __future__ import annotations

import re

import pytest

from extractor.nlp import cohort, design
from extractor.nlp.pipeline import build_nlp

SENTENCES = [
    "Of 560 randomized patients, 280 were assigned to each arm.",
    "RESULTS: Among the 505 patients with PD-L1 TPS >50%, 61% had ECOG PS 0-1.",
    "   " * 200 + "Results: Of 3807 patients screened, 810 had HER2-positive tumours.",
    "150 patients were allocated to sorafenib and 76 to placebo.",
    "Thirty-one patients in the WBRT arm and 23 in the combination arm were enrolled.",
    "We assigned 254 patients to tarlatamab and 255 to chemotherapy.",
    "Intent-to-treat population: 175 (erdafitinib) and 176 (pembrolizumab) patients.",
    "Patients randomized (n): A, 335; B, 334; C, 337; total, 1006.",
    "A total of 1,054 Patients were ENROLLED (n = 132; 60.6%).",
    "Retrospective Study of 47 SCLC pts from 2 centres; 22 of a planned 110 patients.",
    "We found 93 who developed brain metastases among 124 eligible medical records.",
    "Elderly patients numbered 224; 410 of 519 screened patients were enrolled.",
    "The outpatients and inpatients were not counted.",
    "Data were pooled across the two trials; integrated analyses of three studies.",
    "No count here at all, and nothing assigned.",
]


def _key(m: re.Match[str] | None) -> object:
    if m is None:
        return None
    return m.span(), {k: v and v.lower() for k, v in m.groupdict().items()}


@pytest.mark.parametrize("sentence", SENTENCES)
def test_lower_cased_scans_match_the_originals(sentence: str) -> None:
    low = sentence.lower()
    assert cohort._has_inclusion(sentence, low) == bool(cohort._INCLUSION.search(sentence))
    assert _key(cohort._allocated(sentence, low)) == _key(
        cohort._allocated_any_case().search(sentence)
    )
    assert [_key(m) for m in cohort._TOTAL_LOW.finditer(low)] == [
        _key(m) for m in cohort._TOTAL.finditer(sentence)
    ]
    assert design._pools(sentence) == bool(design._POOLING.search(sentence))
    assert [_key(m) for m in cohort._totals_low(low)] == [
        _key(m) for m in cohort._TOTAL_LOW.finditer(low)
    ]


def test_total_starts_match_the_scan_at_every_position() -> None:
    """_totals_low gives what _TOTAL_LOW.finditer gives on random texts built of the words and
    characters its alternatives open and go on with."""
    import random

    rng = random.Random(7)
    parts = [
        *"0123456789 ,.;:=()%-anftpiodluseqrw",
        "a total of ", "n = ", "found ", "identified ", "total, ", "patients numbered ",
        "pts totaled ", " were randomized", " of the ", " planned ", " in all", " had been treated",
        " of them were enrolled", " screened patients were included", " (99%) of the ",
    ]  # fmt: skip
    for _ in range(20000):
        low = "".join(rng.choice(parts) for _ in range(rng.randint(1, 25)))
        assert [_key(m) for m in cohort._totals_low(low)] == [
            _key(m) for m in cohort._TOTAL_LOW.finditer(low)
        ], low


@pytest.mark.parametrize("sentence", SENTENCES)
def test_subset_openings(sentence: str) -> None:
    leading = r"^\s*" + cohort._OF_TOTAL
    if not cohort._may_open_with_of(sentence):
        assert not re.match(leading, sentence, re.I)
    m = cohort._OF_THEN_SUBSET.match(sentence, len(sentence) - len(sentence.lstrip()))
    full = re.match(r"^\s*" + cohort._OF_THEN_SUBSET.pattern, sentence, re.I)
    assert (m and m.groupdict()) == (full and full.groupdict())


def test_subset_reads_past_blanked_background() -> None:
    assert cohort._subset(" " * 500 + "Of 212 patients enrolled, 180 were evaluable.") == 212


def test_title_cues_lower_cased_match_the_case_blind_regex() -> None:
    ruler = build_nlp().get_pipe("pattern_ruler")
    for title in ("A Randomized Phase III Trial", "RETROSPECTIVE COHORT STUDY", "Meta-Analysis"):
        expected = [
            ruler.design_phrases[m.group().lower()] for m in ruler.design_regex.finditer(title)
        ]
        assert ruler.design_cues(title) == expected


PRE_CHECKED = [
    *SENTENCES,
    "We describe a 60-year-old woman with HER2-positive disease.",
    "A 45-year-old man presented with dyspnoea.",
    "We report the case of a boy.",
    "We previously reported 155 AML patients and now update them.",
    "In 2019, we reported the first results.",
    "The phase III EF-11 trial, which randomly assigned 237 patients, was negative.",
    "The study which enrolled 40 patients.",
    "Which trial? We have previously Reported it.",
]


@pytest.mark.parametrize("sentence", PRE_CHECKED)
def test_one_patient_and_other_report_pre_checks(sentence: str) -> None:
    if not cohort._may_tell_of_one(sentence):
        assert not cohort._ONE_PATIENT.search(sentence)
    if not cohort._may_be_other_report(sentence, sentence.lower()):
        assert not cohort._OTHER_REPORT.search(sentence)
    assert cohort._may_be_other_report(sentence, sentence.lower()) or "reported" not in sentence


def test_candidate_sizes_by_slicing_match_the_mask() -> None:
    import math
    import random

    import numpy as np

    from extractor.nlp import checks

    n = checks._N
    rng = random.Random(3)
    edges = [math.inf, -math.inf, math.nan, 0.0, 0.5, 1.0, 1.5, 2999.5, 3000.0, 3000.5, 1e308]
    for _ in range(20000):
        lo = rng.choice(edges) if rng.random() < 0.1 else rng.uniform(-10, 3100)
        hi = rng.choice(edges) if rng.random() < 0.1 else rng.uniform(-10, 8000)
        if rng.random() < 0.2:
            lo, hi = (
                float(round(lo)) if math.isfinite(lo) else lo,
                float(round(hi)) if math.isfinite(hi) else hi,
            )
        assert np.array_equal(checks._n_between(lo, hi), n[(lo <= n) & (hi >= n)]), (lo, hi)


def test_class_with_astral_characters_apart_matches_the_same_characters() -> None:
    """A class whose characters beyond the BMP stand apart, behind a look-ahead, matches what
    the one class matches: spaCy's symbol class, and small made-up ones across the plane's
    end."""
    import random

    import spacy
    from spacy.util import compile_infix_regex

    from extractor.nlp import regex_scan

    nlp = spacy.blank("en")
    parsed = regex_scan.sre_parse.parse(compile_infix_regex(nlp.Defaults.infixes).pattern)
    spacy_chars, _empty = regex_scan._first_chars(parsed)
    assert max(map(ord, (c for c in spacy_chars if len(c) == 1))) >= 0x10000
    rng = random.Random(11)
    made_up = {chr(c) for c in (0xFFFE, 0xFFFF, 0x10000, 0x10001, 0x1F600)} | {"a", r"\d"}
    for chars in (spacy_chars, made_up, {"a", "b"}):
        one = re.compile(regex_scan._char_class(chars))
        apart = re.compile(regex_scan._char_class(chars, astral_apart=True))
        codes = [*range(0x80), *range(0xFF00, 0x10100), *range(0x1F000, 0x1F700)]
        codes += [rng.randrange(0x110000) for _ in range(20000)]
        for code in codes:
            c = chr(code)
            assert bool(one.match(c)) == bool(apart.match(c)), hex(code)


def test_infix_finditer_same_matches_beyond_the_bmp() -> None:
    import spacy
    from spacy.util import compile_infix_regex

    from extractor.nlp.regex_scan import fast_infix_finditer

    pattern = compile_infix_regex(spacy.blank("en").Defaults.infixes)
    fast = fast_infix_finditer(pattern)
    assert "(?=[\U00010000" in fast.__self__.pattern  # (the astral characters stand apart)
    for code in (*range(0x1F300, 0x1F700), *range(0x10100, 0x10200), 0x10FFFF, 0xFFFF):
        c = chr(code)
        for s in (c, "a" + c + "b", "1" + c + "2", "patients" + c, c + "-1"):
            want = [m.span() for m in pattern.finditer(s)]
            assert want == [m.span() for m in fast(s)], repr(s)


def test_prefix_search_same_matches_as_the_tokenizer_prefix_regex() -> None:
    """The prefix search that tries only the alternatives a first character can open finds
    what the whole prefix regex finds (spaCy's prefixes and the pipeline's own)."""
    import spacy
    from spacy.util import compile_prefix_regex

    from extractor.nlp.regex_scan import fast_prefix_search

    pattern = compile_prefix_regex([*spacy.blank("en").Defaults.prefixes, r"[\u2265\u2264<>]=?"])
    fast = fast_prefix_search(pattern)
    assert fast != pattern.search  # the analysis applies to spaCy's pattern
    firsts = [chr(c) for c in (*range(0x3000), *range(0x1F300, 0x1F700), 0x10FFFF)]
    firsts += ["US$", "C$", "...", "\u2265=", ">=3", "+1", "++", "''", "\u00a3"]
    for first in firsts:
        for after in ("", "a", "7", "$", "=", ".", "\n", "patients"):
            s = first + after
            want, got = pattern.search(s), fast(s)
            assert (want and want.span()) == (got and got.span()), repr(s)
    assert fast("") == pattern.search("")


def test_prefix_search_falls_back_when_it_cannot_tell() -> None:
    from extractor.nlp.regex_scan import fast_prefix_search

    for expression, flags in ((r"^a|b", 0), (r"^a|^b", re.I), (r"a|b", 0), (r"^a", 0)):
        pattern = re.compile(expression, flags)
        assert fast_prefix_search(pattern) == pattern.search
    classed = re.compile(r"^\d+|^a|^(?=b)")
    fast = fast_prefix_search(classed)
    for s in ("1", "a", "b", "ba", "x", "", "12a"):
        want, got = classed.search(s), fast(s)
        assert (want and want.span()) == (got and got.span()), repr(s)
