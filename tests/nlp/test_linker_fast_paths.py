"""The faster paths of the linker (link.py, ratios.py, groups.py, quoting.py) give what the
patterns and computations they spare give: the tail pre-check of the further-ratios scan, the
colon pre-check of the row labels, the randomised arms read only when needed, the word
pre-checks of the group and difference scans, and findings made without the dataclass's
``__init__``."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest

from extractor import models
from extractor.nlp import groups, link, mentions, quoting, ratios
from extractor.nlp import values as values_mod
from extractor.nlp.regex_scan import holds_any

HR_SENTENCES = [
    "The HRs were 0.63 (95% CI, 0.50-0.80) for OS and 0.58 (0.45-0.75) for PFS.",
    "HRs for death were 0.49 (95% CI 0.30 to 0.80; P=0.006) in the 960-mg group and 0.58 "
    "(0.41-0.83) in the 240-mg group.",
    "HR 0.61 (0.45-0.82) with a score below 1%, 0.57 (0.40-0.81) with a score of 1% or more.",
    "HR, 0.73 vs. 0.81 versus 0.92; BRCA mutation: 0.30 (0.26-0.34); other: 0.75 and of 0.66.",
    "HR 0.70, and 0.5 months, vs 0.44 - 1 and 0.33 to 1.2, and 1.25, then 2.5.",
    "hazard ratio 0.68 " + "x" * 120 + " and 0.55",
    "HR 0.88; p < 0.001 and 0.91 (0.80-1.01)",
    "HR 0.9 v. 0.8 and 12.5% versus 0.66 weeks, 0.62",
]


@pytest.mark.parametrize("sentence", HR_SENTENCES)
def test_further_ratios_tail_precheck(sentence: str) -> None:
    for pos in range(len(sentence) + 1):
        got = ratios._more_hr(sentence, pos)
        want = ratios._MORE_HR.match(sentence, pos)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_row_labels_skip_sentences_without_a_colon() -> None:
    text = "HER2-low: median PFS 13.2 vs 8.1 mo. ITT: median PFS 13.2 vs 8.1 mo. No label here."
    bounds = [(0, 36), (36, 69), (69, len(text))]
    rows = link.row_labels(text, bounds, [])
    assert sorted(rows) == [0, 36]
    for s0, s1 in bounds:
        assert (s0 in rows) == bool(link._ROW_LABEL.match(text, s0, s1))


def test_randomised_arms_read_once_when_needed() -> None:
    text = "Patients were randomly assigned to tucatinib or placebo. ORR was 40.6% versus 22.8%."
    context: dict = {"text": text}
    assert "arms" not in context
    assert link._arms(context) == ("tucatinib arm", "placebo arm")
    assert context["arms"] == ("tucatinib arm", "placebo arm")


TEXTS = [
    "Median PFS was 7.4 months (95% CI 5.1-9.0) with T-DXd and 3.8 months in the control arm.",
    # (follow-up written "FU" in capitals, and "fu" in other words, which it is not)
    "Updated analysis (median FU 54.8 mo): mrPFS 24.0 mo; further fu 12 mo, refused 3 mo.",
    "ORR was 45% (n = 12) among patients receiving the 420-mg dose, vs 30%, for those on "
    "placebo; 12.1% had progressed, 80% had received immunotherapy and five (6%) of them complete.",
    "At a median of 9.9 months after stopping, at a median follow-up of 24 months, after a "
    "median follow up time of about 12 months, approximately 5% and roughly 10 %, ~ 3.",
    "With P0 set at 35% and P1 at 55%, a historical control rate of 10% and a benchmark of 20%; "
    "the reference rate 15%, H0: 5%; duration of therapy was 6 months; f/u 3 years.",
    "The null hypothesis of 40% was rejected; the study was to be considered positive if at "
    "least 7 of 21 responded (Simon two-stage design, powered to detect 20%, assuming 5%).",
    "In the ITT population, 63% PR, 14% PR with lymphocytosis and 8% CR; 22% SD and 3% PD; "
    "30% ) of pts treated, 10% ] of whom died, 4% _x, 9% 9 patients.",
    "Répondeurs: 40% dans İN the Fİrst cohort, Wİth ıncreased dose, 5% ABOUT ſample\n",
    "Tumour shrinkage in 40%, a reduction in 30% and some decrease in 12%; 5%      \tof them.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_group_after_precheck(text: str) -> None:
    for pos in range(len(text) + 1):
        window = text[pos : pos + 60]
        got, want = groups._group_after(window), groups._AFTER.match(window)
        assert got == (want and want.group("g"))


@pytest.mark.parametrize("text", TEXTS)
def test_not_an_outcome_after_precheck(text: str) -> None:
    ascii_low = text.lower() if text.isascii() else None
    for pos in range(len(text) + 1):
        got = link._not_an_outcome_after(text, pos, ascii_low)
        want = link._NOT_AN_OUTCOME_AFTER.match(text, pos)
        assert got == bool(want)
        # (the full pattern, also where the lower case is not given)
        assert link._not_an_outcome_after(text, pos, None) == bool(want)


@pytest.mark.parametrize("text", TEXTS)
def test_drop_window_prechecks(text: str) -> None:
    for end in range(len(text) + 1):
        for start in (max(0, end - 50), 0):
            before = text[start:end]
            low = before.lower() if before.isascii() else None
            assert link._approximate(before, low) == bool(link._APPROXIMATE.search(before))
            assert link._follow_up(before, low) == bool(link._FOLLOW_UP.search(before))
            assert link._benchmark(before, low) == bool(link._BENCHMARK.search(before))
            want = bool(link._AT_A_MEDIAN_OF.search(before))
            assert link._at_a_median_of(before, low) == want


@pytest.mark.parametrize("text", TEXTS)
def test_design_sentence_precheck(text: str) -> None:
    for start in range(len(text) + 1):
        sentence = text[start:]
        assert quoting._design_sentence(sentence, sentence.lower()) == bool(
            quoting._DESIGN_SENTENCE.search(sentence)
        )


@pytest.mark.parametrize("text", TEXTS)
def test_value_for_precheck(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 60) + 1):
            gap = text[start:end]
            got, want = link._value_for(gap), link._VALUE_FOR.match(gap)
            assert (got and got.span()) == (want and want.span())


def test_excluded_rate_precheck() -> None:
    for text in [*TEXTS, "so a 15% rate could not be EXCLUDED", "10% can be Ruled  out"]:
        if not link._may_exclude(text):
            assert not any(link._EXCLUDED_RATE.match(text, p) for p in range(len(text) + 1))
    assert link._may_exclude("a 15% rate could not be Excluded")


DIFFERENCE_TEXTS = [
    "prolonged median OS by nearly 16 months, OS difference 9.4 months and a 9.1-month gain",
    "an absolute increase in median survival of 1.5 months; chemotherapy added 1.5 months of "
    "PFS and 1.6 months of life; gains of 2 months; improvement of 3 mo; prolongation of 4",
    "The differences in median PFS was 3.2 months; the extension in the median OS of 5 months",
    "BY 2 months, Gained of 3 weeks, DIFFERENCE of 4 years, GAINS OF 5 months",
    "median PFS was 7.4 months (95% CI 5.1-9.0) with T-DXd and 3.8 months in the control arm",
    "a gaın of 2 months; an İmprovement of 3 months; added ſome 4 months",
]


@pytest.mark.parametrize("text", [*TEXTS, *DIFFERENCE_TEXTS])
def test_difference_precheck(text: str) -> None:
    for end in range(len(text) + 1):
        for start in (max(0, end - 50), 0):
            before = text[start:end]
            low = before.lower() if before.isascii() else None
            assert link._difference(before, low) == bool(link._DIFFERENCE.search(before))


GROUP_TEXTS = [
    "ORR was 40% in cohort A and in cohort B they were 30.0% and 25%; in arm 2 it WAS 12%",
    "For the placebo group it was 5%, among the HER2-low subgroup were\n 8% and for part B waſ 9%",
    "median PFS 7.4 vs 3.8 months versus 2.1 months, compared with 1.2 months and 0.9 months",
    "44.9% versus 26.6%, 30% vs. 20%, 12% v 10% and 5% v. 4%; 3% and 2%, 1% with 0%",
    " vs 12%, versus 10%, VS 8%, Versus 7%, and\n 6%, with \t 5%, compared with  4%",
    "",
]


@pytest.mark.parametrize("text", GROUP_TEXTS)
def test_group_before_value_precheck(text: str) -> None:
    for end in range(len(text) + 1):
        for start in range(0, end + 1, 3):
            got = groups._group_before_value(text, start, end)
            want = groups._BEFORE_VALUE.search(text, start, end)
            assert (got and (got.span(), got.group("g"))) == (
                want and (want.span(), want.group("g"))
            )


@pytest.mark.parametrize("text", GROUP_TEXTS)
def test_compared_precheck(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 40) + 1):
            between = text[start:end]
            got, want = groups._compared(between), groups._COMPARED.search(between)
            assert (got and got.span()) == (want and want.span())


def test_new_finding_is_the_finding_init_makes() -> None:
    values = (
        "OS",
        "median",
        7.4,
        "months",
        5.1,
        9.0,
        24.0,
        False,
        12,
        40,
        "A",
        "gPFS",
        "s",
        3,
        6,
        ("flag",),
    )
    made, init = models.new_finding(*values), models.Finding(*values)
    assert made == init and hash(made) == hash(init) and repr(made) == repr(init)
    assert [getattr(made, f.name) for f in dataclasses.fields(models.Finding)] == list(values)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.group = "B"  # type: ignore[misc]
    with pytest.raises(TypeError):
        models.new_finding(*values[:-1])  # (every field must be given)


def test_new_mention_is_the_mention_init_makes() -> None:
    made, init = mentions.new_mention(3, 9, "gPFS"), mentions.Mention(3, 9, "gPFS")
    assert made == init and hash(made) == hash(init) and repr(made) == repr(init)
    assert (made.start, made.end, made.endpoint) == (3, 9, "gPFS")
    assert made != mentions.new_mention(3, 9, "OS") and made != mentions.Mention(9, 3, "gPFS")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.endpoint = "OS"  # type: ignore[misc]


@pytest.mark.parametrize("text", [*TEXTS, *HR_SENTENCES])
def test_other_study_triggers_loop(text: str) -> None:
    # (each trigger alone, at the start, inside and at the end, and cut short by one letter)
    cases = [text.lower()]
    for trigger in quoting._OTHER_TRIGGERS:
        cases += [trigger + text, text + trigger, text[:9] + trigger + text[9:], trigger[:-1]]
    for low in cases:
        triggers = quoting._OTHER_TRIGGERS
        assert holds_any(low, triggers) == any(map(low.__contains__, triggers))


# Sentences for the prechecks of whole-sentence scans below: each with matches and near misses
# of the scans, in both cases, and with the non-ASCII letters that a scan ignoring case takes
# for ASCII ones ("ı", "İ", "ſ").
SENTENCE_TEXTS = [
    # (figures: _has_figure)
    "Median OS was NR (95% CI, NE-NE) and neither median was reached.",
    "Median PFS had not yet been reached; OS was not estimable. Neither the median",
    "ONE NRAS-mutant NEt ANR xNR NR, NE; NRx  ne not reached",
    "The primary endpoint was PFS. Réponse: ٣٠ % (Arabic-Indic digits), NR é",
    "Survie médiane non atteinte; Neither  the   median, not\tbeen reached ²",
    "No figure here at all, none in any word",
    # (the medians of the endpoint before: _medians)
    "In the overall population the medians were 13.8 and 8.2 months.",
    " It was numerically longer in patients treated with A (median, 23.7 versus 19.3 mo).",
    "\x1c\tThey differed markedly by diagnosis: 7.00 months for A",
    "With crizotinib it was 10.2 months. IN the ITT population, it was 19.2 months",
    "They were similar; the 2-year rates were 80% and 70%; patients fared worse (5.9 vs 16.3 mo)",
    "İn the cohort, it was 9.1 months; ſo it was; The benefit (median, 14.9 months vs 11.3)",
    "Patients with two sites. Thereafter it was 5 months; Inside, it was 4 months",
    # (design talk: _design_talk)
    "The primary endpoint was OS; secondary end points were PFS and ORR.",
    "Co-Primary outcomes: PFS, OS. The end\tpoint; ENDPOINTS; an Outcome of PFS",
    "Overall survival was longer with A; the pointed outcomeS were PRIMARYs",
    "Survie: ſecondary endpoint; primaire; Outcome",
    # (a median follow-up: _may_follow_up)
    "The median follow-up was 3.5 years for rPFS and 4.4 years for OS.",
    "RESULTS: MEDIAN FOLLOW UP TIME WAS 24 months for OS",
    "  Median   follow\t-up was 12 months; the median Follow-Up was",
    "Median foIlow-up was 5 months (a capital I); medıan follow-up was 6 months",
    # (a scope that opens the sentence: _intracranial_scope)
    "Intracranially, ORR, DCR and CBR were 40%, 60% and 70%.",
    "RESULTS: In the BRAIN, ORR was 40%; Within the CNS , DCR was 50%",
    "For intracranial lesions, the ORR was 30%. For CNS disease, 20%. for brain metastases,",
    "Results: ıntracranially, ORR was 40%; in the CNſ, 20%",
    "In the brain ORR was 40% (no comma after the scope)",
]


def _slices(text: str, width: int) -> Iterator[str]:
    """Every slice of ``text`` up to ``width`` characters long, and every tail of it."""
    for start in range(len(text) + 1):
        for end in (*range(start, min(len(text), start + width) + 1), len(text)):
            yield text[start:end]


@pytest.mark.parametrize("text", [*SENTENCE_TEXTS, *TEXTS])
def test_has_figure_fast_path(text: str) -> None:
    for sent in _slices(text, 40):
        assert link._has_figure(sent) == bool(link._HAS_FIGURE.search(sent))


@pytest.mark.parametrize("text", [*SENTENCE_TEXTS, *TEXTS])
def test_medians_fast_path(text: str) -> None:
    for sent in _slices(text, 50):
        got, want = link._medians(sent), link._MEDIANS.search(sent)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("text", [*SENTENCE_TEXTS, *TEXTS])
def test_design_talk_precheck(text: str) -> None:
    for sent in _slices(text, 40):
        assert link._design_talk(sent) == bool(link._DESIGN_TALK.search(sent))


@pytest.mark.parametrize("text", [*SENTENCE_TEXTS, *TEXTS])
def test_follow_up_precheck(text: str) -> None:
    for start in range(len(text) + 1):
        sent = text[start:]
        if not link._may_follow_up(sent):
            assert not link._FOLLOW_UP_FOR.match(sent)


def test_follow_up_precheck_passes_any_case() -> None:
    for sent in ("RESULTS: MEDIAN FOLLOW UP TIME WAS 24", "  Median   follow\t-up was 12"):
        assert link._FOLLOW_UP_FOR.match(sent) and link._may_follow_up(sent)


@pytest.mark.parametrize("text", [*SENTENCE_TEXTS, *TEXTS])
def test_intracranial_scope_precheck(text: str) -> None:
    for sent in _slices(text, 40):
        assert link._intracranial_scope(sent) == bool(link._INTRACRANIAL_SCOPE.match(sent))


ONGOING_TEXTS = [
    "Of the responses, 63% were ongoing at 12 months, and 74% at 24 months.",
    "Responses were ONGOING at 6 months in 84.7% and 63.0%; 40% Remained In  Response.",
    "67% of responses lasted 12 months or more and 52% lasted 24 months or more.",
    "(67%) had responses lasting longer than 12 months and 58% longer than 24 months",
    "Of responders, 71% were Durable; 30% Continuing, the response was maintained at 6 mo in 5%.",
    "The response rate was 45% (95% CI 30-60) and 12% had stable disease at 6 months.",
    "Responders: 40% longer than 12 months; in response 5%, espon 3%",
    # (not ASCII: every sentence is scanned)
    "Réponses: 63% of responses were ongoıng at 12 months; 5% of responders were ongoing at 6",
]


@pytest.mark.parametrize("text", ONGOING_TEXTS)
def test_share_ongoing_precheck(text: str) -> None:
    for start in range(0, len(text) + 1, 2):
        for sent in (text[start:], text[: len(text) - start]):
            if link._may_share_ongoing(sent):
                continue
            values, tps = values_mod.find_values(sent), values_mod.find_timepoints(sent)
            assert all(link._response_share_months(sent, v, tps) is None for v in values)
            if "espon" not in sent:
                continue  # (the function itself reads nothing there)
            # (no pattern of it matches anywhere, nor ends anywhere)
            for end in range(len(sent) + 1):
                for rx in (link._SHARE_ONGOING, link._ONGOING_BEFORE, link._LASTED):
                    assert not rx.search(sent, 0, end)
            if "lasting" in sent or "lasted" in sent:  # (its scan's own condition)
                assert not link._LASTING_AFTER.search(sent)


def test_share_ongoing_precheck_passes_the_shares() -> None:
    sent = "Responses were ongoing at 6 months in 84.7% and 63.0%."
    values, tps = values_mod.find_values(sent), values_mod.find_timepoints(sent)
    assert link._may_share_ongoing(sent)
    assert [link._response_share_months(sent, v, tps) for v in values] == [None, 6, 6]


VERB_GAPS = [
    " (95% CI 50-86) were free of CNS progression",
    ") of 40 patients had an objective response",
    " of the 107 patients in the FGFR2 cohort",
    " versus 3.3% (1.2-5.0) WERE alive without progression",
    "% (19 patients) Had a confirmed objective response",
    " and 80% of patients, respectively, were alive at 12 months",
    " of patients ",
    " of patients in the A arm and the B arm, then",
    "% of them Achieved a response, and 12% ReMaInEd in remission at 3 years",
    " (n = 12) vs 20% (n = 8), respectively, derived benefit",
    # (not ASCII: the whole pattern)
    " (95 % CI) wéré alive",
    " of patients in the İ arm were alive",
]


@pytest.mark.parametrize("text", VERB_GAPS)
def test_value_then_verb_precheck(text: str) -> None:
    for gap in _slices(text, 30):
        assert link._value_then_verb(gap) == bool(link._VALUE_THEN_VERB.match(gap))


TRIAL_TEXTS = [
    "In DESTINY-Breast04, KEYNOTE-355 and CheckMate 067 (TUXEDO-1, ZUMA-1-eligible), PFS 7.4.",
    "TAS-102 and DS-8201a vs NP28673 study; HER2-low 12 months; ABC-DEF-1 and AbC-dEf 23x",
    "Median TTNT 5 months, KEYNOTE-0061, Trial-A 3%, PACIFIC-R2, EORTC-22981-26981 trial.",
    "ÆBC-1 and xCheckMate 9, ZZ 1, Zzz-9/2, Aaa 12.5, Bbb 1-2, Ccc 3mg",
]


@pytest.mark.parametrize("text", TRIAL_TEXTS)
def test_trial_name_possessive_runs(text: str) -> None:
    # (the pattern as it was, with runs of letters that give letters back)
    greedy = re.compile(
        quoting._TRIAL_NAME.pattern.replace("{2,}+", "{2,}").replace("++", "+"),
        quoting._TRIAL_NAME.flags,
    )
    assert greedy.pattern != quoting._TRIAL_NAME.pattern
    for start in range(len(text) + 1):
        sent = text[start:]
        got = [(m.span(), m.group("word")) for m in quoting._TRIAL_NAME.finditer(sent)]
        want = [(m.span(), m.group("word")) for m in greedy.finditer(sent)]
        assert got == want


def test_trial_names_found() -> None:
    assert quoting.trial_names(TRIAL_TEXTS[0]) == {
        "DESTINY-Breast04",
        "KEYNOTE-355",
        "CheckMate 067",
        "TUXEDO-1",
    }


@pytest.mark.parametrize("text", [*TEXTS, *HR_SENTENCES])
def test_time_to_precheck(text: str) -> None:
    variants = [text, text.replace("HR", "Time to progression (HR"), "TIME  TO next treatment"]
    for sent in variants:
        for start in range(0, len(sent) + 1, 3):
            for end in range(start, len(sent) + 1, 5):
                if not ratios._may_say_time_to(sent, start, end):
                    assert not [*ratios._TIME_TO.finditer(sent, start, end)]
