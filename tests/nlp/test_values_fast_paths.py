"""The fast paths of ``values`` answer as the patterns they spare: the tail checks before the
look-behinds, the cues before the timepoint scans, and the atomic numbers of _PERCENT and _TIME.
"""

import re

import pytest

from extractor.nlp import values as v

TEXTS = [
    "ORR was 45.2% (95% CI 30.1-60.4) vs 12% at least 50% of >= 20 patients",
    "PFS every 3 weeks for 12 months, q 2 weeks, EXPOSURE OF 6 months, laſt 3 months",
    "TPS 1-49%, rates of 60% to 70%, 1%-49% and 5 TO 9 months, from 3 to 6 months",
    "tumours exceeding 3 cm, exceedſ 4, EXCEEDS 5, leaſt 2, up to 10, BELOW 4, minimum of 2",
    "median OS 12.3 (95% CI 10.1-14.5) months vs 9.8 months; HR 0.72, p<0.001",
    "18.5 (95% CI 13.6-23.3) months, 11.8, 16.1 and 20.1 months, 3-year OS 45%",
    "İ 12 months, ı 3 weeks, K 4 days, \u00a0 5 months, per\u2009cent 12",
]


def _positions(text):
    return range(len(text) + 1)


@pytest.mark.parametrize("text", TEXTS)
def test_range_before_answers_as_its_pattern(text):
    for i in _positions(text):
        expected = bool(v._RANGE_BEFORE.search(text[max(0, i - 8) : i]))
        assert v._range_before(text, i) == expected, (text, i)


@pytest.mark.parametrize("text", TEXTS)
def test_schedule_before_answers_as_its_pattern(text):
    for i in _positions(text):
        expected = bool(v._SCHEDULE_BEFORE.search(text, max(0, i - 16), i))
        assert v._schedule_before(text, i) == expected, (text, i)


@pytest.mark.parametrize("text", TEXTS)
def test_is_threshold_answers_as_its_patterns(text):
    for i in _positions(text):
        expected = bool(
            v._THRESHOLD_BEFORE.search(text, max(0, i - 16), i) or v._THRESHOLD_AFTER.match(text, i)
        )
        assert v.is_threshold(text, i, i) == expected, (text, i)


def _spans(rx, text):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_atomic_numbers_find_the_same_matches():
    # the patterns as they were before their numbers were taken whole and looked ahead of
    plain_percent = re.compile(
        v._PERCENT.pattern.replace("(?>\\d*(?:\\.\\d+)?))(?=\\s*[%p,vao])", "\\d*(?:\\.\\d+)?)")
    )
    plain_time = re.compile(
        v._TIME.pattern.replace(
            "(?>\\d*(?:\\.\\d+)?)(?=\\s*[(\\[,/\\-avotmwyd])", "\\d*(?:\\.\\d+)?"
        ).replace("(?>" + v.NUM + ")", v.NUM),
        re.I,
    )
    assert plain_percent.pattern != v._PERCENT.pattern
    assert plain_time.pattern != v._TIME.pattern
    for text in TEXTS:
        assert _spans(v._PERCENT, text) == _spans(plain_percent, text)
        assert _spans(v._TIME, text) == _spans(plain_time, text)


def test_timepoint_cues_hold_every_match():
    text = "OS at 12 months, AT MONTH 24, by two years, 2 years after surgery, PFS6 30%"
    low = text.lower()
    assert v._AT_CUE.search(low) and v._TIMEPOINT_AT.search(text)
    assert v._UNIT_FIRST_CUE.search(low) and v._TIMEPOINT_UNIT_FIRST.search(text)
    assert v._AFTER_CUE.search(low) and v._TIMEPOINT_AFTER.search(text)
    assert v._GLUED_CUE.search(text) and v._TIMEPOINT_GLUED_AFTER.search(text)


DIGITLESS = [
    "median OS was not reached (CI, not reached) versus NR; PFS not estimable, NE vs NE",
    "Response rate, percent: months; weeks of treatment (months) by subgroup: one of five",
    "ORR was high (range, low to high) and per cent of responders vs patients / total",
]


@pytest.mark.parametrize("text", DIGITLESS)
def test_only_not_reached_needs_no_digit(text):
    """find_values skips every scan but the "not reached" one in a sentence without a digit:
    each of them finds nothing there."""
    assert not re.search(r"\d", text)
    for rx in (v._CI, v._FRACTION, v._PERCENT, v._PCT_PARTNER, v._TIME, v._ROW_NUMBER):
        assert rx.search(text) is None, rx
    assert v._ELIDED_PAIR.search(text) is None
    assert all(f.kind == "nr" for f in v.find_values(text))


