"""Sentence shapes the linker must read; each case is a shape that real abstracts use."""

import pytest

from extractor.models import Article
from extractor.nlp import extract

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
    (  # a list of endpoints repeated per cohort pairs cyclically
        "In cohort A the ORR, IC-ORR and EC-ORR were 40.0% (25.1-56.2), 60.0% (26.2-87.8) and "
        "35.0% (15.4-59.2), and in cohort B they were 30.0% (21.2-40.0), 50.0% (34.4-65.6) and "
        "28.0% (19.5-37.9).",
        [
            ("ORR", "proportion", 40.0, N, False, "cohort A", N, (25.1, 56.2)),
            ("iORR", "proportion", 60.0, N, False, "cohort A", N, (26.2, 87.8)),
            ("ecORR", "proportion", 35.0, N, False, "cohort A", N, (15.4, 59.2)),
            ("ORR", "proportion", 30.0, N, False, "cohort B", N, (21.2, 40.0)),
            ("iORR", "proportion", 50.0, N, False, "cohort B", N, (34.4, 65.6)),
            ("ecORR", "proportion", 28.0, N, False, "cohort B", N, (19.5, 37.9)),
        ],
    ),
    (  # several hazard ratios after one "hazard ratio for death"
        "Twelve-month OS rates were 70.1%, 66.0% and 55.2% (hazard ratio for death, 0.61 for "
        "drug A [P<0.001] and 0.72 for drug B [P=0.004]).",
        [
            ("HR", "hr", 0.61, N, False, N, "OS", (N, N)),
            ("HR", "hr", 0.72, N, False, N, "OS", (N, N)),
            ("OS", "rate", 70.1, 12, False, N, N, (N, N)),
            ("OS", "rate", 66.0, 12, False, N, N, (N, N)),
            ("OS", "rate", 55.2, 12, False, N, N, (N, N)),
        ],
    ),
    (  # sample-size assumptions are not results
        "A Simon two-stage design tested a null response rate of <20% against an alternative of "
        "45%.",
        [],
    ),
    (  # schedules are not medians
        "The primary end point was progression-free survival; scans were repeated every 8 weeks.",
        [],
    ),
    (  # a value opening its clause belongs to the (blocking) mention after it
        "An intracranial response was seen in 80% of patients; 62% of patients had an "
        "intracranial complete response.",
        [("iORR", "proportion", 80.0, N, False, N, N, (N, N))],
    ),
    (  # sentence-initial timepoint, values before their endpoint
        "At 12 months, 70.4% (95% CI, 64.1 to 75.8) of patients in the A group and 30.2% (95% "
        "CI, 24.0 to 36.6) of those in the B group were alive without disease progression.",
        [
            ("gPFS", "rate", 70.4, 12, False, "A", N, (64.1, 75.8)),
            ("gPFS", "rate", 30.2, 12, False, "B", N, (24.0, 36.6)),
        ],
    ),
    (  # timepoints as a list of separate phrases
        "The 6-month, 1-year and 3-year survival rates were 60.5%, 40.2% and 6.1%, respectively.",
        [
            ("OS", "rate", 60.5, 6, False, N, N, (N, N)),
            ("OS", "rate", 40.2, 12, False, N, N, (N, N)),
            ("OS", "rate", 6.1, 36, False, N, N, (N, N)),
        ],
    ),
    (  # an interval with units and an open upper bound
        "Median CNS PFS was not reached with drug A (95% CI, 15.2 months to not calculable).",
        [("iPFS", "median", N, N, True, "drug A", N, (15.2, N))],
    ),
    (  # a bare interval after the unit, Lancet decimals, a 99.3% interval
        "Median OS was 12\u00b74 months (9\u00b71\u201315\u00b70) versus 8\u00b79 months "
        "(HR 0\u00b772 [99\u00b73% CI 0\u00b760\u20130\u00b787]).",
        [
            ("HR", "hr", 0.72, N, False, N, "OS", (0.6, 0.87)),
            ("OS", "median", 12.4, N, False, N, N, (9.1, 15.0)),
            ("OS", "median", 8.9, N, False, N, N, (N, N)),
        ],
    ),
    (  # Lancet's unlabelled interval after a comma, and no second HR taken from it
        "Median PFS was 3\u00b71 months (2\u00b77\u20134\u00b72) versus 1\u00b75 months "
        "(HR 0\u00b756, 0\u00b741\u20130\u00b775).",
        [
            ("HR", "hr", 0.56, N, False, N, "gPFS", (0.41, 0.75)),
            ("gPFS", "median", 3.1, N, False, N, N, (2.7, 4.2)),
            ("gPFS", "median", 1.5, N, False, N, N, (N, N)),
        ],
    ),
    (  # Lancet's unlabelled HR after two compared medians
        "Overall survival was 16\u00b77 versus 12\u00b71 months "
        "(0\u00b781, 0\u00b771\u20130\u00b793; p=0\u00b70018).",
        [
            ("HR", "hr", 0.81, N, False, N, "OS", (0.71, 0.93)),
            ("OS", "median", 16.7, N, False, N, N, (N, N)),
            ("OS", "median", 12.1, N, False, N, N, (N, N)),
        ],
    ),
    (  # a timepoint list after the values it belongs to
        "Median OS was 20.6 months, with OS rates of 80.1% and 55.3% at 1 and 2 years, "
        "respectively.",
        [
            ("OS", "median", 20.6, N, False, N, N, (N, N)),
            ("OS", "rate", 80.1, 12, False, N, N, (N, N)),
            ("OS", "rate", 55.3, 24, False, N, N, (N, N)),
        ],
    ),
    (  # a list of endpoints per subgroup, past a blocking term inside a subgroup's name
        "ORR, DCR and median OS were, respectively, 20%, 50% and 9.0 months in cohort A, and "
        "10%, 40% and 8.0 months in patients treated beyond disease progression.",
        [
            ("ORR", "proportion", 20.0, N, False, "cohort A", N, (N, N)),
            ("DCR", "proportion", 50.0, N, False, "cohort A", N, (N, N)),
            ("OS", "median", 9.0, N, False, "cohort A", N, (N, N)),
            ("ORR", "proportion", 10.0, N, False, N, N, (N, N)),
            ("DCR", "proportion", 40.0, N, False, N, N, (N, N)),
            ("OS", "median", 8.0, N, False, N, N, (N, N)),
        ],
    ),
    (  # the same figures twice in one sentence: two populations, both kept
        "Median PFS was 10.4 months with drug A and 8.2 months with placebo; in the "
        "intention-to-treat population the values were 10.4 and 8.2 months.",
        [
            ("gPFS", "median", 10.4, N, False, "drug A", N, (N, N)),
            ("gPFS", "median", 8.2, N, False, "placebo", N, (N, N)),
            ("gPFS", "median", 10.4, N, False, N, N, (N, N)),
            ("gPFS", "median", 8.2, N, False, N, N, (N, N)),
        ],
    ),
    (  # "the medians" of the endpoint named in the sentence before
        "Median PFS was 21.9 months in the HRD group. In the overall population the medians "
        "were 13.8 and 8.2 months (hazard ratio, 0.62; 95% CI, 0.50 to 0.76).",
        [
            ("gPFS", "median", 21.9, N, False, "HRD", N, (N, N)),
            ("HR", "hr", 0.62, N, False, N, "gPFS", (0.5, 0.76)),
            ("gPFS", "median", 13.8, N, False, N, N, (N, N)),
            ("gPFS", "median", 8.2, N, False, N, N, (N, N)),
        ],
    ),
    (  # the timepoint nearest the value
        "PFS at 6 months was 60%; at 12 months, 40%.",
        [
            ("gPFS", "rate", 60.0, 6, False, N, N, (N, N)),
            ("gPFS", "rate", 40.0, 12, False, N, N, (N, N)),
        ],
    ),
    (  # prognostic-factor hazard ratios whose endpoint comes at the end of the sentence
        "In multivariable analysis, ECOG PS 2 (HR 2.31, 95% CI 1.42-3.75) and leptomeningeal "
        "disease (HR 1.98) were associated with shorter OS.",
        [
            ("HR", "hr", 2.31, N, False, N, "OS", (1.42, 3.75)),
            ("HR", "hr", 1.98, N, False, N, "OS", (N, N)),
        ],
    ),
    (  # responders are a group, not a blocked outcome
        "Median OS was 22.1 months in responders versus 9.8 months in non-responders.",
        [
            ("OS", "median", 22.1, N, False, "responders", N, (N, N)),
            ("OS", "median", 9.8, N, False, "non-responders", N, (N, N)),
        ],
    ),
    (  # ongoing responses among responders are not response rates
        "The ORR was 40%; among responders, 80% had ongoing responses at 12 months.",
        [("ORR", "proportion", 40.0, N, False, N, N, (N, N))],
    ),
    (  # the interval closes a bracket opened before the value
        "An intracranial response was achieved by 12 (40%; 95% CI 23-59) of 30 patients in "
        "cohort A and five (20%; 7-41) of 25 in cohort B.",
        [
            ("iORR", "proportion", 40.0, N, False, N, N, (23.0, 59.0)),
            ("iORR", "proportion", 20.0, N, False, N, N, (7.0, 41.0)),
        ],
    ),
    (  # the HR of a blocked endpoint is no finding
        "Time to CNS metastases was longer with drug A (HR, 0.45; 95% CI, 0.26-0.78).",
        [],
    ),
    (  # the endpoint of an HR from the words before it
        "Drug A reduced the risk of death by 35% (HR=0.65, 95% CI: 0.48-0.88).",
        [("HR", "hr", 0.65, N, False, N, "OS", (0.48, 0.88))],
    ),
    (  # PD-L1 is no blocking term; cut-offs are not results
        "The ORR was 35% (95% CI, 22%-50%) among patients with PD-L1 TPS \u226550% and 10% "
        "among those with TPS <1%.",
        [
            ("ORR", "proportion", 35.0, N, False, "PD-L1 TPS ≥50%", N, (22.0, 50.0)),
            ("ORR", "proportion", 10.0, N, False, "TPS <1%", N, (N, N)),
        ],
    ),
    (  # a fraction and its stated percentage are one figure
        "Nine of 12 evaluable patients had a CNS objective response (75%).",
        [("iORR", "proportion", 75.0, N, False, N, N, (N, N))],
    ),
    (  # the value is the subject of the endpoint after it
        "At 12 months, 60.2% of patients were alive and progression-free and 55.1% (95% CI: "
        "48.0-61.6) were free of CNS progression or death.",
        [
            ("gPFS", "rate", 60.2, 12, False, N, N, (N, N)),
            ("iPFS", "rate", 55.1, 12, False, N, N, (48.0, 61.6)),
        ],
    ),
    (  # a timepoint right after each value
        "Median OS was 10.1 months; 45% of patients were alive at 1 year and 30% at 2 years.",
        [
            ("OS", "median", 10.1, N, False, N, N, (N, N)),
            ("OS", "rate", 45.0, 12, False, N, N, (N, N)),
            ("OS", "rate", 30.0, 24, False, N, N, (N, N)),
        ],
    ),
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


def test_a_figure_repeated_in_the_conclusions_counts_once(run):
    text = (
        "RESULTS: The intracranial ORR was 64.9% (95% CI 47.5-79.8).\n"
        "CONCLUSIONS: With an intracranial ORR of 64.9%, the drug is active in the brain."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("iORR", 64.9)]


def test_a_subgroup_figure_equal_to_the_whole_cohorts_is_kept(run):
    text = (
        "Across all 116 patients, 79% had a response. Response rates were 79% in "
        "fludarabine-refractory disease, 71% in disease with deletion 17p and 76% in disease "
        "with unmutated IGHV."
    )
    assert [(f[0], f[2], f[5]) for f in run(text)] == [
        ("ORR", 79.0, None),
        ("ORR", 79.0, "fludarabine-refractory disease"),
        ("ORR", 71.0, "disease with deletion 17p"),
        ("ORR", 76.0, "disease with unmutated IGHV"),
    ]


def test_previous_lines_are_not_previous_studies(run):
    text = "ORR was 17% in patients who had received two or more previous lines."
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 17.0)]
    other = "Previously reported data showed an ORR of 60% with this drug."
    assert run(other) == []


def test_compared_values_take_the_randomised_arms(run):
    text = (
        "METHODS: Patients were randomly assigned 2:1 to tucatinib or placebo. RESULTS: At 2 "
        "years, overall survival was 44.9% versus 26.6%."
    )
    assert [(f[2], f[3], f[5]) for f in run(text)] == [
        (44.9, 24, "tucatinib arm"),
        (26.6, 24, "placebo arm"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the abstract's own abbreviations, built from a qualifier and a base
            "The primary endpoint was the intracranial (IC) response rate (RR). The IC RR was "
            "45.0% (95% CI 30.1-60.7).",
            [("iORR", 45.0)],
        ),
        ("The brain-specific response rate (BSRR) was assessed. BSRR was 52%.", [("iORR", 52.0)]),
        (  # an abbreviation defined for a blocked endpoint stays blocked
            "Median time to CNS progression (TTCP) was 12 months; the median TTCP in the control "
            "arm was 6 months.",
            [],
        ),
        (  # "time to CNS progression" is iPFS only where the text equates them
            "CNS progression-free survival (CNS-PFS; time to CNS progression or death) was the "
            "primary endpoint. Median CNS-PFS was 9.9 months.",
            [("iPFS", 9.9)],
        ),
    ],
)
def test_defined_abbreviations(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rwORR was 49.2% and rwDCR 92.3% for all pts.", [("ORR", 49.2), ("DCR", 92.3)]),
        ("Whole-body ORRs were 35.7% and 30.0% in arms 1 and 2.", [("ORR", 35.7), ("ORR", 30.0)]),
        ("The IC progression-free rate at 12 months was 81% (95% CI: 53%-94%).", [("iPFS", 81.0)]),
        (  # each hazard ratio takes the endpoint named after it
            "In multivariate analysis, the HR of WBRT was 0.170 for OS (P=0.002) and 0.107 for PFS "
            "(P<0.001).",
            [("HR", 0.17, "OS"), ("HR", 0.107, "gPFS")],
        ),
        (  # an abbreviation of a blocked outcome blocks its HR
            "Time to brain progression (TTBP) was assessed. Drug A was associated with longer TTBP "
            "(HR, 0.11; 95% CI, 0.03-0.41).",
            [],
        ),
        (  # a share of a count is no outcome without a verb linking them
            "In the 96 patients (79%) pretreated with chemotherapy, the ORR was 45%.",
            [("ORR", 45.0)],
        ),
        (  # a negation between value and endpoint
            "Eight patients (35%) never reached an evaluation scan and were unevaluable for brain "
            "response.",
            [],
        ),
        (  # responses of other kinds are not objective response rates
            "The PSA response rate was 46% and the objective response rate was 30%.",
            [("ORR", 30.0)],
        ),
        ("A major molecular response rate of 60% was reached at 12 months.", []),
        (  # "survival benefit" blocks a median but not its hazard ratio
            "The survival benefit extended to patients with active brain metastases (HR, 0.52).",
            [("HR", 0.52, "OS")],
        ),
        (  # further hazard ratios past cut-offs with percent signs
            "Hazard ratios for death were 0.67 (95% CI: 0.44-1.02) and 0.66 (95% CI: 0.58-0.76) "
            "at TPS >=50%, and 0.83 (95% CI: 0.62-1.10) and 0.78 (95% CI: 0.71-0.85) at TPS >=1%.",
            [("HR", 0.67, "OS"), ("HR", 0.66, "OS"), ("HR", 0.83, "OS"), ("HR", 0.78, "OS")],
        ),
        ("The ORR was 8.8% vs 0 (P = .114).", [("ORR", 8.8), ("ORR", 0.0)]),
        (  # a comparison with a historical control is the study's own result
            "The ORR was 27% (95% CI 19-37), significantly better than the historical control.",
            [("ORR", 27.0)],
        ),
        (  # follow-up is no barrier; the count's share is linked by its verb
            "After a median follow-up of 17.8 months, 38 (35.5%; 95% CI 26.5-45.4) patients had "
            "an objective response.",
            [("ORR", 35.5)],
        ),
        (  # shares of the responses are no response rates, but duration-of-response rates
            "The ORR was 85% (95% CI, 70 to 94), and 90% of responses were ongoing at 6 months.",
            [("ORR", 85.0), ("DoR", 90.0)],
        ),
        (
            "Among patients with an objective response (ORR 40%), the response lasted at least 6 "
            "months in 40 of 68 (59%).",
            [("ORR", 40.0), ("DoR", 59.0)],
        ),
        (  # ... only at a timepoint
            "63% of the responses were ongoing at a median follow-up of 12.1 months.",
            [],
        ),
        (  # a share that had a complete response is no ORR
            "The confirmed ORR was 24%: seven (7%) patients had a complete response.",
            [("ORR", 24.0)],
        ),
        (  # one percent sign shared by a comparison
            "The 3-year survival rates were similar (71.9 vs 68.2%, p = 0.675).",
            [("OS", 71.9), ("OS", 68.2)],
        ),
    ],
)
def test_vocabulary_and_guards(run, text, expected):
    got = [(f[0], f[2], f[6]) if f[0] == "HR" else (f[0], f[2]) for f in run(text)]
    assert got == expected


def findings_with_title(title: str, text: str):
    from extractor.models import Article
    from extractor.nlp import extract

    return [
        (f.endpoint, f.value)
        for f in extract(Article(pmid="1", title=title, abstract=text)).findings
    ]


def test_figures_of_another_named_trial_are_quoted_not_found():
    text = (
        "In DESTINY-Breast04, median PFS was 10.1 months with T-DXd. In our cohort of 60 "
        "patients treated in routine practice, median PFS was 8.2 months."
    )
    assert findings_with_title("Real-world T-DXd in HER2-low breast cancer", text) == [
        ("gPFS", 8.2)
    ]


def test_own_figures_compared_with_another_trial_are_kept():
    text = (
        "Results: Median PFS was 7 months, shorter than in ELOQUENT-3, which probably reflects "
        "the different populations."
    )
    assert findings_with_title("Elotuzumab in practice", text) == [("gPFS", 7.0)]


def test_the_abstracts_own_trial_is_not_another():
    own_by_title = "In DESTINY-Breast12, the intracranial ORR was 71.7%."
    assert findings_with_title("DESTINY-Breast12: T-DXd in brain metastases", own_by_title) == [
        ("iORR", 71.7)
    ]
    own_by_methods = (
        "METHODS: In this randomized, double-blind, phase 3 trial (PAOLA-1), patients received "
        "olaparib. RESULTS: In PAOLA-1, median PFS was 22.1 months with olaparib."
    )
    assert findings_with_title("Olaparib plus bevacizumab", own_by_methods) == [("gPFS", 22.1)]
    # a trial's name used as a label, and a drug code, are no other trial
    label = "Duration of response was similar in ZUMA-1-ineligible patients (ORR 62%)."
    assert findings_with_title("CAR-T in practice", label) == [("ORR", 62.0)]
    code = "The ORR was 44% in the TAS-102 group."
    assert findings_with_title("Trifluridine in practice", code) == [("ORR", 44.0)]
    # nor is a drug's code the abstract defines in brackets
    drug = (
        "Pegvorhyaluronidase alfa (PEGPH20) degrades hyaluronan. Results: Adding PEGPH20 did not "
        "lengthen survival: median OS was 11.2 months with PAG and 11.5 months with AG."
    )
    assert findings_with_title("A phase III trial", drug) == [("OS", 11.2), ("OS", 11.5)]
    # nor are regimens written with their schedule
    regimen = "Results: Median OS was 6.4 months with FOLFOX4 versus 4.9 months with doxorubicin."
    assert findings_with_title("A phase 3 trial", regimen) == [("OS", 6.4), ("OS", 4.9)]
    # genes written with their number ("STK11-mutant", "KEAP1") are no trials either
    genes = (
        "Results: OS was longer with A. The benefit was larger in nonsquamous (HR 0.69) than "
        "squamous disease (HR 0.85); it was "
        "retained in STK11-mutant and KEAP1-mutant subsets."
    )
    assert findings_with_title("A phase 3 trial", genes) == [("HR", 0.69), ("HR", 0.85)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a blocking term in a list consumes its value
            "The estimates of OS, PFS and non-relapse mortality at 12 months were 52%, 30% and "
            "6%, respectively.",
            [("OS", 52.0), ("gPFS", 30.0)],
        ),
        (  # "they were": a blocking term of the clause before holds its place
            "The median TTSF was 11.6 months and the median OS 15.5 months; with the other "
            "sequence they were 25.6 months and NR, respectively.",
            [("OS", 15.5), ("OS", None)],
        ),
        (  # "they were": the endpoints of the clause before
            "Median PFS was 6.9 months and median OS 13.4 months; in patients with IHC 3+ tumors "
            "they were 11.9 and 21.1 months.",
            [("gPFS", 6.9), ("OS", 13.4), ("gPFS", 11.9), ("OS", 21.1)],
        ),
        (  # "not reached [NR]" is one value
            "Median PFS was 14.9 months (95% CI, 10.97-not reached [NR]) and median OS was NR.",
            [("gPFS", 14.9), ("OS", None)],
        ),
        (  # hormone receptor status is no hazard ratio
            "Median rwPFS was 7.4 mo (7.7 mo HR+ and 4.9 mo HR-).",
            [("gPFS", 7.4), ("gPFS", 7.7), ("gPFS", 4.9)],
        ),
    ],
)
def test_lists_anaphora_and_glosses(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_an_endpoint_then_a_bracketed_hazard_ratio_is_no_abbreviation(run):
    text = (
        "The medians were 7.2 vs. 3.8 months for progression-free survival (hazard ratio, 0.56; "
        "95% CI, 0.47 to 0.66) and 18.3 vs. 11.4 months for overall survival (hazard ratio [HR], "
        "0.62; 95% CI, 0.51 to 0.75)."
    )
    hrs = [(f[2], f[6]) for f in run(text) if f[0] == "HR"]
    assert hrs == [(0.56, "gPFS"), (0.62, "OS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an interval whose open end carries a gloss
            "Median PFS was 6.3 (5.3-7.5) months and median OS 18.9 (17.6-not reached [NR]) "
            "months.",
            [("gPFS", 6.3, N, (5.3, 7.5)), ("OS", 18.9, N, (17.6, N))],
        ),
        (  # the open end of a bare interval is no second "not reached"
            "Median overall survival was not reached (29.3-not reached) with ceritinib.",
            [("OS", N, N, (29.3, N))],
        ),
        (  # a fraction and its percentage with a timepoint between them are one figure
            "Twelve of 20 patients were alive 3 months after enrolment; in all, 12 of 20 were "
            "alive 3 months after enrolment (OS3 60%; 90% confidence interval, 39-78%).",
            [("OS", 60.0, 3, (39.0, 78.0))],
        ),
        (  # plural hazard ratios listed by stratum across semicolons; cut-offs are no ratios
            "HRs (95% CI) for OS: CPS ≥10, 0.73 (0.55-0.95); CPS ≥1, 0.86 (0.72-1.04); ITT, 0.89 "
            "(0.76-1.05).",
            [("HR", 0.73, "OS", (0.55, 0.95)), ("HR", 0.86, "OS", (0.72, 1.04)),
             ("HR", 0.89, "OS", (0.76, 1.05))],
        ),
        (  # subgroup ratios in brackets with their intervals, after the first labelled one
            "OS favoured apalutamide in the synchronous (hazard ratio = 0.68 [95% confidence "
            "interval: 0.53-0.87]; p = 0.002), metachronous (0.69 [0.33-1.44]; p = 0.32), female "
            "(0.75 (0.61-0.92)) and low-volume (0.22 [0.09-0.55]) subgroups.",
            [("HR", 0.68, "OS", (0.53, 0.87)), ("HR", 0.69, "OS", (0.33, 1.44)),
             ("HR", 0.75, "OS", (0.61, 0.92)), ("HR", 0.22, "OS", (0.09, 0.55))],
        ),
        (  # "not powered" reports results; it plans none
            "Overall survival did not differ (median 10.6 vs 11.3 months; hazard ratio 1.01, 95% "
            "CI 0.77-1.33); the trial was not powered for this endpoint.",
            [("HR", 1.01, "OS", (0.77, 1.33)), ("OS", 10.6, N, (N, N)), ("OS", 11.3, N, (N, N))],
        ),
        (  # differences of medians are no medians
            "Ribociclib extended median OS by nearly 16 months, and the OS difference was 9.4 "
            "months in the chemotherapy subgroup.",
            [],
        ),
        (  # PFS2 and chemotherapy-free survival are outcomes of their own
            "Median OS was 53.7 months. PFS2 (HR 0.64) and CFS (HR 0.62) also favoured A.",
            [("OS", 53.7, N, (N, N))],
        ),
        (  # compared values share the verb and the endpoint after them
            "At two years, 56.9% versus 31.7% of patients were alive and 24.2% versus 3.3% were "
            "alive without progression.",
            [("OS", 56.9, 24, (N, N)), ("OS", 31.7, 24, (N, N)), ("gPFS", 24.2, 24, (N, N)),
             ("gPFS", 3.3, 24, (N, N))],
        ),
        (  # the timepoint right after an endpoint that follows its values
            "In the trial, 24.8% vs 10.1% of patients were progression-free at 12 months.",
            [("gPFS", 24.8, 12, (N, N)), ("gPFS", 10.1, 12, (N, N))],
        ),
        (  # "responded" after an intracranial response rate is intracranial too
            "Intracranial (IC) response rate (RR) was assessed. The IC RR was 21% and the DCR "
            "56%, and 21% of pts with symptomatic BM responded.",
            [("iORR", 21.0, N, (N, N)), ("iDCR", 56.0, N, (N, N)), ("iORR", 21.0, N, (N, N))],
        ),
        (  # confirmed responses seen in a share of a cohort
            "Confirmed responses were seen in 70.6% of cohort 1 (95% CI 58.3-81) and 37.5% of "
            "cohort 2 (95% CI 26.4-49.7).",
            [("ORR", 70.6, N, (58.3, 81.0)), ("ORR", 37.5, N, (26.4, 49.7))],
        ),
        (  # PFS "assessed in the brain" is intracranial
            "Median PFS assessed in the brain was 11.4 vs. 4.6 months (HR 0.42, 95% CI "
            "0.26-0.68).",
            [("HR", 0.42, "iPFS", (0.26, 0.68)), ("iPFS", 11.4, N, (N, N)),
             ("iPFS", 4.6, N, (N, N))],
        ),
        (  # one block of values per arm after a list of timepoints
            "Overall survival rates at 24, 36 and 48 months were 80%, 63% and 49%, respectively, "
            "in the combination group and 72%, 51% and 41% in the monotherapy group.",
            [("OS", 80.0, 24, (N, N)), ("OS", 63.0, 36, (N, N)), ("OS", 49.0, 48, (N, N)),
             ("OS", 72.0, 24, (N, N)), ("OS", 51.0, 36, (N, N)), ("OS", 41.0, 48, (N, N))],
        ),
        (  # a second row of rates takes the first row's timepoints
            "Overall survival was 27.2% at 2 years, 16.0% at 3 years and 9.8% at 5 years with "
            "temozolomide, compared with 10.9%, 4.4% and 1.9% with radiotherapy alone.",
            [("OS", 27.2, 24, (N, N)), ("OS", 16.0, 36, (N, N)), ("OS", 9.8, 60, (N, N)),
             ("OS", 10.9, 24, (N, N)), ("OS", 4.4, 36, (N, N)), ("OS", 1.9, 60, (N, N))],
        ),
        (  # a second hazard ratio with no endpoint of its own shares the first one's
            "Median PFS was 5.6 months. The overall survival benefit was larger in the CPS ≥10 "
            "subgroup (HR 0.60, 95% CI 0.51-0.70) than in the CPS <10 subgroup (HR 0.83, 95% CI "
            "0.69-1.00).",
            [("gPFS", 5.6, N, (N, N)), ("HR", 0.6, "OS", (0.51, 0.7)),
             ("HR", 0.83, "OS", (0.69, 1.0))],
        ),
    ],
)  # fmt: skip
def test_sixth_and_seventh_split_shapes(run, text, expected):
    got = [(f[0], f[2], f[6] if f[0] == "HR" else f[3], f[7]) for f in run(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bare interval that a semicolon continues
            "Median progression-free survival was 3.1 months (2.7-4.2) versus 1.5 months "
            "(1.4-1.8; HR 0.56, 0.41-0.75).",
            [("HR", 0.56, (0.41, 0.75)), ("gPFS", 3.1, (2.7, 4.2)), ("gPFS", 1.5, (1.4, 1.8))],
        ),
        (  # square brackets with a comma, announced by "[95% CI]"
            "Median [95% confidence interval (CI)] OS was 8.0 [5.1, 11.2] and 7.3 [5.3, 8.8] "
            "months in the first and second line, respectively.",
            [("OS", 8.0, (5.1, 11.2)), ("OS", 7.3, (5.3, 8.8))],
        ),
        (  # "confidence interval (95% CI)" as the label
            "Median PFS was 6.0 months [95% confidence interval (95% CI) 4.1-6.4].",
            [("gPFS", 6.0, (4.1, 6.4))],
        ),
        (  # a timepoint between the value and its interval
            "The duration of response was 62% at 1 year [95% CI, 57% to 66%].",
            [("DoR", 62.0, (57.0, 66.0))],
        ),
        (  # "n (x%, low-high) of N"
            "Independent reviewers recorded an overall response in 20 (47%, 31-62) of 43 patients.",
            [("ORR", 47.0, (31.0, 62.0))],
        ),
        (  # a standard error first, then bounds split by a semicolon in brackets
            "The median PFS was 3.0 months (SE = .24; 95% CI [2.5; 3.5]).",
            [("gPFS", 3.0, (2.5, 3.5))],
        ),
        (  # the label after the bounds
            "Median progression-free survival (PFS) was 5.2 (3.4-7.0 95% CI) months.",
            [("gPFS", 5.2, (3.4, 7.0))],
        ),
        (  # a semicolon after the label
            "Median PFS was 6.9 months (95 % confidence interval [CI]; 4.7-9.1 months) and "
            "median OS 19.1 months (95 %CI; 13.3-24.9 months).",
            [("gPFS", 6.9, (4.7, 9.1)), ("OS", 19.1, (13.3, 24.9))],
        ),
        (  # a bare interval after the arm the median belongs to; the arm is its group
            "Second-line median PFS was 12 months with everolimus (4.1-19.9) and 13 months with "
            "sunitinib (9.3-16.7; P = 0.951).",
            [("gPFS", 12.0, (4.1, 19.9)), ("gPFS", 13.0, (9.3, 16.7))],
        ),
        (  # a repeated confidence interval of an interim analysis
            "Median PFS was 3.7 months; the stratified HR was 0.78 (repeated 93.1% CI 0.59-1.24; "
            "one-sided p=0.030).",
            [("HR", 0.78, (0.59, 1.24)), ("gPFS", 3.7, (N, N))],
        ),
    ],
)
def test_interval_forms(run, text, expected):
    assert [(f[0], f[2], f[7]) for f in run(text)] == expected


def test_a_historical_control_rate_is_no_result(run):
    text = (
        "The primary endpoint was the ORR, compared with a historical control rate of 10%. "
        "The ORR was 27% (95% CI 19-37)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 27.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one "not reached" for every endpoint of a list, once per group
            "Median TTNT, PFS and OS had not been reached in either group.",
            [("gPFS", N), ("gPFS", N), ("OS", N), ("OS", N)],
        ),
        (  # ... and once for the whole cohort
            "Median PFS and OS were not reached.",
            [("gPFS", N), ("OS", N)],
        ),
        (  # "neither median": the endpoints of the clause before
            "With A, median PFS was 20.3 months and median OS 37.2 months; with B, neither "
            "median had been reached.",
            [("gPFS", 20.3), ("OS", 37.2), ("gPFS", N), ("OS", N)],
        ),
    ],
)
def test_not_reached_for_several_endpoints(run, text, expected):
    found = run(text)
    assert [(f[0], f[2]) for f in found] == expected
    assert all(f[5] is None for f in found if f[4])  # "either" is no group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a sentence that opens with its scope is intracranial throughout; a list's values
            # stop at "respectively"
            "Intracranially, ORR, DCR and CBR were 62.2 %, 88.6 % and 68.6 %, respectively, and "
            "67.4 % of patients were free of intracranial progression at 12 months.",
            [("iORR", 62.2), ("iDCR", 88.6), ("iCBR", 68.6), ("iPFS", 67.4)],
        ),
        (  # a list's values stay in its clause; "the corresponding 15-month estimates"
            "The medians for duration of response, progression-free survival and overall survival "
            "had not been reached; the corresponding 15-month Kaplan-Meier estimates were 71.5%, "
            "50.9% and 56.7%.",
            [("DoR", N), ("gPFS", N), ("OS", N), ("DoR", 71.5), ("gPFS", 50.9), ("OS", 56.7)],
        ),
        (  # what a share of patients did is no rate
            "The objective response rate was 56.7%, and 12.1% had progressed; 80% had received "
            "immunotherapy. Objective responses were seen in 53 of 87 patients (61%), five (6%) of "
            "them complete.",
            [("ORR", 56.7), ("ORR", 61.0)],
        ),
        (  # a bracketed share of a population just named
            "Patients given pemetrexed (75%) had an overall response rate (ORR) of 30%.",
            [("ORR", 30.0)],
        ),
        (  # an approximate figure is someone else's; a rate that could not be excluded
            "FOLFOX yields an objective response in about 5% of patients. The confirmed ORR was "
            "19.7% (95% CI, 13.3-27.5), so a 15% rate could not be excluded.",
            [("ORR", 19.7)],
        ),
        (  # a figure reported in another named trial
            "The 12-month PFS rate in this cohort was 58.1%, lower than the 75.8% reported with "
            "T-DXd in "
            "DESTINY-Breast03.",
            [("gPFS", 58.1)],
        ),
        (  # a protocol code called a study is another trial
            "In the global phase II NP28673 study alectinib achieved an ORR of 50%. In our cohort "
            "the ORR was 45%.",
            [("ORR", 45.0)],
        ),
        (  # the risk of developing brain metastases is no survival endpoint
            "Median PFS was 9.0 months. ER-negative disease was associated with the risk of "
            "developing brain metastases (adjusted HR 0.69, 95% CI 0.49-0.98).",
            [("gPFS", 9.0)],
        ),
        (  # NEJM's capitalised headings without colons are sections
            "BACKGROUND FOLFOX gives a median overall survival of 6.2 months. METHODS We treated "
            "patients. RESULTS The median overall survival was 10.3 months.",
            [("OS", 10.3)],
        ),
    ],
)
def test_eighth_and_ninth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_an_abbreviation_the_abstract_defines_otherwise_is_no_endpoint(run):
    text = (
        "The confirmed objective response rate (ORR) was assessed by independent radiology "
        "review (IRR). The confirmed ORR by IRR was 43.5% (95% CI, 31.0% to 56.7%; 27/62 "
        "patients)."
    )
    assert [(f[0], f[2], f[7]) for f in run(text)] == [("ORR", 43.5, (31.0, 56.7))]


