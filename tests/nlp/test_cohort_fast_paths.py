"""The faster paths of cohort give what the full reading gives."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from extractor.nlp import cohort
from extractor.nlp.values import normalise
from extractor.sources.files import read_articles

ROOT = Path(__file__).resolve().parents[2]

# Sentences whose reading looks at what opens them: a count, "screened", " were ", " in all",
# " of ... enrolled", " and ", a heading, an "Of N" opening.
OPENINGS = [
    "screened 519 patients were screened, and 416 met the eligibility criteria.",
    "screened were 519 patients and 416 were enrolled.",
    "were 12 patients enrolled; 5 had been randomized.",
    "in all 113 patients were included, 6 in phase Ib and 107 in phase II, 113 in all.",
    "of 20 patients 18 of the 30 enrolled patients responded.",
    "and 40 patients were randomly assigned to A and 40 to B.",
    "Of 560 randomized patients, 280 were assigned to each arm.",
    "RESULTS: Among the 505 patients with PD-L1 TPS >50%, 61% had ECOG PS 0-1.",
    "39 patients (59%) were enrolled in 2019.",
    "Phase 1b treated 15 patients; in phase 2, 133 patients were randomised.",
    "(n = 43) and weekly (q1w; n = 14) infusions were given to patients.",
    "2019 patients were treated at 12 centres.",
    "patients numbered 224 in total.",
]
WHITE = ["", " ", "  ", " " * 300, "\n", "\n ", " \n", "\t\t", "\u2003 ", " \u2003", "\xa0\xa0"]


def _without_trim(monkeypatch: pytest.MonkeyPatch, read, *args):
    """``read(*args)`` with every sentence read as it is (the reference)."""
    with monkeypatch.context() as m:
        m.setattr(cohort, "_trim_opening", lambda sentence: sentence)
        return read(*args)


@pytest.mark.parametrize("white", WHITE)
@pytest.mark.parametrize("sentence", OPENINGS)
def test_trimmed_opening_reads_as_the_whole(monkeypatch, white: str, sentence: str) -> None:
    text = white + sentence
    assert cohort._headline(text) == _without_trim(monkeypatch, cohort._headline, text)
    assert cohort._headline(text, True) == _without_trim(monkeypatch, cohort._headline, text, True)


def test_trim_keeps_the_last_white_space_character() -> None:
    assert cohort._trim_opening(" " * 50 + "\tFoo") == "\tFoo"
    assert cohort._trim_opening(" Foo") == " Foo"
    assert cohort._trim_opening("Foo  bar") == "Foo  bar"
    assert cohort._trim_opening("   ") == " "
    assert cohort._trim_opening("") == ""


def test_cohort_sizes_match_on_abstracts_with_background_sections(monkeypatch) -> None:
    """Whole abstracts (the masked background opens the first sentence after it with spaces),
    and random joins of the openings above: the same sizes with and without the trim."""
    texts = [
        normalise(a.abstract) for a in read_articles([ROOT / "corpora" / "her2-bcbm"]) if a.abstract
    ]
    rng = random.Random(5)
    for _ in range(300):
        texts.append(
            "BACKGROUND: 500 patients were in trial Y. "
            + "".join(rng.choice(WHITE) + rng.choice(OPENINGS) for _ in range(rng.randint(1, 4)))
        )
    blanked = sum(cohort.mask_background(t) != t for t in texts)
    assert blanked > 300
    for text in texts:
        assert cohort.cohort_size(text) == _without_trim(monkeypatch, cohort.cohort_size, text)


def test_number_word_openings_are_those_of_every_number_word() -> None:
    words = {*cohort._UNITS, *cohort._TENS}
    assert set(cohort._NUMBER_WORD_OPENINGS.split("|")) == {w[:3] for w in words}


ARMS = [
    "150 patients were allocated to sorafenib and 76 to placebo.",
    "Thirty-one patients in the WBRT arm and twenty-three in the combination arm were enrolled.",
    "We assigned 254 patients to tarlatamab and 255 to chemotherapy.",
    "Intent-to-treat population: 175 (erdafitinib) and 176 (pembrolizumab) patients.",
    "254 pts received first-line anti-PD-1 monotherapy and 330 first-line BRAF/MEK inhibitors.",
    "treated at X: 264 received an EGFR TKI first-line, and 187 received it second-line.",
    "60 patients were enrolled in cohort A and 30 in cohort B.",
    "135 were assigned to axitinib (n=135) and\n69 to sorafenib.",
    "Twelve patients received 90Y-DOTATOC (7.4-11 GBq) and 34 received 177Lu-DOTATATE.",
    "Patients were enrolled and treated; 40 and more were assigned to A.",
    "We enrolled patients and the trial assigned them to A and B.",
]


def test_allocated_matches_the_full_search_on_random_sentences() -> None:
    """_allocated (with its "and <count>" pre-check) gives what _allocated_any_case() finds:
    sentences built on its alternatives, with a count, a number word or another word after
    "and", and random words around."""
    templates = [
        "{a} patients were {v} to {x} and {b} to {y}",
        "{a} pts in the {x} arm and {b} in the {y} group were enrolled",
        "we {v} {a} patients to {x} and {b} to {y}",
        "{a} patients received {x} (n=3) and {b} {y}",
        "{x}: {a} received {y}, and {b} received it",
        "{a} patients were treated in cohort {x} and {b} in cohort {y}",
        "{a} ({x}) and {b} ({y}) patients",
    ]
    counts = ["150", "1,054", "Thirty-one", "twelve", "eleven", "nine", "the", "three", "for", "A"]
    verbs = ["assigned", "randomly assigned", "allocated", "randomized", "enrolled"]
    # (and characters outside ASCII: those no ASCII letter matches under IGNORECASE take the
    # lower-cased scan, "ſ", "ı", "\u212a" and capitals the full one)
    fills = [
        "A",
        "sorafenib",
        "the standard arm",
        "x, y",
        "B (n = 4)",
        "\u03b1-TKI (\u22652)",
        "5 \u00b1 2 mg",
        "\u017forafenib",
        "\u0131pilimumab",
        "\u212a arm",
        "\u0394 arm",
    ]
    rng = random.Random(3)
    sentences = list(ARMS)
    for _ in range(3000):
        sentence = rng.choice(templates).format(
            a=rng.choice(counts),
            b=rng.choice(counts),
            v=rng.choice(verbs),
            x=rng.choice(fills),
            y=rng.choice(fills),
        )
        sentence = sentence.replace(" and ", rng.choice([" and ", " and\n", "  and ", " or "]))
        sentences.append(rng.choice(["", "In all, ", "x "]) + sentence + rng.choice(["", "."]))
    matched = 0
    for sentence in sentences:
        expected = cohort._allocated_any_case().search(sentence)
        got = cohort._allocated(sentence, sentence.lower())
        matched += expected is not None
        assert (got and got.span()) == (expected and expected.span()), sentence
        if expected:
            # (the lower-cased scan's groups come out lower-cased, the full one's as written)
            assert {k: v and v.lower() for k, v in expected.groupdict().items()} == {
                k: v and v.lower() for k, v in got.groupdict().items()
            }
    assert 300 < matched < len(sentences) - 300


def _count_before_by_search(sentence: str, lo: int, hi: int) -> object:
    m = cohort._COUNT_BEFORE.search(sentence, lo, hi)
    return m and (m.span(), m.group("num"))


def test_count_before_matches_the_search_on_random_sentences() -> None:
    """_count_before, whose ASCII scan skips words that open as no number word does, finds
    the count _COUNT_BEFORE.search finds before each patient noun."""
    words = [
        "Thirty-nine", "twenty", "one", "Eleven", "nineteen", "seven", "five", "fourteen",
        "the", "to", "of", "three", "this", "for", "several", "ten", "tend", "2", "39", "1,054",
        "12.5", "HER2-positive", "eligible", "enrolled", "were", "phase", "stage", "mg",
        "patients", "pts", "women", "and", "or", "(", ")", "-",
    ]  # fmt: skip
    rng = random.Random(17)
    found = 0
    for _ in range(3000):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(2, 12)))
        low = sentence.lower()
        for noun in re.finditer(r"patients|pts|women", low):
            hi = noun.start()
            lo = max(0, hi - 70)
            m = cohort._count_before(sentence, low, lo, hi)
            expected = _count_before_by_search(sentence, lo, hi)
            found += expected is not None
            assert (m and (m.span(), m.group("num"))) == expected, sentence
    assert found > 500


@pytest.mark.parametrize(
    "sentence",
    [
        *OPENINGS,
        "Thirty-nine HER2-positive patients were enrolled between 2015 and 2019.",
        # (a capital whose lower case is two characters: the caller's lower case is then
        # longer than the sentence, and the offsets' own is made)
        "\u0130n 2019, 52 patients were included; 12 pts had BM.",
        "\u0130\u0130 39 PATIENTS WERE TREATED, a total of 40 women.",
    ],
)
def test_candidates_read_the_same_with_the_callers_lower_case(sentence: str) -> None:
    """_candidates given the sentence's lower case (as _headline passes it) finds what it
    finds when it lower-cases the sentence itself."""
    assert cohort._candidates(sentence, sentence.lower()) == cohort._candidates(sentence)