def _find_ci_by_bisect(text, pos, limit=48):
    """find_ci as it was: a bisect over every sentence's intervals."""
    from bisect import bisect_left

    matches = v._ci_matches(text)
    if not matches:
        return None
    i = bisect_left(matches, pos, key=lambda m: m.start())
    if i == len(matches) or matches[i].start() > pos + limit:
        return None
    m = matches[i]
    if not v._CI_GAP.match(text, pos, m.start()):
        return None
    end = m.end()
    close = v._CLOSE.match(text[end : end + 3])
    if close:
        end += close.end()
    return v._bound(m.group("lo")), v._bound(m.group("hi")), end


@pytest.mark.parametrize(
    "text", [*TEXTS, "HR 0.5 (95% CI 0.3-0.8)", "x", "ORR 45% (95% CI, 30-60%) and 12% [CI 5-20]"]
)
def test_find_ci_answers_as_the_bisect(text):
    """find_ci's path for a sentence with one interval finds what the bisect finds."""
    for pos in _positions(text):
        assert v.find_ci(text, pos) == _find_ci_by_bisect(text, pos), (text, pos)


CI_TEXTS = [
    "ORR 45.2% (95% CI 30.1-60.4) and 12% [CI 5-20]; HR 0.5 (95% CI: 0.3, 0.8)",
    "median OS 12.3 months (95% confidence interval [CI] 10.1-14.5; 95 % C.I. 2-4)",
    "PFS 8 months (IC 95% [6.1-9.9]), IC95% 3-5, 95% Cl 0.45-0.85, 95%Cl 1-2",
    "a rate of 62.2% (95% credibility interval, 47.1 to 76.2) and 95% credible interval 1-3",
    "OS 20.1 (95% exact CI 15-25), two-sided 95% CI 1.2-3.4, bootstrap CI 0.1-0.2",
    "90% conditional CI 2-5; 95% CrI 0.61-0.90; CI95% 4.8-14.5 months; CI 95%: 3-4",
    "specific ICI association (ICI 3-5) Clinical 4-6, decision 1-2, criteria 2-3, cisplatin 1-2",
    "95% CI not reached; 95%  \t  CI 9.6-NR; confidence interval (CI) 47.5% to 79.8%",
    "HR .72; 95% CI, .60 to .86 and 99.5% CI -1.2 to 3.4 (95% CI [2.5; 3.5])",
    "x CI 1-2yCI 3-4 exactCI 5-6 exact  CI 7-8",
    "no interval here at all, 12 months and 45%",
    "",
]


def _ci_key(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text", CI_TEXTS + TEXTS)
def test_ci_scan_finds_what_the_full_scan_finds(text):
    """_ci_scan searches only near the anchors of the labels: the same matches as a scan of the
    whole sentence."""
    assert _ci_key(v._ci_scan(text, text.lower())) == _ci_key(v._CI.finditer(text))


def test_ci_scan_on_shuffled_fragments():
    """Labels, bounds and words that hold an anchor without a label, in many orders."""
    import random

    parts = [
        "95% CI", "95 % confidence interval", "IC 95%", "Cl", "95% Cl", "exact", "two-sided",
        "bootstrap", "conditional", "CrI", "C.I.", "credible interval", "ICI", "specific",
        "12.5-20.1", "(", ")", "[", "]", "3", "to", "NR", ",", ";", ":", "%", "months", " ",
    ]  # fmt: skip
    rnd = random.Random(7)
    found = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(parts) for _ in range(rnd.randint(1, 14)))
        expected = _ci_key(v._CI.finditer(text))
        found += bool(expected)
        assert _ci_key(v._ci_scan(text, text.lower())) == expected, text
    assert found > 150  # (the fragments do make labels)


UNIT_TEXTS = [
    "median PFS 47.8 m in arm A vs 12.1 M, 3 (2-4) m; 5-m rate; 6 [4-8]m.",
    "from 12 programs, 45% of them, 3 cm and 5 mm; 2 mg/m2",
    "OS 12 mos, 3 mths, 4 wks, 2 yrs, 10 days, 1 week, 1 year, 12.5 Months",
    "ORR 45% vs 30%; 12 versus 10; (12.3 vs 10.3; 0.78) and (3 v 4;",
    "ORR 45%vs 30% and 12 % versus 9; no comparison at all 12% and 9",
    "İ 12 m, ı 3 weeks",
]