def test_a_count_after_the_interval_is_the_figures_own():
    from extractor.models import Article
    from extractor.nlp import extract

    text = "The ORR was 50.8% (95% CI, 38.1% to 63.4%; 32/63 patients)."
    (f,) = extract(Article(pmid="1", title="", abstract=text)).findings
    assert (f.value, f.n, f.N, f.ci_low, f.ci_high) == (50.8, 32, 63, 38.1, 63.4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A response occurred in 43 of 103 patients (42%).", [("ORR", 42.0)]),
        (
            "A partial response or better was achieved by 53% of patients and a very good "
            "partial response or better by 45%.",
            [("ORR", 53.0)],
        ),
        ("Complete responses were seen in 26% and partial responses in 30%.", []),
    ],
)
def test_responses_that_occurred(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "n (p%) of N patients" before an endpoint that carries its verb
            "In the soft-tissue sarcoma cohort, 7 (18%) of 40 patients had an objective response.",
            [("ORR", 18.0, N)],
        ),
        (  # "at month 20"
            "The estimated rate of progression-free survival at month 20 was 65.2%.",
            [("gPFS", 65.2, 20)],
        ),
        (  # blocking terms inside the definition of an endpoint are part of it
            "Tumor control (complete or partial response or stable disease) was achieved in "
            "81.4% versus 71.8% of patients.",
            [("DCR", 81.4, N), ("DCR", 71.8, N)],
        ),
    ],
)
def test_seventh_split_recall_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


def test_a_ratio_named_twice_is_one_finding(run):
    text = "The hazard ratio for death remained in favour of tucatinib (HR 0.73; P = .004)."
    assert [(f[0], f[2], f[6]) for f in run(text)] == [("HR", 0.73, "OS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "from A ... to B" compares two figures; "to 6.9 months" is no timepoint
            "Median OS rose from 4.4 months in the pre-2015 era to 6.9 months in the post-2015 "
            "era.",
            [("OS", 4.4), ("OS", 6.9)],
        ),
        (  # expansion cohorts EXP1 ... are no other trials
            "Median OS was not reached (NR) (95% CI, NR-NR) in EXP1 and 37.4 months (95% CI, "
            "22.4-NR) in EXP3B.",
            [("OS", N), ("OS", 37.4)],
        ),
    ],
)
def test_ninth_split_recall_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_compared_values_with_intervals_share_the_verb(run):
    text = (
        "An estimated 59.0% (49.3-67.4) versus 30.4% (14.1-48.6) of responses were still "
        "ongoing at 18 months, and 70.6% (62.2-77.5) versus 58.2% (47.6-67.5) of patients were "
        "alive at 24 months."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("DoR", 59.0, 18), ("DoR", 30.4, 18), ("OS", 70.6, 24), ("OS", 58.2, 24)
    ]  # fmt: skip


def test_rates_named_by_their_timepoint_take_the_endpoint_before(run):
    text = (
        "The 6-year OS rates were 16% and 10%. The six-year rates favoured the combination "
        "whatever the PD-L1 expression: 20% versus 7% with PD-L1 <1%. In the combination arm "
        "19% of responders were still in response at 6 years."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("OS", 16.0, 72), ("OS", 10.0, 72), ("OS", 20.0, 72), ("OS", 7.0, 72), ("DoR", 19.0, 72)
    ]  # fmt: skip


def test_hormone_receptor_hr_leaves_hazard_ratios(run):
    text = (
        "Patients with hormone receptor (HR)-positive disease were included. Median PFS was "
        "10.1 vs 5.4 months (HR 0.51; 95% CI 0.40-0.64)."
    )
    assert ("HR", 0.51) in [(f[0], f[2]) for f in run(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "overall and progression-free survival": "overall" is OS
            "The 1-year overall and progression-free survival rates were 64.5% and 54.9%, "
            "respectively.",
            [("OS", 64.5, 12), ("gPFS", 54.9, 12)],
        ),
        (  # "during the first 2 years" is no median
            "At 3 years, overall survival was 63% (95% CI, 51 to 73), with most events "
            "occurring during the first 2 years.",
            [("OS", 63.0, 36)],
        ),
        (  # arms compared at each timepoint in turn; ", and 5 years" ends the list
            "The probabilities of being alive at 1, 3, and 5 years were 79.9% versus 71.8%, 31.0% "
            "versus 20.4%, and 19.2% versus 7.8%, respectively.",
            [("OS", 79.9, 12), ("OS", 71.8, 12), ("OS", 31.0, 36), ("OS", 20.4, 36),
             ("OS", 19.2, 60), ("OS", 7.8, 60)],
        ),
        (  # a list of values in blocks goes on past "respectively"
            "The median PFS and OS were 3.7 months and 6.8 months, respectively, in HNSCC, and "
            "4.3 months and 11.8 months, respectively, in NPC.",
            [("gPFS", 3.7, N), ("OS", 6.8, N), ("gPFS", 4.3, N), ("OS", 11.8, N)],
        ),
        (  # lines of therapy are no trial names
            "Ibrutinib improved OS in LOT2 (HR, 0.279; P = .009) and LOT3 (HR, 0.441; P = .02).",
            [("HR", 0.279, "OS"), ("HR", 0.441, "OS")],
        ),
        (  # time to chemotherapy blocks its hazard ratio
            "Median time to chemotherapy was 23.3 and 14.8 months, respectively [HR = 0.72].",
            [],
        ),
    ],
)  # fmt: skip
def test_tenth_split_shapes(run, text, expected):
    got = [(f[0], f[2], f[6] if f[0] == "HR" else f[3]) for f in run(text)]
    assert got == expected


def test_a_ratio_restated_with_its_interval_is_kept_once(run):
    text = (
        "KEY POINTS Camrelizumab prolonged overall survival (hazard ratio, 0.70). RESULTS Median "
        "overall survival was 15.3 vs 12.0 months (hazard ratio, 0.70 [95% CI, 0.56-0.88])."
    )
    hrs = [(f[2], f[7]) for f in run(text) if f[0] == "HR"]
    assert hrs == [(0.7, (0.56, 0.88))]


def test_an_abstract_with_decimal_commas(run):
    text = "ORR was 45,2% (95% CI 30,1-60,4) and median PFS 7,3 months in 1,054 patients."
    assert [(f[0], f[2], f[7]) for f in run(text)] == [
        ("ORR", 45.2, (30.1, 60.4)), ("gPFS", 7.3, (None, None))
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # timepoints glued to their endpoint
            "12m-OS 48.7% vs 35.3%; PFS6 30.4% vs 18.9%.",
            [("OS", 48.7, 12), ("OS", 35.3, 12), ("gPFS", 30.4, 6), ("gPFS", 18.9, 6)],
        ),
        (  # ... but PFS1 and PFS2 are the first and second progression-free survival
            "Patients grouped as trial-unfit had inferior PFS and PFS1 (hazard ratio 2.8), "
            "although 34% of them still responded.",
            [("HR", 2.8, "gPFS")],
        ),
        (  # "at 6 and 12 m": a lone "m" after a timepoint list is months
            "PFS at 6 and 12 m was 64% and 30%, respectively.",
            [("gPFS", 64.0, 6), ("gPFS", 30.0, 12)],
        ),
        (  # slashes between timepoints and between values
            "12-/24-mo PFS rates: 74%/65% vs 22%/13%.",
            [("gPFS", 74.0, 12), ("gPFS", 65.0, 24), ("gPFS", 22.0, 12), ("gPFS", 13.0, 24)],
        ),
        (  # three arms separated by slashes; mDoR
            "mPFS 3.8 / 3.7 / 4.1 mo; mDoR 22.34 / 16.82 / 18.43 mo.",
            [("gPFS", 3.8, N), ("gPFS", 3.7, N), ("gPFS", 4.1, N), ("DoR", 22.34, N),
             ("DoR", 16.82, N), ("DoR", 18.43, N)],
        ),
        (  # a number before its endpoint, hyphenated to its unit
            "A 5.49-month mPFS was observed with adagrasib vs 3.84 mo with docetaxel.",
            [("gPFS", 5.49, N), ("gPFS", 3.84, N)],
        ),
        (  # a hazard ratio at the end of its sentence
            "The PFS HR was 0.67.",
            [("HR", 0.67, "gPFS")],
        ),
        (  # follow-up as f/u; maturity; PFS2 with its m; a gain
            "At a median f/u of 14.9 mo: mPFS 11.4 mo; mPFS2: NE vs 17.2 mo (HR 0.49). OS "
            "immature (20% maturity), a 9.1-month gain.",
            [("gPFS", 11.4, N)],
        ),
        (  # a median not reached whose interval carries units
            "mDoR NR (22.0 mo-NR) vs 27.3 mo (12.9 mo-NR).",
            [("DoR", N, N), ("DoR", 27.3, N)],
        ),
        (  # responses ongoing at a timepoint in a share of responders
            "The ORR was 84.6%. Responses ongoing at 12 months in 84.7% vs 63.0% of responders.",
            [("ORR", 84.6, N), ("DoR", 84.7, 12), ("DoR", 63.0, 12)],
        ),
        (  # quoted for comparison
            "Median OS was 6.7 months, shorter than the 9.3 months reported for the "
            "encorafenib-cetuximab arm of BEACON.",
            [("OS", 6.7, N)],
        ),
        (  # unknown abbreviations head the list and take their values
            "The 1-year LC, DIC, sPFS and OS were 75%, 50%, 30% and 67%, respectively.",
            [("gPFS", 30.0, 12), ("OS", 67.0, 12)],
        ),
        (  # an HR of the duration of response
            "CBR was 44.5%; DoR favoured N+C (HR = 0.50; 95% CI 0.33-0.74).",
            [("HR", 0.5, "DoR"), ("CBR", 44.5, N)],
        ),
        (  # intracranial responses seen; what a share had previously received
            "Intracranial responses were seen in 2 of 17 patients (12%). Of the 15 patients, 12 "
            "(80%) had previously received neratinib, and 40% had a volumetric reduction.",
            [("iORR", 12.0, N)],
        ),
    ],
)  # fmt: skip
def test_eleventh_and_twelfth_split_shapes(run, text, expected):
    got = [(f[0], f[2], f[6] if f[0] == "HR" else f[3]) for f in run(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a trial named in capitals, before or after the word "trial"
            "In the RECOURSE trial it extended median OS from 5.3 to 7.1 months. In the "
            "registration trial FRESCO, median OS rose from 6.6 to 9.3 months. Our median OS was "
            "6.2 months.",
            [("OS", 6.2, N)],
        ),
        (  # "from 3.3 to 5.6 months" after a verb of change compares two figures
            "Cetuximab extended median PFS from 3.3 to 5.6 months.",
            [("gPFS", 3.3, N), ("gPFS", 5.6, N)],
        ),
        (  # survival of other kinds, named again after a list, blocks the list's values
            "RFS, DMFS and OS did not differ: 2-year RFS was 62% with A and 65% with B, and "
            "three-year MSS was 30.4% (HR 1.26, 95% CI 1.07-1.49).",
            [],
        ),
        (  # blocking terms of an earlier list keep their places in "they were"
            "Median rwToT and OS were 7.0 months and 24.5 months, respectively; in the ECOG PS "
            "0-1 subgroup they were 7.6 months and 28.8 months.",
            [("OS", 24.5, N), ("OS", 28.8, N)],
        ),
        (  # a count in brackets after a group; a complete response inside them does not block
            "The response rate was 64.8% with lenvatinib (169 of 261 patients, including 4 "
            "complete responses) and 1.5% with placebo.",
            [("ORR", 64.8, N), ("ORR", 1.5, N)],
        ),
        (  # drug codes, thresholds and quality of life
            "Median PFS was 2.0 months with TAS-102 and 1.7 months with placebo. HRs (95% CI) "
            "for OS: CPS 10 or more, 0.57 (0.43-0.75). Quality of life deteriorated in 31% vs "
            "66% (hazard ratio, 0.47).",
            [("gPFS", 2.0, N), ("gPFS", 1.7, N), ("HR", 0.57, "OS")],
        ),
        (  # follow-up for two endpoints; the range end of a biomarker
            "Median follow-up was 3.5 years for rPFS and 4.4 years for overall survival. In the "
            "PD-L1 1-49% cohort, the 12-month survival rate was 58.5%.",
            [("OS", 58.5, 12)],
        ),
        (  # the median OS gained
            "In them the median OS gained was 12 months; median OS was 8.1 months.",
            [("OS", 8.1, N)],
        ),
        (  # a comma after the follow-up closes an opening phrase, it heads no list
            "With a further 7 months of follow-up, median OS was 6.47 versus 4.90 months.",
            [("OS", 6.47, N), ("OS", 4.9, N)],
        ),
        (
            "With extended follow-up, 5-year PFS was 63.8% with G-CHOP and 62.6% with R-CHOP.",
            [("gPFS", 63.8, 60), ("gPFS", 62.6, 60)],
        ),
    ],
)  # fmt: skip
def test_thirteenth_and_fourteenth_split_shapes(run, text, expected):
    got = [(f[0], f[2], f[6] if f[0] == "HR" else f[3]) for f in run(text)]
    assert got == expected


def test_one_figure_in_both_arms_and_the_whole_cohort_after_a_subgroup(run):
    assert [(f[0], f[2]) for f in run("The median PFS was 6.8 months in both arms.")] == [
        ("gPFS", 6.8), ("gPFS", 6.8)
    ]  # fmt: skip
    each = "Median OS was 10.3 months in each arm (HR, 0.94; 95% CI, 0.84 to 1.05)."
    assert [(f[0], f[2]) for f in run(each)] == [("HR", 0.94), ("OS", 10.3), ("OS", 10.3)]
    same = "Both cohorts had the same median progression-free survival of 2.1 months."
    assert [(f[0], f[2]) for f in run(same)] == [("gPFS", 2.1), ("gPFS", 2.1)]
    text = (
        "In the PD-L1-positive population, median PFS was 13.8 months with avelumab. In the "
        "overall population, median PFS was 13.8 months versus 8.4 months with sunitinib."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("gPFS", 13.8), ("gPFS", 13.8), ("gPFS", 8.4)]
    across = text.replace("In the overall population", "Across the ITT population")
    assert [(f[0], f[2]) for f in run(across)] == [("gPFS", 13.8), ("gPFS", 13.8), ("gPFS", 8.4)]
    # ... and where the subgroup's figure got no group of its own: a sentence that opens with
    # the subgroup is enough ("(hazard ratio for death, 0.64)" in both)
    ratio = (
        "In the hormone receptor-positive cohort, median overall survival was 23.1 and 16.9 "
        "months, respectively (hazard ratio for death, 0.66). Among all patients, median "
        "overall survival was 22.8 vs 16.5 months (hazard ratio for death, 0.66)."
    )
    assert [(f[0], f[2]) for f in run(ratio) if f[0] == "HR"] == [("HR", 0.66), ("HR", 0.66)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a time is not linked forward through a compared percentage
            "In the ovarian cancer cohort, median progression-free survival was 7.0 months and "
            "64% of patients were alive at 12 months.",
            [("gPFS", 7.0, N), ("OS", 64.0, 12)],
        ),
        (  # "not reached in one cohort and were a and b in the other"
            "Median progression-free survival and overall survival were not reached in the "
            "deficient cohort and were 2.2 and 5.0 months in the proficient cohort.",
            [("gPFS", N, N), ("OS", N, N), ("gPFS", 2.2, N), ("OS", 5.0, N)],
        ),
    ],
)
def test_fifteenth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # sites named together: one figure per site, "corresponding" rates too
            "Intracranial and extracranial objective response rates were 45.1% (n = 23/51) and "
            "56.7% (n = 34/60), respectively, and the corresponding clinical benefit rates were "
            "62.7% (n = 32/51) and 70.0% (n = 42/60).",
            [("iORR", 45.1), ("ecORR", 56.7), ("iCBR", 62.7), ("CBR", 70.0)],
        ),
        (
            "In cohort B, intracranial and extracranial response rates were 47% and 38%.",
            [("iORR", 47.0), ("ecORR", 38.0)],
        ),
        (
            "The extracranial and intracranial PFS were 5.1 and 6.2 months.",
            [("ecPFS", 5.1), ("iPFS", 6.2)],
        ),
        (  # a site and the whole
            "The extracerebral and global response rates were 37.5% and 31.3%, respectively.",
            [("ecORR", 37.5), ("ORR", 31.3)],
        ),
        (  # sites before the figures; concordance is no rate
            "Response rates were similar at IC (78%) and EC (90%) sites (P = .416), and IC and EC "
            "responses were concordant in 71% of patients.",
            [("iORR", 78.0), ("ecORR", 90.0)],
        ),
        (  # "of the brain lesions" names the site of the endpoint before it and after it
            "Complete or partial responses of the brain lesions were recorded in 22 of 32 "
            "patients, an objective response rate of 68.8%.",
            [("iORR", 68.8)],
        ),
        (
            "Median progression-free survival of the brain metastases was 13.6 months, and "
            "median overall survival was 19.1 months.",
            [("iPFS", 13.6), ("OS", 19.1)],
        ),
        (  # intracranial responses still ongoing
            "The median duration of intracranial response had not been reached; 55% of "
            "intracranial responses were still ongoing at 12 months.",
            [("iDoR", N), ("iDoR", 55.0)],
        ),
        (  # the site right after the figure
            "The overall response rate was 62.7%: 61.2% in intracranial lesions and 64.2% in "
            "extracranial lesions.",
            [("ORR", 62.7), ("iORR", 61.2), ("ecORR", 64.2)],
        ),
        (
            "The intracranial disease control rate at 8 weeks was 65%, compared with 70% "
            "extracranially.",
            [("iDCR", 65.0), ("DCR", 70.0)],
        ),
        (  # a clause's scope
            "When the brain alone was evaluated, disease control was achieved in 12 patients in "
            "cohort A (24%) and two in cohort B (10%); outside the brain, disease control was "
            "reached in 14 (27%) and one (5%) patients, respectively.",
            [("iDCR", 24.0), ("iDCR", 10.0), ("DCR", 27.0), ("DCR", 5.0)],
        ),
        (
            "Among patients assessable for central nervous system response on imaging, the "
            "response rate was 86%, and 31% had a complete response.",
            [("iORR", 86.0)],
        ),
        (  # parts of a rate, a rate required, a share with shrinkage
            "In cohort A, the intracranial response rate was 55%, with 3 complete (10%) and 14 "
            "partial (45%) responses.",
            [("iORR", 55.0)],
        ),
        (
            "The intracranial disease control rate was 83%, made up of four (13%) complete "
            "remissions, nine (30%) partial remissions and twelve (40%) stable diseases.",
            [("iDCR", 83.0)],
        ),
        (
            "Three pts had an intracranial response (iORR 5.8%), below the 11% required by "
            "protocol. The intracranial clinical benefit rate was 25%, and 38% of pts had some "
            "decrease in the sum of their target lesions.",
            [("iORR", 5.8), ("iCBR", 25.0)],
        ),
        (  # a credibility interval; neurological PFS; an interval to progression
            "The 12-week PFS rate was 62.2% (95% credibility interval, 47.1 to 76.2).",
            [("gPFS", 62.2)],
        ),
        ("Median neurological PFS was 1.6 months.", [("iPFS", 1.6)]),
        (
            "Median overall survival was 133 days and the median interval to progression 141 days.",
            [("OS", 133.0)],
        ),
    ],
)
def test_eighteenth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_a_percentage_keeps_its_count_once():
    text = "The objective response rate was 45.1% (n = 23/51)."
    got = extract(Article(pmid="1", title="", abstract=text)).findings
    assert [(f.endpoint, f.value, f.n, f.N) for f in got] == [("ORR", 45.1, 23, 51)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the clause that quotes the design is cut off; the result before it stays
            "In all, 28 of the 48 patients responded, an overall response rate of 58.3% (95% CI "
            "43.2-72.4); this rejected the prespecified null hypothesis of 40% (P = 0.008).",
            [("ORR", 58.3)],
        ),
        (  # a ratio named far from its figure; a p-value inside the bracket of the first
            "Median PFS was 5.6 months. The hazard ratio for disease progression or death, as "
            "compared with standard care, was 0.49 (95% CI, 0.30 to 0.80; P=0.006) in the 960-mg "
            "group and 0.58 (95% CI, 0.36 to 0.93) in the 240-mg group.",
            [("gPFS", 5.6), ("HR", 0.49), ("HR", 0.58)],
        ),
        (  # a ratio before a timepoint is none of its numbers
            "CPS >=5, HR 0.72 and 24-month OS 24.2% vs 8.8%.",
            [("HR", 0.72), ("OS", 24.2), ("OS", 8.8)],
        ),
        (  # what another trial reported; a threshold; a change "by"
            "When the criteria of the EORTC-22981-26981 trial, which reported a median OS of 14.6 "
            "months, were applied, that cohort reached a median OS of 14.3 months.",
            [("OS", 14.3)],
        ),
        ("Median overall survival (OS) exceeded 2 years.", []),
        (
            "No intracranial response was seen, although target intracranial lesions decreased "
            "in volume by 22.7%.",
            [],
        ),
        ("Median PSA progression-free survival was 18 weeks.", []),
        (  # a median not reached inside a list of times; "lived longer"
            "Median durations of response were 19.1 vs 5.2, 32.7 vs 4.8, and not reached vs 6.9 "
            "months, respectively.",
            [("DoR", 19.1), ("DoR", 5.2), ("DoR", 32.7), ("DoR", 4.8), ("DoR", N), ("DoR", 6.9)],
        ),
        (
            "Patients with ALP below 220 U/L lived longer than those with higher ALP (56 vs. 28 "
            "weeks, p < 0.01).",
            [("OS", 56.0), ("OS", 28.0)],
        ),
    ],
)
def test_seventeenth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_a_plain_endpoint_means_the_intracranial_one_the_study_defined(run):
    text = (
        "Primary endpoints were the intracranial objective response rate and local PFS; "
        "secondary endpoints were progression-free survival (PFS) and overall survival. In the "
        "WBRT and combination arms, respectively, the objective response rate was 54.84% and "
        "95.65%, and median PFS was 5.2 and 6.8 months."
    )
    got = [(f[0], f[2]) for f in run(text)]
    assert got == [("iORR", 54.84), ("iORR", 95.65), ("gPFS", 5.2), ("gPFS", 6.8)]
    # ... but not when the results name the intracranial one too
    text += " The intracranial ORR was 60%."
    assert [f[0] for f in run(text)][:2] == ["ORR", "ORR"]


def test_a_ratio_in_the_results_takes_no_endpoint_from_the_background(run):
    text = (
        "Background: An earlier series reported that patients given TKIs lived longer (10.0 vs "
        "3.3 months).\nResults: LM occurred in 11 patients (9.8%) and 24 (21.4%) of the control "
        "group (HR 0.38, 95% CI 0.19-0.79)."
    )
    assert [f[0] for f in run(text)] == []


def test_values_with_their_own_ratio_after_them_take_the_endpoint_before(run):
    text = (
        "Median progression-free survival was 10.4 months with pembrolizumab and 8.2 months with "
        "placebo (hazard ratio, 0.62); in the intention-to-treat population the corresponding "
        "values were 10.4 and 8.1 months (hazard ratio, 0.65; 95% CI, 0.53 to 0.79)."
    )
    got = [(f[0], f[2]) for f in run(text) if f[0] != "HR"]
    assert got == [("gPFS", 10.4), ("gPFS", 8.2), ("gPFS", 10.4), ("gPFS", 8.1)]


def test_a_bare_ratio_refers_to_the_ratio_of_death_before_it(run):
    text = (
        "The overall HR of death was 0.89 (95% CI, 0.82 to 0.96). It did vary with stage: the HR "
        "was 1.40 for stage IA (95% CI, 0.95 to 2.06) and 0.93 for stage IB (95% CI, 0.78 to 1.10)."
    )
    assert [(f[2], f[6]) for f in run(text)] == [(0.89, "OS"), (1.4, "OS"), (0.93, "OS")]


def test_the_risks_of_progression_name_the_ratio(run):
    text = (
        "PFS (HR=0.96) and OS (HR=1.08) did not differ, whereas the risks of progression "
        "(HR=0.54) were lower."
    )
    assert [f[6] for f in run(text)] == ["gPFS", "OS", "gPFS"]


def test_trials_named_in_the_experimental_design_section_are_the_studys_own(run):
    text = (
        "Experimental Design: Patients came from KEYNOTE-061 (pembrolizumab, n = 53; paclitaxel, "
        "n = 55). Results: In KEYNOTE-061, the ORR was 25% vs. 9%."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 25.0), ("ORR", 9.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a count far from its stated share is that share's count
            "The ORR was 27.8% (95% CI, 18.9 to 38.2), with 25 of 90 patients achieving a partial "
            "response.",
            [("ORR", 27.8)],
        ),
        (
            "10 of 33 heavily pretreated pts (median 5 prior regimens) had an objective response "
            "(30.3%, 95% CI 17-47; 2 complete, 8 partial).",
            [("ORR", 30.3)],
        ),
        (  # decimal commas beside a thousands point
            "Lapatinib was given at 1.250 mg/day; an overall response rate of 27,1% was achieved.",
            [("ORR", 27.1)],
        ),
        (  # a difference of rates; a share of patients assessable
            "The overall response rate was 78.5% with pyrotinib and 57.1% with lapatinib, a "
            "treatment difference of 21.3% (95% CI, 4.0% to 38.5%).",
            [("ORR", 78.5), ("ORR", 57.1)],
        ),
        ("Intracranial response could be assessed in 53 patients of the BM group (60.9%).", []),
        (  # "For extracranial disease," scopes its clause
            "For extracranial disease, 77 patients were evaluable: the overall response rate was "
            "35.1% and the disease control rate 53.3%.",
            [("ecORR", 35.1), ("DCR", 53.3)],
        ),
        (  # NEJM's "percent"; a hyphenated "disease-control rate"
            "Response rates were 44.8 percent and 34.8 percent (P=0.004).",
            [("ORR", 44.8), ("ORR", 34.8)],
        ),
        ("The disease-control rate was 43% versus 32%.", [("DCR", 43.0), ("DCR", 32.0)]),
    ],
)
def test_nineteenth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "ci"),
    [
        ("Median OS was 42.3 months (95% Cl, 38.2-48.4).", (38.2, 48.4)),  # a lower-case L
        ("The median PFS was 12.3 months (95% confidence internal 7.6-17.0).", (7.6, 17.0)),
        ("The CNS ORR was 38% (exact 95% confidence interval [CI] 13.9-68.4).", (13.9, 68.4)),
        ("Median OS was 4.7 months (95% confidence interval, CI, 0.3-9.0).", (0.3, 9.0)),
        ("Median OS was 11.2 months [n = 30; 95% CI: 6.8-15.7].", (6.8, 15.7)),
        ("Median PFS was 9.4 months (95% Cl: 6.2-not calculable).", (6.2, N)),
        (  # Lancet's unlabelled interval after a comma, inside the bracket
            "OS was longer with nivolumab (median 10.9 months, 95% CI 9.2-13.3) than with "
            "chemotherapy (8.4 months, 7.2-9.9; HR 0.77, 95% CI 0.62-0.96).",
            (7.2, 9.9),
        ),
    ],
)
def test_interval_typos_and_glosses(run, text, ci):
    figures = [f for f in run(text) if f[0] != "HR"]
    assert figures[-1][7] == ci


@pytest.mark.parametrize(
    ("text", "cis"),
    [
        (  # both arms' intervals in one bracket
            "Median PFS was 13.0 vs 7.2 months (95% CI 9.9-15.0 vs 5.6-9.9; hazard ratio 0.48).",
            [(9.9, 15.0), (5.6, 9.9)],
        ),
        (  # the intervals of a "respectively" list, after it
            "The pooled ORR and DCR were 20.0% and 90.0%, respectively (95% CI: 12.0%-28.0% and "
            "85.0%-95.0%).",
            [(12.0, 28.0), (85.0, 95.0)],
        ),
        (  # "CI95%", and units inside the list
            "Median PFS, ORR and DCR were 9.0 months, 33% and 85%, respectively (CI95% "
            "4.8-14.5 months, 16.5%-54% and 66.3%-95.8%).",
            [(4.8, 14.5), (16.5, 54.0), (66.3, 95.8)],
        ),
    ],
)
def test_a_list_of_intervals_goes_to_the_figures_in_order(run, text, cis):
    assert [f[7] for f in run(text) if f[0] != "HR"] == cis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an error term is no figure
            "Median survival was 17.0 +/- 3.9 months (95% CI, 9.4-24.6), and median "
            "progression-free survival was 9.0 +/- 2.5 months.",
            [("OS", 17.0), ("gPFS", 9.0)],
        ),
        (
            "Overall survival was 86\u00b14% vs. 75\u00b15% at 2 years.",
            [("OS", 86.0), ("OS", 75.0)],
        ),
        (  # a list of timepoints that changes its unit: "1 year" is no median
            "Median overall survival was 18.9 months, and 85% of patients were alive at 6 months "
            "and 1 year.",
            [("OS", 18.9), ("OS", 85.0)],
        ),
        (  # the site of a figure told after it; leptomeningeal PFS; local control is none
            "Median PFS was 10.1 months when intracranial progression was counted and 9.7 months "
            "when intracranial or systemic progression was counted.",
            [("iPFS", 10.1), ("gPFS", 9.7)],
        ),
        ("Median LM-PFS was 3.8 months with liposomal cytarabine.", [("iPFS", 3.8)]),
        (  # local PFS (of irradiated lesions) is no endpoint of the vocabulary
            "Median local progression-free survival (LPFS) was 6.8 months. Median LPFS was 10.6 "
            "months with erlotinib.",
            [],
        ),
        (
            "Local control (LC) and overall survival (OS) were assessed. LC at 3 years was 72% and "
            "OS at 3 years was 20%.",
            [("OS", 20.0)],
        ),
        (
            "TKI use was associated with better survival (HR 0.60) and better local brain control "
            "(HR 0.34).",
            [("HR", 0.6)],
        ),
    ],
)
def test_twenty_first_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an updated analysis restates its own earlier result
            "As previously reported, median progression-free survival was 12.1 months versus "
            "9.7 months (HR 0.75).",
            [("HR", 0.75), ("gPFS", 12.1), ("gPFS", 9.7)],
        ),
        (  # hazard ratios of outcomes that are no endpoint
            "Median OS was 9.8 months. Hospitalization (HR 1.01, 95% CI 0.91-1.12) and ED visits "
            "(HR 1.02, 95% CI 0.90-1.16) did not differ.",
            [("OS", 9.8)],
        ),
        (
            "Median OS was not reached. Darolutamide delayed castration-resistant disease (hazard "
            "ratio, 0.36; 95% CI, 0.30 to 0.42).",
            [("OS", N)],
        ),
    ],
)
def test_twenty_second_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_rates_take_a_mixed_unit_list_of_timepoints_in_order(run):
    text = (
        "Median overall survival was 18.9 months, and 85% and 73% of patients were alive at 6 "
        "months and 1 year, respectively."
    )
    assert [(f[2], f[3]) for f in run(text)] == [(18.9, N), (85.0, 6.0), (73.0, 12.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a timepoint list before the endpoint, its rates after it
            "Median progression-free survival was 9 months, and the 1- and 2-year "
            "progression-free survival rates were 33.8% and 14.3%.",
            [("gPFS", 9.0, N), ("gPFS", 33.8, 12.0), ("gPFS", 14.3, 24.0)],
        ),
        (  # "the corresponding values" take the endpoints named before, in order
            "Patients with metastatic disease had a median OS of 9.4 months and a median PFS of "
            "4.5 months, while in the locally advanced subgroup the corresponding values were "
            "17.1 and 6.8 months.",
            [("OS", 9.4, N), ("gPFS", 4.5, N), ("OS", 17.1, N), ("gPFS", 6.8, N)],
        ),
        (  # "the matching PFS rates" take the timepoints of the OS rates before, in order
            "The pooled 12-month and 24-month OS rates were 29.1% (95% CI, 19.9-38.3%) and "
            "35.8%, respectively; the matching PFS rates were 46.4% and 67.0%.",
            [("OS", 29.1, 12.0), ("OS", 35.8, 24.0), ("gPFS", 46.4, 12.0), ("gPFS", 67.0, 24.0)],
        ),
        (  # ... and "the corresponding rates for PFS"
            "The 9-month and 12-month OS rates were 87% and 85%, and the corresponding rates for "
            "PFS were 70% and 61%.",
            [("OS", 87.0, 9.0), ("OS", 85.0, 12.0), ("gPFS", 70.0, 9.0), ("gPFS", 61.0, 12.0)],
        ),
    ],
)
def test_twenty_third_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # heterogeneity and the spread of study values are no rates
            "Study ORRs ranged from 6% to 43%; the pooled ORR was 29% (95% CI: 20%-38%; "
            "I\u00b2=84.5%).",
            [("ORR", 29.0)],
        ),
        ("The pooled DCR was 71% (95% CI: 56%-86%; I2 = 93.1%).", [("DCR", 71.0)]),
        (  # a range of percentages as a subgroup
            "3-y OS was 16.4% for TPS >=50% (n=27); it could not be estimated for TPS 1%-49%.",
            [("OS", 16.4)],
        ),
        (  # confirmed ORR; a threshold "under"
            "Intracranial cORR was 76.5% (95% CI, 50.1 to 93.2; 13 of 17).",
            [("iORR", 76.5)],
        ),
        ("Median overall survival (OS) is under 13 months on first-line therapy.", []),
        (  # a list of endpoints between "HRs" and their figures
            "The pooled HRs for OS, intracranial PFS and extracranial PFS were 0.52 [95% CI "
            "0.37-0.75; P = 0.0004], 0.36 [95% CI 0.24-0.53] and 0.71 [95% CI 0.52-0.97].",
            [("HR", 0.52), ("HR", 0.36), ("HR", 0.71)],
        ),
    ],
)
def test_twenty_fourth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_a_list_of_endpoints_names_its_ratios_in_order(run):
    text = "The HRs for PFS and OS were 0.62 (95% CI 0.5-0.8) and 0.75 (95% CI 0.6-0.9)."
    assert [f[6] for f in run(text)] == ["gPFS", "OS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a unit stated once in a row header; rows with their intervals
            "mOS, mo (95% CI): STRIDE 16.4 (14.2-19.6); durvalumab 16.6 (14.1-19.1); sorafenib "
            "13.8 (12.3-16.1); stratified hazard ratio 0.78 (95% CI 0.65-0.93).",
            [
                ("HR", 0.78, (0.65, 0.93)),
                ("OS", 16.4, (14.2, 19.6)),
                ("OS", 16.6, (14.1, 19.1)),
                ("OS", 13.8, (12.3, 16.1)),
            ],
        ),
        (  # rows compared with "v", and an unlabelled ratio whose interval runs "to"
            "Overall survival, median (months), A v B: all patients 16.7 v 12.5 (hazard ratio "
            "0.628, 95% confidence interval 0.508 to 0.777; P<0.001); CPS ≥10 17.2 v 13.6 "
            "(0.638, 0.480 to 0.848; P=0.002).",
            [
                ("HR", 0.628, (0.508, 0.777)),
                ("OS", 16.7, (N, N)),
                ("OS", 12.5, (N, N)),
                ("HR", 0.638, (0.48, 0.848)),
                ("OS", 17.2, (N, N)),
                ("OS", 13.6, (N, N)),
            ],
        ),
        (  # cohort numbers and cut-offs in a row are no figures
            "Median PFS, months: cohort 2 8.1, CPS >10 9.4, p = 0.03.",
            [("gPFS", 8.1, (N, N)), ("gPFS", 9.4, (N, N))],
        ),
    ],
)
def test_conference_rows_with_a_unit_in_the_header(run, text, expected):
    assert sorted((f[0], f[2], f[7]) for f in run(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a blocking term in an aside between commas belongs to the endpoint before it
            "The objective response rate, made up entirely of partial responses, was 12.2% with "
            "sorafenib and 0.5% with placebo.",
            [("ORR", 12.2), ("ORR", 0.5)],
        ),
        (  # "CR rate" inside a list consumes its value and keeps the list together
            "The ORR, CR rate and DCR were 45%, 12% and 80%, respectively.",
            [("ORR", 45.0), ("DCR", 80.0)],
        ),
        (  # the best overall response rate of the brain
            "The intracranial BORR was 18% in cohort 1 and 20% in cohort 2.",
            [("iORR", 18.0), ("iORR", 20.0)],
        ),
        (  # a cohort's number before "and 4.0 months" is no time of the list
            "Median PFS was 3.7 months in cohort 1 and 4.0 months in cohort 2.",
            [("gPFS", 3.7), ("gPFS", 4.0)],
        ),
    ],
)
def test_twenty_sixth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_lancet_pairs_compared_in_brackets_keep_the_unit_before_them(run):
    text = (
        "Pembrolizumab improved overall survival in the CPS ≥20 population (median 14·9 months "
        "vs 10·7 months; HR 0·61 [95% CI 0·45–0·83], p=0·0007) and the CPS ≥1 population "
        "(12·3 vs 10·3; 0·78 [0·64–0·96], p=0·0086)."
    )
    assert sorted((f[0], f[2], f[7]) for f in run(text)) == [
        ("HR", 0.61, (0.45, 0.83)), ("HR", 0.78, (0.64, 0.96)), ("OS", 10.3, (N, N)),
        ("OS", 10.7, (N, N)), ("OS", 12.3, (N, N)), ("OS", 14.9, (N, N)),
    ]  # fmt: skip


