"""The faster paths of design give what the scans they stand for give."""

from __future__ import annotations

import random
import re

import pytest

from extractor.nlp import design, regex_scan
from extractor.nlp.regex_scan import holds_any

# The scan the substring tests stand for: any of the words, anywhere.
_ANY_WORD = re.compile("|".join(map(re.escape, design._HYPOTHETICAL_WORDS)))

SENTENCES = [
    "this strategy deserves evaluation in a prospective clinical trial.",
    "randomised trials are warranted.",
    "approved on the basis of the single-arm phase ii zuma-2 trial",
    "the median pfs was 7.2 months (95% ci 5.1-9.0).",
    "underway: further studies; a hypothesis-generating analysis",
    "we recalled 12 patients; the tobe group",
    "",
]


@pytest.mark.parametrize("low", SENTENCES)
def test_hypothetical_word_test_matches_the_scan(low: str) -> None:
    assert holds_any(low, design._HYPOTHETICAL_WORDS) == (_ANY_WORD.search(low) is not None)


def test_hypothetical_word_test_matches_the_scan_on_random_texts() -> None:
    """Random texts of the words, their parts and other words: some hold a word, some not."""
    parts = [*design._HYPOTHETICAL_WORDS, "warran", "to", "be", "tob", "fu", "ture", "x", " "]
    parts += ["the", "median", "trial", "ed", "s", "appro", "v", "cal", "l", "1.5"]
    rng = random.Random(13)
    held = 0
    for _ in range(3000):
        low = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        expected = _ANY_WORD.search(low) is not None
        held += expected
        assert holds_any(low, design._HYPOTHETICAL_WORDS) == expected, low
    assert 300 < held < 2700


def test_pools_matches_the_case_blind_search_on_random_texts() -> None:
    """_pools, which matches only where a pooling word starts a word, gives what the search
    gives: texts of the words, their parts, word characters glued before them ("spooled",
    "_pooled"), capitals, and now and then a non-ASCII letter (the search's own path)."""
    parts = ["pool", "ed", "ing", "pooled", "Pooling", "integrated", "COMBINED", "combined"]
    parts += ["across", "Across", "these", "both", "the", "two", "four", "trials", "studies"]
    parts += ["data", "analyses", "analysis", "s", "x", "_", "1", "-", ".", ",", "\n", "\u0131"]
    rng = random.Random(29)
    held = 0
    for _ in range(5000):
        text = ""
        for _ in range(rng.randint(0, 10)):
            text += rng.choice(parts) + rng.choice(["", " ", " ", "  "])
        expected = design._POOLING.search(text) is not None
        held += expected
        assert design._pools(text) == expected, text
    assert 500 < held < 4500


def test_several_trials_matches_the_case_blind_search_on_random_texts() -> None:
    """_names_several_trials, which scans lower-cased ASCII text from the gaps between words,
    gives what the search gives: counts in words and digits, in capitals, glued to a word
    before them ("x12", "_two") or after them ("twofold"), at the text's start, with up to
    seven words before "trials", and now and then a non-ASCII letter (the search's own path)."""
    parts = ["two", "Three", "TEN", "nine", "12", "1.5", "x12", "_two", "twofold", "twenty"]
    parts += ["trials", "Studies", "STUDIES", "trial", "studied", "phase", "I/II", "large,"]
    parts += ["randomised", "a", "-", "(", "\n", "\u0131", "\u017ftudies"]
    rng = random.Random(31)
    held = 0
    for _ in range(6000):
        text = ""
        for _ in range(rng.randint(0, 11)):
            text += rng.choice(parts) + rng.choice(["", " ", " ", " ", "  "])
        expected = design._SEVERAL_TRIALS.search(text) is not None
        held += expected
        assert design._names_several_trials(text) == expected, text
    assert 300 < held < 5700


# Non-ASCII characters: caseless ones that leave the lower-case scans exact, and ones that
# must send a text to the case-blind search ("ı" and "ſ" match "i" and "s" under IGNORECASE,
# the Kelvin sign "k", "İ" lowers to two characters, "Σ" to "σ" or "ς").
CASELESS = ["\u00b2", "\u00b1", "\u03b1", "\u00d7", "\u2022", "\u00b5", "\u00e9", "\ufb00"]
CASED = ["\u0131", "\u017f", "\u212a", "\u0130", "\u03a3"]


def test_caseless_characters() -> None:
    assert all(regex_scan.caseless_beside_ascii(ch) for ch in CASELESS)
    assert not any(regex_scan.caseless_beside_ascii(ch) for ch in CASED)
    assert not regex_scan.lowers_as_ascii("pool\u0131ng \u00b2")
    assert regex_scan.lowers_as_ascii("pooling \u00b2 \u03b1")