@pytest.mark.parametrize("text", UNIT_TEXTS + TEXTS + DIGITLESS)
def test_gates_of_scans_hold_every_match(text):
    """A sentence whose cue is missing holds no match of the scan the cue spares."""
    if not v._time_unit_cue(text, text.lower()):
        assert v._TIME.search(text) is None
    if not ("%" in text and ("vs" in text or "versus" in text)):
        assert v._PCT_PARTNER.search(text) is None
    if not ("(" in text and ";" in text):
        assert v._ELIDED_PAIR.search(text) is None


def test_time_unit_cue_on_shuffled_fragments():
    import random

    parts = [
        "12", "3.5", "m", "M", "mo", "months", "-", "(", ")", "[", "]", "2-4", "vs", "and",
        ",", "from", "program", "mm", "mg/m2", "y", "wk", "d", "day", "years", " ", "\n",
    ]  # fmt: skip
    rnd = random.Random(11)
    matched = skipped = 0
    for _ in range(3000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 10)))
        has = v._TIME.search(text) is not None
        matched += has
        if not v._time_unit_cue(text, text.lower()):
            skipped += 1
            assert not has, text
    assert matched > 100 and skipped > 100


def _scans_as_the_loop_chose(text, low, units, glued, days):
    """The timepoint scans as find_timepoints chose them before: every guard tried per scan."""
    ascii_text = text.isascii()
    out = []
    for rx in (
        v._TIMEPOINT_HYPHEN,
        v._TIMEPOINT_AT,
        v._TIMEPOINT_AFTER,
        v._TIMEPOINT_UNIT_FIRST,
        v._TIMEPOINT_AT_DAYS,
        v._TIMEPOINT_LASTING,
        v._TIMEPOINT_FURTHER,
        v._TIMEPOINT_ROW,
    ):
        if rx is v._TIMEPOINT_AT_DAYS and not days:
            continue
        if rx is not v._TIMEPOINT_AT_DAYS and not units and not glued:
            continue
        if rx is v._TIMEPOINT_AFTER and not (
            ("month" in low or "year" in low) and any(w in low for w in v._AFTER_WORDS)
        ):
            continue
        if rx is v._TIMEPOINT_HYPHEN and not v._HYPHEN_UNIT.search(text):
            continue
        if rx is v._TIMEPOINT_LASTING and "lasting" not in low:
            continue
        if rx is v._TIMEPOINT_FURTHER and not (
            units and ("surviv" in low or "liv" in low or "reaching" in low)
        ):
            continue
        if rx is v._TIMEPOINT_ROW and not (
            units and "rate" in low and (":" in text or ";" in text)
        ):
            continue
        if ascii_text and (
            (rx is v._TIMEPOINT_AT and not v._AT_CUE.search(low))
            or (rx is v._TIMEPOINT_UNIT_FIRST and not v._UNIT_FIRST_CUE.search(low))
            or (rx is v._TIMEPOINT_AFTER and not v._AFTER_CUE.search(low))
        ):
            continue
        out.append(rx)
    return out


TIMEPOINT_TEXTS = [
    "OS at 12 months, AT MONTH 24, by two years, 2 years after surgery, PFS6 30%",
    "Survival at 30 and 60 days; responses lasting 12, 18 and 24 months; 3-year OS",
    "alive 4 years later; 1-yr rate; at week 24; at 6 and 12 m; İ at 3 months",
    "responses lasting 8 days and 21-day cycles",
    "the probability of living an additional 3 years; reaching 5 more years; survival rate",
    "no timepoint here, PFS 45%",
    "OS rates: 1 yr, 74% vs 72%; 2 yr, 50% vs 38%",
]


@pytest.mark.parametrize("text", TIMEPOINT_TEXTS + TEXTS)
def test_timepoint_scans_are_those_the_loop_chose(text):
    low = text.lower()
    for units in (False, True):
        for glued in (False, True):
            for days in (False, True):
                assert v._timepoint_scans(text, low, units, glued, days) == (
                    _scans_as_the_loop_chose(text, low, units, glued, days)
                ), (text, units, glued, days)


