"""Consistency checks flag figures whose intervals do not fit them; they never change them."""

import pytest

from extractor.models import Article, Finding
from extractor.nlp import extract
from extractor.nlp.checks import flag, hr_centred, proportion_ci_reproducible


@pytest.mark.parametrize(
    ("percent", "low", "high", "total"),
    [
        (71.7, 64.2, 79.3, None),  # DESTINY-Breast12, Wald, 99/138
        (73.3, 48.1, 89.1, None),  # TUXEDO-1, Wilson, 11/15
        (64.9, 47.5, 79.8, None),  # pooled active BM, Clopper-Pearson, 24/37
        (21.4, 14.6, 29.6, None),  # KAMILLA, 27/126
        (50.0, 6.7, 93.2, None),  # DEBBRAH cohort, 2/4, bounds truncated
        (73.3, 44.9, 92.2, 15),  # Clopper-Pearson with the denominator stated
    ],
)
def test_published_intervals_are_reproducible(percent, low, high, total):
    assert proportion_ci_reproducible(percent, low, high, total)


@pytest.mark.parametrize(
    ("percent", "low", "high"),
    [(71.7, 64.2, 97.3), (62.7, 47.5, 79.8), (21.4, 41.6, 29.6)],
)
def test_misread_intervals_are_not(percent, low, high):
    assert not proportion_ci_reproducible(percent, low, high)


def test_hazard_ratio_centre():
    assert hr_centred(0.25, 0.13, 0.45)
    assert hr_centred(0.58, 0.40, 0.85)
    assert not hr_centred(0.19, 0.13, 0.45)


def test_flags_are_added_never_fixes():
    f = Finding("iORR", "proportion", 71.7, "%", 64.2, 97.3, sentence="iORR 71.7%")
    flagged = flag(f)
    assert flagged.flags == ("ci_not_reproducible",)
    assert (flagged.value, flagged.ci_low, flagged.ci_high) == (71.7, 64.2, 97.3)
    outside = flag(Finding("OS", "median", 30.0, "months", 12.0, 25.0))
    assert outside.flags == ("ci_excludes_estimate",)
    assert flag(Finding("HR", "hr", 0.19, None, 0.13, 0.45, of="gPFS")).flags == ("hr_off_centre",)


def test_other_confidence_levels_and_meta_analyses_skip_the_binomial_check():
    f = Finding("ORR", "proportion", 71.7, "%", 64.2, 97.3, sentence="ORR 71.7% (90% CI ...)")
    assert flag(f).flags == ()
    g = Finding("ORR", "proportion", 68.0, "%", 41.0, 90.0, sentence="pooled ORR 68%")
    assert flag(g, "meta-analysis").flags == ()


def test_flags_reach_the_record():
    text = "The intracranial ORR was 71.7% (95% CI 64.2-97.3)."
    (f,) = extract(Article(pmid="1", abstract=text)).findings
    assert f.flags == ("ci_not_reproducible",)
    assert f.to_dict()["flags"] == ["ci_not_reproducible"]


def test_z95_is_the_normal_quantile():
    from scipy.special import ndtri

    from extractor.nlp.checks import Z95

    assert abs(float(ndtri(0.975)) - Z95) < 1e-15