def test_it_was_longer_refers_to_the_endpoint_before(run):
    text = (
        "Median rwPFS was 21.7 months. It was numerically longer with concurrent than with "
        "sequential CRT (median, 23.7 versus 19.3 mo)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("gPFS", 21.7), ("gPFS", 23.7), ("gPFS", 19.3)]


@pytest.mark.parametrize(
    "text",
    [
        "Neither the median duration of response nor the median progression-free survival had "
        "been reached.",
        "At 30 months, neither median progression-free survival nor median duration of response "
        "had been reached.",
    ],
)
def test_neither_median_nor_the_other_was_reached(run, text):
    assert sorted((f[0], f[4]) for f in run(text)) == [("DoR", True), ("gPFS", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a mean survival is no median; the endpoint still names the hazard ratio
            "Restricted mean PFS over 24 months favoured N+C (7.8 vs 5.5 months; hazard ratio "
            "0.66; 95% CI 0.41-1.05).",
            [("HR", 0.66, N)],
        ),
        (
            "Median survival was not reached; mean survival was 74.6 months (95% CI 60.5-88.7) "
            "with CROSS and 100.8 months (95% CI 72.5-94.5) with FLOT (p = 0.028).",
            [("OS", N, N)],
        ),
        (  # the stable-disease rate of a list does not fall to the ORR before it
            "The pooled ORR was 15.4% (95% CI 13-18%) and the pooled SD rate 36.9% (95% CI "
            "33.5-40.6%).",
            [("ORR", 15.4, N)],
        ),
        (  # an objective immune-related response is an objective response
            "An objective immune-related response was seen in 13% of evaluable patients, and the "
            "immune-related disease control rate was 34%.",
            [("ORR", 13.0, N), ("DCR", 34.0, N)],
        ),
        (  # absolute gains at timepoints are differences of two rates
            "The effect of CT on OS was confined to concomitant CT (HR 0.83, 95% CI 0.79-0.86), "
            "with absolute gains of 6.5% at 5 years and 3.6% at 10 years.",
            [("HR", 0.83, N)],
        ),
        (
            "For overall survival the HR of 0.89 (95% CI 0.76 to 1.03) was not significant, "
            "although it may represent an absolute benefit of 4% (95% CI 1 to 9) at 10 years.",
            [("HR", 0.89, N)],
        ),
        (  # a timepoint right before a bracketed figure is its own ("at 6 months (46.5%)")
            "The IC response rate was 43.8% at 3 months and responses were sustained at 6 months "
            "(46.5%) and 12 months (53.1%).",
            [("iORR", 43.8, 3.0), ("iORR", 46.5, 6.0), ("iORR", 53.1, 12.0)],
        ),
    ],
)
def test_twenty_seventh_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


def test_the_romance_order_ic_95_percent_labels_an_interval(run):
    text = (
        "The overall response rate was 15% (IC 95% [10.6-20.2]); median PFS 4.1 months "
        "(IC95%: 3.2-4.8)."
    )
    assert [(f[0], f[2], f[7]) for f in run(text)] == [
        ("ORR", 15.0, (10.6, 20.2)),
        ("gPFS", 4.1, (3.2, 4.8)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an endpoint abbreviated as a blocking term is that term
            "The median PFS on the subsequent line (PFS2) was not reached with D-Rd compared "
            "with 31.7 months with Rd.",
            [],
        ),
        (  # a difference of medians with the endpoint between value and "advantage"
            "The 6.3-month OS advantage with everolimus was not statistically significant.",
            [],
        ),
        (  # a share tied by its verb to an endpoint that cannot carry it is no earlier figure
            "Of 21 patients retreated, 11 (52.4%) had an objective response and 15 (71.4%) were "
            "alive at the data cutoff.",
            [("ORR", 52.4)],
        ),
        (  # a count in words, then its share, then the verb and the endpoint
            "Nine (15%) of 62 patients had an objective response, including one complete response.",
            [("ORR", 15.0)],
        ),
        (
            "Nine patients (13.0%) had an objective response, three of them complete.",
            [("ORR", 13.0)],
        ),
        (  # the fraction holds its endpoint
            "In the treatment-naive group, 19 of 27 patients responded (70%; 95% CI 50-86).",
            [("ORR", 70.0)],
        ),
        (  # alive without recurrence is no survival of ours; a range's end is no timepoint
            "At a median follow-up of 34 months (range, 14 to 59 months), nine patients (30.0%) "
            "were alive without recurrence.",
            [],
        ),
        (  # one figure for both groups: a finding for each, "not reached" too
            "The median overall survival was not reached in either group.",
            [("OS", N), ("OS", N)],
        ),
        (
            "Median progression-free survival was 14.0 months in both the combination and the "
            "nivolumab groups.",
            [("gPFS", 14.0), ("gPFS", 14.0)],
        ),
        (  # "both arms had a median PFS of ...": one finding per arm
            "The noninferiority margin was met, and both arms had a median PFS of 38.4 months.",
            [("gPFS", 38.4), ("gPFS", 38.4)],
        ),
        (  # "in both groups" before the interval
            "Median progression-free survival was 7.1 months in both groups (95% CI 6.9-8.1 vs "
            "6.8-7.7; hazard ratio 0.80, 0.65-0.99).",
            [("HR", 0.8), ("gPFS", 7.1), ("gPFS", 7.1)],
        ),
        (  # a median "after" a line of treatment is no timepoint
            "Median PFS was 11.5 months overall, 10.5 months after first-line treatment and 8.9 "
            "months after second-line treatment.",
            [("gPFS", 11.5), ("gPFS", 10.5), ("gPFS", 8.9)],
        ),
        (  # events the study counts "were reported": no other study
            "Fourteen deaths were reported, and median OS was 32.8 months (95% CI, 19.2 months "
            "to NR).",
            [("OS", 32.8)],
        ),
        (
            "In earlier series, response rates of 20% were reported with docetaxel.",
            [],
        ),
    ],
)
def test_what_a_value_is_tied_to(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "for mortality" names OS; "S-1" is a drug's name, not the ratio
            "The hazard ratio for mortality of the S-1 group compared with the gemcitabine group "
            "was 0.57 (95% CI 0.44-0.72).",
            [("OS", 0.57)],
        ),
        (  # deaths counted before the ratio
            "There were 102 deaths in the enzalutamide group and 143 in the standard-care group "
            "(hazard ratio, 0.67; 95% CI, 0.52 to 0.86; P=0.002).",
            [("OS", 0.67)],
        ),
        (  # the endpoint right after the ratio, its interval after the endpoint
            "The hazard ratio was 0.58 for PFS (95% CI, 0.46-0.74; p < 0.0001) and 0.58 for OS "
            "(95% CI, 0.43-0.78; p = 0.0004).",
            [("gPFS", 0.58), ("OS", 0.58)],
        ),
        (  # "and of 0.627": a further ratio of the same endpoint
            "The intracranial PFS HR was 0.467 (95% CI, 0.352-0.619) by BICR using modified "
            "RECIST 1.1 and of 0.627 (95% CI, 0.466-0.844) by investigators.",
            [("iPFS", 0.467), ("iPFS", 0.627)],
        ),
        (  # "showed that" in the results is the study's own finding
            "Findings Analysis of 15 randomised controlled trials showed that preoperative "
            "chemotherapy improved survival (hazard ratio [HR] 0.87, 95% CI 0.78-0.96).",
            [("OS", 0.87)],
        ),
        (  # the nearest outcome word names the ratio; "progression or death" is progression
            "In high-risk patients the risks of progression (HR=0.54, 95% CI: 0.34-0.84) and of "
            "death (HR=0.73) were lower with VMP.",
            [("gPFS", 0.54), ("OS", 0.73)],
        ),
        ("Treatment reduced the risk of progression or death (HR 0.52).", [("gPFS", 0.52)]),
        (  # ratios with no endpoint of their own take the listed endpoints, respectively
            "Overall survival and progression-free survival were longer with A (HR 0.70 and "
            "0.60, respectively).",
            [("OS", 0.7), ("gPFS", 0.6)],
        ),
        (  # one block of ratios per subgroup, each in the listed order
            "ICIs prolonged OS and PFS both in patients with BMs (HR 0.65, 95% CI 0.51-0.82 and "
            "HR 0.60, 95% CI 0.45-0.79, respectively) and in those without BMs (HR 0.74, 95% CI "
            "0.70-0.78 and HR 0.70, 95% CI 0.57-0.86).",
            [("OS", 0.65), ("gPFS", 0.6), ("OS", 0.74), ("gPFS", 0.7)],
        ),
        (  # two ratios compared with "vs."
            "In patients with BMs, the OS benefit was greater with combination therapy than with "
            "monotherapy (HR 0.49 vs. 0.81, P for interaction = 0.005).",
            [("OS", 0.49), ("OS", 0.81)],
        ),
        (  # rows of medians, each with its unlabelled ratio after a comma
            "Overall survival was as follows (median, HR [95% CI]): ESCC, 12.6 vs 9.8 months, 0.72 "
            "(0.60-0.88); all randomised patients, 12.4 vs 9.8 months, 0.73 (0.62-0.86).",
            [("OS", 0.72), ("OS", 0.73)],
        ),
        (  # "it was" after a ratio of the sentence gives another ratio ...
            "In patients with active BMs the CNS-PFS HR was 0.36 (95% CI, 0.22 to 0.57), and in "
            "those with stable BMs it was 0.31 (95% CI, 0.14 to 0.67).",
            [("iPFS", 0.36), ("iPFS", 0.31)],
        ),
        (  # ... but not medians compared
            "Median OS was 8.2 versus 7.1 months (HR, 0.78 [95% CI, 0.63 to 0.96]), and in all "
            "patients it was 7.1 versus 7.0 months.",
            [("OS", 0.78)],
        ),
        (  # a later row of bare ratios takes the endpoints of the two ratios before it
            "With bev: PFS HR 0.61 (95% CI 0.47-0.79), OS HR 0.63 (0.47-0.87); without bev: 0.74 "
            "(0.54-1.01) and 0.70 (0.53-1.04).",
            [("gPFS", 0.61), ("OS", 0.63), ("gPFS", 0.74), ("OS", 0.7)],
        ),
        (  # a bound on ratios is no ratio
            "The PFS gain was larger with a BRCA mutation (interaction P < 0.01; within-trial "
            "interaction HRs below 1).",
            [],
        ),
        (  # a "time to" outcome no pattern names has no ratio of an endpoint
            "Median time to biochemical, symptomatic or radiographic progression was 20.2 months "
            "with A and 11.7 months with B (hazard ratio, 0.61; 95% CI, 0.51 to 0.72).",
            [],
        ),
        (  # ratios and bounds without their leading zero; a p-value stays none
            "PD-1 inhibitors reduced the hazard of death (pooled HR for OS, .75; 95% CI, .61 to "
            ".92; P = .004) and of progression (HR for PFS .74 [95% CI .56-.97]).",
            [("OS", 0.75), ("gPFS", 0.74)],
        ),
    ],
)
def test_hazard_ratio_endpoints(run, text, expected):
    assert [(f[6], f[2]) for f in run(text) if f[0] == "HR"] == expected