PAIR_TEXTS = [
    "21 (13.3-NR) months, HR 0.25 (0.13-0.45), 8.0 [5.1, 11.2] and 1.6 months (0.9-1.8; HR 2)",
    "five (20%; 7-41) of 25, 20 (47%, 31-62) of 43, 5.2 (3.4-7.0 95% CI) months",
    "12 \u2003 (3-5) and 4 \t\n [2, 6] and 7" + " " * 20 + "(1-9) and 3" + " " * 20 + "x",
]


def _bare_pair_by_regex(text, pos):
    m = v._BARE_PAIR.match(text, pos) or v._SEMI_PAIR.match(text, pos)
    if not m:
        return None
    if m.re is v._BARE_PAIR and m.group("lo") is None:
        return v._bound(m.group("lo2")), v._bound(m.group("hi2")), m.end()
    return v._bound(m.group("lo")), v._bound(m.group("hi")), m.end()


@pytest.mark.parametrize("text", PAIR_TEXTS + TEXTS)
def test_find_bare_pair_answers_as_its_patterns(text):
    found = 0
    for pos in _positions(text):
        expected = _bare_pair_by_regex(text, pos)
        found += expected is not None
        assert v.find_bare_pair(text, pos) == expected, (text, pos)
    if text in PAIR_TEXTS:
        assert found


def _twins():
    """Each pattern of ``values`` with its ASCII twin."""
    yield from zip(v._VALUE_SCANS, v._VALUE_SCANS_ASCII, strict=True)
    yield from v._TIMEPOINT_TWINS.items()
    yield v._CI, v._CI_ASCII
    yield v._CI_ANCHOR, v._CI_ANCHOR_ASCII
    yield v._CI_GAP, v._CI_GAP_ASCII
    yield v._ROW_HEADER, v._ROW_HEADER_ASCII
    yield v._AFTER_CUE, v._AFTER_CUE_ASCII
    yield v._HR_NUM, v._HR_NUM_ASCII


ASCII_TEXTS = [
    t
    for t in TEXTS + CI_TEXTS + UNIT_TEXTS + TIMEPOINT_TEXTS + PAIR_TEXTS + DIGITLESS
    if t.isascii()
] + [
    "5 of 12 (41.7%) and 3/10 patients, 7 out of 9; ORR 51.6, 12.5 and 17.3%; 44.8 percent",
    "median OS not reached vs 12 months (NR; 95% CI 9-NE), HR 0.56, 0.41-0.75; (12.3 vs 10.3;",
]


@pytest.mark.parametrize("text", ASCII_TEXTS)
def test_ascii_twins_find_what_the_patterns_find(text):
    found = 0
    for rx, twin in _twins():
        for s in (text, text.lower()):
            expected = _spans(rx, s)
            found += bool(expected)
            assert _spans(twin, s) == expected, (rx.pattern, s)
    if re.search(r"\d", text):
        assert found


NON_ASCII = [
    # (digits beyond ASCII: only the patterns themselves read them)
    (v.find_values, "median OS was \u0661\u0662 months and ORR \u0664\u0665%, 3 of \u0665"),
    (v.find_timepoints, "OS at \u0661\u0662 months, the \u0662-year rate"),
    (v.find_number_after, "HR \u0660.\u0665\u0666"),
]


@pytest.mark.parametrize(("find", "text"), NON_ASCII)
def test_text_beyond_ascii_is_scanned_with_the_patterns(find, text):
    """A sentence beyond ASCII falls back to the patterns, which read its digits: a twin there
    would find nothing."""
    found = find(text) if find is not v.find_number_after else find(text, 0)
    assert found


@pytest.mark.parametrize("text", TEXTS + CI_TEXTS + PAIR_TEXTS)
def test_a_negative_pos_is_read_as_zero(text):
    """The look-behind windows pass ``start - k`` to ``search`` unclamped."""
    for rx in (
        v._SCHEDULE_BEFORE_SCAN,
        v._THRESHOLD_BEFORE_SCAN,
        v._LABEL_BEFORE,
        v._CHANGE_FROM,
    ):
        for i in _positions(text):
            for k in (8, 16, 60):
                got = rx.search(text, i - k, i)
                want = rx.search(text, max(0, i - k), i)
                assert (got and got.span()) == (want and want.span()), (rx.pattern, text, i)


