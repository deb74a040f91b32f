"""The faster paths of groups.py give what the patterns they spare give: the "respectively"
list searched only in the stretches that hold the word, the randomised arms matched only
where "random" stands, and the lower-case twins of patterns that ignore case."""

from __future__ import annotations

import re

import pytest

from extractor.nlp import groups, link
from extractor.nlp.regex_scan import lower_twin

RESPECTIVELY_TEXTS = [
    "Median PFS was 8.2 and 11.5 months in stable and active BM, respectively.",
    "ORR was 45% (95% CI 30-60) and 30% (20-40) in the A and B cohorts, respectively.",
    # (the word in a bracket; two stretches that hold it; the first without a list)
    "ORR (45% and 30%, respectively) for A, B; and in patients with X, Y and Z, respectively",
    "Respectively; among the arms 1, 2, respectively (in cohort A and B, RESPECTIVELY)",
    # (no stretch with a match: the search must come back empty, and at the end)
    "in A; respectively; (respectively) ; of x respectively",
    "for the treated and the untreated, with 3 and 4, respectively",
    # (not ASCII: searched whole; the long s that ignoring case reads as an "s")
    "in ſtable and active BM, reſpectively; in the İ and K cohorts, respectively",
    "in the A and B groups respectively(",
    "respectively",
    "",
]


@pytest.mark.parametrize("text", RESPECTIVELY_TEXTS)
def test_respectively_list_searches_only_stretches_with_the_word(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 7):
            for sent in (text[start:end], text[start:]):
                got, want = groups._respectively_list(sent), groups._RESPECTIVELY.search(sent)
                assert (got and (got.span(), got.group("list"))) == (
                    want and (want.span(), want.group("list"))
                )


def test_respectively_list_finds_the_second_stretch() -> None:
    sent = "ORR (45% and 30%, respectively) for A and B; in A and B, respectively"
    hit = groups._respectively_list(sent)
    assert hit and hit.group("list") == "A and B" and hit.start() > sent.index(";")


ARMS_TEXTS = [
    "Patients were randomly assigned to tucatinib or placebo. ORR was 40.6% versus 22.8%.",
    "Randomized (random) patients; RANDOMISED 2:1 to receive drug A plus B versus placebo.",
    "We randomised 40 patients. They were randomly allocated to arm A or arm B.",
    "A random sample; non-randomized; pseudorandomly assigned to X or Y; randomized to P vs Q",
    # (not ASCII: searched whole)
    "Patients were randomly assigned to Ærtinib or placebo, rAndomly to A or B.",
    "random",
    "",
]


@pytest.mark.parametrize("text", ARMS_TEXTS)
def test_randomised_to_matches_only_where_random_stands(text: str) -> None:
    for start in range(len(text) + 1):
        sent = text[start:]
        got, want = groups._randomised_to(sent), groups._RANDOMISED_TO.search(sent)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_randomised_arms_of_a_later_sentence() -> None:
    text = "A random sample was drawn. Patients were randomized to A or B."
    assert groups.randomised_arms(text) == ("A arm", "B arm")


LOWER_TWIN_TEXTS = [
    "63% PR, 14% PRs with lymphocytosis, 8% CR and 2% VGPR; 22% SD AND 3% Pd; 5% (of Them) "
    "DIED, 9% had been previously Treated, 4% went On to surgery, 12% Stable Diseases.",
    "ORR was 45% (95% CI 30-60) With T-DXd and 30% in the Control arm; 12 months IN cohort B, "
    "12 % of patients receiving placebo, vs 20% for those, and 6% among Participants.",
    "Tumour SHRINKAGE in 40%, a Reduction in 30% and some big decrease in 12%; 5%\tof them.",
    "In the A and B Cohorts, Respectively: 45%, (30%) ; of whom 3 had progressed_x.",
    "",
]
TWINNED = [
    link._NOT_AN_OUTCOME_AFTER,
    groups._AFTER,
    groups._RESPECTIVELY,
]


@pytest.mark.parametrize("pattern", TWINNED)
@pytest.mark.parametrize("text", LOWER_TWIN_TEXTS)
def test_lower_twin_matches_as_the_pattern_on_ascii_text(pattern: re.Pattern[str], text: str):
    twin = lower_twin(pattern)
    low = text.lower()
    for pos in range(len(text) + 1):
        got, want = twin.match(low, pos), pattern.match(text, pos)
        assert (got and got.span()) == (want and want.span())
        got, want = twin.search(low, pos), pattern.search(text, pos)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\bdied\S", re.I),  # (an escape the lower case changes)
        re.compile(r"(?-i:PR)s?", re.I),  # (an inline flag)
        re.compile(r"(?P<Group>died)", re.I),  # (a group name with a capital)
        re.compile(r"\x44ied", re.I),  # (a character by its code)
        re.compile(r"reſponse", re.I),  # (beyond ASCII)
        re.compile(r"\(?P<x", re.I),  # (a bracket before "?P", taken for a group's name)
        re.compile(r"died"),  # (case kept)
    ],
)
def test_lower_twin_refuses_what_the_lower_case_changes(pattern: re.Pattern[str]) -> None:
    with pytest.raises(ValueError):
        lower_twin(pattern)


def test_lower_twin_keeps_group_names() -> None:
    twin = lower_twin(re.compile(r"(?P<g>in\s+(?P<arm>\w+))(?P=arm)?", re.I))
    hit = twin.match("in armarm")
    assert hit and hit.group("arm") == "armarm" and hit.groupdict().keys() == {"g", "arm"}


ARM_TEXTS = [
    "ORR was 45% with T-DXd vs 30% with TPC, and PFS 9.9 versus 4.1 months (A vs. B).",
    "Pembrolizumab plus chemotherapy versus placebo plus chemotherapy; nivolumab vs ipilimumab",
    # (a list that holds "vs" as a word; "vs" inside words; a full stop after "vs")
    "A vs B versus C, Devs vs. the control arm, CDK4/6i+ET vs ET-alone, 12 vs 13, x vs",
    "in arm_1 vs arm-2 vs arm/3 and (drug A vs drug B) vs [C versus D]; vs. Versus VS vs",
    "  vs  versus\tthe other\nvs. the\u00a0next one versus",
    # (not ASCII: letters and spaces the classes take too)
    "Ærtinib vs Ölimab, ×3 vs ÷2 and δ-arm\u2009versus\u2009γ-arm",
    "",
]


@pytest.mark.parametrize("text", ARM_TEXTS)
def test_arm_pairs_search_only_around_the_word(text: str) -> None:
    for start in range(len(text) + 1):
        sent = text[start:]
        got = [(m.span(), m.groupdict()) for m in groups._arm_pairs(sent)]
        want = [(m.span(), m.groupdict()) for m in groups._ARMS.finditer(sent)]
        assert got == want


def test_arm_pairs_finds_each_pair() -> None:
    sent = "ORR with Devs vs. the control arm, and PFS of drug A versus drug B (12 vs 13)"
    assert [m.group("a", "b") for m in groups._arm_pairs(sent)] == [
        ("ORR with Devs", "control arm"),
        ("of drug A", "drug B"),
    ]