def test_a_ratio_without_its_leading_zero_keeps_its_interval(run):
    assert [f[7] for f in run("OS favoured drug A (HR .72, 95% CI .60-.86).")] == [(0.6, 0.86)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a second row "compared with ..., respectively" takes the first row's endpoints
            "In the Child-Pugh B group the objective response rate was 11.1% and the disease "
            "control rate 58.3%, compared with 34.6% and 76.7%, respectively, in the Child-Pugh A "
            "group.",
            [("ORR", 11.1), ("DCR", 58.3), ("ORR", 34.6), ("DCR", 76.7)],
        ),
        (  # a p-value for interaction is no hazard ratio
            "The pooled HRs did not differ between the two populations for OS (P for interaction "
            "= 0.29) or PFS (P for interaction = 0.37).",
            [],
        ),
        (  # a drug's number shares no "%" with the figure after it
            "At 12 months, 19% of men assigned to [177Lu]Lu-PSMA-617 and 3% of those assigned to "
            "cabazitaxel were alive without progression.",
            [("gPFS", 19.0), ("gPFS", 3.0)],
        ),
        (  # "progression or death" far before the ratio still names PFS
            "RESULTS At a median follow-up of 47.5 months, the risk of disease progression or "
            "death was significantly lower in the D-VRd group than in the VRd group (hazard ratio, "
            "0.42; 95% CI, 0.30 to 0.59; P<0.001).",
            [("HR", 0.42)],
        ),
    ],
)
def test_twenty_ninth_split_shapes(run, text, expected):
    found = run(text)
    assert [(f[0], f[2]) for f in found] == expected
    assert all(f[6] in (None, "gPFS") for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # each row of rates takes the timepoint glued to its own endpoint
            "6-mo PFS 59% vs 30%, 12-mo PFS 28% vs 12%; ORR 44% vs 25%.",
            [
                ("gPFS", 59.0, 6.0),
                ("gPFS", 30.0, 6.0),
                ("gPFS", 28.0, 12.0),
                ("gPFS", 12.0, 12.0),
                ("ORR", 44.0, N),
                ("ORR", 25.0, N),
            ],
        ),
        (  # a list of endpoints each with its timepoint
            "The 1-year intracranial progression-free survival rate and the 1-year overall "
            "survival rate of the combined group were 80.00% and 76.67%, respectively.",
            [("iPFS", 80.0, 12.0), ("OS", 76.67, 12.0)],
        ),
        (  # "LM" endpoints are intracranial where the abstract defines LM as leptomeningeal
            "Background: Osimertinib was studied in leptomeningeal metastases (LM). Results: The "
            "LM objective response rate was 62%, and median LM progression-free survival was 8.6 "
            "months.",
            [("iORR", 62.0, N), ("iPFS", 8.6, N)],
        ),
        ("Results: The LM objective response rate was 62%.", [("ORR", 62.0, N)]),
        (  # leptomeningeal endpoints are intracranial
            "The leptomeningeal objective response rate was 62% (95% CI, 45% to 78%), and the "
            "median leptomeningeal duration of response was 15.2 months.",
            [("iORR", 62.0, N), ("iDoR", 15.2, N)],
        ),
    ],
)
def test_thirtieth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rates listed before the endpoint, timepoints listed after it
            "Median PFS was 5.9 months, and 70% and 49% of patients were free from progression "
            "at 3 and 6 months after starting treatment, respectively.",
            [("gPFS", 5.9, N), ("gPFS", 70.0, 3.0), ("gPFS", 49.0, 6.0)],
        ),
        (  # "progression free" without its hyphen; a share of patients in an arm
            "The primary endpoint was met: 35.9% of pts in the sunitinib arm were progression "
            "free at 12 months vs 18.9% with placebo.",
            [("gPFS", 35.9, 12.0), ("gPFS", 18.9, 12.0)],
        ),
        (  # shares of responders whose response lasted beyond a time
            "Among responders, 67% had responses lasting longer than 12 months and 58% longer "
            "than 24 months.",
            [("DoR", 67.0, 12.0), ("DoR", 58.0, 24.0)],
        ),
        (  # a sentence-opening timepoint holds for the shares of responses and of patients
            "One year after the start of treatment, 71% of the responses were ongoing and 55% of "
            "the patients remained free of progression.",
            [("DoR", 71.0, 12.0), ("gPFS", 55.0, 12.0)],
        ),
        (  # rates of continuing response are DoR rates
            "The estimated rates of continuing response were 82.8% at 1 year and 72.4% at 2 years.",
            [("DoR", 82.8, 12.0), ("DoR", 72.4, 24.0)],
        ),
        (  # a list of shares of responses maintained, each with its own timepoint
            "The ORR was 40%; 83% of responses were maintained at 6 months and 74% at 12 months.",
            [("ORR", 40.0, N), ("DoR", 83.0, 6.0), ("DoR", 74.0, 12.0)],
        ),
        (  # an opening timepoint scopes each rate of the sentence
            "Two years after infusion, the probability of progression-free survival was 43.5% "
            "(95% CI 34.4-52.8) and the probability of overall survival 63.8% (95% CI "
            "54.4-72.6).",
            [("gPFS", 43.5, 24.0), ("OS", 63.8, 24.0)],
        ),
        (  # "was reported in 35.7%" is the study's own; progression in 5.4% is no response
            "A complete or partial intracranial response was reported in 35.7% and progression "
            "in 5.4%.",
            [("iORR", 35.7, N)],
        ),
        (  # "lasting 18 months or longer"
            "Median duration of response was not reached, and 61% of responders had responses "
            "lasting 18 months or longer.",
            [("DoR", N, N), ("DoR", 61.0, 18.0)],
        ),
        (  # "the median was" refers to the endpoint of the sentence before
            "Median PFS was 4.1 months. PFS varied by subtype. In liposarcomas the median was 6.8 "
            "months, with 11.3 months for myxoid liposarcoma.",
            [("gPFS", 4.1, N), ("gPFS", 6.8, N), ("gPFS", 11.3, N)],
        ),
        (  # medians after "the benefit" refer to the endpoint of the sentence before
            "Median overall survival was 14.0 months. An updated analysis confirmed the benefit "
            "(median, 14.9 months vs. 11.3 months; hazard ratio, 0.70).",
            [("OS", 14.0, N), ("HR", 0.7, N), ("OS", 14.9, N), ("OS", 11.3, N)],
        ),
        (  # "at a median of 9.9 months after stopping" dates an event
            "The ORR was 40%. At a median of 9.9 months (range, 1.4 to 22.5 months) after "
            "stopping venetoclax, most patients remained free of progression.",
            [("ORR", 40.0, N)],
        ),
        (  # "at a median of" a median compared is a result, not the time of an event
            "Progression-free survival was longer with the combination, at a median of 7.4 months "
            "(95% CI 6.6-8.3) compared with 4.6 months (2.9-5.6).",
            [("gPFS", 7.4, N), ("gPFS", 4.6, N)],
        ),
        (  # "at 50.9 months compared with 38.8 months": medians compared, not a timepoint
            "Median OS was longer with GCP, at 50.9 months compared with 38.8 months with "
            "gefitinib alone.",
            [("OS", 50.9, N), ("OS", 38.8, N)],
        ),
        (  # a second row "than those of ...:" takes the first row's timepoints
            "Survival probabilities were 86.4% at 1 year, 75.0% at 2 years and 68.2% at 3 years, "
            "higher than those of other patients: 75.1%, 62.1% and 47.3%.",
            [("OS", 86.4, 12), ("OS", 75.0, 24), ("OS", 68.2, 36)]
            + [("OS", 75.1, 12), ("OS", 62.1, 24), ("OS", 47.3, 36)],
        ),
        (  # blocks of three rates, each block before its timepoint
            "Survival rates were 43.6%, 45.6% and 25.3% at 12 months and 21.6%, 23.5% and 13.7% "
            "at 24 months.",
            [("OS", 43.6, 12), ("OS", 45.6, 12), ("OS", 25.3, 12)]
            + [("OS", 21.6, 24), ("OS", 23.5, 24), ("OS", 13.7, 24)],
        ),
    ],
)
def test_rates_at_timepoints(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # parts of a response rate after it are no rates
            "The overall response rate (ORR) was 85%, comprising 63% PR, 14% PR with "
            "lymphocytosis and 8% CR.",
            [("ORR", 85.0)],
        ),
        (  # a blocking term glossed inside the bracket of the figure
            "The objective response rate was 11% (2/18, both partial responses) by RECIST and 39% "
            "(7/18, all partial responses) by Choi criteria.",
            [("ORR", 11.0), ("ORR", 39.0)],
        ),
        (  # a list shares its percent sign across commas
            "The objective response rates were 51.6, 12.5 and 17.3%, respectively.",
            [("ORR", 51.6), ("ORR", 12.5), ("ORR", 17.3)],
        ),
        (  # but a timepoint's number does not join the list after it
            "OS estimates were 42% versus 38% at month 24, and 27% versus 21% at month 36.",
            [("OS", 42.0), ("OS", 38.0), ("OS", 27.0), ("OS", 21.0)],
        ),
        (
            "After a median follow-up of 20 months, the proportion of patients with a response "
            "was 22.5% (95% CI 10.8-38.5).",
            [("ORR", 22.5)],
        ),
        (  # an aside later in the clause belongs to the endpoint before it
            "An objective response at both sites, in every case a partial response, was seen in "
            "10 of 24 evaluable patients (42%; 95% CI, 22.1-63.4).",
            [("ORR", 42.0)],
        ),
        (  # "of patients given cabozantinib" names a population
            "Objective responses occurred in 5% of patients given cabozantinib and 19% of those "
            "given placebo.",
            [("ORR", 5.0), ("ORR", 19.0)],
        ),
        (  # compared with published data, the figure is still the study's own
            "The response rate in group A was 38%, in line with previously published data.",
            [("ORR", 38.0)],
        ),
        (  # the count, its share, the cohort, then the verb and the endpoint
            "38 (35.5%; 95% CI 26.5-45.4) of the 107 patients in the FGFR2 cohort had an objective "
            "response, three of them complete.",
            [("ORR", 35.5)],
        ),
        (  # a PSA response is none; a tumour response is one, a partial one is none
            "A prostate-specific antigen response was seen in 35.7% versus 13.5% of patients, and "
            "a tumor response in 36.5% versus 11.5% of those with measurable disease.",
            [("ORR", 36.5), ("ORR", 11.5)],
        ),
        ("A partial tumour response was seen in 19 patients (33.3%).", []),
        (  # "a response was achieved/recorded by n of N": a response rate
            "A response was achieved by 71 of the 125 patients (57%), including complete "
            "responses in 6%.",
            [("ORR", 57.0)],
        ),
        (  # "a complete or partial response was achieved/recorded": the response rate per arm
            "A complete or partial response was achieved by 68% of patients who received the "
            "combination and 45% of those who received vemurafenib alone, with complete "
            "responses in 10% and 4%.",
            [("ORR", 68.0), ("ORR", 45.0)],
        ),
        (  # pain and PSA responses "were seen" are no response rates
            "PSA levels fell by at least 50% in 32% and 45% of men, pain responses were seen in "
            "22% and 35%, and objective tumor responses were seen in 7% and 12%.",
            [("ORR", 7.0), ("ORR", 12.0)],
        ),
        (  # shares compared by group before the blocked outcome they share
            "The overall response rate was 71%, and a further 20% of patients in the 420-mg "
            "cohort and 15% in the 840-mg cohort had a partial response with lymphocytosis.",
            [("ORR", 71.0)],
        ),
        (  # "disease was controlled in": a disease control rate; CA-125 responses are none
            "The objective response rate was 24% versus 10%, CA-125 responses were seen in 53% "
            "versus 25%, and disease was controlled in 36.8% of patients.",
            [("ORR", 24.0), ("ORR", 10.0), ("DCR", 36.8)],
        ),
        (  # median response durations (individual ones are none)
            "Objective responses occurred in 26% versus 33%, with median response durations of "
            "12.1 and 5.7 months. Individual response durations were 2.9 and 7.3 months.",
            [("ORR", 26.0), ("ORR", 33.0), ("DoR", 12.1), ("DoR", 5.7)],
        ),
        (  # shares of responders to named arms still in response at a timepoint
            "The ORR was 30%. 49.3% and 48.1% of responders to durvalumab and durvalumab plus "
            "tremelimumab were still in response at 12 months.",
            [("ORR", 30.0), ("DoR", 49.3), ("DoR", 48.1)],
        ),
        (  # "responses were recorded in": a response rate; PSA responses recorded are none
            "Responses were recorded in 14 of 18 patients with G719X (77.8%); PSA responses were "
            "recorded in 39.2% of men.",
            [("ORR", 77.8)],
        ),
        (  # a durable response rate (and its abbreviation) is no ORR; a complete response is none
            "The primary end point was durable response rate (DRR). DRR was higher with T-VEC "
            "(16.3%; 95% CI, 12.1% to 20.5%) than with GM-CSF (2.1%). The overall response rate "
            "was 26.4% v 5.7%, and 10.8% of patients given T-VEC had a complete response.",
            [("ORR", 26.4), ("ORR", 5.7)],
        ),
        (  # responses "lasted a median of" / "had a median duration of": their duration
            "The ORR was 12.7% with A and 1.3% with placebo, and responses to A lasted a median "
            "of 23.9 months.",
            [("ORR", 12.7), ("ORR", 1.3), ("DoR", 23.9)],
        ),
        (
            "Responses were seen after a median of 1.8 months (range, 1.6 to 5.6) and had a "
            "median duration of 9.7 months (95% CI, 7.1 to 11.1).",
            [("DoR", 9.7)],
        ),
        ("Intracranial responses in 12 patients lasted a median of 8.2 months.", [("iDoR", 8.2)]),
    ],
)
def test_response_rate_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_the_arm_after_a_median_and_its_unit_is_its_group(run):
    text = "Median PFS was 12 months with everolimus (4.1-19.9) and 13 months with sunitinib."
    assert [f[5] for f in run(text)] == ["everolimus", "sunitinib"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an endpoint with its figure before it heads no list
            "Overall, 56% responded, and median PFS and OS were 5.8 and 12.0 months, respectively.",
            [("ORR", 56.0, N), ("gPFS", 5.8, N), ("OS", 12.0, N)],
        ),
        (
            "Across the registry, 19% of patients achieved a response, and median PFS and OS were "
            "2.8 and 13.3 months, respectively.",
            [("ORR", 19.0, N), ("gPFS", 2.8, N), ("OS", 13.3, N)],
        ),
        (  # one "not reached" ends its clause: it holds for every endpoint of the list
            "Median progression-free survival (PFS) and overall survival (OS) had not been "
            "reached, and responses persisted beyond 12 months in 38% of patients.",
            [("gPFS", N, N), ("OS", N, N)],
        ),
        (  # the count in brackets between a share and its verb
            "In the NSCLC subgroup, 32.2% (19 patients) had a confirmed objective response and "
            "88.1% had disease control.",
            [("ORR", 32.2, N), ("DCR", 88.1, N)],
        ),
        (  # "With crizotinib it was ...": the endpoint of the sentence before
            "Median PFS was 25.9 months with alectinib. With crizotinib it was 10.2 months.",
            [("gPFS", 25.9, N), ("gPFS", 10.2, N)],
        ),
        (
            "After diagnosis, patients survived a median of 7 months (95% CI 6-10).",
            [("OS", 7.0, N)],
        ),
        ("Patients treated with WBRT lived for a median of 19.0 months.", [("OS", 19.0, N)]),
        (
            "The three strata had median survivals of 2.4, 5.5 and 12.5 months.",
            [("OS", 2.4, N), ("OS", 5.5, N), ("OS", 12.5, N)],
        ),
        (  # other kinds of event-free time are none of ours
            "Cognitive-deterioration-free survival was longer with SRS (median 3.7 months vs 3.0 "
            "months; hazard ratio [HR] 0.47).",
            [],
        ),
        (
            "Radiographic PFS favoured enzalutamide (8.3 vs. 2.9 months), and so did the time to "
            "the first skeletal-related event (16.7 vs. 13.3 months).",
            [("gPFS", 8.3, N), ("gPFS", 2.9, N)],
        ),
        (  # a list of timepoints before a list of endpoints: one block of rates per endpoint
            "One- and two-year overall survival (OS) and intracranial progression-free survival "
            "rates were 57% and 36%, and 30% and 17%, respectively.",
            [("OS", 57.0, 12.0), ("OS", 36.0, 24.0), ("iPFS", 30.0, 12.0), ("iPFS", 17.0, 24.0)],
        ),
    ],
)
def test_thirty_second_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the later changes of a "decreased by" list are no rates either
            "No intracranial response was seen, although target lesions decreased in volume by "
            "22.7% in NSCLC and 18.8% in melanoma.",
            [],
        ),
        (  # another time-to-event acronym blocks the median after it
            "Their median TTF was 9.0 months and median OS 16.4 months, compared with a median "
            "TTF of 1.1 months and a median OS of 2.8 months in patients without nephrectomy.",
            [("OS", 16.4, N), ("OS", 2.8, "without nephrectomy")],
        ),
        (  # a group label keeps "without" whole and drops an unclosed aside
            "Among the 208 patients without visceral disease (95 fulvestrant, 113 anastrozole), "
            "median OS was 65.2 months.",
            [("OS", 65.2, "without visceral disease")],
        ),
    ],
)
def test_blocks_and_group_labels(run, text, expected):
    assert [(f[0], f[2], f[5]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "from ... in period 1 to ...": a change between figures, not a range
            "For patients aged 60 years or less, median OS increased from 70.6 months in period 1 "
            "to 87.7 months in period 2 (p = 0.22).",
            [("OS", 70.6, N), ("OS", 87.7, N)],
        ),
        (  # "at 9.9 months (95% CI ...)": a figure with its interval, not a timepoint
            "Overall survival also favored pCSI, at 9.9 months (95% CI, 7.5 months to not reached) "
            "against 6.0 months (95% CI, 3.9 months to not reached).",
            [("OS", 9.9, N), ("OS", 6.0, N)],
        ),
        (  # timepoints and rates joined by slashes
            "The OS rate at 6/48 months was 100%/63% in NAVIGATOR and 56%/17% in Study 1002.",
            [("OS", 100.0, 6.0), ("OS", 63.0, 48.0), ("OS", 56.0, 6.0), ("OS", 17.0, 48.0)],
        ),
    ],
)
def test_changes_intervals_and_slashes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a range of rates is no result
            "Although first-line treatment achieves 5-year survival rates of 60% to 70%, up to "
            "half of patients relapse.",
            [],
        ),
        (  # ... a change from one rate to another is two
            "The 1-year OS rate improved from 45% to 60% over the decade.",
            [("OS", 45.0, 12.0), ("OS", 60.0, 12.0)],
        ),
        (  # a hyphenated unit belongs to its own number, not to the ratio before it
            "The stratified hazard ratio for PFS was 0.92 (95% CI 0.76-1.11) and 3-year PFS was "
            "70% versus 67%.",
            [("HR", 0.92, N), ("gPFS", 70.0, 36.0), ("gPFS", 67.0, 36.0)],
        ),
        (  # ratios listed per threshold of a biomarker
            "The hazard ratio for death was 0.61 (95% CI, 0.38 to 0.98) with a score below 1%, "
            "0.57 (95% CI, 0.36 to 0.90) with a score of 1 to 49%, and 0.64 (95% CI, 0.37 to "
            "1.10) with a score of 50% or greater.",
            [("HR", 0.61, N), ("HR", 0.57, N), ("HR", 0.64, N)],
        ),
        (  # "it was" after a median of the clause before; duration of objective response
            "The median duration of objective response was 12.6 months, and for the patients in "
            "complete remission it was 13.2 months.",
            [("DoR", 12.6, N), ("DoR", 13.2, N)],
        ),
        (
            "Median PFS had not been reached in either ibrutinib-containing group.",
            [("gPFS", N, N), ("gPFS", N, N)],
        ),
        (  # a clinical benefit response rate is a CBR
            "The overall response rate was 23.7% and the clinical benefit response rate was 37.0%.",
            [("ORR", 23.7, N), ("CBR", 37.0, N)],
        ),
    ],
)
def test_thirty_fourth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a header with the unit and the ratio's label: the rows give medians, then ratios
            "PFS by line of therapy (pazopanib v placebo; median, months; hazard ratio [HR], 95% "
            "CI): overall population, 9.2 v 4.2, HR 0.46 (0.34 to 0.62); treatment-naive "
            "subpopulation, 11.1 v 2.8, HR 0.40 (0.27 to 0.60).",
            [
                ("HR", 0.46),
                ("HR", 0.4),
                ("gPFS", 9.2),
                ("gPFS", 4.2),
                ("gPFS", 11.1),
                ("gPFS", 2.8),
            ],
        ),
        (  # time a treatment added is a difference
            "In absolute terms, chemotherapy added 1.5 months of PFS and 1.6 months of life by "
            "RMST.",
            [],
        ),
    ],
)
def test_thirty_third_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of ratios, each item labelled before a colon
            "PFS was longer with PARPis in every subgroup (subgroup: HR (95% CI), P) - BRCA "
            "wild-type: 0.53 (0.42-0.68), P < 0.00001; BRCA mutation: 0.30 (0.26-0.34), P < "
            "0.00001; BRCA2 mutation: 0.23 (0.10-0.57), P = 0.001.",
            [("HR", 0.53), ("HR", 0.3), ("HR", 0.23)],
        ),
        (  # "estimated at 19.9 months", "median PFS at 7.9 months": figures, not timepoints
            "Results: Median OS was estimated at 19.9 months and median PFS at 7.9 months.",
            [("OS", 19.9), ("gPFS", 7.9)],
        ),
        (  # "and median overall survival from 7.8 to 10.0 months": a change, not a range
            "The 1-year overall survival rate rose from 25.0% to 41.9%, and median overall "
            "survival from 7.8 to 10.0 months.",
            [("OS", 25.0), ("OS", 41.9), ("OS", 7.8), ("OS", 10.0)],
        ),
        (  # the time to best response is no survival
            "Blastoid vs non-blastoid: ORR 55% vs 72%, time to best response 2.2 vs 2.1 mo.",
            [("ORR", 55.0), ("ORR", 72.0)],
        ),
    ],
)
def test_lists_estimates_and_changes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a fraction whose printed share follows later in the clause: one figure, the share
            "92 of 144 patients had an overall response by independent review committee (64%, 95% "
            "CI 56-71).",
            [("ORR", 64.0, (56.0, 71.0))],
        ),
    ],
)
def test_the_printed_share_of_a_fraction(run, text, expected):
    assert [(f[0], f[2], f[7]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a row header with the unit and words before its colon
            "Median PFS (months) by subgroup: EGFR 2.1, KRAS 3.2, ALK 2.5.",
            [("gPFS", 2.1), ("gPFS", 3.2), ("gPFS", 2.5)],
        ),
        (  # "overall response (OR)" defines OR as written, in capitals
            "The pooled overall response (OR) and complete response (CR) rates were 57.9% and "
            "35.0%. With ibrutinib monotherapy the pooled OR and CR were 41.6% and 15.2%.",
            [("ORR", 57.9), ("ORR", 41.6)],
        ),
        ("The odds ratio (OR) for response was 2.1, and OR was higher in women.", []),
    ],
)
def test_row_headers_and_defined_or(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the follow-up of survival is no survival figure
            "Survival follow-up was short (median 20.1 months); the time by which 25% of patients "
            "had died was 25.5 months.",
            [],
        ),
        (  # an age in years is no survival time
            "Ibrutinib-rituximab gave longer progression-free and overall survival than "
            "chemoimmunotherapy in patients 70 years of age or younger. Median overall survival "
            "was 5.2 years in patients aged 65 years and older.",
            [("OS", 5.2)],
        ),
        (  # a whole number of days before a noun qualifies it; a median put first is kept
            "Patients on the 5-day schedule had a median OS of 6.2 months, and a 10-day "
            "decitabine schedule was associated with longer OS. A 5.49-month mPFS was observed.",
            [("OS", 6.2), ("gPFS", 5.49)],
        ),
        (  # the ratio of an outcome left unnamed belongs to no endpoint of the sentence before
            "Their median OS was 10 months and their median PFS 4 months. A poorer performance "
            "status was associated with worse outcome (hazard ratio: 1.4 [95% CI: 1.0-2.0]).",
            [("OS", 10.0), ("gPFS", 4.0)],
        ),
        (  # shares of responses that lasted a time are duration-of-response rates
            "Median duration of response was 30.1 months (95% CI, 18.1 months to not reached); "
            "67% of responses lasted 12 months or more and 52% lasted 24 months or more.",
            [("DoR", 30.1), ("DoR", 67.0), ("DoR", 52.0)],
        ),
        (  # a blocked term after "PFS was associated with" is the factor, not the outcome
            "Shorter PFS was associated with stable disease as best response (HR 2.12, CI "
            "1.20-3.74; p = 0.009) and with rechallenge (HR 3.44, CI 1.88-6.29).",
            [("HR", 2.12), ("HR", 3.44)],
        ),
        (  # "HRadj" is an adjusted hazard ratio
            "Left-sidedness was associated with better OS (HRadj = 0.59, 95% CI = 0.53 to 0.66).",
            [("HR", 0.59)],
        ),
        (  # a timepoint list's rates end at "respectively"
            "Overall survival at 6, 12 and 18 months was 75.9%, 44.0% and 30.6%, respectively, "
            "and 72.6% of patients had progression or relapse during the study period.",
            [("OS", 75.9), ("OS", 44.0), ("OS", 30.6)],
        ),
        (  # freedom from neurological death is no overall survival
            "Neurological death-free survival was 90% at 1 year and 78% at 2 years.",
            [],
        ),
        (  # a second ratio after the rest of the first one's bracket and its endpoint
            "The hazard ratio was 0.88 (95% confidence interval 0.82-0.94, P < 0.0001) for OS and "
            "0.81 (0.76-0.88, P < 0.0001) for PFS.",
            [("HR", 0.88), ("HR", 0.81)],
        ),
        (  # the ratios of factors associated with mortality are of overall survival
            "Variables associated with 30-day mortality were a tumour of the gastrointestinal "
            "tract (GIT) (hazard ratio [HR]: 1.61, 95% confidence interval [CI]: 1.11-2.82) and "
            "impaired functionality (HR: 1.73, 95%CI: 1.09-3.00).",
            [("HR", 1.61), ("HR", 1.73)],
        ),
        (  # "from 13 months ... to 33 months": both are figures, the second no timepoint
            "Median survival rose step by step from 13 months in the earliest period to 33 "
            "months in the most recent one.",
            [("OS", 13.0), ("OS", 33.0)],
        ),
        (  # a "conditional" interval is an interval: its bounds are no figures
            "One patient had a partial response in the brain, for a CNS objective response rate "
            "of 2.6% (95% conditional CI, 0.21% to 26%).",
            [("iORR", 2.6)],
        ),
        (  # the interval after "were alive" is the rate's, and "alive" still follows the rate
            "At 16 months, 65% of patients were alive (95% CI: 53.4-74.9), and 40% were free of "
            "progression.",
            [("OS", 65.0), ("gPFS", 40.0)],
        ),
        (  # the medians of a blocked outcome the sentence names are none of the one before;
            # a discontinuation-free survival is no overall survival
            "Median OS was 48.1 months. Time to next treatment ranked the same way, with medians "
            "of 33.9, 12.6 and 7.8 months. The 1-year discontinuation-free survival was 73.7% and "
            "the 1-year overall survival 83.8%.",
            [("OS", 48.1), ("OS", 83.8)],
        ),
        (  # "lasting >=12 mo"; "not reached in either population" holds for both
            "62.9% of responders had responses lasting >=12 mo. Median overall survival was not "
            "reached in either population.",
            [("DoR", 62.9), ("OS", None), ("OS", None)],
        ),
        (  # a subgroup defined by another trial's inclusion criteria quotes none of its figures
            "Patients who would have met the KEYNOTE-024 inclusion criteria did better, with an "
            "objective response rate of 52.4% and median overall survival of 29.2 months.",
            [("ORR", 52.4), ("OS", 29.2)],
        ),
        (  # the share of long-term disease-free survivors is no overall survival rate
            "Overall survival at 10 years was 26% (95% CI, 23-28%), and 18% (95% CI, 16-20%) of "
            "patients were long-term disease-free survivors.",
            [("OS", 26.0)],
        ),
        (  # how long a treatment is given is no survival time
            "To determine whether 6 months of adjuvant gemcitabine improves overall survival. "
            "Median overall survival was 22.8 months after 12 months of treatment.",
            [("OS", 22.8)],
        ),
        (  # the duration of a remission is no survival time
            "The median remission duration was 7 months, and median survival was 3 months.",
            [("OS", 3.0)],
        ),
        (  # a ratio for locoregional progression belongs to locoregional control
            "Locoregional control lasted a median of 24.4 months with cetuximab and 14.9 months "
            "without (hazard ratio for locoregional progression or death, 0.68; P=0.005). "
            "Cetuximab also extended progression-free survival (hazard ratio for disease "
            "progression or death, 0.70; P=0.006).",
            [("HR", 0.7)],
        ),
        (  # the level of "95% CIs" and a design's P0/P1 rates are no results
            "With a random-effects model, the 95% CIs of the estimated ORR were 8-17% for phase I "
            "trials. The primary endpoint was OS at 9 months, with P0 set at 35% and P1 at 55%.",
            [],
        ),
        (  # a lone "m" that ends the sentence is months
            "OS: 47.8% alive at 12 m and 24.8% at 24 m; median OS 11.7 m.",
            [("OS", 47.8), ("OS", 24.8), ("OS", 11.7)],
        ),
        (  # "prolonged ... to 41 months, as compared with 23 months": a figure, no timepoint
            "Lenalidomide maintenance prolonged median progression-free survival to 41 months, as "
            "compared with 23 months with placebo.",
            [("gPFS", 41.0), ("gPFS", 23.0)],
        ),
        (  # "IQR 41" is an interquartile range, not a trial named with its number
            "Docetaxel improved survival: 81 months (IQR 41 to not reached) with SOC + Doc (HR "
            "0.78, 0.66-0.93; p=0.006).",
            [("HR", 0.78), ("OS", 81.0)],
        ),
        (  # "26 of 128 given X": the denominator's population, not what the share did
            "Objective responses were seen in 25 of 129 patients given doxorubicin and in 26 of "
            "128 given gemcitabine-docetaxel.",
            [("ORR", 19.4), ("ORR", 20.3)],
        ),
        (  # objective tumour regression is an objective response
            "Objective tumor regression occurred in 33 patients (31%), and the estimated median "
            "duration of response was 2 years.",
            [("ORR", 31.0), ("DoR", 2.0)],
        ),
    ],
)
def test_thirty_sixth_to_forty_fifth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # survival at a number of days is a rate at that timepoint, in months ...
            "Survival at 30 and 60 days was 55.7 and 38.5%, respectively.",
            [("OS", 55.7, 1.0), ("OS", 38.5, 2.0)],
        ),
        (  # a list of timepoints, each with its pair of rates, goes on to its end
            "Survival rates were higher with ipilimumab at 1 year (47.3% vs. 36.3%), 2 years "
            "(28.5% vs. 17.9%), and 3 years (20.8% vs. 12.2%).",
            [
                ("OS", 47.3, 12.0),
                ("OS", 36.3, 12.0),
                ("OS", 28.5, 24.0),
                ("OS", 17.9, 24.0),
                ("OS", 20.8, 36.0),
                ("OS", 12.2, 36.0),
            ],
        ),
        (  # "at the same timepoints" repeats the list named before
            "PFS rates at 3 and 6 months were 77.2% and 61.2%, respectively, and OS rates at the "
            "same timepoints were 90.8% and 85.7%.",
            [("gPFS", 77.2, 3.0), ("gPFS", 61.2, 6.0), ("OS", 90.8, 3.0), ("OS", 85.7, 6.0)],
        ),
        (  # ... but a median put after a comma stays a median in days
            "Median overall survival was longer with IC, at 884 days, than with ven/aza, at 483 "
            "days (P = .0020).",
            [("OS", 884.0, None), ("OS", 483.0, None)],
        ),
        (  # both figures of a pair in the bracket after a timepoint are at that timepoint
            "The intracranial disease control rate favored crizotinib both at 12 weeks (85% v 45%; "
            "P < .001) and at 24 weeks (56% v 25%; P < .001).",
            [("iDCR", 85.0, 2.8), ("iDCR", 45.0, 2.8), ("iDCR", 56.0, 5.5), ("iDCR", 25.0, 5.5)],
        ),
        (  # intervals in brackets do not push a list's last rate away from its timepoint
            "The 5-year rates of overall survival, progression-free survival and duration of "
            "response were 86% (95% CI, 72-94), 56% (95% CI, 40-70) and 58% (95% CI, 40-73), "
            "respectively.",
            [("OS", 86.0, 60.0), ("gPFS", 56.0, 60.0), ("DoR", 58.0, 60.0)],
        ),
        (  # the numbers after "responses lasting" are the timepoints of shares of responses
            "The proportions of responses lasting 12, 18 and 24 months were estimated at 68.3%, "
            "59.8% and 53.1%, respectively.",
            [("DoR", 68.3, 12.0), ("DoR", 59.8, 18.0), ("DoR", 53.1, 24.0)],
        ),
    ],
)
def test_timepoints_in_days_and_lists(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a survival time given for a response category is that group's survival
            "Disease stabilisation carried an OS benefit compared with no response: median OS was "
            "8.1 months with marrow stable disease, 9.7 months with haematologic improvement and "
            "18.9 months when both were present.",
            [
                ("OS", 8.1, "marrow stable disease"),
                ("OS", 9.7, "haematologic improvement"),
                ("OS", 18.9, None),
            ],
        ),
        (  # "a complete or partial tumour response" is an objective response
            "A complete or partial tumour response was seen in 19% of evaluable patients after "
            "SIRT and 12% with sorafenib (p=0.04).",
            [("ORR", 19.0, None), ("ORR", 12.0, "sorafenib")],
        ),
        (  # a cancer-specific ratio is no overall-survival ratio
            "Right-sided cancers did better in stage I (overall survival HR 0.89, 95 % CI "
            "0.84-0.94; cancer-specific HR 0.71, 95 % CI 0.64-0.79).",
            [("HR", 0.89, None)],
        ),
        (  # treatment failure and failure-free survival are other outcomes
            "Treatment failure was also less frequent with abiraterone (hazard ratio, 0.29; 95% "
            "CI, 0.25 to 0.34), with 3-year failure-free survival of 75% versus 45%.",
            [],
        ),
        (  # a complete response rate ("CRR") glossed after the ORR is no ORR
            "ORR 80.8% (CRR 33.9%) with C+R vs 47.7% (CRR 14.6%) with P+R.",
            [("ORR", 80.8, None), ("ORR", 47.7, None)],
        ),
        (  # a median of another "time to" outcome does not fall back to an earlier endpoint
            "The median first-line progression-free survival was 12.5 months, whereas the median "
            "time to first treatment change (TTC1) was shorter in TNBC (7.7 months) than in "
            "luminal A (13.2 months).",
            [("gPFS", 12.5, None)],
        ),
        (  # "N% and M% of patients, respectively, were alive": the shares of a survival rate
            "The overall response rate was 81% with idelalisib and 13% with placebo, and 92% and "
            "80% of patients, respectively, were alive at 12 months.",
            [
                ("ORR", 81.0, "idelalisib"),
                ("ORR", 13.0, "placebo"),
                ("OS", 92.0, None),
                ("OS", 80.0, None),
            ],
        ),
        (  # rows of ratios after a header "HR by histology:"
            "PFS HR by histology: FL 0.580 [0.404-0.833]; MZL 0.475 [0.245-0.923]; SLL 0.243 "
            "[0.111-0.530].",
            [("HR", 0.58, None), ("HR", 0.475, None), ("HR", 0.243, None)],
        ),
        (  # a comma after a blocked term closes a phrase; it does not list two endpoints
            "When the analysis was restricted to the time on treatment, median PFS was 10.4 "
            "months with bevacizumab and 7.9 months with placebo.",
            [("gPFS", 10.4, "bevacizumab"), ("gPFS", 7.9, "placebo")],
        ),
        (  # an increase in an endpoint "of 1.5 months" is a difference; its "from ... to" stay
            "This corresponds to an absolute increase in median survival of 1.5 months, from 4.5 "
            "months to 6 months.",
            [("OS", 4.5, None), ("OS", 6.0, None)],
        ),
        (  # a relative increase is no rate
            "The estimated 3-year survival was 62.6% with sipuleucel-T and 41.6% with control, a "
            "relative increase of 50%.",
            [("OS", 62.6, "sipuleucel-T"), ("OS", 41.6, "control")],
        ),
        (  # the figures of a gain in an endpoint are gains
            "The estimated gain in median survival shrank from 13.0 months in the lowest quartile "
            "to 2.8 months in the highest.",
            [],
        ),
        (  # "It differed by diagnosis: 7.00 months for ...": the medians of the endpoint before
            "The median survival of the whole cohort was 7.16 months. It differed markedly by "
            "diagnosis: 7.00 months for non-small-cell lung cancer and 6.74 months for melanoma.",
            [
                ("OS", 7.16, None),
                ("OS", 7.0, "non-small-cell lung cancer"),
                ("OS", 6.74, "melanoma"),
            ],
        ),
        (  # "was 12 months after docetaxel": a median, not a timepoint after docetaxel
            "Median survival was 12 months after docetaxel and 14 months without prior "
            "chemotherapy (log-rank p = 0.8).",
            [("OS", 12.0, None), ("OS", 14.0, None)],
        ),
        (  # ... and so is "against 112 months after RT alone"
            "Median OS was not reached after RT/PCV against 112 months after RT alone.",
            [("OS", None, None), ("OS", 112.0, None)],
        ),
        (  # "improved significantly over time, from 12 to 30 months": two figures, no range
            "Their median survival also improved significantly over time, from 12 to 30 months.",
            [("OS", 12.0, None), ("OS", 30.0, None)],
        ),
        (  # "(median 22.4 v 14.7 weeks)" with no endpoint: the medians of the one before
            "Median PFS was 24.1 weeks with ridaforolimus and 14.9 weeks with placebo. "
            "Investigator assessment gave a similar picture (median 22.4 v 14.7 weeks).",
            [
                ("gPFS", 24.1, "ridaforolimus"),
                ("gPFS", 14.9, "placebo"),
                ("gPFS", 22.4, None),
                ("gPFS", 14.7, None),
            ],
        ),
        (  # ... not those of a hyphenated "time-to-treatment failure"
            "Median PFS was 11.0 months with afatinib and 10.9 months with gefitinib. "
            "Time-to-treatment failure was also prolonged (median 13.7 vs 11.5 months; HR 0.73, "
            "0.58-0.92).",
            [("gPFS", 11.0, "afatinib"), ("gPFS", 10.9, "gefitinib")],
        ),
        (  # a rate named right before its figure keeps it, whatever response category follows;
            # and "with complete remission in 26%" is no group
            "R/R HL had an overall response rate of 67% with complete remission in 26%.",
            [("ORR", 67.0, None)],
        ),
        (  # "Responses were obtained in"
            "Responses were obtained in 87.5% of patients, with complete responses in 85.0%.",
            [("ORR", 87.5, None)],
        ),
        (  # "5.8 against 3.1 months": "against" joins two figures as "versus" does
            "The objective response rate was 81.3% against 66.8%, and the median duration of "
            "response 5.8 against 3.1 months.",
            [("ORR", 81.3, None), ("ORR", 66.8, None), ("DoR", 5.8, None), ("DoR", 3.1, None)],
        ),
        (  # ages listed before the verb name the subgroups; the ratios follow it, and are of
            # the survival the sentence before (which has no figure) speaks of
            "For survival, age modified the effect of treatment. Hazard ratios (HRs) for "
            "patients aged 35, 40 and 50 years were 0.46 (95% CI = 0.24-0.90), 0.52 (95% CI = "
            "0.29-0.92) and 0.64 (95% CI = 0.42-0.99), respectively.",
            [("HR", 0.46, None), ("HR", 0.52, None), ("HR", 0.64, None)],
        ),
        (  # ... but a ratio after "The primary outcome was overall survival" is the one the
            # trial was designed for
            "The primary outcome was overall survival. The expected hazard ratio was 0.87.",
            [],
        ),
    ],
)
def test_forty_sixth_to_forty_ninth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[5]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of timepoints before "later" pairs with the rates in order
            "After BM, median survival was 4.87 months, and the proportions of patients alive 1, "
            "3 and 12 months later were 84.27%, 60.67% and 15.69%, respectively.",
            [("OS", 4.87, None), ("OS", 84.27, 1.0), ("OS", 60.67, 3.0), ("OS", 15.69, 12.0)],
        ),
        (  # as many rates as timepoints pair in order without "respectively" too
            "Among the 113 patients, 95.6% (108/113) and 74.3% (84/113) were alive at 1 and 2 "
            "years.",
            [("OS", 95.6, 12.0), ("OS", 74.3, 24.0)],
        ),
        (  # "by only 1 month": a gain, as "by 13 months" is
            "Median OS increased by 13 months in patients aged 50 years or younger, but by only "
            "1 month in patients older than 70 years.",
            [],
        ),
        (  # "ranged from X (95% CI ...) for A to Y (...) for B": two subgroups' figures
            "Median rwPFS ranged from 6.0 months (95% CI 5.8-6.2) for the HR-/HER2- subtype to "
            "13.3 months (95% CI 12.7-14.3) for the HR+/HER2+ subtype.",
            [("gPFS", 6.0, None), ("gPFS", 13.3, None)],
        ),
        (  # ... but "ranged from 6% to 43%" across studies is a spread
            "Objective response rates ranged from 6% to 43% across the studies.",
            [],
        ),
        (  # the two-stage crossover adjustment is no two-stage design
            "Correcting for crossover, the two-stage method lowered the OS hazard ratio to 0.49 "
            "(95% CI, 0.34 to 0.69).",
            [("HR", 0.49, None)],
        ),
        (  # a second list of ratios after a long list of arms and a p-value
            "With WBRT as the reference, the hazard ratios for death were 0.56, 0.43 and 0.40 for "
            "WBRT + gefitinib, WBRT + GK and WBRT + gefitinib + GK (p < 0.001), and 0.73, 0.49 "
            "and 0.42 after adjustment for age, sex and Charlson comorbidity index.",
            [
                ("HR", 0.56, None),
                ("HR", 0.43, None),
                ("HR", 0.4, None),
                ("HR", 0.73, None),
                ("HR", 0.49, None),
                ("HR", 0.42, None),
            ],
        ),
        (  # the second gene of "BRCA1/2" is no figure of a list
            "Median PFS was 3.1 months in patients with wild-type BRCA1/2 and 5.3 months in those "
            "with BRCA1/2 mutations.",
            [("gPFS", 3.1, None), ("gPFS", 5.3, None)],
        ),
        (  # nor is a stratum's number before a percentage
            "Two-year progression-free survival was 70% (SE 10) in stratum 1 and 96% (SE 4) in "
            "stratum 3.",
            [("gPFS", 70.0, 24.0), ("gPFS", 96.0, 24.0)],
        ),
        (  # "fared worse than ... (5.9 vs 16.3 months": the medians of the endpoint before
            "Median OS was 10 months. Patients with two or more extracranial metastatic sites "
            "fared worse than those with 0-1 (5.9 vs 16.3 months; p = 0.01).",
            [("OS", 10.0, None), ("OS", 5.9, None), ("OS", 16.3, None)],
        ),
        (  # a semicolon inside a bracket ends no clause: the timepoint holds for both
            "MR was associated with better 5-year overall survival (89% vs 81%; P = .046) and "
            "progression-free survival (70% vs 57%; P = .005).",
            [("OS", 89.0, 60.0), ("OS", 81.0, 60.0), ("gPFS", 70.0, 60.0), ("gPFS", 57.0, 60.0)],
        ),
        (  # "the brain lesions had responded" is an intracranial response
            "The brain lesions had responded completely or partially in 63.0% (17/27) of "
            "patients treated with radiotherapy.",
            [("iORR", 63.0, None)],
        ),
        (  # a list of endpoints, then one block of compared values per endpoint
            "The intracranial ORR and DCR of the RCT arm and RT arm were 34.9% vs. 20.2% (p = "
            "0.01) and 98.4% vs. 92.7% (p = 0.03), respectively.",
            [
                ("iORR", 34.9, None),
                ("iORR", 20.2, None),
                ("iDCR", 98.4, None),
                ("iDCR", 92.7, None),
            ],
        ),
        (  # "BED10" is a radiotherapy dose, not a trial's name that makes the sentence quoted
            "Results: On Cox regression, BED10-SRT >=50 Gy (HR=0.504, P=0.027) and targeted "
            "therapy (HR=0.157, P<0.001) were independent favourable factors for OS.",
            [("HR", 0.504, None), ("HR", 0.157, None)],
        ),
    ],
)
def test_fiftieth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "to die within 5 years" names death: the bare ratio is of OS, not the PFS before
            "Overall and progression-free survival were compared with the log-rank test, and "
            "hazard ratios were estimated with Cox models. After adjustment, older patients were "
            "almost twice as likely as younger patients to die within 5 years (hazard ratio: "
            "1.92).",
            [("HR", 1.92, None, "OS")],
        ),
        (  # "6 months of vinorelbine" is a course of a drug, not a median
            "Median OS was 14.2 months. Adding 6 months of vinorelbine and low-dose "
            "cyclophosphamide after standard therapy improved overall survival in children.",
            [("OS", 14.2, None, None)],
        ),
        (  # nor is "2 years of hormone therapy"
            "Patients who completed 2 years of hormone therapy had a median overall survival of "
            "80 months.",
            [("OS", 80.0, None, None)],
        ),
        (  # the bar of an interim analysis is no result
            "An interim futility analysis was planned after 20 patients, with a confirmed ORR of "
            "15% as the threshold. The confirmed ORR was 2.9%.",
            [("ORR", 2.9, None, None)],
        ),
        (  # locoregional control (LRC) takes its value out of the list
            "The 2-year OS, PFS and LRC rates were 56.9%, 44.9% and 75.5%.",
            [("OS", 56.9, 24.0, None), ("gPFS", 44.9, 24.0, None)],
        ),
        (  # a non-progression rate is no response rate
            "At 24 weeks, response rates were 46% with VC and 41% with VCE, and non-progression "
            "rates 93% and 91%.",
            [("ORR", 46.0, 5.5, None), ("ORR", 41.0, 5.5, None)],
        ),
    ],
)
def test_fifty_third_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3], f[6]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a duration-of-response rate at a timepoint is a DoR rate, not a response rate
            "In ALL, the initial complete remission rate was 85.5%; at 12 months, the "
            "duration-of-response rate was 60.9%, event-free survival 52.4% and overall survival "
            "77.2%.",
            [("DoR", 60.9, 12.0, None), ("OS", 77.2, 12.0, None)],
        ),
        (  # a weighted hazard ratio (wHR) of an external-control comparison
            "Linvoseltamab had longer PFS (weighted HR [wHR] 0.33 [95% CI: 0.28-0.40]), time to "
            "next treatment (wHR 0.34 [95% CI: 0.29-0.44]) and OS (wHR 0.72 [95% CI: "
            "0.58-0.98]).",
            [("HR", 0.33, None, "gPFS"), ("HR", 0.72, None, "OS")],
        ),
        (  # the share still in response is no response rate
            "At the data cut-off, 73% of patients remained in objective response, and the median "
            "DOR had not been reached.",
            [("DoR", None, None, None)],
        ),
        (  # time to next treatment or death (TTNTD) is outside the vocabulary
            "OS hazard ratio (HR) 0.45 (95% CI 0.30, 0.68); PFS HR 0.61 (95% CI 0.43, 0.90); "
            "TTNTD HR 0.45 (95% CI 0.30, 0.66).",
            [("HR", 0.45, None, "OS"), ("HR", 0.61, None, "gPFS")],
        ),
        (  # "the response was still ongoing at 12 months in": shares of ongoing responses
            "The ORR was 84.6%. Among responders, the response was still ongoing at 12 months in "
            "84.7% and 63.0%.",
            [("ORR", 84.6, None, None), ("DoR", 84.7, 12.0, None), ("DoR", 63.0, 12.0, None)],
        ),
        (  # ... and "at 12 mo in 89.2% vs 48.5% of responders"
            "Median DOR not evaluable vs 11.5 mo; responses ongoing at 12 mo in 89.2% vs 48.5% of "
            "responders.",
            [
                ("DoR", None, None, None),
                ("DoR", 11.5, None, None),
                ("DoR", 89.2, 12.0, None),
                ("DoR", 48.5, 12.0, None),
            ],
        ),
    ],
)
def test_fifty_fourth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3], f[6]) for f in run(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the hazard ratio of "time to last administration (TTLA)" is no ratio of OS
            "Time to last administration (TTLA) and overall survival (OS) were estimated by "
            "Kaplan-Meier methods. In adjusted analyses, TTLA was longer with venetoclax+HMAs (3.6 "
            "vs 2.3 months; hazard ratio [HR] 0.69 [95% CI, 0.60-0.80], P < .0001), as was OS (9.3 "
            "vs 5.9 months; HR 0.71 [95% CI, 0.61-0.82], P < .0001).",
            [("HR", 0.71, None, "OS"), ("OS", 9.3, None, None), ("OS", 5.9, None, None)],
        ),
        (  # "time to PSA nadir" is outside the vocabulary, not a median of OS
            "OS did not differ between abiraterone and enzalutamide, although enzalutamide "
            "produced more PSA declines of at least 90% (56% vs 40%, p = 0.021) and a longer time "
            "to PSA nadir (5.5 vs 4.7 months, p = 0.019).",
            [],
        ),
        (  # "In <population>, it was A versus B (HR, CI)": the endpoint of the sentence before
            "In the biomarker-positive group, median progression-free survival was 11.3 months "
            "with drug and 9.8 months with placebo. In the overall population, it was 12.1 months "
            "versus 10.4 months (0.81, 0.70-0.95; p=0.01).",
            [
                ("gPFS", 11.3, None, None),
                ("gPFS", 9.8, None, None),
                ("HR", 0.81, None, "gPFS"),
                ("gPFS", 12.1, None, None),
                ("gPFS", 10.4, None, None),
            ],
        ),
        (  # "at landmarks of 12 and 18 months" are timepoints, not medians
            "Median PFS was 8.4 months, and the RMST of PFS favoured the combination at "
            "landmarks of 12 and 24 months (p = .04 and p = .01).",
            [("gPFS", 8.4, None, None)],
        ),
        (  # "went on to transplantation" is what a share of patients did, not a survival rate
            "In responders, 35% went on to allogeneic transplantation, with a 2-year overall "
            "survival of 61.0%.",
            [("OS", 61.0, 24.0, None)],
        ),
        (  # early tumour shrinkage (ETS) is an outcome of its own: its shares are not DoR's
            "Median DoR was 10.2 vs 8.1 months, and ETS of at least 20% at week 6 was more "
            "frequent (58% vs 41%).",
            [("DoR", 10.2, None, None), ("DoR", 8.1, None, None)],
        ),
    ],
)
def test_fifty_fifth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3], f[6]) for f in run(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a share of a count is the outcome's, also where "given <arm>" names its population
            "Objective responses were seen in ten of 98 patients (10%) given nivolumab alone, "
            "one of three (33%) given the 1 plus 1 dose and 14 of 61 (23%) given the 1 plus 3 "
            "dose.",
            [("ORR", 10.0, None, None), ("ORR", 33.0, None, None), ("ORR", 23.0, None, None)],
        ),
        (  # (and with the count in digits)
            "Objective responses were seen in 14 of 61 patients (23%) given nivolumab.",
            [("ORR", 23.0, None, None)],
        ),
        (  # when responses began is no duration of response
            "Eight patients had an objective response; responses began after a median of 19.4 "
            "weeks and lasted a median of 29 weeks.",
            [("DoR", 29.0, None, None)],
        ),
        (  # tumour shrinkage of any degree is no disease control
            "The disease control rate was 53.5%; tumour shrinkage of any degree was seen in 18 "
            "patients (41.9%).",
            [("DCR", 53.5, None, None)],
        ),
        (  # the endpoints of a definition between commas are part of it
            "The disease control rate, defined as complete or partial response or stable "
            "disease for at least 24 weeks, was 40%.",
            [("DCR", 40.0, None, None)],
        ),
        (
            "The clinical benefit rate, defined as freedom from progression at 6 months, was "
            "29% (95% CI 13% to 44%).",
            [("CBR", 29.0, None, None)],
        ),
    ],
)
def test_fifty_sixth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3], f[6]) for f in run(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a partial (or complete) intracranial response alone is no intracranial ORR
            "Four patients (10%) had a partial cerebral response and none a complete response, "
            "giving a cerebral objective response rate of 10%.",
            [("iORR", 10.0, None, None)],
        ),
        (  # "median FU" is the follow-up; "mrPFS" the median of radiographic PFS
            "Updated analysis (median FU 54.8 mo): mrPFS 24.0 vs 16.6 mo; HR 0.70 (95% CI "
            "0.60-0.83; p<0.0001).",
            [("HR", 0.7, None, "gPFS"), ("gPFS", 24.0, None, None), ("gPFS", 16.6, None, None)],
        ),
        (  # the time from randomisation to the data cutoff is no median of the endpoint after it
            "IA2 (median time from randomisation to cutoff 28.6 mo): mPFS 5.6 mo vs 5.5 mo.",
            [("gPFS", 5.6, None, None), ("gPFS", 5.5, None, None)],
        ),
        (  # rows of landmark rates, each opened by its timepoint, are rates, not medians
            "OS rates: 1 yr, 74.0% vs 72.8%; 2 yr, 49.8% vs 37.5%.",
            [
                ("OS", 74.0, 12.0, None),
                ("OS", 72.8, 12.0, None),
                ("OS", 49.8, 24.0, None),
                ("OS", 37.5, 24.0, None),
            ],
        ),
        (  # rows of subgroup ratios whose labels open with a figure and carry their size
            "OS HR by tumour-cell PD-L1: low (n=139) 0.79 (95% CI 0.52-1.24); 1-49% (n=203) "
            "0.72 (95% CI 0.51-1.03); >=50% (n=100) 0.91 (95% CI 0.49-1.80).",
            [("HR", 0.79, None, "OS"), ("HR", 0.72, None, "OS"), ("HR", 0.91, None, "OS")],
        ),
        (  # "not evaluable" with a subgroup's size is the subgroup's label, no median not reached
            "OS HR by PD-L1: >=50% (n=100) 0.91 (95% CI 0.49-1.80); not evaluable (n=23) 0.40 "
            "(95% CI 0.15-1.10).",
            [("HR", 0.91, None, "OS"), ("HR", 0.4, None, "OS")],
        ),
        (  # each arm's ratio against one comparator, with p-values inside the brackets
            "PFS HR vs O-Clb: A+O 0.10 (95% CI 0.06-0.17; p<0.0001); A 0.20 (95% CI 0.13-0.30; "
            "p<0.0001).",
            [("HR", 0.1, None, "gPFS"), ("HR", 0.2, None, "gPFS")],
        ),
        (  # a bracket after an analysis holding only a median time is its follow-up
            "Final analysis (median 42.0 mo): mOS 15.9 mo vs 14.7 mo; HR 0.84 (95% CI 0.69-1.02).",
            [("HR", 0.84, None, "OS"), ("OS", 15.9, None, None), ("OS", 14.7, None, None)],
        ),
        (  # (but a median of an endpoint there is one)
            "In the final analysis (median OS 15.9 mo vs 14.7 mo), the HR was 0.84.",
            [("HR", 0.84, None, "OS"), ("OS", 15.9, None, None), ("OS", 14.7, None, None)],
        ),
        (  # medians "at" two decimals with "respectively" after them are no timepoints
            "Median OS did not differ, at 26.3 and 25.5 months, respectively (HR 0.91).",
            [("HR", 0.91, None, "OS"), ("OS", 26.3, None, None), ("OS", 25.5, None, None)],
        ),
        (  # "lived longer without progression" is progression-free survival
            "Patients given gefitinib lived longer without progression: median 9.2 months "
            "against 6.3 months with the doublet.",
            [("gPFS", 9.2, None, None), ("gPFS", 6.3, None, None)],
        ),
        (  # (a time before a confidence level is no such row)
            "ORR: 45%; median DoR: 12 mo, 95% CI 8-16.",
            [("ORR", 45.0, None, None), ("DoR", 12.0, None, None)],
        ),
    ],
)
def test_fifty_seventh_and_eighth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3], f[6]) for f in run(text)] == expected