def _with_ci_by_replace(text, val, allow_bare, pos):
    """_with_ci as the time loop called it: the value moved to ``pos`` and back."""
    moved = val._replace(end=pos)
    found = v.find_ci(text, pos)
    if found is None and allow_bare:
        pair = v.find_bare_pair(text, pos)
        if pair and v._plausible_ci(val.value, pair[0], pair[1]):
            found = pair
    if found is None:
        return moved._replace(end=val.end)
    lo, hi, end = found
    if v._VERB_IN_GAP.search(text, pos, end):
        out = moved._replace(ci_low=lo, ci_high=hi)
    else:
        out = moved._replace(ci_low=lo, ci_high=hi, span_end=max(moved.span_end, end))
    return out._replace(end=val.end)


@pytest.mark.parametrize(
    "text",
    [
        *PAIR_TEXTS,
        *CI_TEXTS,
        "65% of patients were alive (95% CI 53.4-74.9) and 12 months with everolimus (4.1-19.9)",
    ],
)
def test_with_ci_at_pos_answers_as_moving_the_value(text):
    found = 0
    for a in range(0, len(text), 3):
        for val in (
            v.Value("time", 20.0, a, a + 2, a + 2, "months"),
            v.Value("pct", 50.0, a, a + 3, a + 30, "%", n=3, N=6),
            v.Value("nr", None, a, a + 2, a + 2, None),
        ):
            for pos in range(a, min(len(text), a + 30) + 1, 2):
                for allow_bare in (False, True):
                    want = _with_ci_by_replace(text, val, allow_bare, pos)
                    found += want.ci_high is not None
                    assert v._with_ci(text, val, allow_bare, pos) == want, (text, val, pos)
    if "CI" in text:
        assert found


GAP_TEXTS = [
    "12.5 months (95% CI 10-15), 8 mo [95% CI 6-9]; 4 weeks, 95% CI 3-5; 7 days 95% CI 6-8",
    "45% with chemotherapy (n = 30; 95% CI 30-60) and 12 months (SE = .24; 95% CI 2-4)",
    "9 months in the R-CHOP group (hazard ratio 0.58, 95% CI 0.4-0.8) at 1 year [95% CI 5-7]",
    "3 (HR 0.7) 95% CI 1-2, 4 % 95% CI 1-2, 5 ] 95% CI 1-2, 6 \u2003months\u2003(95% CI 1-9)",
    "12 MONTHS (95% CI 1-20), 3 monthſ (95% CI 1-5), 2 ſE = 1; 95% CI 1-3 and 4   (95% CI 2-6)",
]


@pytest.mark.parametrize("text", GAP_TEXTS + CI_TEXTS + TEXTS)
def test_ci_gap_answers_as_its_pattern(text):
    """The common gaps and the characters no gap holds decide as _CI_GAP does."""
    for start in _positions(text):
        for pos in range(max(0, start - 50), start + 1):
            expected = bool(v._CI_GAP.match(text, pos, start))
            assert v._ci_gap(text, pos, start) == expected, (text, pos, start)


def test_common_ci_gaps_are_gaps():
    for gap in v._COMMON_CI_GAPS:
        assert v._CI_GAP.fullmatch(gap), gap
    # (and the look-up is taken: a gap that is no common one still goes to the pattern)
    assert " months (" in v._COMMON_CI_GAPS and " months in all (" not in v._COMMON_CI_GAPS


# Each pattern matched after a value, with the openers that _after_spaces is tested with.
OPENERS = {
    v._CI_LABEL_AFTER: v._CI_LABEL_OPENERS,
    v._PCT_TO_PCT: v._PCT_TO_PCT_OPENERS,
    v._PCT_THEN_FRACTION: v._BRACKET_OPENERS,
    v._GROUP_BEFORE_PAIR: v._GROUP_OPENERS,
    v._MORE_CI: v._MORE_CI_OPENERS,
    v._THRESHOLD_AFTER: v._THRESHOLD_AFTER_OPENERS,
    v._RANGE_AFTER: v._RANGE_AFTER_OPENERS,
}


OPENER_TEXTS = [
    "45% CI 3-5, 12% to 15%, 7% (3/10), 12 months with everolimus (4.1-19.9), 5 In all (3-4)",
    "95% CI 9.9-15.0 vs 5.6-9.9, 12.0%-28.0% and 85.0%-95.0%; 4.8-14.5 months, 16.5%-54%",
    "30% or more, 20% reduction, 10% Decrease, 5% shrinkage, 3% volumetric, 2 increase, 1 Or less",
    "3-6 months, 3 to 6, 3  to 6, 3\tto 6, 4 \u2003to 5, 5 ſhrinkage, 6 \u0130n all (1-2)",
    "7 İncrease, 8 ıncrease, 9 \u212aeep",
    "12 months   (95% CI) and 4  Versus 5-6, 3 ; 4-5), 2 , 3-4]",
]


