"""Pooling checked against published and hand-computed numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from extractor.analysis import meta

# metafor's dat.bcg (Colditz et al. 1994): BCG vaccine trials, log risk ratios.
BCG = [
    (4, 119, 11, 128), (6, 300, 29, 274), (3, 228, 11, 209), (62, 13536, 248, 12619),
    (33, 5036, 47, 5761), (180, 1361, 372, 1079), (8, 2537, 10, 619), (505, 87886, 499, 87892),
    (29, 7470, 45, 7232), (17, 1699, 65, 1600), (186, 50448, 141, 27197), (5, 2493, 3, 2338),
    (27, 16886, 29, 17825),
]  # fmt: skip


def bcg() -> tuple[list[float], list[float]]:
    yi = [math.log((a / (a + b)) / (c / (c + d))) for a, b, c, d in BCG]
    vi = [1 / a - 1 / (a + b) + 1 / c - 1 / (c + d) for a, b, c, d in BCG]
    return yi, vi


def test_reml_matches_published_bcg_results() -> None:
    # Viechtbauer (2010), J Stat Softw 36(3), section 3: REML random-effects model of dat.bcg:
    # estimate -0.7145 (SE 0.1798), CI -1.0669 to -0.3622, tau^2 0.3132, I^2 92.22%,
    # Q(12) = 152.2330.
    p = meta.pool(*bcg())
    assert p.method == "REML" and p.method_label == "random effects, REML"
    assert round(p.estimate, 4) == -0.7145
    assert round(p.se, 4) == 0.1798
    assert (round(p.ci_low, 4), round(p.ci_high, 4)) == (-1.0669, -0.3622)
    assert round(p.tau2, 4) == 0.3132
    assert round(p.i2, 2) == 92.22
    assert round(p.q, 3) == 152.233
    assert sum(p.weights) == pytest.approx(100.0)


def test_dl_by_hand() -> None:
    y = np.array([0.1, 0.5, 0.9])
    v = np.array([0.04, 0.09, 0.05])
    w = 1 / v
    mu_fe = (w * y).sum() / w.sum()
    q = (w * (y - mu_fe) ** 2).sum()
    tau2 = (q - 2) / (w.sum() - (w**2).sum() / w.sum())
    wr = 1 / (v + tau2)
    p = meta.pool(y, v, "DL")
    assert p.tau2 == pytest.approx(tau2)
    assert p.estimate == pytest.approx((wr * y).sum() / wr.sum())
    assert p.se == pytest.approx(math.sqrt(1 / wr.sum()))
    # For DL, metafor's I^2 equals Higgins' (Q - df) / Q.
    assert p.i2 == pytest.approx(100 * (q - 2) / q)


def test_pm_solves_generalised_q_equal_to_df() -> None:
    y, v = bcg()
    p = meta.pool(y, v, "PM")
    w = 1 / (np.array(v) + p.tau2)
    mu = (w * np.array(y)).sum() / w.sum()
    assert (w * (np.array(y) - mu) ** 2).sum() == pytest.approx(len(y) - 1, abs=1e-9)
    assert p.tau2 > 0


def test_tau2_is_floored_at_zero_and_fe_by_hand() -> None:
    # Homogeneous studies (Q < df): every estimator gives tau^2 = 0, the fixed-effect answer.
    y = [0.50, 0.52, 0.49]
    v = [0.10, 0.20, 0.15]
    w = [1 / x for x in v]
    fe = sum(wi * yi for wi, yi in zip(w, y, strict=True)) / sum(w)
    for method in ("REML", "PM", "DL", "FE"):
        p = meta.pool(y, v, method)
        assert p.tau2 == 0.0 and p.i2 == 0.0
        assert p.estimate == pytest.approx(fe)


def test_single_study_is_its_own_estimate() -> None:
    p = meta.pool([0.3], [0.04])
    assert (p.k, p.estimate, p.se, p.tau2, p.i2, p.q) == (1, 0.3, pytest.approx(0.2), 0, 0, 0)


def test_pool_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        meta.pool([], [])
    with pytest.raises(ValueError):
        meta.pool([0.1, 0.2], [0.1])
    with pytest.raises(ValueError):
        meta.pool([0.1], [0.0])
    with pytest.raises(ValueError):
        meta.pool([0.1], [0.1], "XYZ")


def test_proportion_effect_is_escalc_plo() -> None:
    yi, vi = meta.proportion_effect(11, 15)
    assert yi == pytest.approx(math.log(11 / 4)) and vi == pytest.approx(1 / 11 + 1 / 4)
    # Zero cell: metafor adds 1/2 to events and non-events.
    yi, vi = meta.proportion_effect(0, 10)
    assert yi == pytest.approx(math.log(0.5 / 10.5)) and vi == pytest.approx(2 + 1 / 10.5)
    with pytest.raises(ValueError):
        meta.proportion_effect(5, 4)


def test_hr_standard_error_from_ci() -> None:
    # DESIGN.md rule: sei = (log(upper) - log(lower)) / (2 * 1.959964).
    assert meta.se_from_ci(0.22, 0.48) == pytest.approx(
        (math.log(0.48) - math.log(0.22)) / (2 * 1.959964), rel=1e-6
    )
    with pytest.raises(ValueError):
        meta.se_from_ci(0.5, 0.4)


@pytest.mark.parametrize(
    ("value", "low", "high", "expected"),
    [
        # The reference facts: recomputing the published CIs recovers x/n.
        (71.7, 64.2, 79.3, (99, 138, "wald")),  # DESTINY-Breast12, Wald
        (79.2, 70.2, 88.3, (61, 77, "wald")),
        (62.3, 50.1, 74.5, (38, 61, "wald")),
        (73.3, 48.1, 89.1, (11, 15, "wilson")),  # TUXEDO-1, Wilson (rounded twice)
        (64.9, 47.5, 79.8, (24, 37, "clopper-pearson")),  # Bartsch 2025 pooled
        (21.4, 14.6, 29.6, (27, 126, "clopper-pearson")),  # KAMILLA
    ],
)
def test_counts_from_ci_recovers_published_denominators(
    value: float, low: float, high: float, expected: tuple[int, int, str]
) -> None:
    assert meta.counts_from_ci(value, low, high) == expected


def test_proportion_counts_order_of_trust() -> None:
    assert meta.proportion_counts(73.3, x=11, n=15) == meta.Counts(11, 15, "stated")
    assert meta.proportion_counts(59.0, cohort_size=39) == meta.Counts(23, 39, "derived-cohort")
    assert meta.proportion_counts(73.3, n=15).source == "derived"
    # A mis-read cohort size (2) is not the denominator of 73.3 %: the CI recovers 11/15.
    c = meta.proportion_counts(73.3, 48.1, 89.1, cohort_size=2)
    assert isinstance(c, meta.Counts) and (c.x, c.n, c.source) == (11, 15, "ci")
    # 62.7 % of 104 is no whole number of patients; no CI to fall back on.
    assert "not x/N" in str(meta.proportion_counts(62.7, cohort_size=104))
    assert meta.proportion_counts(None) == "no value"


def test_difference_and_frame_pooling() -> None:
    import pandas as pd

    a, b = meta.pool([1.0], [0.04]), meta.pool([0.5], [0.05])
    d = meta.difference(a, b)
    assert d.estimate == pytest.approx(0.5) and d.se == pytest.approx(math.sqrt(0.09))
    assert d.p == pytest.approx(2 * (1 - 0.952210), abs=1e-5)  # z = 1.6667, Phi(z) = 0.952210

    rows = []
    for design, counts in (("real-world", [(23, 39), (32, 51)]), ("trial", [(11, 15), (6, 13)])):
        for i, (x, n) in enumerate(counts):
            yi, vi = meta.proportion_effect(x, n)
            rows.append(
                {"study": f"{design}{i}", "design": design, "drug": "d", "endpoint": "iORR",
                 "of": None, "kind": "proportion", "months": None, "unit": "%",
                 "value": 100 * x / n, "yi": yi, "vi": vi}
            )  # fmt: skip
    df = pd.DataFrame(rows)
    pooled = meta.pool_frame(df)
    assert list(pooled.columns) == meta.POOLED_COLUMNS
    rw = pooled[pooled["design"] == "real-world"].iloc[0]
    direct = meta.pool([r["yi"] for r in rows[:2]], [r["vi"] for r in rows[:2]])
    assert rw["estimate"] == pytest.approx(100 * meta.expit(direct.estimate))
    assert rw["k"] == 2 and rw["method"] == "random effects, REML"
    diffs = meta.differences(df)
    assert len(diffs) == 1 and diffs.iloc[0]["measure"] == "odds ratio"
    trial = meta.pool([r["yi"] for r in rows[2:]], [r["vi"] for r in rows[2:]])
    assert diffs.iloc[0]["estimate"] == pytest.approx(
        math.exp(meta.difference(direct, trial).estimate)
    )


def test_median_summary() -> None:
    s = meta.summarise_medians([11.8, 14.6, None, 16.1])
    assert (s.k, s.median, s.low, s.high, s.not_reached) == (4, 14.6, 11.8, 16.1, 1)
    assert meta.summarise_medians([None]).median is None