def test_rows_of_a_congress_abstract_are_populations(run):
    found = run(
        "Results: 866 pts randomized. HER2-low: median PFS 13.2 vs 8.1 mo (HR 0.62; 95% CI "
        "0.51-0.74). ITT: median PFS 13.2 vs 8.1 mo (HR 0.63; 95% CI 0.53-0.75). Squamous: "
        "PFS HR 0.63 (0.50-0.80); non-squamous: 0.66 (0.43-1.00). Conclusions: T-DXd "
        "improved PFS (13.2 vs 8.1 mo)."
    )
    assert [(f[0], f[2], f[5]) for f in found] == [
        ("HR", 0.62, "HER2-low"),
        ("gPFS", 13.2, "HER2-low"),
        ("gPFS", 8.1, "HER2-low"),
        ("HR", 0.63, "ITT"),
        ("gPFS", 13.2, "ITT"),
        ("gPFS", 8.1, "ITT"),
        ("HR", 0.63, "Squamous"),
        ("HR", 0.66, "non-squamous"),
    ]


def test_one_label_or_a_comparison_is_no_row(run):
    # (one label alone is a heading; "A vs B:" heads the whole population's ratio)
    assert [f[5] for f in run("Cohort A: median PFS 13.2 months (HR 0.62).")] == [None, None]
    found = run(
        "ICI + chemo vs chemo: OS HR 0.79 (95% CI 0.75-0.83). Other factors: age >=75 y, HR "
        "1.32 (1.30-1.34)."
    )
    assert [(f[2], f[5]) for f in found] == [(0.79, None), (1.32, None)]


def test_a_named_cohort_opening_the_sentence_is_a_group(run):
    found = run(
        "In a validation cohort of 190 Finnish patients, the ORR was 45%. In a multivariable "
        "analysis, the ORR was 30%."
    )
    assert [(f[0], f[2], f[5]) for f in found] == [
        ("ORR", 45.0, "validation cohort of 190 Finnish"),
        ("ORR", 30.0, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a median observation time is a follow-up
            "After a median observation of 29 months, PFS events had occurred in 201 patients; "
            "the stratified hazard ratio was 0.92 (95% CI, 0.76 to 1.11).",
            [("HR", 0.92, (0.76, 1.11), "gPFS")],
        ),
        (  # (an observation arm's median is a figure)
            "Median OS in the observation group was 20.1 months.",
            [("OS", 20.1, (None, None), None)],
        ),
        (  # ratios of locoregional failure and distant metastasis are not survival's
            "Cetuximab reduced neither locoregional failure (HR, 1.21; 95% CI, 0.95-1.53; P = .94) "
            "nor distant metastasis (HR, 0.79; 95% CI, 0.54-1.14; P = .10), and it did not "
            "improve overall survival (HR, 0.97; 95% CI, 0.80-1.16; P = .68).",
            [("HR", 0.97, (0.8, 1.16), "OS")],
        ),
        (  # shares of late toxicities are no survival rates
            "5-year OS was 87.9% in the induction group and 78.8% in the standard group, while "
            "grade >= 3 late toxicities were about as frequent (11.3% v 11.4%).",
            [("OS", 87.9, (None, None), None), ("OS", 78.8, (None, None), None)],
        ),
        (  # a p-value between a ratio and its interval
            "Median PFS was 6.9 versus 5.6 months (hazard ratio 0.76, p<0.0001, 95% CI 0.67-0.85).",
            [
                ("HR", 0.76, (0.67, 0.85), "gPFS"),
                ("gPFS", 6.9, (None, None), None),
                ("gPFS", 5.6, (None, None), None),
            ],
        ),
        (  # an interval label glossed with its level, inside the bracket before the unit
            "Median progression-free survival was 14.4 [95% confidence interval (95% CI), "
            "12.4-16.4] months.",
            [("gPFS", 14.4, (12.4, 16.4), None)],
        ),
        (  # a response category after "after" is the group's condition, no outcome
            "5-year OS was 100% after a complete response, 88.4% after a partial response and "
            "61.5% with stable or progressive disease (P = .005).",
            [
                ("OS", 100.0, (None, None), None),
                ("OS", 88.4, (None, None), None),
                ("OS", 61.5, (None, None), None),
            ],
        ),
        (  # a gene written with its number is no trial's name ("ESR1", as "PIK3CA")
            "With an ESR1 alteration, median PFS was 5.2 months on F + P and 3.3 months on F.",
            [("gPFS", 5.2, (None, None), None), ("gPFS", 3.3, (None, None), None)],
        ),
        (  # free of extracranial progression at a timepoint is an ecPFS rate
            "Median EC-PFS was 4.4 months (95% CI 1.4-8.1), and 17% of patients were free of "
            "extracranial progression at 12 months.",
            [("ecPFS", 4.4, (1.4, 8.1), None), ("ecPFS", 17.0, (None, None), None)],
        ),
    ],
)
def test_sixtieth_to_sixty_third_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[7], f[6]) for f in run(text)] == expected


def test_the_group_after_a_pair_of_two_endpoints_figures_is_both_figures(run):
    found = run(
        "By subtype, median PFS and OS were 4.1 and 11 months for UPS (n = 19), 5.6 and 13 "
        "months for LPS (n = 13), and 21 months and not reached for ASPS (n = 13)."
    )
    assert [(f[0], f[2], f[5]) for f in found] == [
        ("gPFS", 4.1, "UPS"),
        ("OS", 11.0, "UPS"),
        ("gPFS", 5.6, "LPS"),
        ("OS", 13.0, "LPS"),
        ("gPFS", 21.0, "ASPS"),
        ("OS", None, "ASPS"),
    ]
    # (two figures of one endpoint are no such pair)
    assert [f[5] for f in run("The ORR was 40% and 60% in cohort A.")] == [None, "cohort A"]


def test_a_share_that_its_count_gives_after_a_long_population_is_a_response_rate(run):
    text = "Five of 18 patients with squamous histology (28%) responded."
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 28.0)]
    # (a share that the count does not give is the population's, not the responders')
    assert run("Five of 18 patients with squamous histology (61%) responded.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a median with its interval and "than" after "at a median of" is no follow-up
            "Overall survival was longer with OFF, at a median of 5.9 months (95% CI, 4.1 to "
            "7.4), than with FF, at 3.3 months (95% CI, 2.7 to 4.0).",
            [("OS", 5.9, (4.1, 7.4), None), ("OS", 3.3, (2.7, 4.0), None)],
        ),
        (  # the difference of two rates is no rate
            "ORR was 41.0% (95% CI, 31.5 to 51.0) with A and 24.1% (95% CI, 13.5 to 37.6) with B "
            "(difference, 16.9%; 95% CI, 2.1 to 31.7).",
            [("ORR", 41.0, (31.5, 51.0), None), ("ORR", 24.1, (13.5, 37.6), None)],
        ),
        (  # outcomes outside the vocabulary, and the capitals the abstract defines for them
            "ORR, hematologic improvement (HI) and transfusion independence (TI) were secondary "
            "endpoints. Enasidenib improved ORR (40.5% vs 9.9%), HI (42.4% vs 11.2%) and red "
            "blood cell TI (31.7% vs 9.3%).",
            [("ORR", 40.5, (None, None), None), ("ORR", 9.9, (None, None), None)],
        ),
        (  # the follow-up of an endpoint, per arm
            "Median OS follow-up was 48.2 months in the alectinib group and 23.3 months in the "
            "crizotinib group.",
            [],
        ),
        (  # an upper bound "not estimated" or "not calculated" is open
            "Median PFS had not been reached with alectinib (95% CI 20.3-not estimated) and was "
            "7.0 months (95% CI, 2.8 to not calculated) with crizotinib.",
            [("gPFS", None, (20.3, None), None), ("gPFS", 7.0, (2.8, None), None)],
        ),
        (  # the pivotal trial before this one
            "In the pivotal phase II trial in PTCL, it produced an overall response rate of 28%. "
            "Among the 256 patients treated here, the ORR was 39.06%.",
            [("ORR", 39.06, (None, None), None)],
        ),
    ],
)
def test_sixty_fourth_and_fifth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[7], f[6]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # post-progression survival is no overall survival
            "Those who continued had a three-year OS of 43.0% and a post-progression survival of "
            "13.3 months [95% confidence interval 6.1-not reached].",
            [("OS", 43.0, (None, None), None)],
        ),
        (  # "all of them partial" glosses the whole rate; "three of them complete" is a part
            "Six of the 23 assessable patients had an objective response, all of them partial "
            "(26%, 95% CI 10.2-48.4). Of 42 evaluable, 32 had a confirmed objective response "
            "(76.2%, 95% CI 60.5-87.9), three of them complete (7%).",
            [("ORR", 26.0, (10.2, 48.4), None), ("ORR", 76.2, (60.5, 87.9), None)],
        ),
        (  # a statistics program's version is no hazard ratio
            "We extracted OS, PFS and hazard ratios and analysed them with RevMan 5.2. "
            "Maintenance improved OS (HR 0.85, 95% CI 0.79-0.91).",
            [("HR", 0.85, (0.79, 0.91), "OS")],
        ),
        (  # the lower limit of an interval after "not reached" is its bound, no median
            "Median duration of response was not reached (lower limit of the 95% CI, 4.1 months).",
            [("DoR", None, (4.1, None), None)],
        ),
        (  # a figure before a coordination is not the figure of an endpoint that has its own
            "Overall, the PFR12 weeks was 68% and the objective response rate 13% (95% "
            "confidence interval, 7.6%-18%).",
            [("ORR", 13.0, (7.6, 18.0), None)],
        ),
    ],
)
def test_sixty_sixth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[7], f[6]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "complete in 17% and partial in 70%" are the parts of the response rate
            "An objective response was seen in 20 patients (87%): complete in 17% and partial in "
            "70%; the remaining 3 patients (13%) had stable disease.",
            [("ORR", 87.0, (None, None), None)],
        ),
        (  # "15 of 28-day cycles" is a schedule, no fraction
            "Methods: Patients who had been free of progression and treatment for at least 12 "
            "months after their last rituximab-containing regimen were randomized 2:1 to C+R or "
            "P+R. Copanlisib 60 mg was given intravenously on days 1, 8 and 15 of 28-day cycles.",
            [],
        ),
        (  # a word of a group's name is no outcome of the ratio after it
            "Five-year overall survival was 50% in the early-progression group and 90% in the "
            "reference group (hazard ratio, 6.44; 95% CI, 4.33 to 9.58).",
            [
                ("HR", 6.44, (4.33, 9.58), "OS"),
                ("OS", 50.0, (None, None), None),
                ("OS", 90.0, (None, None), None),
            ],
        ),
        (  # Wiley's bare headings: "Aim", "Methods and results" end the background
            "Background Pembrolizumab changed treatment. Aim To describe its effectiveness. "
            "Methods and results We reviewed 74 patients. The objective response rate was 30.2% "
            "and median overall survival 13.3 months. Conclusion It works.",
            [("ORR", 30.2, (None, None), None), ("OS", 13.3, (None, None), None)],
        ),
    ],
)
def test_sixty_seventh_and_eighth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[7], f[6]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # deaths unrelated to the disease are no overall survival
            "Elderly patients had shorter overall survival, 6.6 versus 13.3 years, and more deaths "
            "unrelated to the disease (34.9% versus 6.9% at 10 years).",
            [("OS", 6.6, (None, None), None), ("OS", 13.3, (None, None), None)],
        ),
        (  # a median the original trial reported
            "Both exceeded the median OS of 9.2 months reported by the original trial.",
            [],
        ),
        (  # a major response rate, and the endpoint that glosses it, is no response rate
            "The overall response rate was 90.5% and the major response rate (partial response or "
            "better) was 73.0%. Bone scan response occurred in 42% versus 3% of patients.",
            [("ORR", 90.5, (None, None), None)],
        ),
        (  # a trial "not being powered" for a comparison still reports it
            "Median overall survival was 20.7 months versus 16.8 months (hazard ratio 0.79, 95% "
            "CI 0.57-1.09), the trial not being powered for this comparison.",
            [
                ("HR", 0.79, (0.57, 1.09), "OS"),
                ("OS", 20.7, (None, None), None),
                ("OS", 16.8, (None, None), None),
            ],
        ),
    ],
)
def test_sixty_ninth_and_seventieth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[7], f[6]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the corresponding rates of another endpoint share the one timepoint before them
            "The 3-year PFS was 75.6% with daratumumab and 55.0% without (hazard ratio [HR] 0.49, "
            "95% CI 0.36-0.66, P < 0.001), and the corresponding overall survival (OS) rates were "
            "78.3% and 74.4%.",
            [
                ("HR", 0.49, None),
                ("gPFS", 75.6, 36.0),
                ("gPFS", 55.0, 36.0),
                ("OS", 78.3, 36.0),
                ("OS", 74.4, 36.0),
            ],
        ),
        (  # "It was ..." goes on with the median of the sentence before, and hands it on
            "Median survival for the whole cohort was 4.2 months. It was 6 months for patients "
            "given systemic treatment. After whole-brain radiotherapy it was 4.6 months, against "
            "3.2 months without radiotherapy.",
            [("OS", 4.2, None), ("OS", 6.0, None), ("OS", 4.6, None), ("OS", 3.2, None)],
        ),
    ],
)
def test_seventy_first_and_second_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


def test_the_share_of_a_subgroup_count_is_no_part_of_its_label(run):
    found = run("In 40 patients (45%) with brain metastases, the ORR was 30%.")
    assert [(f[0], f[2], f[5]) for f in found] == [("ORR", 30.0, "brain metastases")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the two arms' figures in a bracket after "the difference in median OS"
            "Results: In the matched cohort, median rwPFS was longer with palbociclib (17.4 vs "
            "11.1 months; P < .0001), whereas the difference in median OS (44.3 vs 40.2 months) "
            "was not statistically significant.",
            [("gPFS", 17.4), ("gPFS", 11.1), ("OS", 44.3), ("OS", 40.2)],
        ),
        (  # and after "without a significant gain in OS"
            "Results: Cis-E gave no significant gain in OS (11 vs. 8.3 months, P = 0.067).",
            [("OS", 11.0), ("OS", 8.3)],
        ),
        (  # a difference stated as one figure is still none
            "Results: The difference in OS was 4.1 months.",
            [],
        ),
        (  # two medians compared after "analysis (median": no follow-up time
            "Results: Overall survival was longer after IC in univariate analysis (median 10.7 "
            "vs. 9.1 months; P = 0.012).",
            [("OS", 10.7), ("OS", 9.1)],
        ),
        (  # a landmark in weeks after the start of treatment is no median
            "Conclusions: An NLR of 3 or more 4 weeks after starting nivolumab was associated "
            "with shorter PFS and OS.",
            [],
        ),
        (  # an elided second range ("and median OS from ... to ...") is a spread too
            "Results: Median PFS across the individual studies ranged from 2.1 to 5.9 months and "
            "median OS from 6.7 to 20.9 months.",
            [],
        ),
        (  # but not after a verb of change
            "Results: Median PFS ranged from 2.1 to 5.9 months and median OS improved from 6.7 to "
            "20.9 months.",
            [("OS", 6.7), ("OS", 20.9)],
        ),
        (  # a rate that rose, with its interval and period, to a later one
            "Findings: The objective response rate rose from 9.6% (8.7-10.6) in 2000-05 to 18.0% "
            "(15.7-20.5) in 2013-19.",
            [("ORR", 9.6), ("ORR", 18.0)],
        ),
    ],
)
def test_seventy_fourth_to_sixth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_a_landmark_in_weeks_after_the_start_is_a_rate_timepoint(run):
    found = run("Results: The PFS rate 8 weeks after starting treatment was 40%.")
    assert [(f[0], f[1], f[2], f[3]) for f in found] == [("gPFS", "rate", 40.0, 1.8)]