@pytest.mark.parametrize("text", OPENER_TEXTS + TEXTS + CI_TEXTS + PAIR_TEXTS)
def test_after_spaces_rules_out_only_what_cannot_match(text):
    """Where the character after the spaces is none of a pattern's openers, the pattern does not
    match; and the test does rule positions out."""
    ruled_out = 0
    for rx, openers in OPENERS.items():
        for pos in _positions(text):
            if v._after_spaces(text, pos) not in openers:
                ruled_out += 1
                assert rx.match(text, pos) is None, (rx.pattern, text, pos)
    assert ruled_out or not text


@pytest.mark.parametrize("text", OPENER_TEXTS)
def test_openers_let_the_matches_through(text):
    """The texts above hold matches of most patterns: the openers do not hide them."""
    matched = set()
    for rx, openers in OPENERS.items():
        for pos in _positions(text):
            if rx.match(text, pos):
                assert v._after_spaces(text, pos) in openers, (rx.pattern, text, pos)
                matched.add(rx.pattern)
    assert matched or text.startswith("12 months   ")


SPREAD_TEXTS = [
    "range 2-4, IQR 3-5, varied from 2% to 4%, I2 = 84.5%, i ^2 of 3, I-squared 40%",
    "I\u00b2 = 12%, I \u00b2=1, i  2 was 3, and no spread at all 12 months",
    "a 2 and a ² in a text without the statistic, squared, -squared, i-squared",
    "",
]


@pytest.mark.parametrize("text", SPREAD_TEXTS + TEXTS + DIGITLESS)
def test_spread_cue_answers_as_its_search(text):
    low = text.lower()
    expected = "rang" in low or "iqr" in low or "vari" in low or bool(v._I_SQUARED.search(low))
    assert v._spread_cue(low) == expected


@pytest.mark.parametrize(
    "nums",
    ["12", "12.5", "1.2.3", "12, 16.1 and 20", "3 (2-4) and 5", "0", "12.", ".5", "1/2", "٣"],
)
def test_number_spans_answer_as_the_scan(nums):
    for ascii_text in (False, True):
        rx = v._VALUE_SCANS_ASCII[5] if ascii_text and nums.isascii() else v._NUM_IN
        if ascii_text and not nums.isascii():
            continue
        expected = [m.span() for m in rx.finditer(nums)]
        assert v._number_spans(nums, rx, ascii_text) == expected, (nums, ascii_text)


AT_CUE_TEXTS = [
    "os at 12 months, at month 24, by two years, 2 years after surgery, pfs6 30%",
    "after month 3, to month 4, at the landmark of 12 months, by landmarks 6, cat 3",
    "at month 6 and at 7, by year 2 only, to week 3 only, after 3 years, at  \t 5",
    "nothing here at all, only to the end; by and by; at the landmark",
    "at eighteen months, at eight, to twelve, by one week, at weekly visits",
    "",
]


@pytest.mark.parametrize("text", AT_CUE_TEXTS + [t.lower() for t in TIMEPOINT_TEXTS + TEXTS])
def test_at_cues_answer_as_the_two_searches(text):
    if not text.isascii():
        return
    expected = (bool(v._AT_CUE.search(text)), bool(v._UNIT_FIRST_CUE.search(text)))
    assert v._at_cues(text) == expected, text


def test_at_cues_on_shuffled_fragments():
    import random

    parts = [
        "at", "by", "after", "to", "the", "landmark", "landmarks", "of", "month", "year",
        "week", "12", "one", "eighteen", "eight", "cat", "c", " ", "  ", ",", "s",
    ]  # fmt: skip
    rnd = random.Random(5)
    seen = set()
    for i in range(4000):
        text = " "[: i % 2].join(rnd.choice(parts) for _ in range(rnd.randint(1, 12)))
        expected = (bool(v._AT_CUE.search(text)), bool(v._UNIT_FIRST_CUE.search(text)))
        seen.add(expected)
        assert v._at_cues(text) == expected, text
    assert len(seen) == 4


