"""Normalisation keeps offsets and reads the decimals the literature prints."""

import pytest

from extractor.nlp.values import find_timepoints, normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HR 0\u00b762 (95% CI 0\u00b745\u20130\u00b785)", "HR 0.62 (95% CI 0.45-0.85)"),
        (
            "ORR 45,2% (95% CI 30,1-60,4) in 1,054 patients",
            "ORR 45.2% (95% CI 30.1-60.4) in 1,054 patients",
        ),
        # one decimal point anywhere: commas are thousands or lists
        ("ORR 45.2% in cohorts 1,2 and 3", "ORR 45.2% in cohorts 1,2 and 3"),
        ("\u2265 3 and \u2264 5", "> 3 and < 5"),
    ],
)
def test_normalise(text, expected):
    out = normalise(text)
    assert out == expected
    assert len(out) == len(text)


def test_the_end_of_a_range_is_no_timepoint():
    assert find_timepoints("a median follow-up of 34 months (range, 14 to 59 months)") == []


def test_rows_of_rates_open_with_their_timepoints():
    text = "PFS rates: 6 mo, 32% vs 0%; 12 mo, 22% with ivosidenib."
    assert [t.months for t in find_timepoints(text)] == [(6.0,), (12.0,)]
    # (a row needs a rate word; a time before "95% CI" opens none)
    assert find_timepoints("mPFS: 6 mo, 32% of patients progressed.") == []
    assert find_timepoints("Median DoR rate: 12 mo, 95% CI 8-16.") == []