def test_lower_case_scans_of_non_ascii_texts_match_the_case_blind_searches() -> None:
    """_pools and _names_several_trials on texts with non-ASCII characters in and between the
    words ("pool\u0131ng", "\u017ftudies", "\u00b2trials"): those that :func:`lowers_as_ascii` take
    the lower-case scans, the others the search; both give what the search gives."""
    parts = ["pool", "ed", "ing", "Pooled", "COMBINED", "data", "analyses", "across", "these"]
    parts += ["two", "Three", "12", "trials", "Studies", "tudies", "rials", "phase", "a", "-"]
    parts += ["x", "_", "\n", *CASELESS, *CASELESS, *CASED]
    rng = random.Random(37)
    held, lowered, searched = 0, 0, 0
    for _ in range(6000):
        text = ""
        for _ in range(rng.randint(1, 10)):
            text += rng.choice(parts) + rng.choice(["", "", " ", " ", "  "])
        if text.isascii():
            continue
        lowered += regex_scan.lowers_as_ascii(text)
        searched += not regex_scan.lowers_as_ascii(text)
        pools = design._POOLING.search(text) is not None
        several = design._SEVERAL_TRIALS.search(text) is not None
        held += pools + several
        assert design._pools(text) == pools, text
        assert design._names_several_trials(text) == several, text
    assert lowered > 1000 and searched > 1000 and held > 300


def test_analyses_of_trials_count_what_findall_finds() -> None:
    """_analyses_of_trials, which matches only after "R" or "r" before "etrospective", counts
    the matches findall finds: phrases of the pattern's words, some broken, with
    "etrospective" at the start or glued after other letters ("xretrospective"), trials named
    in capitals or not, and phrases after "phase" (where a match could run on into the
    next)."""
    opening = ["Retrospective", "retrospectively", "etrospective", "xretrospective", "Metro"]
    rng = random.Random(41)

    def phrase() -> str:
        words = [rng.choice(opening)]
        words += rng.choice([[], ["exploratory"], ["post-hoc"]])
        words.append(rng.choice(["analysis", "analyses", "analysed", "study"]))
        words.append(rng.choice(["of", "in", "from", "on"]))
        words += rng.choice([[], ["the"], ["a"]])
        words += rng.choice([[], ["randomized"], ["phase", "III"], ["phase"]])
        words.append(rng.choice(["trial", "trials", "EMILIA", "CLEOPATRA", "registry"]))
        if rng.random() < 0.2:
            words.append(rng.choice(["database", "cohort", "data"]))
        return rng.choice([" ", ", ", "  "]).join(words)

    counts = set()
    for _ in range(3000):
        text = ""
        for _ in range(rng.randint(0, 3)):
            text += rng.choice(["", "We did a ", "x", ". ", "\n", "phase "]) + phrase()
        expected = len(design._ANALYSIS_OF_TRIAL.findall(text))
        counts.add(min(expected, 2))
        assert design._analyses_of_trials(text) == expected, text
    assert counts == {0, 1, 2}


def _calls_for_study_reference(text: str, pos: int) -> bool:
    """_calls_for_study as written before: the word test, then finditer."""
    lo = design.sentence_start(text, pos)
    low = text[lo : design.sentence_end(text, pos)].lower()
    return holds_any(low, design._HYPOTHETICAL_WORDS) and any(
        design.at_word_start(low, m.start()) for m in design._HYPOTHETICAL.finditer(low)
    )


def test_calls_for_study_matches_the_reference_on_random_texts() -> None:
    """_calls_for_study, which scans on only where _HYPOTHETICAL matches at a word start, gives
    what the reference gives: sentences of the pattern's words, glued after word characters
    ("xstudies should be", where a match inside a word hides one at a word start) or not, at
    the text's start or after a full stop or newline."""
    parts = ["studies", "should", "be", "trials", "need", "warranted", "further", "randomized"]
    parts += ["future", "is", "are", "needed", "under", "way", "to", "confirmed", "approved", "for"]
    parts += ["support", "prospective", "x", "un", "the", "median", "pfs", "was", ".", "\n"]
    parts += ["xstudies should be", "xtrials need to be", "should be", "to be"]
    rng = random.Random(43)
    hidden, answers = 0, set()
    for _ in range(5000):
        text = ""
        for _ in range(rng.randint(1, 9)):
            text += rng.choice(parts) + rng.choice(["", " ", " ", " ", "  ", ". "])
        pos = rng.randrange(len(text))
        expected = _calls_for_study_reference(text, pos)
        answers.add(expected)
        assert design._calls_for_study(text, pos, {}) == expected, (text, pos)
        lo = design.sentence_start(text, pos)
        low = text[lo : design.sentence_end(text, pos)].lower()
        hidden += design._matches_at_a_word_start(low) and not expected
    assert answers == {True, False}
    assert hidden > 10