def test_a_figure_in_the_closing_words_repeats_whatever_group_it_is_given(run):
    text = (
        "Among RAS wild-type patients, median OS was 34.3 months with anti-EGFR therapy for "
        "left-sided tumours and 27.3 months with anti-VEGF therapy. With judicious allocation "
        "of treatment, cetuximab for left-sided tumours can achieve a median OS of 34.3 months "
        "in Taiwanese patients with mCRC."
    )
    assert [f[2] for f in run(text)] == [34.3, 27.3]
    # (before the closing words, another group's equal figure is its own)
    text = (
        "Median OS was 12.0 months in arm A. Median OS was 12.0 months in patients with brain "
        "metastases. Conclusions: Both arms were active."
    )
    assert [(f[2], f[5]) for f in run(text)] == [(12.0, "arm A"), (12.0, "brain metastases")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a kind of survival the files do not name blocks as the named ones do
            "Results: The 5-year DFS, overall survival and colostomy-free survival rates were "
            "81%, 86% and 88%, respectively.",
            [("OS", 86.0)],
        ),
        (  # loco-regional progression-free survival, and its abbreviation, are no PFS
            "Methods: We analysed loco-regional progression-free survival (LPFS). Results: "
            "Median LPFS was 17 months, with 3- and 5-year LPFS rates of 41% and 33%.",
            [],
        ),
        (  # a ratio of side effects is of no survival endpoint
            "Results: Overall survival did not differ. Side effects were more frequent with "
            "radiotherapy plus temozolomide (HR 2.03, 95% CI 1.56-2.64).",
            [],
        ),
        (  # medians "between" two figures are a range across subgroups
            "Results: Eligible patients lived longer, with medians between 7.8 and 8.6 months "
            "depending on the criteria applied.",
            [],
        ),
        (  # "tended to survive longer ... (18.8 months vs 11.1 months)"
            "Results: Patients with a colon primary tended to survive longer than those with a "
            "rectal primary (18.8 months vs 11.1 months; P=0.037).",
            [("OS", 18.8), ("OS", 11.1)],
        ),
    ],
)
def test_seventy_seventh_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a definition between commas, "counting ...", is part of the endpoint
            "Results: Stable disease was the best response in 16% of patients, and the clinical "
            "benefit rate, counting stable disease of at least 24 weeks, was 20% (95% CI, 7-41).",
            [("CBR", 20.0, None)],
        ),
        (  # "at the same timepoints" names the list of the sentence before
            "Results: OS rates at 6, 12 and 24 months were 87.2%, 70.4% and 44.2%. Median PFS was "
            "6.7 months, and PFS rates at the same timepoints were 69.1%, 16.4% and 10.9%.",
            [
                ("OS", 87.2, 6.0),
                ("OS", 70.4, 12.0),
                ("OS", 44.2, 24.0),
                ("gPFS", 6.7, None),
                ("gPFS", 69.1, 6.0),
                ("gPFS", 16.4, 12.0),
                ("gPFS", 10.9, 24.0),
            ],
        ),
        (  # a historical control's median and a median the design assumes are no results
            "Methods: The primary endpoint was overall survival (OS) compared with a historical "
            "control of cisplatin and pemetrexed (median 12.0 months); a median of 19.0 months "
            "was prespecified as clinically meaningful. Results: Median OS was 20.4 months.",
            [("OS", 20.4, None)],
        ),
        (  # (the study's own medians after "Compared with historical controls,")
            "Results: Compared with historical controls, median OS was longer (12.1 vs 8.0 "
            "months).",
            [("OS", 12.1, None), ("OS", 8.0, None)],
        ),
        (  # in prostate cancer "bPFS" is biochemical, not the brain's
            "Methods: Men with metastatic prostate cancer. Results: Docetaxel prolonged bPFS "
            "(HR: 0.73; 95% CI, 0.56-0.94) and rPFS (HR: 0.75; 95% CI, 0.58-0.97).",
            [("HR", 0.75, None)],
        ),
    ],
)
def test_seventy_ninth_to_eighty_first_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Results: Median OS was 20 months. BM developed in 5.8% of carriers and 2.1% of "
        "non-carriers (HR=3.029; 95% CI 1.4-6.5).",
        "Results: Median OS was 20 months. Chemotherapy was also started later in the "
        "apalutamide group (HR 0.63, 95% CI 0.49-0.81).",
    ],
)
def test_the_ratio_of_an_event_the_sentence_tells_of_is_no_survival_ratio(run, text):
    # (the ratio is of an incidence or of a later treatment, not of the OS named before)
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 20.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # event-free survival told as "alive without an event"
            "Results: At 12 months, 73.4% of the patients in the durvalumab group (95% CI, 67.9 "
            "to 78.1) and 64.5% of those in the placebo group were alive without an event.",
            [],
        ),
        (  # "survival free from recurrence ...", and "alive without such a recurrence"
            "RESULTS Median survival free from recurrence outside the urothelial tract was 22.9 "
            "months with nivolumab and 13.7 months with placebo, and at 6 months 77.0% and 62.7% "
            "of the patients were alive without such a recurrence (hazard ratio, 0.72; 95% CI, "
            "0.59 to 0.89).",
            [],
        ),
        (  # a relative risk reduction is no survival rate
            "Results: At 8 years, 78.9% of the patients in the combination group and 69.5% of "
            "those in the leuprolide-alone group were alive, a 40.3% lower risk of death.",
            [("OS", 78.9), ("OS", 69.5)],
        ),
        (  # the share of events reached, and a count of events
            "Results: Overall survival (OS) at 5 years was 76% in the nivolumab arm and 72% in the "
            "ipilimumab arm, at 75% data maturity (228 of 302 planned events).",
            [("OS", 76.0), ("OS", 72.0)],
        ),
        (  # a design's margin, expected rate and alpha
            "Methods: The trial was designed to show non-inferiority by excluding an absolute "
            "detriment of 6% in 3-year survival from the 50% expected with PS (one-sided alpha "
            "10%).",
            [],
        ),
    ],
)
def test_eighty_second_and_third_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a subgroup's count is no percentage sharing the "%" after it
            "Results: Five-year progression-free survival was higher with a Deauville score of 1-3 "
            "(94.0% for scores 1-3, n = 571, vs 83.6% for scores of 4 or more, n = 122).",
            [("gPFS", 94.0), ("gPFS", 83.6)],
        ),
        (  # how long a drug was taken is no endpoint's median
            "Results: Median progression-free survival was 4.4 months (95% CI: 1.8-5.6 months), "
            "and brigatinib was taken for a median of 5.7 months (95% CI: 1.8-6.2 months).",
            [("gPFS", 4.4)],
        ),
    ],
)
def test_eighty_fourth_and_fifth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a performance status's number is no percentage sharing the "%" after it
            "Results: The 4-month PFS rate was 46%; it differed by ECOG performance status (54% "
            "for ECOG 0, 43% for ECOG 1 and 0% for ECOG 2; p = 0.003).",
            [("gPFS", 46.0), ("gPFS", 54.0), ("gPFS", 43.0), ("gPFS", 0.0)],
        ),
        (  # "distant metastasis-free (...)": a survival whose noun is left out blocks
            "Results: TPF gave better 3-year overall survival (88.3% with TPF), as well as better "
            "distant metastasis-free (81.9% vs. 75.0% vs. 77.4%) and locoregional relapse-free "
            "survival (92.0% vs. 87.5%).",
            [("OS", 88.3)],
        ),
    ],
)
def test_eighty_sixth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "intracerebral" names the intracranial endpoints as "intracranial" does
            "Results: The intracerebral control rate reached 51% (95% CI: 37-66%). Median "
            "intracerebral PFS was 3.9 months (95% CI: 2.8-11.1) and median general PFS 2.8 "
            "months (95% CI: 1.8-4.6).",
            [("iDCR", 51.0), ("iPFS", 3.9), ("gPFS", 2.8)],
        ),
        (  # stable disease written "SD" is no part of the response rate
            "Results: Ten pts (22.2%) reached CR and 5 (11.1%) PR, giving an ORR of 33.3%; "
            "another 11 pts (24.4%) had SD.",
            [("ORR", 33.3)],
        ),
    ],
)
def test_eighty_seventh_and_eighth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the expected survival of the general population is not the study's
            "Results: In the 3678 patients who reached PFS24, the SMR thereafter was 1.22 (95% CI "
            "1.09-1.37), and observed OS at 3, 5 and 7 years was 93.1%, 87.6% and 80.0%, against "
            "expected values of 94.4%, 89.5% and 83.7%.",
            [("OS", 93.1), ("OS", 87.6), ("OS", 80.0)],
        ),
        (  # a design's unacceptable and promising rates
            "Methods: The primary endpoint was the proportion of patients free from progression "
            "at 9 months, with 32% set as the unacceptable rate and 44% as the promising rate.",
            [],
        ),
        (  # "after ... progression" is where the survival named before is counted from
            "Results: Median OS was 25.7 months after UCP-only progression and 33.0 months after "
            "RAD-only progression (HR 1.39; 95% CI 1.16 to 1.66; p=0.0003).",
            [("HR", 1.39), ("OS", 25.7), ("OS", 33.0)],
        ),
    ],
)
def test_eighty_ninth_and_ninetieth_split_shapes(run, text, expected):
    found = run(text)
    assert [(f[0], f[2]) for f in found] == expected
    assert all(f[6] == "OS" for f in found if f[0] == "HR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a hyphen may join the percentage to its CI label
            "Results: Median OS from the start of DTP was 42.0 months (95%-CI 13.8-70.1).",
            [("OS", 42.0, (13.8, 70.1))],
        ),
        (  # the fraction before the interval, in the bracket
            "Results: The best overall response rate was 41.7% (15 of 36 patients; 95% "
            "confidence interval [CI], 25.5%-59.2%).",
            [("ORR", 41.7, (25.5, 59.2))],
        ),
        (  # the fraction after a comma, which gives the percentage: one finding
            "Results: In the pMMR cohort one woman responded (3%, 1/35; 95% CI 1-15%).",
            [("ORR", 3.0, (1.0, 15.0))],
        ),
        (  # neuro-oncology's "PFS-6": the six-month rate
            "Results: The PFS-6 rate was 46.5% (95% CI: 30.4, 61.0%), and median OS reached "
            "8.3 months.",
            [("gPFS", 46.5, (30.4, 61.0)), ("OS", 8.3, (None, None))],
        ),
        (  # "radiographic response" in the phrases that report a response rate
            "Results: A radiographic response was recorded in 34 patients (71%) by Levin "
            "criteria and in 17 patients (35%) by Macdonald criteria.",
            [("ORR", 71.0, (None, None)), ("ORR", 35.0, (None, None))],
        ),
        (  # a share that "improved" is another outcome's
            "Results: A radiographic response was seen in 28 patients (52 %), and 25 of 42 "
            "symptomatic patients (60 %) improved neurologically.",
            [("ORR", 52.0, (None, None))],
        ),
        (  # restricted mean survival times are no medians
            "Results: Median OS was 10.9 months with nimotuzumab and 8.5 months with placebo; "
            "the RMST was 18.05 months versus 11.14 months (RMST ratio, 0.62).",
            [("OS", 10.9, (None, None)), ("OS", 8.5, (None, None))],
        ),
        (  # the duration of clinical benefit is no PFS
            "Results: Median progression-free survival with ADT was 4 months and the median "
            "duration of clinical benefit 11 months.",
            [("gPFS", 4.0, (None, None))],
        ),
        (  # what else "lasted a median of" is no figure of the endpoint before
            "Results: Median overall survival had not been reached; the same was true of the "
            "median duration of CHR, whereas CMR lasted a median of 11.6 months.",
            [("OS", None, (None, None))],
        ),
    ],
)
def test_ninety_first_to_fifth_split_values_and_terms(run, text, expected):
    assert [(f[0], f[2], f[7]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a response rate counting stable disease is a disease control rate
            "Results: The response rate to chemotherapy was 54%, rising to 81% when tumours "
            "with stable disease were counted.",
            [("ORR", 54.0), ("DCR", 81.0)],
        ),
        (
            "Results: The intracranial response rate was 30% (65% including SD).",
            [("iORR", 30.0), ("iDCR", 65.0)],
        ),
        (  # "with stable disease in 35%" names another share
            "Results: The ORR was 30%, with stable disease in 35%.",
            [("ORR", 30.0)],
        ),
        (  # a design's target and expected rates
            "Methods: The primary endpoint was the proportion of patients with an objective "
            "response; the target response rate was 17%.",
            [],
        ),
        ("Methods: The primary endpoint was the 6-month PFS rate (target 40%).", []),
        (
            "Results: PFS-6 was 20% in arm A and 25% in arm B, versus 15% expected.",
            [("gPFS", 20.0), ("gPFS", 25.0)],
        ),
        (  # a historical figure, a timepoint's digits between; a comma closes its scope
            "Results: Historical PFS-6 with lomustine is 20%. Compared with historical data, "
            "the PFS-6 was 35%.",
            [("gPFS", 35.0)],
        ),
        (  # a ratio of an outcome the sentence tells of ("deteriorated") is of no endpoint
            "Results: Median PFS was 5.2 months. Physical and functional well-being "
            "deteriorated at a similar pace in both arms (HR = 1.12; P = .54).",
            [("gPFS", 5.2)],
        ),
    ],
)
def test_ninety_first_to_fifth_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "MST 17" is a survival's abbreviation with its figure, no trial's name
            "Results: The median survival time (MST) was 9 months. Group 1 survived longer than "
            "group 2 (MST 17 v 11 months; 5-year survival 9.1% v 3.7%; P = .041).",
            [
                ("OS", 9.0, None),
                ("OS", 17.0, None),
                ("OS", 11.0, None),
                ("OS", 9.1, 60.0),
                ("OS", 3.7, 60.0),
            ],
        ),
        (  # a cut-off "or shorter"; a difference with its sign
            "Results: The benefit held for patients whose treatment-free interval was 60 days "
            "or shorter. The response rate was 18.3% with oral and 21.9% with IV topotecan, a "
            "difference of -3.6% (95% CI, -12.6% to 5.5%).",
            [("ORR", 18.3, None), ("ORR", 21.9, None)],
        ),
        (  # a site's PFS is no PFS; a semicolon in the gloss's bracket ends no clause
            "Results: A higher dose gave better 1-year rates of overall survival (OS; 40.8% vs. "
            "12.5%, p = 0.006), progression-free survival (PFS; 15.9% vs. 9.6%, p = 0.004) and "
            "intrathoracic PFS (39.3% vs. 20.5%, p = 0.003).",
            [("OS", 40.8, 12.0), ("OS", 12.5, 12.0), ("gPFS", 15.9, 12.0), ("gPFS", 9.6, 12.0)],
        ),
        (  # times after "alive" are timepoints
            "Results: A nomogram gave each patient's probability of being alive 3, 6 and 12 "
            "months into treatment.",
            [],
        ),
        (  # "at the same time points": those named before in the sentence, in order
            "Results: 83.6% were alive at 3 months, 63.2% at 6 months and 46.9% at 12 months, "
            "while 66.5%, 44.4% and 26.4% were free of progression at the same time points.",
            [
                ("OS", 83.6, 3.0),
                ("OS", 63.2, 6.0),
                ("OS", 46.9, 12.0),
                ("gPFS", 66.5, 3.0),
                ("gPFS", 44.4, 6.0),
                ("gPFS", 26.4, 12.0),
            ],
        ),
        (  # a second row of rates takes the first row's timepoints in order
            "Results: Survival was better with chemoembolization, at 57% at 1 year, 31% at 2 "
            "years and 26% at 3 years, than in the control group, at 32%, 11% and 3%, "
            "respectively (P = .002).",
            [
                ("OS", 57.0, 12.0),
                ("OS", 31.0, 24.0),
                ("OS", 26.0, 36.0),
                ("OS", 32.0, 12.0),
                ("OS", 11.0, 24.0),
                ("OS", 3.0, 36.0),
            ],
        ),
        (
            "Results: In arm A, OS was 56.9% at 3 years and 43.1% at 5 years; in arm B the "
            "corresponding figures were 55.2% and 30.3%.",
            [("OS", 56.9, 36.0), ("OS", 43.1, 60.0), ("OS", 55.2, 36.0), ("OS", 30.3, 60.0)],
        ),
    ],
)
def test_ninety_sixth_to_ninth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the study's own interval stays when a design clause follows its bracket
            "Results: The ORR was 26.2% (n = 11/42; 95% CI, 13.9%-42.0%), enough to reject the "
            "null hypothesis of an ORR of 10% or less.",
            [("ORR", 26.2, (13.9, 42.0))],
        ),
        (  # what historical data "put" a survival at is another study's
            "Once uveal melanoma has progressed, survival is short: pooled historical data put "
            "the 1-year overall survival at 37% and the median at 7.8 months. Methods: We "
            "treated 127 patients. Results: Median OS was 16.8 months.",
            [("OS", 16.8, (None, None))],
        ),
        (  # the authors' earlier work is another study, "our" notwithstanding
            "Our group earlier proposed a prognostic index derived from 209 patients whose "
            "median survival was 5 months. We studied 685 patients. Median survival was 7 "
            "months.",
            [("OS", 7.0, (None, None))],
        ),
        (  # "CRS" (cytoreductive surgery) is no "CRs" (complete responses)
            "Methods: Patients were randomised to cytoreductive surgery (CRS) alone or CRS with "
            "HIPEC. Results: Median survival was 6.5 months with CRS alone and 11.0 months with "
            "CRS + HIPEC (P = 0.046).",
            [("OS", 6.5, (None, None)), ("OS", 11.0, (None, None))],
        ),
        (  # the upper end of a range after a unit
            "Results: Median post-recurrence survival (PRS) was 11.8 months (range, 3.7 months "
            "– 12.1 years).",
            [("OS", 11.8, (None, None))],
        ),
    ],
)
def test_ninety_sixth_to_ninth_split_quotes_and_terms(run, text, expected):
    assert [(f[0], f[2], f[7]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an abbreviation defined after words that qualify the endpoint
            "Methods: End points were overall survival from the start of brain metastasis "
            "treatment (OSBM). Results: Median OSBM was 20 months for HER2-/HR+ and 9 months "
            "for triple-negative patients (P < .001); triple-negative disease was associated "
            "with shorter OSBM (hazard ratio 1.9; P < .001).",
            [("HR", 1.9), ("OS", 20.0), ("OS", 9.0)],
        ),
        (
            "Methods: We measured progression-free survival after first-line treatment (PFSFT). "
            "Results: Median PFSFT was 8.1 months.",
            [("gPFS", 8.1)],
        ),
        (  # a site among the qualifying words leaves a PFS undefined (brain or not?)
            "Methods: We measured progression-free survival from the diagnosis of brain "
            "metastases (PFSBM). Results: Median PFSBM was 8.1 months.",
            [],
        ),
    ],
)
def test_abbreviations_defined_after_qualifying_words(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "None of the medians ... had been reached": one "not reached" for each endpoint
            "Results: None of the medians for duration of response, PFS or OS had been reached.",
            [("DoR", None), ("gPFS", None), ("OS", None)],
        ),
        (  # undetectable MRD is no response; a range's open end is no "not reached"
            "Results: The ORR was 47% (95% CI, 36%-58%); uMRD was reached in 64% (95% CI, "
            "53%-74%) of patients in blood. Median OS was 12 months (range 2.5 months to not "
            "reached).",
            [("ORR", 47.0), ("OS", 12.0)],
        ),
        (  # a "CDK4/6" inhibitor's digits are no hazard ratio
            "Results: The hazard ratio for PFS with a CDK4/6 inhibitor plus an AI versus an AI "
            "alone was 0.49 (95% CI, 0.31 to 0.76).",
            [("HR", 0.49)],
        ),
        (  # a model's accuracy "for" an endpoint is no rate of it
            "Results: The area under the ROC curve was 62% (95% CI 57-68) for 6-month PFS and "
            "64% (95% CI 58-69) for 1-year OS.",
            [],
        ),
        (  # "the gain was 4.5%": a difference of two rates
            "Results: 3-year survival rose from 18.1% to 23.8%, an absolute gain of 5.7%, and "
            "the gain was 4.5% at 5 years.",
            [("OS", 18.1), ("OS", 23.8)],
        ),
        (  # a site's progression blocks; a time "into treatment" is a timepoint
            "Results: Locoregional progression was less frequent with concomitant treatment "
            "(HR, 0.77; 95% CI, 0.62 to 0.95). Patients whose NLR was low 6 weeks into "
            "treatment had better PFS (HR = 2.10, 95% CI 1.00-4.42).",
            [("HR", 2.1)],
        ),
        (  # further ratios in brackets joined by "or", their labels holding whole numbers
            "Results: Poor OS was associated with a performance status of 1 or more versus 0 "
            "(pooled HR 1.47, 95% CI 1.25-1.73) or of 2 versus 0-1 (1.52, 1.32-1.76), "
            "metastatic versus locally advanced disease (1.55, 1.39-1.72).",
            [("HR", 1.47), ("HR", 1.52), ("HR", 1.55)],
        ),
        (  # the endpoint after a ratio has its own ratio: the first is of the unnamed outcome
            "Results: PCI reduced BM (HR = 0.45, 95% CI: 0.38-0.55) and prolonged OS (HR = 0.81, "
            "95% CI: 0.67-0.99).",
            [("HR", 0.81)],
        ),
        (  # "grade 3/4" is a label, no fraction
            "Results: The ORR was 30%; grade 3/4 thrombocytopenia was more frequent (RR=1.94).",
            [("ORR", 30.0)],
        ),
        (  # "objective radiological response"; a site as the subject; "improved in"
            "Results: An objective radiological response was achieved in 28 of 117 patients "
            "(23.9%). Tumours outside the brain responded objectively in 15 patients (27%), "
            "and symptoms improved in 45% of patients.",
            [("ORR", 23.9), ("ecORR", 27.0)],
        ),
        (  # "the overall RR" after a site's RR is no intracranial one
            "Results: The objective response rate of the brain metastases was 41.9% and the "
            "overall response rate 34.9%.",
            [("iORR", 41.9), ("ORR", 34.9)],
        ),
    ],
)
def test_hundredth_to_hundred_and_third_split_shapes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "these rates were ... respectively": the endpoints named before, in order
            "Results: Low-risk patients had a 5-year PFS rate of 80% and a 5-year OS rate of "
            "80%; in high-risk patients these rates were 69% and 73%, respectively.",
            [("gPFS", 80.0, 60.0), ("OS", 80.0, 60.0), ("gPFS", 69.0, 60.0), ("OS", 73.0, 60.0)],
        ),
        (  # target-lesion shrinkage is no response
            "Results: 26 of the 76 patients had an objective response (34·2%, 95% CI "
            "23·7–46·0), and a shrinkage of target lesions of at least 30% was seen in 35 (46%).",
            [("ORR", 34.2, None)],
        ),
        (  # an earlier classification's figures
            "Results: 5-year PFS was 90% (95% CI 89 to 91), much as in the original "
            "classification (89%). Men with intermediate prognosis had a 5-year PFS of 78% "
            "(95% CI 76 to 80), against 75% originally.",
            [("gPFS", 90.0, 60.0), ("gPFS", 78.0, 60.0)],
        ),
    ],
)
def test_these_rates_and_earlier_reports(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # JAMA's "IMPORTANCE" heading opens background
            "IMPORTANCE Once mesothelioma has progressed, first-line chemotherapy yields a "
            "median overall survival of only 12.1 months. OBJECTIVE To assess avelumab. DESIGN, "
            "SETTING, AND PARTICIPANTS This trial enrolled 53 patients. RESULTS Median overall "
            "survival was 10.7 months.",
            [("OS", 10.7, None)],
        ),
        (  # a design's null ORR; a cut-off of PFS; the PFS of the next line
            "Results: Under a Fleming design (null ORR 10%, alpha 0.05), 7 responses were "
            "needed. A PFS of 12 months was the best cutoff for predicting survival. Patients "
            "who moved on to chemotherapy had a median PFS of 6.2 months on that next line.",
            [],
        ),
        (  # "alive and free from progression"; a timepoint right before the value
            "Results: Seventeen patients (28.3%) were alive and free from progression at 16 "
            "weeks. At 3 years 10.9% of patients were alive, and at 5 years 6.3%.",
            [("gPFS", 28.3, 3.7), ("OS", 10.9, 36.0), ("OS", 6.3, 60.0)],
        ),
        (  # an assessment's timepoint that opens the sentence holds for response too
            "Results: At the 12-week evaluation, disease control had been achieved in 37% of "
            "patients and an objective response in 10%.",
            [("DCR", 37.0, 2.8), ("ORR", 10.0, 2.8)],
        ),
        (  # rows of rates take the first row's timepoints; a group's share in its bracket
            "Results: Patients at low risk had survival rates of 90% at 5 years and 65% at 10 "
            "years; those at intermediate risk had survival of 75% and 54%, and those at high "
            "risk 38% and 11%, respectively. By number of factors, 4-year overall survival was "
            "95.4% for patients with no factor (16.7% of the cohort) and 90.0% with one factor "
            "(33.9%).",
            [
                ("OS", 90.0, 60.0),
                ("OS", 65.0, 120.0),
                ("OS", 75.0, 60.0),
                ("OS", 54.0, 120.0),
                ("OS", 38.0, 60.0),
                ("OS", 11.0, 120.0),
                ("OS", 95.4, 48.0),
                ("OS", 90.0, 48.0),
            ],
        ),
        (  # the ends of a range, each with its group, are the groups' figures
            "Results: Five-year OS ranged from 54% in the highest-risk to 88% in the lowest-risk "
            "group.",
            [("OS", 54.0, 60.0), ("OS", 88.0, 60.0)],
        ),
        (  # figures compared with another trial's are the study's own
            "Results: The median progression-free survival on abemaciclib was 5.3 months, figures "
            "close to those of single-agent abemaciclib in MONARCH-1.",
            [("gPFS", 5.3, None)],
        ),
        (  # times "without progression" are timepoints; composite PFS blocks
            "Methods: We analysed PFS using 12, 24 and 36 months without progression as "
            "reference time points. Results: Composite progression-free survival had a median "
            "of 24.8 months.",
            [],
        ),
    ],
)
def test_hundred_and_fourth_to_seventh_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "complete or partial response" alone names the response rate, per arm
            "Results: A complete or partial response occurred in 76% of patients receiving the "
            "combination and in 54% of those receiving monotherapy (P=0.03).",
            [("ORR", 76.0, None), ("ORR", 54.0, None)],
        ),
        (  # ... but spells out the endpoint in the bracket after it, or a category
            "Results: The overall response rate (complete or partial response) was 54% and the "
            "disease control rate (complete or partial response or stable disease) was 62%. "
            "Of 17 patients, 8 (47.1%) achieved a best intracranial response of partial or "
            "complete response, and a further seven (41.2%) had stable disease.",
            [("ORR", 54.0, None), ("DCR", 62.0, None), ("iORR", 47.1, None)],
        ),
        (  # "responses were more frequent in X than Y (a% vs b%)"; not after another kind
            "Results: Responses were more frequent in PD-L1-positive than PD-L1-negative "
            "tumors (42% vs. 17%, P = 0.002). Complete responses were more common with "
            "obinutuzumab (20.7% vs. 7.0%), and PSA responses were more frequent with "
            "cabazitaxel (66% vs 37%).",
            [("ORR", 42.0, None), ("ORR", 17.0, None)],
        ),
        (  # a share after a count "in": "in 160 patients (73%) given A and in 165 (76%) given B"
            "Results: A RECIST response was seen in 160 patients (73%) given mFOLFOXIRI plus "
            "panitumumab and in 165 (76%) given mFOLFOX6 plus panitumumab (odds ratio, 0.87).",
            [("ORR", 73.0, None), ("ORR", 76.0, None)],
        ),
    ],
)
def test_complete_or_partial_responses(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an earlier study's figure; a design's power; how long survivors were followed
            "Results: In an earlier single-institution phase II study, 47.6% (95% CI 26.2-69.0%) "
            "of patients responded to cisplatin with gemcitabine. With 90% power, this trial "
            "rules out a response rate above 30%. The median survival was 11.7 months, and the "
            "13 survivors had been followed for a median of 45.2 months.",
            [("OS", 11.7, None)],
        ),
        (  # changes, not rates: "raised the risk of death by 22%", "by a relative 91.7%"
            "Results: Each 5-year increment in age raised the risk of death by 22% in "
            "non-elderly and by 43% in elderly patients. Over the 20 years, 5-year OS rose "
            "substantially, by a relative 91.7% for PGC and 67.7% for DGC.",
            [],
        ),
        (  # the complete part of a response rate
            "Results: Forty-two of the sixty patients had an objective tumour response (70%; "
            "95% CI 57-81%), and in nineteen of them (32%) the response was complete.",
            [("ORR", 70.0, None)],
        ),
        (  # the clause's own endpoint "at a median of"; not a time from an event
            "Results: Survival was shortest with liver metastases, at a median of 13.5 months. "
            "At a median of 9.9 months after stopping venetoclax, most patients remained free of "
            "progression.",
            [("OS", 13.5, None)],
        ),
        (  # the second arm "68% given placebo"; a change "from 57% to 64%" after six words
            "Results: An overall response was achieved by 82% of patients given venetoclax and "
            "68% given placebo (p=0.0081). Cetuximab did increase the response rate in this "
            "population, from 57% to 64%.",
            [("ORR", 82.0, None), ("ORR", 68.0, None), ("ORR", 57.0, None), ("ORR", 64.0, None)],
        ),
        (  # "they were" / "the corresponding figures were" keep the one timepoint before
            "Results: The estimated 2-year progression-free survival (PFS) and overall survival "
            "(OS) were 21.5% and 28.7%; among responders they were 53.0% and 60.7%, "
            "respectively. Men with good-prognosis disease had a 5-year PFS of 89% (95% CI, 87 "
            "to 90) and a 5-year OS of 95% (95% CI, 94 to 96); in intermediate-prognosis "
            "disease the corresponding figures were 79% (95% CI, 70 to 85) and 88% (95% CI, 80 "
            "to 93).",
            [
                ("gPFS", 21.5, 24.0),
                ("OS", 28.7, 24.0),
                ("gPFS", 53.0, 24.0),
                ("OS", 60.7, 24.0),
                ("gPFS", 89.0, 60.0),
                ("OS", 95.0, 60.0),
                ("gPFS", 79.0, 60.0),
                ("OS", 88.0, 60.0),
            ],
        ),
    ],
)
def test_hundred_and_eighth_to_eleventh_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a design's bound on the ratio; an adverse event's ratio
            "Results: Overall survival was similar (HR 0.97), while liver injury was numerically "
            "more frequent with ribociclib (HR 1.209, 95% CI 0.896-1.632). Noninferiority was "
            "tested with the upper limit of the one-sided confidence interval for the hazard "
            "ratio set at 1.20.",
            [("HR", 0.97, "OS")],
        ),
        (  # "the upper limit of normal" is a factor's threshold, not a design's bound
            "Results: On multivariate analysis, LDH above the upper limit of normal (HR 2.86, "
            "95% CI 1.57-5.2) predicted shorter overall survival.",
            [("HR", 2.86, "OS")],
        ),
    ],
)
def test_ratios_that_are_bounds_or_side_effects(run, text, expected):
    assert [(f[0], f[2], f[6]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an earlier classification's figures, "in which ... had been"
            "Results: Outcomes were better than in the original classification, in which 5-year "
            "PFS had been 82% and 5-year OS 86% for good prognosis. The 5-year OS was 95%.",
            [("OS", 95.0, 60.0)],
        ),
        (  # a CI "not estimable" is no median "not reached"
            "Results: Localised grade 1 tumours carried the best outlook, with a median overall "
            "survival of 233 months (95% confidence interval not estimable).",
            [("OS", 233.0, None)],
        ),
        (  # a list of shares with its own verb; not a clause of its own after ", and"
            "Results: Objective responses occurred in 73%, 39% and 44% of patients, "
            "respectively, and 64%, 56% and 50% began cycle 6 still receiving a doublet. The "
            "DCR was 80%, and 40% had progressed by 6 months.",
            [("ORR", 73.0, None), ("ORR", 39.0, None), ("ORR", 44.0, None), ("DCR", 80.0, None)],
        ),
    ],
)
def test_earlier_classifications_and_shared_verbs(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a site as the subject of "responded": the brain's and the extracranial disease's
            "Results: The brain metastases responded completely in 5 patients and partially in "
            "21; the objective response rate of 45% exceeded the target. Extracranial disease "
            "stabilised in 7 patients (13%) and responded in 6 (11%).",
            [("iORR", 45.0, None), ("ecORR", 11.0, None)],
        ),
        (  # parts of a response rate told by adverbs; stable disease's share
            "Results: Of 21 assessable patients, 14 responded (67%), seven completely (33%) and "
            "seven partially (33%). Brain metastases responded objectively in 8 of the 117 "
            "patients (7%) and remained stable in 34 (29%).",
            [("ORR", 67.0, None), ("iORR", 7.0, None)],
        ),
        (  # survival and progression judged by the brain or by function are no OS
            "Results: Median time to neurological progression was 58 v 30 days, and "
            "meningitis-specific survival tended to be longer (median 343 v 98 days). "
            "Neurological survival did not differ (14.5 vs 12.9 months).",
            [],
        ),
        (  # an interval whose upper bound carries a plus sign
            "Results: IT patients survived a median of 18.3 weeks and non-IT patients 30.3 weeks "
            "(difference 12.9 weeks; 95% CI -5.5 to +34.3 weeks; P = 0.32).",
            [("OS", 18.3, None), ("OS", 30.3, None)],
        ),
        (  # rows of medians compared with their ratios, after a label: the earlier ratio's PFS
            "Results: Median PFS was 11.1 vs 6.9 mo (HR 0.60, 95% CI 0.46-0.78). By PD-L1: TPS "
            "<1% 9.9 vs 5.7 mo (HR 0.55; 95% CI 0.37-0.82); TPS >=1% 12.6 vs 8.6 mo (HR 0.66; "
            "0.46-0.95). Right-sided tumours reached the brain sooner (9.3 vs 46.6 months; HR = "
            "4.7).",
            [
                ("HR", 0.6, None),
                ("gPFS", 11.1, None),
                ("gPFS", 6.9, None),
                ("HR", 0.55, None),
                ("HR", 0.66, None),
                ("gPFS", 9.9, None),
                ("gPFS", 5.7, None),
                ("gPFS", 12.6, None),
                ("gPFS", 8.6, None),
                ("HR", 4.7, None),
            ],
        ),
        (  # changes told as gains ("lifting ... by 6%", "an absolute 4%", "gains at 2 years of")
            "Results: Adding chemotherapy lifted 5-year survival by 6%, from 60% to 66%, with "
            "5-year survival going from 29% to 33% in the second comparison, again an absolute 4% "
            "(1-8), corresponding to absolute survival gains at 2 years of 8.7% and 5.1%.",
            [("OS", 60.0, 60.0), ("OS", 66.0, 60.0), ("OS", 29.0, 60.0), ("OS", 33.0, 60.0)],
        ),
        (  # a design's power and ratios
            "Methods: The study had 88% power for HR <0.60 in ESR1m and 92.5% power for HR <0.67 "
            "overall (one-sided alpha 0.01875). Results: The PFS HR was 0.57.",
            [("HR", 0.57, None)],
        ),
    ],
)
def test_hundred_and_twelfth_to_fourteenth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


def test_ratios_of_a_factor_associated_with_a_blocked_outcome(run):
    text = (
        "Results: Median OS was 12 months. In multivariable analysis, cavity radiosurgery (HR "
        "0.4) and a pre-operative tumour size above 3 cm (HR 2.4) were associated with local "
        "control. KPS < 70 (HR 2.4) predicted shorter time to death."
    )
    assert [(f[0], f[2], f[6]) for f in run(text)] == [("OS", 12.0, None), ("HR", 2.4, "OS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a death share is no rate of the endpoint before; stable disease "in a further"
            "Results: Responses lasted a median of 9.1 months, and fewer women had died at 1 year "
            "(22 percent vs. 33 percent). Of 112 patients, 23 (20.5%) responded, and disease was "
            "stable for 8 weeks or more in a further 30% and 33%.",
            [("DoR", 9.1, None), ("ORR", 20.5, None)],
        ),
        (  # "the medians were" and a group that "did better": the earlier ratio's survival
            "Results: PFS favoured U2 (HR 0.546; 95% CI 0.413-0.720). Among treatment-naive "
            "patients the medians were 38.5 months and 26.1 months (HR, 0.482). The relapsed "
            "group also did better with U2, at 19.5 versus 12.9 months (HR, 0.601).",
            [
                ("HR", 0.546, None),
                ("HR", 0.482, None),
                ("gPFS", 38.5, None),
                ("gPFS", 26.1, None),
                ("HR", 0.601, None),
                ("gPFS", 19.5, None),
                ("gPFS", 12.9, None),
            ],
        ),
        (  # "stood at 41 months"; a "Wald" interval's level is no rate
            "Results: Median progression-free survival stood at 41 months after VRd, with a "
            "hazard ratio of 0.742 (96% Wald confidence interval 0.594, 0.928).",
            [("HR", 0.742, None), ("gPFS", 41.0, None)],
        ),
        (  # "had not progressed at 6 months"; "at least a partial response"
            "Results: 83.7% of the first 43 assessable patients on pazopanib had not progressed "
            "at 6 months. At least a partial radiographic response was recorded in 57% of "
            "patients.",
            [("gPFS", 83.7, 6.0), ("ORR", 57.0, None)],
        ),
        (  # a lower confidence limit alone; a median "estimated at" with its interval
            "Results: Responses lasted a median of 32 weeks (lower 95% confidence limit, 24 "
            "weeks; upper limit not estimable), and median progression-free survival was "
            "estimated at 40 weeks (95% CI, 32 to 50).",
            [("DoR", 32.0, None), ("gPFS", 40.0, None)],
        ),
    ],
)
def test_hundred_and_sixteenth_to_nineteenth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


def test_a_share_that_survived_a_time_gives_no_median(run):
    text = (
        "Results: Median survival was 11 months. About a quarter of operated patients with "
        "pleural mesothelioma survived 18 months, and epithelial histology predicted long-term "
        "survival. Patients given chemotherapy survived a median of 14 months."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 11.0), ("OS", 14.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an expression level's number is a label ("with PD-L1 of 0 and 46% ...")
            "Results: Four-year OS reached 67% (95%CI 59-73) with PD-L1 of 50% or more, compared "
            "with 51% (95%CI 42-58) with PD-L1 of 0 and 46% (95%CI 39-54) with PD-L1 of 1-49%.",
            [("OS", 67.0, 48.0), ("OS", 51.0, 48.0), ("OS", 46.0, 48.0)],
        ),
        (  # "13 of the 19"; a share spelled out at the start of a sentence
            "Results: Objective responses, all partial, were seen in 13 of the 19. Thirty "
            "percent of patients were alive at 2 years.",
            [("ORR", 68.4, None), ("OS", 30.0, 24.0)],
        ),
        (  # a design's expected ratio; progression in the liver only
            "Methods: The study was planned around an expected hazard ratio of 0.7. Results: "
            "Median PFS in the liver was 12.6 v 20.5 months (hazard ratio, 0.69). TARE gave "
            "longer intrahepatic PFS (HR 0.51). OS was longer (HR 0.62).",
            [("HR", 0.62, None)],
        ),
    ],
)
def test_hundred_and_twentieth_to_twenty_third_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


def test_psa_declines_and_progression_block_and_radiographic_freedom_is_pfs(run):
    text = (
        "Results: A decline of at least 50% in the serum prostate-specific antigen level was seen "
        "in 50% and 27% of men, and an objective response in 17% and 11%. The risk of PSA "
        "progression fell by 81% (HR, 0.19). At 2 years 72.3% and 50.0% of patients, "
        "respectively, were free of radiographic progression."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("ORR", 17.0, None),
        ("ORR", 11.0, None),
        ("gPFS", 72.3, 24.0),
        ("gPFS", 50.0, 24.0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a mean is no median; "at both 1 and 2 years" gives the rate at each timepoint
            "Results: The median OS had not been reached, with an actuarial mean of 28.5 months; "
            "OS was 87.6% at both 1 and 2 years.",
            [("OS", None, None), ("OS", 87.6, 12.0), ("OS", 87.6, 24.0)],
        ),
        (  # "produced more responses than"; factors after "PFS was worse with"
            "Results: The combination produced more responses than paclitaxel alone (29% v 17%). "
            "In multivariable analysis, PFS was worse with a disease-free interval below 18 months "
            "(HR 1.52) and four or more metastases (HR 1.48).",
            [("ORR", 29.0, None), ("ORR", 17.0, None), ("HR", 1.52, None), ("HR", 1.48, None)],
        ),
    ],
)
def test_hundred_and_twenty_fourth_to_seventh_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


def test_an_adjusted_interval_level_and_a_cutoff_are_no_rates(run):
    text = (
        "Results: Within six cycles, 17 of 18 children responded (94%; 95% adjusted CI, 72.7 to "
        "98.6). The response rate was 16.7% when tumours were PD-L1 positive and 3.3% when they "
        "were PD-L1 negative at a 5% tumour-cell cutoff."
    )
    assert [(f[0], f[2], f[7]) for f in run(text)] == [
        ("ORR", 94.0, (72.7, 98.6)),
        ("ORR", 16.7, (None, None)),
        ("ORR", 3.3, (None, None)),
    ]


def test_a_timepoint_from_an_event_another_trials_share_and_a_treatments_length(run):
    text = (
        "Results: Two years after diagnosis 54.24% of the women were still alive, and by five "
        "years overall survival had fallen to 25.8%. An objective response was recorded in 61.3% "
        "of patients, against 48% in the reference trial. Median PFS was 2.2 years; the longest "
        "treatment still under way had lasted 5.4 years."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("OS", 54.24, 24.0),
        ("OS", 25.8, 60.0),
        ("ORR", 61.3, None),
        ("gPFS", 2.2, None),
    ]


def test_intervals_spelled_out_or_after_the_response_they_belong_to(run):
    # NEJM's "95 percent confidence interval"; the interval after "had an objective response"
    # or "of patients given the combination"; "with a 95% confidence interval of"
    text = (
        "Results: The response rate was 22.9 percent (95 percent confidence interval, 17.5 to 29.1 "
        "percent) with the combination. The hazard ratio for death was 1.35 (95 percent "
        "confidence interval, 1.09 to 1.66; P=0.005). Overall, 39.7% of patients had an objective "
        "response (95% CI 30.7% to 49.2%). Brain metastases responded in 57% of patients given "
        "the combination (95% confidence interval [CI], 43% to 69%). The hazard ratio for "
        "progression was 0.65, with a 95% confidence interval of 0.46-0.91."
    )
    assert [(f[0], f[2], f[7]) for f in run(text)] == [
        ("ORR", 22.9, (17.5, 29.1)),
        ("HR", 1.35, (1.09, 1.66)),
        ("ORR", 39.7, (30.7, 49.2)),
        ("iORR", 57.0, (43.0, 69.0)),
        ("HR", 0.65, (0.46, 0.91)),
    ]


def test_a_blocking_abbreviation_the_abstract_spells_out_as_something_else(run):
    # "tumour treating fields (TTF)" is no time to treatment failure; "time to next line of
    # therapy (TTNT)" stays the blocked outcome
    text = (
        "Methods: Patients were randomised to tumour treating fields (TTF) or chemotherapy. "
        "Results: Median overall survival was 6.6 months with TTF and 6.0 months with "
        "chemotherapy (hazard ratio 0.86 [95% CI 0.66-1.12]; p=0.27). Time to next line of "
        "therapy (TTNT) was also recorded: median TTNT 11.1 months (95% CI 10.7 to 11.5)."
    )
    assert [(f[0], f[2], f[5]) for f in run(text)] == [
        ("HR", 0.86, None),
        ("OS", 6.6, "TTF"),
        ("OS", 6.0, "chemotherapy"),
    ]


def test_relapse_leukaemic_transformation_larynx_and_a_one_sided_bound_are_no_results(run):
    # a ratio of relapse is no PFS; the risk of AML and larynx preservation are other outcomes;
    # "one-sided 95% upper bound" is an interval's level
    text = (
        "Results: RIC carried a higher 3-year relapse rate (hazard ratio [HR] 1.64; 95% CI, "
        "1.2-2.2). The risk of relapse was four times higher after RIC (HR 4.06; 95% CI, 2.59 to "
        "6.35). Overall survival at 3 years was 56.5% and the 3-year risk of AML was 25.1%. The "
        "larynx was preserved more often with concomitant cisplatin (HR, 0.58; 95% CI, 0.37 to "
        "0.89). Overall survival was worse with cetuximab (hazard ratio 1.45, one-sided 95% upper "
        "bound 1.94)."
    )
    assert [(f[0], f[2], f[3], f[6]) for f in run(text)] == [
        ("OS", 56.5, 36.0, None),
        ("HR", 1.45, None, "OS"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one figure at two timepoints
            "Results: PFS was 35.3% at 12 months and 23.5% at 24 months, and OS was 82.4% at both "
            "6 and 12 months and 70.1% at 24 months.",
            [
                ("gPFS", 35.3, 12.0),
                ("gPFS", 23.5, 24.0),
                ("OS", 82.4, 6.0),
                ("OS", 82.4, 12.0),
                ("OS", 70.1, 24.0),
            ],
        ),
        (  # a follow-up among the survivors; an interval's upper end "not achieved"
            "RESULTS Median follow-up among the men still alive was 13 years. Median overall "
            "survival reached 46.3 weeks (95% CI, 28 weeks-not achieved).",
            [("OS", 46.3, None)],
        ),
        (  # another measure of survival: specific survival and mortality, restricted means
            "Results: Survival at 5 years was 78% with combined treatment, and 5-year specific "
            "survival was 94%. Disease-specific mortality fell from 8% to 4% (hazard ratio 1.87). "
            "The restricted mean survival time for OS was 34.3 months with chemotherapy.",
            [("OS", 78.0, 60.0)],
        ),
        (  # a "two-stage" interval; an earlier cohort's figures
            "Results: The best overall response rate was 29% (two-stage 95% CI, 13% to 51%). In an "
            "earlier phase 1b cohort, the combination had produced an objective response rate of "
            "67.6%.",
            [("ORR", 29.0, None)],
        ),
        (  # durations of response after a time to response; a share "of them" that lasted
            "Results: The objective response rate was 40%. Responses appeared after a median of "
            "2.7 months and lasted a median of 17.5 months (95% CI, 12.0 months to not reached), "
            "and 65.6% of them lasted 6 months or longer.",
            [("ORR", 40.0, None), ("DoR", 17.5, None), ("DoR", 65.6, 6.0)],
        ),
    ],
)
def test_hundred_and_fortieth_to_forty_third_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a figure to the hundredth after "about"; the whole cohort is no group
            "Results: The median OS was about 38.57 months. Median PFS for the whole cohort was "
            "4.0 months [95% CI: 3.5-5.4].",
            [("OS", 38.57, None), ("gPFS", 4.0, None)],
        ),
        (  # lesions that responded partially or remained stable; a difference "by 2.1%"
            "Results: On MRI, 14 lesions responded completely, 62 (35.6%) responded partially "
            "and 10 (5.7%) remained stable. Overall survival at 8 years favoured neratinib "
            "numerically, by 2.1% (hazard ratio for death 0.79; 95% CI 0.55-1.13).",
            [("HR", 0.79, None)],
        ),
        (  # the next endpoint of a "corresponding" list keeps the timepoint of the clause before
            "Results: The estimated 5-year FFTF was 85.0%; the corresponding progression-free "
            "survival (PFS) was 86.0% and OS 94.5%.",
            [("gPFS", 86.0, None), ("OS", 94.5, None)],
        ),
        (  # another recurrence and its predictor
            "Results: The 5-yr rates of freedom from high-grade recurrence and of freedom from "
            "progression to muscle-invasive disease were 37% and 83%. Current smoking predicted "
            "high-grade recurrence (HR 4.44, 95% CI 1.41-13.97).",
            [],
        ),
    ],
)
def test_hundred_and_forty_fourth_and_fifth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[5]) for f in run(text)] == expected