# The twins written to open with a class, each with the pattern it stands for and fragments
# that make matches of it and near misses.
CLASS_FIRST_TWINS = [
    (
        v._NR,
        v._NR_ASCII,
        [
            "not",
            "NOT",
            "yet",
            "been",
            "reached",
            "estimable",
            "evaluable",
            "calculable",
            "unreached",
            "NR",
            "nr",
            "NE",
            "ne",
            "Ne",
            "(n = 3)",
            "(",
            "[",
            ";",
            ",",
            ".",
            ")",
            "vs",
            "and",
            "in",
            "months",
            "/",
            "a",
            "x",
            "_",
            "-",
            " ",
            "  ",
            "2",
        ],
    ),
    (
        v._TIMEPOINT_AT,
        v._TIMEPOINT_TWINS[v._TIMEPOINT_AT],
        [
            "at",
            "AT",
            "By",
            "after",
            "to",
            "cat",
            "the",
            "landmark",
            "landmarks",
            "of",
            "12",
            "6.5",
            "one",
            "Eighteen",
            "eight",
            "twelve",
            "ten",
            "and",
            ",",
            "/",
            "or",
            "months",
            "mo",
            "m",
            "Years",
            "y",
            "wks",
            "_",
            "x",
            " ",
            "  ",
        ],
    ),
    (
        v._TIMEPOINT_HYPHEN,
        v._TIMEPOINT_TWINS[v._TIMEPOINT_HYPHEN],
        [
            "12",
            "6.5",
            "one",
            "Two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "eighteen",
            "nine",
            "ten",
            "twelve",
            "-",
            "- ",
            ",",
            "and",
            "or",
            "/",
            "month",
            "months",
            "mo",
            "years",
            "yr",
            "y",
            "weeks",
            "wk",
            "5.49",
            "x",
            "_",
            ".",
            " ",
        ],
    ),
    (
        v._HR_NUM,
        v._HR_NUM_ASCII,
        [
            "0.72",
            ".72",
            "1",
            "12",
            ".",
            "..",
            "a",
            "HR",
            "-",
            "S-",
            "x_",
            "%",
            " %",
            "months",
            " mo",
            "m2",
            "(",
            ",",
            "/",
            " ",
            "  ",
            "3.",
            "9",
        ],
    ),
]


