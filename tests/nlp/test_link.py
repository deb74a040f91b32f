"""Sentence shapes the linker must read; each case is a shape that real abstracts use."""

import pytest

N = None
CASES = [
    (  # "respectively" list of two endpoints
        "IC-ORR and median IC-PFS were 62.7% and 16.1 months, respectively.",
        [
            ("iORR", "proportion", 62.7, N, False, N, N, (N, N)),
            ("iPFS", "median", 16.1, N, False, N, N, (N, N)),
        ],
    ),
    (  # two subgroups, each with a CI
        "The confirmed intracranial ORR was 71.7% (95% CI 64.2-79.3) in patients with stable BM "
        "and 62.3% (95% CI 50.1-74.5) in those with active BM.",
        [
            ("iORR", "proportion", 71.7, N, False, "stable BM", N, (64.2, 79.3)),
            ("iORR", "proportion", 62.3, N, False, "active BM", N, (50.1, 74.5)),
        ],
    ),
    (  # fraction with percentage and a CI after a semicolon
        "Intracranial responses occurred in 11 of 15 patients (73.3%; 95% CI, 48.1-89.1).",
        [("iORR", "proportion", 73.3, N, False, N, N, (48.1, 89.1))],
    ),
    (  # arms compared with "vs", and a hazard ratio whose endpoint is named before it
        "Median PFS was 15.0 months with T-DXd vs 3.0 months with T-DM1 (HR 0.25; 95% CI "
        "0.13-0.45).",
        [
            ("HR", "hr", 0.25, N, False, N, "gPFS", (0.13, 0.45)),
            ("gPFS", "median", 15.0, N, False, "T-DXd", N, (N, N)),
            ("gPFS", "median", 3.0, N, False, "T-DM1", N, (N, N)),
        ],
    ),
    (  # timepoint rate and median in one sentence
        "The 12-month PFS rate was 61.6% (95% CI 54.9-67.6) and median PFS was 17.3 months "
        "(95% CI 13.7-22.1).",
        [
            ("gPFS", "rate", 61.6, 12, False, N, N, (54.9, 67.6)),
            ("gPFS", "median", 17.3, N, False, N, N, (13.7, 22.1)),
        ],
    ),
    (  # not reached, CI upper bound NR
        "Median OS was not reached (95% CI 22.2-NR).",
        [("OS", "median", N, N, True, N, N, (22.2, N))],
    ),
    (  # "(95% CI: 0.22, 0.48)" with a comma, "hazard ratio [HR]"
        "The median CNS-PFS was 9.9 vs 4.2 months (hazard ratio [HR] 0.32; 95% CI: 0.22, 0.48).",
        [
            ("HR", "hr", 0.32, N, False, N, "iPFS", (0.22, 0.48)),
            ("iPFS", "median", 9.9, N, False, N, N, (N, N)),
            ("iPFS", "median", 4.2, N, False, N, N, (N, N)),
        ],
    ),
    (  # adverse events and baseline characteristics are not findings
        "Grade 3 or higher adverse events occurred in 45% of patients; 68% were women.",
        [],
    ),
    (  # CI in words with percent signs; complete/partial response rates are not ORR
        "The ORR was 45% [95% confidence interval (CI) 33% to 58%], with a complete response in "
        "10% and partial response in 35%.",
        [("ORR", "proportion", 45.0, N, False, N, N, (33.0, 58.0))],
    ),
    ("Overall survival at 24 months was 56.0%.", [("OS", "rate", 56.0, 24, False, N, N, (N, N))]),
    (
        "The 1-year OS rate was 74.9% and the 2-year OS rate 56.0%.",
        [
            ("OS", "rate", 74.9, 12, False, N, N, (N, N)),
            ("OS", "rate", 56.0, 24, False, N, N, (N, N)),
        ],
    ),
    (  # middle dot decimals and an en dash, "median survival" is OS
        "Median survival was 22\u00b75 months (95% CI 15\u00b71\u2013NR).",
        [("OS", "median", 22.5, N, False, N, N, (15.1, N))],
    ),
    (  # sentence-initial subgroup scope
        "In the active BM cohort, iORR was 62.3% and iDCR was 90%.",
        [
            ("iORR", "proportion", 62.3, N, False, "active BM", N, (N, N)),
            ("iDCR", "proportion", 90.0, N, False, "active BM", N, (N, N)),
        ],
    ),
    (  # follow-up time is not a median PFS
        "After a median follow-up of 15.2 months, median PFS was 11.8 months.",
        [("gPFS", "median", 11.8, N, False, N, N, (N, N))],
    ),
    (  # abbreviation defined in the sentence, arms listed with "respectively"
        "Intracranial response rate (IC RR) was 47.3% vs 20.0% in tucatinib and control arms, "
        "respectively.",
        [
            ("iORR", "proportion", 47.3, N, False, "tucatinib", N, (N, N)),
            ("iORR", "proportion", 20.0, N, False, "control", N, (N, N)),
        ],
    ),
    (
        "The hazard ratio for death was 0.58 (95% CI, 0.40 to 0.85).",
        [("HR", "hr", 0.58, N, False, N, "OS", (0.4, 0.85))],
    ),
    (  # a range is not a CI and not a result
        "PFS rate at 6 months was 80% and median DoR was 8.3 months (range 1.3-16.2 months).",
        [
            ("gPFS", "rate", 80.0, 6, False, N, N, (N, N)),
            ("DoR", "median", 8.3, N, False, N, N, (N, N)),
        ],
    ),
    ("Median time to CNS progression was 12.1 months.", []),
    (
        "Extracranial ORR was 40% and extracranial PFS was 7.5 months.",
        [
            ("ecORR", "proportion", 40.0, N, False, N, N, (N, N)),
            ("ecPFS", "median", 7.5, N, False, N, N, (N, N)),
        ],
    ),
    ("Median DoR was 23.1 weeks.", [("DoR", "median", 23.1, N, False, N, N, (N, N))]),
    (  # the seed's timepoint list zipped with a "respectively" list of values
        "iCBr at 6 and 12 months were 69.2% and 59%, respectively.",
        [
            ("iCBR", "proportion", 69.2, 6, False, N, N, (N, N)),
            ("iCBR", "proportion", 59.0, 12, False, N, N, (N, N)),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_shapes(run, sentence, expected):
    assert run(sentence) == expected


def test_fraction_keeps_numerator_and_denominator():
    from extractor.models import Article
    from extractor.nlp import extract

    (f,) = extract(Article(pmid="1", abstract="ORR-IC was 21.4% (27/126).")).findings
    assert (f.value, f.n, f.N) == (21.4, 27, 126)
    (g,) = extract(Article(pmid="1", abstract="Intracranial ORR was 11/15.")).findings
    assert (g.value, g.n, g.N) == (73.3, 11, 15)


def test_background_section_figures_are_left_out(run):
    text = (
        "BACKGROUND: In DESTINY-Breast12 the intracranial ORR was 71.7%.\n"
        "RESULTS: The intracranial ORR was 59%."
    )
    assert [f[2] for f in run(text)] == [59.0]


def test_offsets_point_at_the_value_in_the_original_text():
    from extractor.models import Article
    from extractor.nlp import extract

    text = "Median OS was 22\u00b75\u2009months."
    (f,) = extract(Article(pmid="1", abstract=text)).findings
    assert text[f.start : f.end] == "22\u00b75"
    assert f.sentence == text