def test_a_clause_names_its_own_ratios_endpoint_after_them_historical_controls_and_sites(run):
    # each clause's ratios are of the endpoint it names after them; historical controls quote
    # other patients; local and regional freedom from progression is no PFS
    text = (
        "Results: Pretreatment EBV DNA (HR = 3.324, 95% CI, 1.80-6.138) was associated with "
        "PFS; and both EBV DNA (HR = 3.753, 95% CI, 1.701-8.284) and clinical stage (HR = 2.577, "
        "95% CI, 1.252-5.050) were associated with OS. Historical controls had a 3-year PFS of "
        "70% after resection alone and 90% after resection plus radiotherapy. At 2 years, the "
        "rates of local, regional and locoregional freedom from progression were 92.6%, 90.8% "
        "and 89.3%, and 84.7% of patients were free of distant metastasis."
    )
    assert [(f[0], f[2], f[6]) for f in run(text)] == [
        ("HR", 3.324, "gPFS"),
        ("HR", 3.753, "OS"),
        ("HR", 2.577, "OS"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the design's null rate after a comma; a count "giving" its rate
            "Results: 19 of 52 patients had a response, all partial, giving an overall response "
            "rate of 37% (95% CI 24-51), above the prespecified null rate of 18%. With IMRT plus "
            "cisplatin, 2-year PFS was 90.5%, which rejected the null hypothesis of 85% or less "
            "(P = .04); with IMRT alone it was 87.6% (P = .23).",
            [("ORR", 37.0, None), ("gPFS", 90.5, 24.0), ("gPFS", 87.6, 24.0)],
        ),
        (  # shares of responses maintained at a list of timepoints, one at each
            "Results: The ORR was 20%. Median duration of response was not reached, and 86.5%, "
            "75.5% and 64.2% of responses were maintained at 6, 9 and 12 months.",
            [
                ("ORR", 20.0, None),
                ("DoR", None, None),
                ("DoR", 86.5, 6.0),
                ("DoR", 75.5, 9.0),
                ("DoR", 64.2, 12.0),
            ],
        ),
        (  # "a response or stable disease" is disease control; "relative hazard" a ratio
            "Results: Two patients had an objective response (11%, 95% CI 1.4-35.0), and 14 had "
            "either a response or stable disease (78%, 95% CI 52-94). Overall survival favoured "
            "regimen B (relative hazard of death 0.81; 95% CI, 0.54 to 1.2).",
            [("ORR", 11.0, None), ("DCR", 78.0, None), ("HR", 0.81, None)],
        ),
    ],
)
def test_hundred_and_forty_sixth_to_ninth_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the same endpoints again at a later timepoint, "respectively"
            "Results: Progression-free survival (PFS) was 62% and overall survival (OS) 85% at 2 "
            "years, and 28% and 66%, respectively, at 5 years.",
            [("gPFS", 62.0, 24.0), ("OS", 85.0, 24.0), ("gPFS", 28.0, 60.0), ("OS", 66.0, 60.0)],
        ),
        (  # a gain "by a median of"; overall remission is the response rate
            "Results: PFS was prolonged by a median of 10 months with R-FC: 30.6 months versus "
            "20.6 months with FC. Overall remission was more frequent with fludarabine (72% vs "
            "51%).",
            [("gPFS", 30.6, None), ("gPFS", 20.6, None), ("ORR", 72.0, None), ("ORR", 51.0, None)],
        ),
    ],
)
def test_hundred_and_fiftieth_and_fifty_first_split_shapes(run, text, expected):
    assert [(f[0], f[2], f[3]) for f in run(text)] == expected


def test_both_arms_counts_given_with_their_intervals(run):
    # "in 18 patients (24%, 95% CI 15-35) given A and 17 (23%, 14-34) given B": one rate per arm
    text = (
        "Results: An objective response was recorded in 18 patients (24%, 95% CI 15-35) given "
        "cetuximab and 17 (23%, 14-34) given chemotherapy alone."
    )
    assert [(f[0], f[2], f[7]) for f in run(text)] == [
        ("ORR", 24.0, (15.0, 35.0)),
        ("ORR", 23.0, (14.0, 34.0)),
    ]


def test_two_sided_intervals_limits_a_range_before_and_a_ratio_per_unit(run):
    text = (
        "Results: The 12-week PFS was 57.2% (2-sided 95% CI, 42.4%-68.8%). The series had a "
        "median OS of 6 months (range 1-42 months; 95% CI: 4.419-7.581). The number of metastatic "
        "sites was associated with OS (HR 1.41 per additional site, 95% CI, 1.17-1.70). Overall "
        "survival favoured RT (hazard ratio, 1.04; 90% confidence limit, 0.71 to 1.52)."
    )
    assert [(f[0], f[2], f[7]) for f in run(text)] == [
        ("gPFS", 57.2, (42.4, 68.8)),
        ("OS", 6.0, (4.419, 7.581)),
        ("HR", 1.41, (1.17, 1.7)),
        ("HR", 1.04, (0.71, 1.52)),
    ]


def test_interval_after_the_arm_and_the_count_and_a_rate_of_clinical_response(run):
    text = (
        "RESULTS The ORR was 20.7% with rogaratinib (18/87; 95% CI, 12.7 to 30.7) and 19.3% with "
        "chemotherapy (17/88; 95% CI, 11.7 to 29.1). The vaccine group had a higher rate of "
        "clinical response than the control group (16% vs. 6%, P=0.03)."
    )
    assert [(f[0], f[2], f[7]) for f in run(text)] == [
        ("ORR", 20.7, (12.7, 30.7)),
        ("ORR", 19.3, (11.7, 29.1)),
        ("ORR", 16.0, (N, N)),
        ("ORR", 6.0, (N, N)),
    ]


def test_unlabelled_intervals_after_a_semicolon_a_comma_or_before_a_p_value(run):
    text = (
        "Results: Median overall survival was 24.5 months with azacitidine and 15.0 months with "
        "conventional care (hazard ratio 0.58; 0.43 to 0.77; stratified log-rank p=0.0001). "
        "Risk factors for death were age 40 years or older [aHR 2.49, (1.33-4.67)]. The hazard "
        "ratio was 0.88 (95% CI 0.82-0.94, P < 0.0001) for OS and 0.81 (0.76-0.88, P < 0.0001) "
        "for PFS. EBR was associated with shorter mOS than DBR in EGFR-negative disease (14.1 "
        "months, 12.7-15.5, vs 19.4 months, 14.2-24.6)."
    )
    assert [(f[0], f[2], f[7]) for f in run(text) if f[7] != (N, N)] == [
        ("HR", 0.58, (0.43, 0.77)),
        ("HR", 2.49, (1.33, 4.67)),
        ("HR", 0.88, (0.82, 0.94)),
        ("HR", 0.81, (0.76, 0.88)),
        ("OS", 14.1, (12.7, 15.5)),
        ("OS", 19.4, (14.2, 24.6)),
    ]


def test_a_share_that_rounds_to_the_printed_rate_brings_its_interval(run):
    text = (
        "Six months after the start of treatment, 83% of patients with grade 1 tumours were alive "
        "and progression-free (10 of 12; 95% CI, 52 to 98), as were 33% of those with grade 2/3 "
        "tumours (8 of 24; 95% CI, 16 to 55)."
    )
    assert [(f[0], f[2], f[7]) for f in run(text)] == [
        ("gPFS", 83.0, (52.0, 98.0)),
        ("gPFS", 33.0, (16.0, 55.0)),
    ]
    # (not the count of deaths in the clause before: 39/69 is no 57% alive)
    text = "At the OS analysis, 39 of 69 patients had died; 12-month OS was 57% (38%-71%)."
    found = extract(Article(pmid="1", title="", abstract=text)).findings
    assert [(f.endpoint, f.value, f.n, f.N) for f in found] == [("OS", 57.0, N, N)]


def test_arms_named_with_no_and_shares_each_with_its_arm_before_one_verb(run):
    text = (
        "Findings Among evaluable patients, 49% of the irinotecan group and 31% of the "
        "no-irinotecan group had an objective response (p<0.001). Median survival was 8.7 months "
        "in the ECF arm and 6.1 months in the FAMTX arm (P = 0.0005), and 14% (95% CI 8-20%) of "
        "ECF patients against 5% (95% CI 2-10%) of FAMTX patients were alive at 2 years."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("ORR", 49.0, N),
        ("ORR", 31.0, N),
        ("OS", 8.7, N),
        ("OS", 6.1, N),
        ("OS", 14.0, 24),
        ("OS", 5.0, 24),
    ]
    # (a share of patients with another outcome does not take the verb of the survivors)
    text = "Median survival was 8.7 months, and 14% of patients had toxicity and 5% were alive."
    assert 14.0 not in [f[2] for f in run(text)]


def test_that_for_another_group_is_the_same_ratio_but_not_for_another_outcome(run):
    text = (
        "The adjusted hazard ratio of death for the CCRT group compared with the CT-alone group "
        "was 0.398 (95% CI, 0.314-0.504), and that for the sequential CT-RT group was 0.307 (95% "
        "CI, 0.235-0.402). The hazard ratio for death in the surgery group was 1.35 (95 percent "
        "confidence interval, 1.09 to 1.66), and that for relapse was 1.52 (95 percent "
        "confidence interval, 1.23 to 1.86)."
    )
    assert [(f[0], f[2], f[6]) for f in run(text)] == [
        ("HR", 0.398, "OS"),
        ("HR", 0.307, "OS"),
        ("HR", 1.35, "OS"),
    ]


def test_a_list_of_subgroup_rates_keeps_a_rate_equal_to_the_whole_cohorts(run):
    text = (
        "Results: The 5-year OS rate was 87%. With AFP below 1000 IU/ml (n = 360), 1000 to 2000 "
        "IU/ml (n = 77) and above 2000 IU/ml (n = 167), 5-year OS was 89%, 87% and 84%. "
        "Conclusions: AFP levels refine the prognosis. The 5-year OS rate was 87%."
    )
    assert [f[2] for f in run(text)] == [87.0, 89.0, 87.0, 84.0]


def test_the_corresponding_values_of_the_sentence_before(run):
    text = (
        "RESULTS: With FOLFOX, the median time to progression was 8.7 months, the response rate "
        "45% and the median survival time 19.5 months. Each result was better than with IFL, for "
        "which the corresponding values were 6.9 months, 31% and 15.0 months. IROX was tested "
        "too."
    )
    assert [(f[0], f[1], f[2]) for f in run(text)] == [
        ("ORR", "proportion", 45.0),
        ("OS", "median", 19.5),
        ("ORR", "proportion", 31.0),
        ("OS", "median", 15.0),
    ]


def test_a_mean_survival_is_no_median_at_a_sentence_start_or_with_its_spread(run):
    text = (
        "Mean overall survival was 17.0 months and median overall survival was 12.1 months. In "
        "group B survival was 60% at 12 months, and mean (SD) survival 21.0 (3.8) months."
    )
    assert [(f[0], f[1], f[2]) for f in run(text)] == [
        ("OS", "median", 12.1),
        ("OS", "rate", 60.0),
    ]


def test_responses_maintained_in_shares_of_responders_and_still_responding(run):
    text = (
        "Results: The median duration of response was not reached; response was maintained in "
        "91.3% (95% CI, 75.5 to 97.1) of responders at 6 months, 82.5% (95% CI, 62.0 to 92.6) at "
        "12 months and 80.5% at 18 months. An estimated 63% (95% CI 46% to 75%) of responders to "
        "the combination were still responding at 24 months."
    )
    assert [(f[0], f[1], f[2], f[3]) for f in run(text)] == [
        ("DoR", "median", N, N),
        ("DoR", "rate", 91.3, 6),
        ("DoR", "rate", 82.5, 12),
        ("DoR", "rate", 80.5, 18),
        ("DoR", "rate", 63.0, 24),
    ]


def test_local_control_and_recurrence_outcomes_take_their_own_ratios(run):
    text = (
        "Methods: Primary tumor control (PC), overall survival (OS) and the local relapse rate "
        "(LR) were estimated. Results: The 2-year OS rate was 61.3% in arm 1 and 77.7% in arm 2, "
        "and 1-year PC was 97.0% (95% CI 84.2%-99.9%) and 92.7% (95% CI 80.1%-98.5%), "
        "respectively. Only the radiation dose was associated with lower LR (hazard ratio (HR) "
        "0.736; 95% CI 0.635-0.916). High grade (hazard ratio, 1.51 [95% CI, 1.34 to 1.7]) and "
        "LVI (hazard ratio, 1.85 [95% CI, 1.62 to 2.1]) were associated with a higher risk of "
        "recurrence."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("OS", 61.3, 24), ("OS", 77.7, 24)]
    # (but "lower mortality" is death's, so the ratio is of OS)
    text = (
        "Results: Overall survival was 60% at 5 years. Older age (aHR 0.91; 95% CI 0.86-0.96) "
        "was associated with lower mortality."
    )
    assert [(f[0], f[2], f[6]) for f in run(text)] == [("OS", 60.0, N), ("HR", 0.91, "OS")]


def test_it_was_gives_the_rates_at_the_timepoints_of_the_clause_before(run):
    text = (
        "Results: Overall survival after SABR was 91% (95% CI 85-98) at 3 years and 87% (79-95) "
        "at 5 years; after VATS L-MLND it was 91% (85-98) and 84% (76-93)."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("OS", 91.0, 36),
        ("OS", 87.0, 60),
        ("OS", 91.0, 36),
        ("OS", 84.0, 60),
    ]


def test_a_block_of_figures_after_against_and_a_transformation_as_a_factor(run):
    text = (
        "Results: In the entire cohort, 5-year OS was 68.9% and 5-year PFS 59.5% with "
        "non-ANT-based regimens, against 57.5% and 44.5% with ANT-based regimens. Age of 65 "
        "years or more (HR, 1.578; p = 0.022) and progression to acute myeloid leukemia (HR, "
        "1.901; p = 0.001) predicted shorter survival."
    )
    assert [(f[0], f[2], f[3], f[6]) for f in run(text)] == [
        ("OS", 68.9, 60, N),
        ("gPFS", 59.5, 60, N),
        ("OS", 57.5, 60, N),
        ("gPFS", 44.5, 60, N),
        ("HR", 1.578, N, "OS"),
        ("HR", 1.901, N, "OS"),
    ]
    # (a time for a time and a rate for a rate, linked here or not before)
    text = (
        "Results: With resection, median PFS was 18.0 months and 1- and 2-year PFS rates 57% and "
        "33%, against 7.3 months, 31% and 7% without resection."
    )
    assert [(f[2], f[3]) for f in run(text)] == [
        (18.0, N),
        (57.0, 12),
        (33.0, 24),
        (7.3, N),
        (31.0, 12),
        (7.0, 24),
    ]


def test_a_stage_number_after_hr_for_is_no_ratio(run):
    text = "Results: For overall survival, the HR for stage 3 was 2.1 (95% CI 1.4-3.2)."
    assert [(f[0], f[2], f[7]) for f in run(text)] == [("HR", 2.1, (1.4, 3.2))]


def test_intervals_after_the_arm_favoured_and_after_free_of_progression(run):
    text = (
        "Results: Median OS was 22.8 months with PS and 24.5 months with NACT (HR 0.87 favouring "
        "NACT, 80% CI 0.76-0.98). At 12 weeks, 66% of patients were free of progression (90% CI, "
        "51% to 100%)."
    )
    assert [(f[0], f[2], f[7]) for f in run(text) if f[7] != (N, N)] == [
        ("HR", 0.87, (0.76, 0.98)),
        ("gPFS", 66.0, (51.0, 100.0)),
    ]


def test_intervals_after_the_arm_given_and_a_repeated_ci(run):
    text = (
        "Results: An objective response was achieved by 46% of patients given ECF (95% CI "
        "37-55%) and by 21% given FAMTX (95% CI 13-28%; P = 0.00003). Survival favoured ipi3, "
        "with a hazard ratio for death of 0.78 (95.6% repeated CI, 0.61 to 0.99; P = .044)."
    )
    assert [(f[0], f[2], f[7]) for f in run(text)] == [
        ("ORR", 46.0, (37.0, 55.0)),
        ("ORR", 21.0, (13.0, 28.0)),
        ("HR", 0.78, (0.61, 0.99)),
    ]


def test_a_share_of_a_response_category_in_a_bracket_or_attained_at_least(run):
    text = (
        "Results: In MCL 75% responded (complete responses in 21%), while the response rate was "
        "38% in FL. In that group the overall response rate was 40%, with 27% attaining at least "
        "a very good partial response."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 75.0), ("ORR", 38.0), ("ORR", 40.0)]


def test_a_course_of_treatment_is_no_median(run):
    text = (
        "Patients and methods: Patients were randomly assigned to bolus 5-FU/LV for 6 months or to "
        "PVI 5-FU for 12 weeks. Conclusions: OS did not differ between the arms, but 12 weeks of "
        "PVI 5-FU was associated with a trend towards better RFS and OS and with markedly less "
        "toxicity than 6 months of bolus 5-FU/LV."
    )
    assert run(text) == []


def test_the_corresponding_rates_of_groups_are_no_repeats(run):
    text = (
        "Results: Median OS was 15.6 months, with 1- and 2-year survival rates of 58.2% and "
        "35.9%. Median OS was 22.8 months in the first-line group, 16.3 months in the second-line "
        "group and 12.6 months in later lines. The corresponding 1-year and 2-year survival rates "
        "were 71.6% and 48.3%, 58.2% and 37.0%, and 52.0% and 29.5%. Conclusions: Eribulin works."
    )
    assert [f[2] for f in run(text) if f[1] == "rate"] == [
        58.2,
        35.9,
        71.6,
        48.3,
        58.2,
        37.0,
        52.0,
        29.5,
    ]


def test_cochrane_headings_open_the_results(run):
    text = (
        "Background\nWhether radiosurgery adds to WBRT is uncertain.\nObjectives\nTo assess WBRT "
        "plus SRS.\nSearch methods\nCENTRAL and MEDLINE were searched.\nMain results\nTwo studies "
        "with 358 participants were combined. There was no difference in overall survival (HR "
        "0.82, 95% CI 0.65 to 1.02).\nAuthors' conclusions\nAdding SRS did not improve survival."
    )
    assert [(f[0], f[2], f[6]) for f in run(text)] == [("HR", 0.82, "OS")]


def test_compared_means_and_the_first_and_second_pfs(run):
    text = (
        "Results: Progression-free survival was longer with the combination than with TACE alone "
        "(mean 21 months vs 12 months; P = 0.0005). Progression-free survival 1 (PFS1) and "
        "progression-free survival 2 (PFS2) were estimated. AA+ADT remained superior for PFS1 "
        "(HR = 0.34, 95% CI = 0.183-0.623) and PFS2 (HR = 0.33, 95% CI = 0.128-0.827)."
    )
    assert [(f[0], f[2], f[6]) for f in run(text)] == [("HR", 0.34, "gPFS")]
    text = "Results: Median PFS1 was 5.9 mo and median OS1 14.1 mo."
    assert [(f[0], f[2]) for f in run(text)] == [("gPFS", 5.9), ("OS", 14.1)]


def test_a_defined_abbreviation_in_the_plural(run):
    text = (
        "Results: The median survival time (MST) was 26.0 months after resection. In the "
        "stratified analyses, MSTs for resected versus non-resected patients were 18.7 vs. 7.0 "
        "months among those with IM. Conclusion: Resection can be justified."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 26.0), ("OS", 18.7), ("OS", 7.0)]


def test_combined_psa_pfs_is_no_pfs(run):
    # (the defined form and the abbreviation glued to its "c")
    text = (
        "Results: The primary outcome was combined prostate-specific antigen progression-free "
        "survival (cPSA-PFS). Median cPSA-PFS was 17.3 months (95% CI, 10.3-24.3) with ABI-ENZ "
        "and 10.2 months with ENZ-ABI (HR 0.46; 95% CI, 0.26-0.83). Median OS was 28.1 months."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 28.1)]


def test_a_treatment_time_that_opens_the_sentence_times_its_rate(run):
    text = "Results: After 3 months of treatment the overall disease control rate was 76.6%."
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("DCR", 76.6, 3.0)]


def test_a_designs_threshold_and_target_are_no_rates(run):
    text = (
        "Methods: The primary endpoint was confirmed ORR by central review in HER2-positive pts "
        "(threshold 15%, expected 40%). Results: ORR was 36.4%. The probability that the ORR "
        "exceeded the 20% target was high."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 36.4)]


def test_a_cut_off_before_alternatives_holds_for_each(run):
    text = (
        "Results: Median OS was 14 months. A first-line PFS of at least 6 or 12 months was "
        "associated with longer OS. Median OS was 26.2 months with CPS >= 5 and 18.8 months "
        "with CPS < 5."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 14.0), ("OS", 26.2), ("OS", 18.8)]


def test_treatment_durations_are_no_figures_of_the_endpoint_before(run):
    text = (
        "Results: Median progression-free survival was 17.75 months for the whole group, with "
        "individual treatment durations of 1, 4, 11 and 40 months."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("gPFS", 17.75)]


def test_an_interim_scan_is_no_trial_name(run):
    text = (
        "Results: Five-year PFS was 76% (95% CI, 70%-81%) among PET2-negative patients and 66% "
        "(95% CI, 52%-76%) among PET2-positive patients."
    )
    assert [(f[0], f[2], f[5]) for f in run(text)] == [
        ("gPFS", 76.0, "PET2-negative"),
        ("gPFS", 66.0, "PET2-positive"),
    ]


def test_a_further_ratio_after_one_of_a_blocked_outcome(run):
    text = (
        "Results: In univariate analysis, failure to reach CR carried a hazard ratio of 16.5 (95% "
        "CI 8.19-33.21) for DFS and 8.42 (95% CI 3.77-18.81) for OS."
    )
    assert [(f[0], f[2], f[6]) for f in run(text)] == [("HR", 8.42, "OS")]


def test_ratios_after_while_are_of_the_outcome_their_half_names(run):
    text = (
        "Results: T stage predicted recurrence-free survival (RFS) (HR = 3.03, 95% CI: 1.10-8.37), "
        "while age group (HR = 2.90, 95% CI: 1.12-7.49) and N stage (HR = 3.05, 95% CI: "
        "1.07-8.74) predicted overall survival (OS)."
    )
    assert [(f[0], f[2], f[6]) for f in run(text)] == [("HR", 2.9, "OS"), ("HR", 3.05, "OS")]
    text = (
        "Results: The larynx was preserved more often with cisplatin/RT (HR, 0.58; 95% CI, 0.37 "
        "to 0.89), whereas induction PF did no better than RT alone (HR, 1.26; 95% CI, 0.88 to "
        "1.82)."
    )
    assert run(text) == []


def test_a_figure_right_after_its_endpoint_is_not_the_next_lists(run):
    text = (
        "Results: By intention to treat, the objective response rate was 2% and 32.6% of "
        "patients had disease control at 12 weeks."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("ORR", 2.0, None), ("DCR", 32.6, 2.8)]
    # (a blocking term with a bare comma before the figure does not hold it)
    text = (
        "Results: On imaging, most patients (n = 32, 82%) had stable disease, 5 of 39 (12.8%) had "
        "an objective radiographic response, and 2 (5.2%) progressed."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 12.8)]


def test_a_designs_margin_and_rates_considered_inactive(run):
    text = (
        "Methods: The primary outcome was the disease control (DC) rate after 2 months, with 10% "
        "considered inactive and 30% worth pursuing. A co-primary outcome was the difference in "
        "2-year progression-free survival (non-inferiority margin 10%). Results: The DC rate was "
        "40%."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("DCR", 40.0)]


def test_timepoints_before_a_mention_not_the_one_with_its_figure_before_them(run):
    text = (
        "Results: The overall disease control rate (DCR) was 55.6%; at 8 and 12 weeks the DCR was "
        "52.3% and 35.5%, respectively."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("DCR", 55.6, None),
        ("DCR", 52.3, 1.8),
        ("DCR", 35.5, 2.8),
    ]


def test_an_advantage_in_months_is_a_difference(run):
    text = (
        "Results: Median OS was 26 months in the pembrolizumab group and 18 months in the "
        "chemotherapy group, an advantage of 8 months."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 26.0), ("OS", 18.0)]


def test_a_ratio_of_hazard_ratios_is_none(run):
    # (defined as "the ratio of HRs (rHR)", it had read as a hazard ratio)
    text = (
        "Methods: Hazard ratios (HRs) for PFS were extracted, and the difference was expressed as "
        "the ratio of HRs (rHR). Results: Treatment effects on PFS were on average 26% larger in "
        "phase II than in phase III (rHR = 0.74, 95% CI 0.68-0.80, P < 0.001)."
    )
    assert run(text) == []


def test_an_event_rate_is_no_rate_of_the_endpoint(run):
    text = (
        "Results: In the CR group, 4-year overall survival was 96.1% (95% CI, 92.1% to 100%); the "
        "observed event rate was 20.2% against an expected 15% (P = .052). OS, at an event rate "
        "of 54%, favored the antibody arm (median 28.7 months v 25.7 months)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 96.1), ("OS", 28.7), ("OS", 25.7)]


def test_timepoints_of_two_units_before_their_rates(run):
    text = (
        "Results: The pooled PFS rates at 6 months and 1 year were 65.62% and 44.18%, respectively."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("gPFS", 65.62, 6.0), ("gPFS", 44.18, 12.0)]


def test_a_count_of_patients_who_went_on_to_other_treatment(run):
    text = (
        "Results: Overall survival at 36 months was 93%, although 50 of the 59 patients went on "
        "to receive further treatment. Objective responses were seen in 25 of 129 patients given "
        "doxorubicin."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 93.0), ("ORR", 19.4)]


def test_each_arm_named_before_its_figure(run):
    text = "Results: Median OS was longer (nivolumab 12.1 vs docetaxel 9.4 months; HR 0.73)."
    assert [(f[0], f[2], f[5]) for f in run(text)] == [
        ("HR", 0.73, None),
        ("OS", 12.1, "nivolumab"),
        ("OS", 9.4, "docetaxel"),
    ]
    text = "Results: Median PFS was longer (anti-EGFR 12.39 and anti-VEGF 13.14 vs 9.83 months)."
    assert [(f[0], f[2]) for f in run(text)] == [("gPFS", 12.39), ("gPFS", 13.14), ("gPFS", 9.83)]
    # (a ratio before "vs" is no figure of the unit after it)
    text = "Results: PFS HR 0.73 vs median OS 9.4 months."
    assert [(f[0], f[2]) for f in run(text)] == [("HR", 0.73), ("OS", 9.4)]


def test_mos_in_lower_case_is_months(run):
    text = (
        "Results: Median PFS was 8.6 mos (95% CI 5.6-13.6) overall, 9.1 mos (95% CI 5.8-16.6) in "
        "cohort 1 and 7.1 mos (95% CI 2.8-16.5) in cohort 2. The mOS was 20 mos."
    )
    assert [(f[0], f[2]) for f in run(text)] == [
        ("gPFS", 8.6),
        ("gPFS", 9.1),
        ("gPFS", 7.1),
        ("OS", 20.0),
    ]


def test_a_ratio_for_metastasis_or_death_is_no_survivals(run):
    text = (
        "Results: Metastasis-free survival at 5 years was 87.3%; the hazard ratio for metastasis "
        "or death was 0.42 (95% CI, 0.30 to 0.61). Two-year PFS was 76.7% with pola-R-CHP (hazard "
        "ratio for progression, relapse or death, 0.73; 95% CI, 0.57 to 0.95)."
    )
    assert [(f[0], f[2], f[6]) for f in run(text)] == [("HR", 0.73, "gPFS"), ("gPFS", 76.7, None)]


def test_bare_ratios_in_a_sentence_of_ratios(run):
    text = (
        "Results: The benefit was concentrated in non-small cell lung cancer (HR for OS 0.74; HR "
        "for PFS 0.69; P<0.001), small-cell lung cancer (OS 0.58, P<0.001; PFS 0.55, P=0.030) "
        "and melanoma (OS 0.53, P<0.001)."
    )
    assert sorted((f[2], f[6]) for f in run(text)) == [
        (0.53, "OS"),
        (0.55, "gPFS"),
        (0.58, "OS"),
        (0.69, "gPFS"),
        (0.74, "OS"),
    ]
    text = (
        "Results: The drugs lowered the risk of death (hazard ratio 0.72, 95% CI 0.66 to 0.78). "
        "With monotherapy, overall survival was prolonged in PD-L1-positive NSCLC (0.72, 0.61 to "
        "0.86) and in other cancer types (0.66, 0.57 to 0.76)."
    )
    assert [(f[2], f[6], f[7]) for f in run(text)] == [
        (0.72, "OS", (0.66, 0.78)),
        (0.72, "OS", (0.61, 0.86)),
        (0.66, "OS", (0.57, 0.76)),
    ]


def test_a_parallel_row_takes_the_timepoints_before_it(run):
    text = (
        "Results: Cumulative recurrence rates in the PVC group were 48.1%, 86.5%, 92.3% and 96.2% "
        "at 1, 2, 3 and 5 years, and OS rates were 63.8%, 37.9%, 24.4% and 18.3%."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("OS", 63.8, 12.0),
        ("OS", 37.9, 24.0),
        ("OS", 24.4, 36.0),
        ("OS", 18.3, 60.0),
    ]


def test_a_figure_for_each_endpoint_of_a_list(run):
    text = "Results: Median PFS and OS were 14 months each, versus 12 months each with placebo."
    assert sorted((f[0], f[2]) for f in run(text)) == [
        ("OS", 12.0),
        ("OS", 14.0),
        ("gPFS", 12.0),
        ("gPFS", 14.0),
    ]


def test_a_gloss_in_brackets_between_a_rate_and_its_timepoint(run):
    text = (
        "Results: The clinical benefit rate (partial response plus stable disease) at 4 months "
        "was 30%."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("CBR", 30.0, 4.0)]


def test_a_median_abbreviation_of_a_blocked_outcome_holds_its_figure(run):
    text = (
        "Results: In the first line, the mOS was 15.0 months (95% CI: 11.20; 18.80) and the mTST "
        "was 8.0 months (95% CI: 6.25; 9.75)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 15.0)]


def test_a_timepoint_that_opens_a_respectively_list(run):
    text = (
        "Results: The 3-year locoregional recurrence-free survival, distant metastasis-free "
        "survival and overall survival rates were 95.8%, 90.9% and 89.5%, respectively."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("OS", 89.5, 36.0)]


def test_a_response_share_of_patients_treated_for_a_lesion(run):
    text = (
        "Results: A complete or partial response was achieved in 25 of 27 patients (93%) treated "
        "for multisystemic lesions and in 2 of 8 (25%) treated for neurodegenerative LCH."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 93.0), ("ORR", 25.0)]


def test_the_time_a_conditional_survival_is_counted_from(run):
    text = (
        "Results: Survival was estimated by substage (IIIA, IIIB and IIIC), and conditional "
        "probabilities of reaching 5 years were derived for patients who had already survived 1, "
        "2, 3 and 4 years. For the whole cohort, 2-year overall survival from diagnosis was 83%, "
        "and patients who had survived 1, 2, 3 or 4 years had a steady 91% probability of living "
        "2 more years."
    )
    assert [(f[0], f[2]) for f in run(text) if f[1] == "median"] == []