# The twins written to fail sooner (possessive repeats, look-aheads for an alternation's first
# letters), each with the pattern it stands for and fragments of matches and near misses: lists
# of numbers with their joiners, brackets with glosses, units, signs and the words after them.
FAIL_FAST_TWINS = [
    (
        v._TIME,
        v._TIME_ASCII,
        [
            "12", "6.5", "3", "1/2", "A-1", ".", ",", ", and", "and", "AND", "or", "vs", "vs.",
            "v", "V.", "versus", "against", "/", "to", "To", "-", "(", ")", "[", "]",
            "(95% CI 4.1-7.0)", "[NR]", "(CI)", "(95% CI)", "not reached", "NR", "months",
            "Month", "mo", "MOS", "mths", "weeks", "wk", "years", "yr", "Days", "m", "M", "m2",
            "x", "a", "patients", "%", " ", "  ", "\t", "and 7", ", 8", "vs. 9 months",
            "against 4", "(" + "x" * 60 + ")", "(" + "y" * 61 + ")", "[" + "z (CI) " * 9 + "]",
        ],
    ),
    (
        v._PERCENT,
        v._PERCENT_ASCII,
        [
            "12", "6.5", "3", "1/2", "A-1", "%", " %", "per cent", "percent", "centre", ",",
            "and", "or", "vs", "vs.", "versus", "against", "CI", "C.I", "conf", "p", "a", "o",
            ".", "x", "-", "/", "(", " ", "  ", "\t", "against 5", "and 7", ", 8", "vs. 9%",
            "or 2 %", ", 3 per cent", "12.5, 3",
        ],
    ),
    (
        v._FRACTION,
        v._FRACTION_ASCII,
        [
            "12", "3", "0", "1.5", "x", "A", ".", "/", " / ", "of", "OF", "out of", "Out  of",
            "patients", "pts", "women", "(", "[", ")", "]", ";", ",", "%", "45%", "(45%)",
            "[33.3 %;", " ", "  ", "o", "f", "5 of 12", "3/10", "7 out of 9", "123", "1054 of",
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rx", "twin", "parts"), CLASS_FIRST_TWINS + FAIL_FAST_TWINS)
def test_class_first_twins_find_what_the_patterns_find(rx, twin, parts):
    import random

    rnd = random.Random(3)
    found = 0
    for i in range(4000):
        text = " "[: i % 2].join(rnd.choice(parts) for _ in range(rnd.randint(1, 10)))
        expected = _spans(rx, text)
        found += bool(expected)
        assert _spans(twin, text) == expected, (rx.pattern, text)
    assert found > 40  # (the fragments do make matches)


LOOK_BEHIND_TEXTS = [
    "every 3, each 4, per 5, within 6, lasting 7, q 8, once 9, twice 1, for 2, over 3, beyond 4",
    "than 5, after 6, before 7, during 8, exposure  of 9, first 1, initial 2, last 3, next 4",
    "past 5, EVERY 6, Initial 7, \u0130nitial 8, \u0131nitial 9, xfor 1, 2for 3, q4, Q 5",
    "<26%, >= 3, at least 50%, more than 4, less than 5, up to 6, over 7, under 8, exceeds 9",
    "exceeding 1, exceeded 2, exceed 3, below 4, above 5, minimum of 6, threshold of 7, AT LEAST 8",
    "hat least 9, cover 1, _over 2, 3over 4, \u212a 5, le\u017f\u017f than 6, a  t least 7",
]


@pytest.mark.parametrize("text", LOOK_BEHIND_TEXTS + TEXTS)
def test_class_first_look_behinds_find_what_the_patterns_find(text):
    found = 0
    for rx, scan in (
        (v._SCHEDULE_BEFORE, v._SCHEDULE_BEFORE_SCAN),
        (v._THRESHOLD_BEFORE, v._THRESHOLD_BEFORE_SCAN),
    ):
        for i in _positions(text):
            for k in (8, 16, 40):
                want = rx.search(text, i - k, i)
                found += want is not None
                got = scan.search(text, i - k, i)
                assert (got and got.span()) == (want and want.span()), (rx.pattern, text, i)
    if text in LOOK_BEHIND_TEXTS:
        assert found


def test_class_first_scans_hold_every_case_of_their_letters():
    """The class a scan opens with holds every character that matches one of its letters
    ignoring case (re reads a letter's case by its simple lower-casing, and "i" also as "ı")."""
    import _sre
    import string

    for scan in (v._SCHEDULE_BEFORE_SCAN, v._THRESHOLD_BEFORE_SCAN):
        opener = re.compile(scan.pattern[: scan.pattern.index("])") + 2])
        letters = {c.lower() for c in string.ascii_letters if opener.match(c)}
        assert len(letters) >= 8
        checked = 0
        for code in range(0x110000):
            low = chr(_sre.unicode_tolower(code))
            if low in letters or (low == "\u0131" and "i" in letters):
                checked += 1
                assert opener.match(chr(code)), (scan.pattern, hex(code))
        assert checked >= 2 * len(letters)


def _ci_lead_start_by_steps(low, p):
    """_ci_lead_start as it was: a step back at a time."""
    lead = set(v._CI_LEAD_CHARS)
    i = p
    while i and low[i - 1] in lead:
        i -= 1
    for word in v._CI_LEAD_WORDS:
        if low.endswith(word, 0, i):
            i -= len(word)
            while i and low[i - 1] in lead:
                i -= 1
            break
    return i


def test_ci_lead_start_answers_as_the_steps():
    import random

    parts = ["95", "%", " ", "\t", ".", "exact", "two-sided", "bootstrap", "conditional", "x", "ci"]
    rnd = random.Random(9)
    moved = 0
    for _ in range(3000):
        low = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8)))
        for p in range(len(low) + 1):
            expected = _ci_lead_start_by_steps(low, p)
            moved += expected < p
            assert v._ci_lead_start(low, p) == expected, (low, p)
    assert moved


@pytest.mark.parametrize(
    "text", ["(8.4 months, 7.2-9.9; HR 0.77)", "(8 months , 7-9)", "(5 mo,3-6)", *PAIR_TEXTS]
)
def test_comma_interval_needs_the_comma_it_is_skipped_without(text):
    """The time loop calls _comma_interval only at a comma: elsewhere it changes nothing."""
    changed = 0
    for pos in _positions(text):
        val = v.Value("time", 8.0, 1, 2, 2, "months")
        got = v._comma_interval(text, val, pos)
        if not text.startswith(",", pos):
            assert got == val, (text, pos)
        changed += got != val
    if text.startswith("(8.4"):
        assert changed