def test_time_on_a_line_of_treatment_holds_its_figure(run):
    text = (
        "Results: Median overall survival from the start of third-line therapy was 7.1 months "
        "(range 0.4-41.2), and median time on third-line treatment was 3 months (range 0.1-40)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 7.1)]


def test_a_conditional_survivals_list_of_times_survived(run):
    text = (
        "Results: Conditional survival (CS) was estimated. The 1-year CS at 6, 12 and 18 months "
        "after diagnosis was 81.5%, 83.8% and 85.3%, respectively. OS at 6, 12 and 18 months "
        "after treatment was 75.9%, 44.0% and 30.6%, respectively."
    )
    assert [(f[2], f[3]) for f in run(text)] == [
        (81.5, 12.0),
        (83.8, 12.0),
        (85.3, 12.0),
        (75.9, 6.0),
        (44.0, 12.0),
        (30.6, 18.0),
    ]


def test_relative_survival_is_no_overall_survival(run):
    text = (
        "Results: One-year relative survival rates (RSRs) were flat at 32.9%, 33.2% and 33.2%, "
        "whereas 5-year RSRs rose from 4.9% to 6.4%. The highest 20-year relative survival rates "
        "were found for thyroid cancer (95.2%). Five-year overall survival was 40%."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("OS", 40.0, 60.0)]


def test_a_calendar_year_is_no_time_of_a_list(run):
    text = (
        "Results: Median survival was 8 months for patients who died in 2006, 7 months for "
        "those who died in 2008 and 9 months for those who died in 2010."
    )
    assert [f[2] for f in run(text)] == [8.0, 7.0, 9.0]


def test_an_elided_change_of_conditional_survival(run):
    text = (
        "Results: Conditional survival (CS) rose with time survived. One-year CS increased from "
        "40.4% at diagnosis to 57.2% at 24 months, and 2-year CS from 17.3% to 39.4% across the "
        "same landmarks."
    )
    assert [f[2] for f in run(text)] == [40.4, 57.2, 17.3, 39.4]


def test_a_mean_and_its_standard_deviation_is_no_median(run):
    text = (
        "Results: Progression-free survival (1.7 ± 3.3 vs. 0.3 ± 0.3 years, p < 0.01) and "
        "overall survival (4.6 ± 3.6 vs. 2.0 ± 3.7 years, p = 0.01) were longer in responders. "
        "The median overall survival was 7 +/- 1.2 months."
    )
    assert [(f[0], f[1], f[2]) for f in run(text)] == [("OS", "median", 7.0)]


def test_times_after_alive_with_their_landmarks_are_timepoints(run):
    text = (
        "Results: Median survival was 12.61 months. A larger share of those diagnosed in "
        "2005-2008 were alive 12 months after diagnosis and 12 months beyond the 6-, 12- and "
        "18-month landmarks."
    )
    assert [f[2] for f in run(text)] == [12.61]


def test_medians_after_another_survivals_abbreviation_are_its_own(run):
    text = (
        "Results: Overall survival was 12.1 vs 10.0 months. Gilteritinib also prolonged EFS "
        "(median 2.8 vs 0.6 mo; HR 0.551 [95% CI: 0.395, 0.769]; P=0.00004)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 12.1), ("OS", 10.0)]


def test_nr_that_names_a_group_is_not_not_reached(run):
    text = (
        "Methods: Chemotherapy use and overall survival (OS) of NR-M0 patients were compared "
        "across 3-year periods. Results: Median OS was NR (95% CI 14.2-NR)."
    )
    assert [(f[0], f[4], f[6]) for f in run(text)] == [("OS", True, None)]


def test_a_time_ago_is_no_figure(run):
    text = (
        "Results: Median OS was 9 months. Conclusions: In the Netherlands, trial gains have not "
        "translated into longer survival for most patients; only those with the most favorable "
        "prognosis live longer than they did 15 years ago."
    )
    assert [f[2] for f in run(text)] == [9.0]


def test_percentiles_of_survival_time_are_no_medians(run):
    text = (
        "Results: Median OS was 9 months. For esophageal cancer the p10 survival time lengthened "
        "from 17.2 to 21.0 months (P=.006), and for gastric cancer p10 lengthened from 15.9 to "
        "23.5 months and p25 from 7.9 to 9.9 months."
    )
    assert [f[2] for f in run(text)] == [9.0]


def test_a_cause_specific_conditional_survival_is_no_overall_survival(run):
    text = (
        "Background: Conditional survival (CS) is the probability of surviving a further period. "
        "Results: For stage I disease, 5-year melanoma-specific CS stayed at 97% in every year "
        "after diagnosis, and 5-year CS was 81%."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("OS", 81.0, 60.0)]


def test_a_ci_label_glossed_in_braces_inside_a_bracket(run):
    text = (
        "Results: After weighting, the 12-mo OS was lower with immunotherapy than with "
        "chemotherapy (39.6% [95% confidence interval {CI} 34.0-45.3%] vs 46.1% [95% CI "
        "43.4-48.8%])."
    )
    assert [(f[2], f[7]) for f in run(text)] == [(39.6, (34.0, 45.3)), (46.1, (43.4, 48.8))]


def test_a_shares_interval_after_the_group_it_is_of(run):
    text = (
        "Results: An objective response occurred in 69.4% of the patients in the selpercatinib "
        "group (95% CI, 62.4 to 75.8) and in 38.8% in the control group (95% CI, 29.1 to 49.2)."
    )
    assert [(f[2], f[7]) for f in run(text)] == [(69.4, (62.4, 75.8)), (38.8, (29.1, 49.2))]


def test_conditional_survival_as_a_probability_of_surviving_further(run):
    text = (
        "Results: For patients who had already survived 1, 2, 3 and 4 years, the probability of "
        "reaching 5 additional years rose to 29.9%, 47.9%, 66.0% and 80.8%, respectively. Given "
        "survival to 1, 3 and 5 years after surgery, the probability of living an additional 3 "
        "years was 56, 71 and 82 %, respectively. The probability of reaching complete remission "
        "was 60%."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("OS", 29.9, 60.0),
        ("OS", 47.9, 60.0),
        ("OS", 66.0, 60.0),
        ("OS", 80.8, 60.0),
        ("OS", 56.0, 36.0),
        ("OS", 71.0, 36.0),
        ("OS", 82.0, 36.0),
    ]


def test_a_median_that_reached_a_time_after_treatment(run):
    text = (
        "Results: Neither PFS nor OS differed by CRT modality, although median PFS reached 23 "
        "months after cCRT against 13.5 months after sCRT."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("gPFS", 23.0), ("gPFS", 13.5)]


def test_rates_abbreviated_with_their_timepoints(run):
    text = (
        "Methods: Primary endpoints were the objective response rate (ORR), the 6-month "
        "progression-free survival rate (PFSR6m) and the 1-year overall survival rate (OSR1y). "
        "Results: The pooled ORR, PFSR6m and OSR1y were 24.6% (95%CI: 20.3%-29.6%), 42.0% "
        "(95%CI: 34.2%-50.3%) and 61.8% (95%CI: 57.7%-65.7%)."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("ORR", 24.6, None),
        ("gPFS", 42.0, 6.0),
        ("OS", 61.8, 12.0),
    ]


def test_a_ratio_with_its_interval_in_square_brackets_and_a_semicolon(run):
    text = (
        "Results: Adding an ICI prolonged PFS (HR 0.71 [0.63; 0.81] 95% CI, p<0.00001) and OS "
        "(HR 0.79 [0.68; 0.93], p=0.004)."
    )
    assert [(f[6], f[2], f[7]) for f in run(text)] == [
        ("gPFS", 0.71, (0.63, 0.81)),
        ("OS", 0.79, (0.68, 0.93)),
    ]


def test_a_further_ratio_named_for_its_endpoint_after_and(run):
    text = (
        "Results: The effect was largest in dMMR tumours, with an HR for PFS of 0.40 [0.32; "
        "0.49] (p<0.00001) and for OS of 0.44 [0.33; 0.57] (p<0.00001)."
    )
    assert [(f[6], f[2], f[7]) for f in run(text)] == [
        ("gPFS", 0.4, (0.32, 0.49)),
        ("OS", 0.44, (0.33, 0.57)),
    ]


def test_a_median_that_stayed_or_remained_at_a_time(run):
    text = (
        "Results: Median survival stayed at 7 months throughout. Median overall survival "
        "remained at 2 months in the elderly."
    )
    assert [(f[0], f[1], f[2]) for f in run(text)] == [("OS", "median", 7.0), ("OS", "median", 2.0)]


def test_decades_of_calendar_time_are_no_median(run):
    text = (
        "Results: Median OS was 7 months. Long-term survival of SCLC has thus improved only "
        "slightly in 30 years and remains extremely low."
    )
    assert [f[2] for f in run(text)] == [7.0]


def test_a_conditional_survival_keeps_its_span_over_its_landmarks(run):
    text = (
        "Findings: Within Heng risk groups, 2-year conditional survival changed little for "
        "favourable-risk patients, whereas for poor-risk patients it increased from 11% (8-15) "
        "at 0 months to 33% (18-48) at 18 months."
    )
    assert [(f[2], f[3]) for f in run(text)] == [(11.0, 24.0), (33.0, 24.0)]


def test_a_count_with_its_share_then_a_timepoint(run):
    text = (
        "Results: Of the observed high-risk patients, 59 (61%) remained progression-free at 12 "
        "months and 10 (10%) at 5 years."
    )
    assert [(f[2], f[3]) for f in run(text)] == [(61.0, 12.0), (10.0, 60.0)]


def test_ratios_of_the_blocked_outcome_named_after_them(run):
    text = (
        "Results: Median OS was 40 months. Patients with ASXL1 mutations (hazard ratio [HR], "
        "1.86; P = .03), EZH2 mutations (HR, 2.94; P = .009) or an HMR profile (HR, 2.06; "
        "P = .01) had shorter TTF."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 40.0)]


def test_a_psa50_response_rate_abbreviated_is_no_orr(run):
    text = (
        "Results: Screen failures responded less often (PSA50RR 21% vs. 50%; P = 0.005) and "
        "median OS was 9.6 vs. 14.2 mo."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 9.6), ("OS", 14.2)]


def test_adverse_reactions_reported_in_counts_do_not_make_a_quoted_sentence(run):
    text = (
        "Results: In those aged 64 or less (n = 75), 65-74 (n = 198) and 75 or more (n = 180), "
        "prespecified ADRs were reported in 17 (22.7%), 69 (34.9%) and 58 (32.2%), and the "
        "12-month OS rate was 77.6%, 82.7% and 72.6%."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [
        ("OS", 77.6, 12.0),
        ("OS", 82.7, 12.0),
        ("OS", 72.6, 12.0),
    ]


def test_a_group_keeps_the_characters_the_abstract_writes(run):
    text = (
        "Results: The 12-month OS rate was 77.6% in patients aged ≤ 64 years and 72.6% in "
        "those aged ≥ 75 years."
    )
    assert [(f[2], f[5]) for f in run(text)] == [
        (77.6, "aged ≤ 64 years"),
        (72.6, "aged ≥ 75 years"),
    ]


def test_years_of_follow_up_are_no_median(run):
    text = (
        "Methods: We update response, PFS and overall survival (OS), with 5 years of follow-up, "
        "for patients treated with pembrolizumab. Results: Median OS was 30 months."
    )
    assert [f[2] for f in run(text)] == [30.0]


def test_a_share_of_the_tumor_responses_is_no_response_rate(run):
    text = (
        "Results: The response rate was 18.4%. Symptom improvement accompanied 69.2% and 85.7% "
        "of the tumor responses."
    )
    assert [f[2] for f in run(text)] == [18.4]


def test_a_zero_in_a_list_of_times_is_a_labels_number(run):
    text = (
        "Results: Median OS was 26 months for patients with an ECOG performance status of 0 and "
        "5.5 months for those with a higher score (p = 0.003)."
    )
    assert [f[2] for f in run(text)] == [26.0, 5.5]


def test_a_trial_named_before_randomised_trial_is_quoted(run):
    text = (
        "Results: ORR was 71.1% with early eribulin and 47.7% with late eribulin. Conclusions: "
        "Response rates exceeded the 12% reported in the EMBRACE randomised trial."
    )
    assert [f[2] for f in run(text)] == [71.1, 47.7]


def test_relapsed_or_refractory_after_a_share_is_a_population(run):
    text = (
        "Results: An overall response was achieved by 13 of 14 (93%) treatment-naive patients "
        "and 86 of 92 (93%) relapsed or refractory patients. Twelve patients (12%) relapsed."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 93.0), ("ORR", 93.0)]


def test_a_share_of_lasting_responses_before_another_endpoints_median(run):
    text = (
        "Results: ORR was 47.2%, the estimated proportion of responses lasting at least 12 "
        "months was 88.3%, and median PFS was 26.0 months."
    )
    found = [(f[0], f[1], f[2], f[3]) for f in run(text)]
    assert found == [
        ("ORR", "proportion", 47.2, None),
        ("DoR", "rate", 88.3, 12.0),
        ("gPFS", "median", 26.0, None),
    ]


def test_counts_after_responses_in_are_response_rates(run):
    text = (
        "Results: In bone sarcoma, ORR was 5% and 12-week PFS 28% (95% CI 14-41), with "
        "responses in 1/5 chondrosarcoma pts and 0/13 Ewing sarcoma pts. Responses occurred in "
        "8 of 13 patients (61.5%) treated at 5.4 mg/kg."
    )
    found = [(f[0], f[1], f[2]) for f in run(text)]
    assert found == [
        ("ORR", "proportion", 5.0),
        ("gPFS", "rate", 28.0),
        ("ORR", "proportion", 20.0),
        ("ORR", "proportion", 0.0),
        ("ORR", "proportion", 61.5),
    ]


def test_counts_after_intracranial_responses_keep_their_endpoint(run):
    text = (
        "Results: Intracranial responses were seen in 2 of 17 patients (12%) in cohort A and "
        "1 of 17 patients (6%) in cohort B."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("iORR", 12.0), ("iORR", 6.0)]


def test_in_both_named_cohorts_each_figure_is_both_cohorts(run):
    text = (
        "Results: In both the ESCC and the G/GEJ cohorts the confirmed ORR was 46.7% and the "
        "DCR 80%."
    )
    assert [(f[0], f[2]) for f in run(text)] == [
        ("ORR", 46.7),
        ("ORR", 46.7),
        ("DCR", 80.0),
        ("DCR", 80.0),
    ]


def test_in_both_arms_with_a_figure_for_each_arm_is_no_shared_figure(run):
    text = "Results: In both arms, the ORR was 46.7% with A and 30% with B."
    assert [(f[2], f[5]) for f in run(text)] == [(46.7, "A"), (30.0, "B")]


def test_a_respectively_row_after_a_row_with_a_blocked_outcome(run):
    text = (
        "Results: 1-year OS was 62% and 1-year CSS 65% for patients diagnosed in 1988, compared "
        "with 72% and 74%, respectively, for those diagnosed in 2015."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("OS", 62.0, 12.0), ("OS", 72.0, 12.0)]


def test_a_response_by_fdg_pet_is_no_objective_response(run):
    text = (
        "Results: After 2 months, the RECIST response rate was 20%, while 86% of patients had a "
        "response by FDG-PET criteria."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 20.0)]


def test_times_after_two_events_are_medians_not_timepoints(run):
    text = (
        "Results: Median OS for the group was 2.7 years: 3 years after resection and 2.2 years "
        "after biopsy (P = .58)."
    )
    assert [(f[1], f[2], f[3]) for f in run(text)] == [
        ("median", 2.7, None),
        ("median", 3.0, None),
        ("median", 2.2, None),
    ]


def test_a_bayesian_posterior_probability_and_its_target_are_no_findings(run):
    text = (
        "Results: The ORR was 35% (95% CI 20-52). The Bayesian PP that the ORR exceeded the 20% "
        "target was 92.3%. The posterior probability that the true ORR was above 15% was 0.97, "
        "and the observed ORR in the second stage was 30%."
    )
    assert [f[2] for f in run(text)] == [35.0, 30.0]


def test_a_difference_in_response_rate_between_arms_is_no_response_rate(run):
    text = (
        "Results: ORR was 46.1% (95% CI, 38.6%-53.7%) with A and 25.4% (95% CI, 19.1%-32.6%) "
        "with B (difference in ORR 20.2%; 95% CI, 10.5%-29.6%)."
    )
    assert [(f[2], f[5]) for f in run(text)] == [(46.1, "A"), (25.4, "B")]


def test_an_endpoint_in_a_condition_does_not_take_the_figures(run):
    text = (
        "Results: Median PFS was 10 months. Post-progression survival was likewise shorter when "
        "first-line PFS was under 12 months (median 22.6 vs 31.3 months, P = 0.001). OS was "
        "longer when PFS was more than 6 months (median 20.1 vs 11.2 months)."
    )
    found = [(f[0], f[2]) for f in run(text)]
    assert found == [("gPFS", 10.0), ("OS", 20.1), ("OS", 11.2)]


def test_freedom_from_an_event_is_an_outcome_that_stops_the_walk_back(run):
    text = (
        "Results: Actuarial survival at 1 year was 57% in the SRS arm and 31% in the WBRT arm "
        "(P = .52), while freedom from salvage brain treatment at 1 year was 50% and 78%, "
        "respectively (P = .22)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 57.0), ("OS", 31.0)]


def test_medians_that_name_no_endpoint_hand_on_the_one_before(run):
    text = (
        "Results: Median PFS was 8.6 months with elacestrant and 1.9 months with SOC. Within "
        "this population, the medians were 9.1 versus 1.9 months with bone metastases. In "
        "tumors with a PIK3CA mutation the medians were 5.5 versus 2.1 months."
    )
    found = [(f[0], f[2]) for f in run(text)]
    assert found == [("gPFS", v) for v in (8.6, 1.9, 9.1, 1.9, 5.5, 2.1)]


def test_a_median_with_its_interval_before_of_the_arm_is_no_course_of_treatment(run):
    text = (
        "Results: Fruquintinib combined with immunotherapy achieved a median PFS of 8.8 months "
        "(95% CI: 8.6-9.0), significantly longer than the 3.6 months (95% CI: 3.1-4.1) of the "
        "chemotherapy group (p = 0.034). Adding 6 months of adjuvant gemcitabine is standard."
    )
    found = [(f[0], f[2], f[7]) for f in run(text)]
    assert found == [("gPFS", 8.8, (8.6, 9.0)), ("gPFS", 3.6, (3.1, 4.1))]


def test_a_count_of_complete_responses_set_aside_between_arms_does_not_stop_the_list(run):
    text = (
        "Results: ORR was 54.5% (24/44) with ERDA + CET, with 6 CRs (13.6%), and 44.2% (19/43) "
        "with ERDA, with 1 CR."
    )
    assert [(f[0], f[2], f[5]) for f in run(text)] == [
        ("ORR", 54.5, "ERDA + CET"),
        ("ORR", 44.2, "ERDA"),
    ]


def test_the_survival_a_trial_sought_to_reject_or_expected_is_no_result(run):
    text = (
        "Methods: For inoperable patients the trial sought to reject a 3-year survival of 35%; "
        "for operable patients, a 3-year survival of 80% was expected. Results: In the "
        "inoperable group, the 3-year overall survival was 59.9%."
    )
    assert [(f[0], f[2], f[3]) for f in run(text)] == [("OS", 59.9, 36.0)]


def test_a_complete_clinical_response_rate_is_no_response_rate(run):
    text = (
        "Results: The complete clinical response rate was 58.1% (95% CI: 43.4-72.8%). The "
        "overall response rate was 70%."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 70.0)]


def test_a_historical_endpoint_is_not_the_studys_but_its_historical_arm_is(run):
    text = (
        "PTLD that fails rituximab has a dismal outlook, with historical median overall "
        "survival (OS) of 0.7 months after HCT and 4.1 months after SOT. Results: Median "
        "overall survival was 40 months with upfront immunotherapy, compared with 8 months "
        "in the historical control group (p < 0.001)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 40.0), ("OS", 8.0)]


@pytest.mark.parametrize(
    "design",
    [
        "The primary objective was a 4.5-month PFS of 63%; OS, RR and toxicity were secondary.",
        "The primary end point was survival at 6 months; the design distinguished a 30% from a "
        "50% 6-month survival.",
        "Noninferiority of progression-free survival (PFS) for the lower doses, with a boundary "
        "hazard ratio (HR) of 1.34.",
    ],
)
def test_a_designs_targets_and_boundaries_are_no_results(run, design):
    text = f"Methods: {design} Results: The median PFS was 2.8 months."
    assert [(f[0], f[2]) for f in run(text)] == [("gPFS", 2.8)]


def test_a_share_with_a_complete_response_is_no_response_rate(run):
    text = (
        "Results: After CAR T-cell therapy, 88% of patients responded, 54% with a complete "
        "response. The ORR was 40% with a complete response in 2 patients."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 88.0), ("ORR", 40.0)]


def test_a_rate_after_its_endpoint_keeps_the_timepoint_of_the_sentence_before(run):
    text = (
        "Results: After a median follow-up of 66 months, 5-year progression-free survival (PFS) "
        "was 85 ± 3% and overall survival (OS) 97 ± 1%. In limited-stage disease, PFS was "
        "90 ± 7% for children and 93 ± 3% for young adults (P=0.65). The OS rate was higher "
        "with A than with B (100% vs. 60%; P=0.011)."
    )
    found = [(f[0], f[2], f[3]) for f in run(text)]
    assert found == [
        ("gPFS", 85.0, 60.0),
        ("OS", 97.0, 60.0),
        ("gPFS", 90.0, 60.0),
        ("gPFS", 93.0, 60.0),
    ]


def test_responses_in_counts_in_words_with_their_shares_in_brackets(run):
    text = (
        "Results: Responses were seen in nine of 16 (56%) patients treated first-line and in "
        "two of eight (25%) treated second-line. Median survival was 8 months."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 56.0), ("ORR", 25.0), ("OS", 8.0)]


def test_a_partners_dose_after_a_plus_is_no_figure(run):
    text = (
        "Methods: Patients were randomized to selumetinib with docetaxel 60 mg/m2 (SEL + DOC 60) "
        "or 75 mg/m2 (SEL + DOC 75), or placebo with docetaxel 75 mg/m2 (PBO + DOC 75). "
        "Results: Median PFS was 3.0 months with SEL + DOC 60, 4.2 months with SEL + DOC 75 and "
        "4.3 months with PBO + DOC 75. The objective response rate was 33% with SEL + DOC 75 "
        "and 14% with PBO + DOC 75."
    )
    found = [(f[0], f[2]) for f in run(text)]
    assert found == [("gPFS", 3.0), ("gPFS", 4.2), ("gPFS", 4.3), ("ORR", 33.0), ("ORR", 14.0)]


def test_ratios_of_responses_and_adverse_events_are_no_survival_ratios(run):
    text = (
        "Results: ICIs improved OS [HR = 0.65, 95% CI (0.55, 0.77)]. The effect on ORR did not "
        "reach significance [HR = 1.29, 95% CI (0.86, 1.94); p = 0.16]. Grade 3 or higher AEs "
        "were not more frequent with ICIs [HR = 0.96, 95% CI (0.88, 1.05)]. irAEs were "
        "associated with longer PFS (HR 0.54; 95% CI 0.46-0.62). Combinations did yield more "
        "responses (ORR: HR = 1.89, 95% CI = 1.29-2.76)."
    )
    assert [(f[0], f[6], f[2]) for f in run(text)] == [("HR", "OS", 0.65), ("HR", "gPFS", 0.54)]


def test_a_trial_sized_on_expected_medians_gives_no_findings(run):
    text = (
        "Methods: The primary endpoint was progression-free survival; the trial was sized on "
        "an expected median of 12 months versus 5 months (hazard ratio 0·417). Findings: "
        "Median PFS was 5.6 months versus 2.8 months (HR 0·68)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("HR", 0.68), ("gPFS", 5.6), ("gPFS", 2.8)]


def test_complete_remissions_in_the_plural_block_the_response_rate(run):
    text = (
        "Results: Overall response rates were similar, 90% in arm B and 87% in arm A, but "
        "complete remissions were more frequent with the combination (78% v 65%)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 90.0), ("ORR", 87.0)]


def test_a_ratio_of_progression_or_death_named_after_a_blocked_outcome_is_pfss(run):
    text = (
        "Results: In NDMM, adding daratumumab made sCR [OR = 2.29 (CI 1.49-3.51)] more likely "
        "and progression or death less likely [HR = 0.47 (CI 0.39-0.57)]."
    )
    assert [(f[0], f[6], f[2]) for f in run(text)] == [("HR", "gPFS", 0.47)]


def test_a_body_mass_index_with_its_cut_off_is_no_trial_name(run):
    text = (
        "Results: At a median follow-up of 14.5 mo, median OS was 24.8 mo for BMI ≥30, 14.4 mo "
        "for BMI 25 to <30 and 8.5 mo for BMI <25 (p=0.012)."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 24.8), ("OS", 14.4), ("OS", 8.5)]


def test_pfs_for_non_cns_disease_is_extracranial(run):
    text = (
        "Results: Median PFS for non-central nervous system (CNS) disease was 2.8 vs 1.9 months "
        "(HR, 0.72; 95% CI, 0.45-1.16), and median CNS PFS was 3.9 vs 3.3 months (HR, 0.59)."
    )
    assert [(f[0], f[6], f[2]) for f in run(text)] == [
        ("HR", "ecPFS", 0.72),
        ("HR", "iPFS", 0.59),
        ("ecPFS", None, 2.8),
        ("ecPFS", None, 1.9),
        ("iPFS", None, 3.9),
        ("iPFS", None, 3.3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the later follow-up times of a list are follow-up too
            "Results: Median OS was 19.3 months for olaparib versus 17.1 months for TPC (hazard "
            "ratio 0.89), with median follow-up of 18.9 and 15.5 months, respectively.",
            [("HR", 0.89), ("OS", 19.3), ("OS", 17.1)],
        ),
        (  # but not past an endpoint named after the follow-up
            "Results: From the start of 1L PBC, median f/u was 10.2 mo and median rwOS 13.6 mo.",
            [("OS", 13.6)],
        ),
        (  # a share that stayed on treatment is no survival rate
            "Results: The 3-year survival rate was 27.9% with olaparib and 21.2% with TPC, and "
            "8.8% of olaparib-treated patients remained on study treatment for at least 3 years.",
            [("OS", 27.9), ("OS", 21.2)],
        ),
        (  # a trial quoted "similar to those of X, in which ..."
            "Results: 5-year OS was 86%. Results were similar to those of AALL0031, in which "
            "5-year OS was 81% ± 6% (P = .63) and disease-free survival 68% ± 7%.",
            [("OS", 86.0)],
        ),
    ],
)
def test_follow_up_lists_time_on_treatment_and_trials_quoted_as_similar(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a median converted to months after its interval is the same figure
            "Results: Median PFS was 39 weeks (95% CI, 26 to 45 weeks; 9.0 months), and median "
            "overall survival was 68 weeks (95% CI, 48 to 78 weeks; 15.65 months).",
            [("gPFS", 39.0), ("OS", 68.0)],
        ),
        (  # tumour shrinkage is no response rate
            "Results: Objective responses occurred in 3 of 13 patients, and 11 of these 13 had "
            "some reduction in tumor burden, with a median best change of 35%.",
            [("ORR", 23.1)],
        ),
        (  # alive without progression or recurrence is an event-free outcome
            "Results: At 5 years, 49.2% and 34.4% of patients were alive without progression or "
            "recurrence (hazard ratio, 0.68).",
            [],
        ),
        (  # how long the study and the treatment lasted
            "Results: At the PFS data cutoff, median study duration was 10.7 mo and median "
            "treatment duration was 5.5 mo with HER3-DXd vs 4.6 mo with PBC. Median PFS was "
            "5.8 mo.",
            [("gPFS", 5.8)],
        ),
    ],
)
def test_conversions_shrinkage_event_free_shares_and_durations_are_no_findings(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_tolerability_is_no_group(run):
    text = "Conclusions: The triplet achieved an ORR of 75.9% with acceptable toxicity."
    assert [(f[0], f[2], f[5]) for f in run(text)] == [("ORR", 75.9, None)]


def test_lesions_that_shrank_give_no_response_rate(run):
    text = (
        "Results: The ORR was 32%. Responses occurred in both injected and non-injected lesions: "
        "of 78 injected lesions in responders, 98.7% shrank and 53.8% disappeared completely."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 32.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a best response that names each subgroup does not block the next figure
            "Results: OS HRs (95% CI) were 0.72 (0.482-1.076) in the CR subgroup, 0.70 "
            "(0.541-0.914) in the PR subgroup and 0.84 (0.596-1.188) in the SD subgroup.",
            [("HR", 0.72), ("HR", 0.7), ("HR", 0.84)],
        ),
        (  # an objective response qualified as all partial is the ORR
            "Results: In the thymoma group an objective (partial) response was seen in one of six "
            "patients (17%), and the remaining five (83%) had stable disease.",
            [("ORR", 17.0)],
        ),
        (
            "Results: Complete plus partial responses occurred in 18 of 57 patients (32%) given "
            "the combination and in 11 of 59 (19%) given topotecan alone (P = .081).",
            [("ORR", 32.0), ("ORR", 19.0)],
        ),
        (  # response by a named criterion, arm against arm
            "Results: Response by modified RECIST was 50% versus 20% (P = .006).",
            [("ORR", 50.0), ("ORR", 20.0)],
        ),
        (  # alive without progression or later therapy is an event-free outcome
            "Results: The 39 pts who completed 35 cycles had a 3-year OS rate of 81%, and 46% of "
            "them were alive without progression or subsequent therapy at the cutoff.",
            [("OS", 81.0)],
        ),
    ],
)
def test_response_subgroups_partial_objective_responses_and_event_free_shares(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_a_figure_of_another_trials_study_is_quoted_though_study_was_follows(run):
    text = (
        "Background: KEYNOTE-024 was the first phase III trial of first-line pembrolizumab. "
        "Results: Kaplan-Meier estimates of 5-year OS were 31.9% and 16.3%. For comparison, "
        "5-year OS among untreated pts in the phase Ib KEYNOTE-001 study was 29.6%."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 31.9), ("OS", 16.3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a class of drugs is no design's target
            "Results: Across later-line targeted agents the pooled ORR was 41.8% (95% CI: "
            "35.3%-48.3%) and the pooled DCR 85.6% (95% CI: 80.1%-91.1%).",
            [("ORR", 41.8), ("DCR", 85.6)],
        ),
        (  # shares of dose reductions and discontinuations are no control rates
            "Results: Untreated patients had the highest disease control rate (DCR), 96% (95% CI "
            "92%-99%), together with fewer dose reductions (34.8%) and discontinuations (3.4%).",
            [("DCR", 96.0)],
        ),
        (  # the risk of adverse events in brackets is no survival's ratio
            "Results: OS was longer with the combination (HR = 0.61, 95% CI = 0.45-0.83). It "
            "also carried a higher risk of grade \u2a7e 3 AEs (HR = 2.01, 95% CI = 1.09-3.73).",
            [("HR", 0.61)],
        ),
        (  # complete radiological responses are no objective responses
            "Results: The ORR was 40%. After treatment, complete radiological responses were "
            "seen on average in 10% and partial responses in 22.2% of patients.",
            [("ORR", 40.0)],
        ),
        (  # the rates of a blocked outcome at the same time points are its own
            "Methods: Overall survival (OS) and local control (LC) were pooled. Results: OS "
            "after SBRT was 57% (95% CI, 47%-66%) at 3 years and 40% (95% CI, 29%-51%) at 5 "
            "years; LC was 84% (95% CI, 77%-90%) and 82% (95% CI, 74%-88%) at the same time "
            "points.",
            [("OS", 57.0), ("OS", 40.0)],
        ),
        (  # the pooled figure of the trials that reported the endpoint is no quoted one
            "Results: Nineteen studies including 1009 patients were eligible. In the 13 trials "
            "that reported it, the pooled 1-year OS was 51.6%.",
            [("OS", 51.6)],
        ),
    ],
)
def test_pooled_figures_beside_drug_classes_toxicities_and_blocked_outcomes(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_the_trials_that_reported_an_endpoint_are_no_group(run):
    text = "Results: In the 13 trials that reported it, the pooled 1-year OS was 51.6%."
    assert [(f[0], f[2], f[5]) for f in run(text)] == [("OS", 51.6, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "PDL1" is a ligand, not another trial's name
            "Results: Anti-PD1/PDL1 monotherapy prolonged OS (HR, 0.87, 95% CI, 0.79-0.95).",
            [("HR", 0.87)],
        ),
        (  # in an abstract about microsatellites "MSS" is a stable tumour, not a survival
            "Results: OS was longer (HR = 0.82, 95% CI: 0.76-0.88). The gain was seen in both "
            "the MSI-H population (HR = 0.38, p = 0.002) and the MSS population (HR = 0.78, "
            "p < 0.00001).",
            [("HR", 0.82), ("HR", 0.38), ("HR", 0.78)],
        ),
        (  # every item of a list of absolute gains, each with its ratio
            "Results: In dMMR disease, adding immunotherapy produced 3-year absolute gains of "
            "36% in PFS (HR 0.36, 95% CI 0.28-0.45) and 28% in OS (HR 0.41, 95% CI 0.30-0.48).",
            [("HR", 0.36), ("HR", 0.41)],
        ),
    ],
)
def test_ligands_microsatellite_status_and_listed_absolute_gains(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "RESULTS: The objective response rate was 56% (95% CI, 41.3% to 70.0%), made up of "
        "complete responses in 24% and partial responses in 32% of patients; it was 59% in "
        "virus-positive and 53% in virus-negative tumors.",
        "Results: The objective response rate was 56% for the whole group, made up of complete "
        "responses in 24% and partial responses in 32% of patients; it reached 59% among "
        "virus-positive and 53% among virus-negative tumors.",
    ],
)
def test_a_response_rate_taken_up_by_it_past_the_kinds_of_response(run, text):
    assert [(f[0], f[2]) for f in run(text)] == [("ORR", 56.0), ("ORR", 59.0), ("ORR", 53.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a subtype named in full before its ratio, then the next subtypes'
            "Results: No OS benefit was seen in any tumor subtype: hormone receptor positive (HR "
            "0.96, 95% CI 0.65-1.43), triple negative (HR 1.4, 95% CI 0.50-3.91) or HER2 "
            "positive (HR 0.93, 95% CI 0.68-1.28).",
            [("HR", 0.96), ("HR", 1.4), ("HR", 0.93)],
        ),
        (  # a prognostic score with its value is no trial
            "Results: Compared with patients with GPS 0, those with GPS 1-2 had shorter OS "
            "(pooled HR 1.89, 95 % CI 1.57-2.27, p < 0.001; I2 = 54 %).",
            [("HR", 1.89)],
        ),
        (  # a score's whole value after the ratios' name is no ratio
            "Results: Six studies gave the HRs of the GPS 1 and GPS 2 groups separately; "
            "patients with GPS 2 had shorter OS than those with GPS 1 (pooled HR 1.87, 95 % CI "
            "1.18-2.97, p = 0.008; I2 = 72 %).",
            [("HR", 1.87)],
        ),
        (  # the heterogeneity in the bracket does not end a list of ratios
            "Results: The pooled HR was 0.403 for 3-year OS (95% CI 0.364-0.446, p = 0.000; "
            "I2 = 0%) and 0.433 for 5-year OS (95% CI 0.394-0.475, p = 0.000; I2 = 0%).",
            [("HR", 0.403), ("HR", 0.433)],
        ),
        (  # the ratio names its endpoint after a response that names the population
            "Results: The benefit held in patients with minimal residual disease "
            "(MRD)-negative CR: HR for OS 0.57 (95% CI, 0.33-0.99, P = 0.045).",
            [("HR", 0.57)],
        ),
        (  # biochemical progression is no PFS; a survival improved by some points is a gain
            "Results: It did reduce biochemical progression (HR = 0.74, 95% CI 0.67-0.82), and "
            "3-yr survival improved by 7% in men with fewer than five bone metastases.",
            [],
        ),
    ],
)
def test_meta_analysis_ratios_by_subtype_score_and_timepoint(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a meta-analysis owns the trials it names in its results: they are the pooled ones
            "Methods: We pooled first-line trials in a meta-analysis. Results: In the head-to-head "
            "trials FIRE-3, CALGB/SWOG 80405 and PEAK, patients with left-sided tumours lived "
            "longer with anti-EGFR treatment (HR 0.71; 95% CI: 0.58-0.85), whereas in right-sided "
            "tumours bevacizumab was favoured (HR 1.3; 95% CI: 0.97-1.74).",
            [("HR", 0.71), ("HR", 1.3)],
        ),
        (  # "against" joins a second ratio to the first
            "Results: In RAS WT/BRAF MT tumours the OS hazard ratio was 0.97 (95% CI; 0.67-1.41), "
            "against 0.81 (95% CI; 0.70-0.95) in RAS WT/BRAF WT tumours.",
            [("HR", 0.97), ("HR", 0.81)],
        ),
        (  # exposure windows counted back from the first dose are no medians
            "Results: Patients given antibiotics from 60 days before to the first ICI dose "
            "([-60 days; 0 days]) or from 30 days before it had a poorer OS.",
            [],
        ),
    ],
)
def test_pooled_trials_joined_ratios_progression_and_exposure_windows(run, text, expected):
    assert [(f[0], f[2]) for f in run(text)] == expected


def test_a_ratio_after_progressed_sooner_is_of_progression(run):
    text = (
        "Results: OS was shorter (HR 1.9, 95% CI 1.2-2.4). Patients with a BRAF mutation also "
        "progressed sooner than those with wild-type BRAF (hazard ratio [HR] 2.98, 95% CI "
        "2.07-4.27), and their OS was likewise shorter."
    )
    assert [(f[2], f[6]) for f in run(text)] == [(1.9, "OS"), (2.98, "gPFS")]


def test_a_pooled_analysis_of_cohorts_still_quotes_the_trials_it_names(run):
    # (pooling its own cohorts does not make a real-world study own the trials it cites)
    text = (
        "Methods: We performed a pooled analysis of two institutional cohorts of patients "
        "treated with pembrolizumab. Results: 210 patients were included. Median OS was 18.2 "
        "months. In KEYNOTE-189, median OS was 22.0 months."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("OS", 18.2)]


def test_against_joins_only_a_ratio_with_its_own_interval(run):
    # (a bare figure after "against" is a comparator from elsewhere, not the next ratio)
    text = (
        "Results: The HR for OS was 0.70 (95% CI 0.55-0.89) against 0.81 in the earlier analysis."
    )
    assert [(f[0], f[2]) for f in run(text)] == [("HR", 0.7)]
