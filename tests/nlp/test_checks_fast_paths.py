"""The faster numpy calls of checks give what the calls they stand for give."""

from __future__ import annotations

import random

import numpy as np

from extractor.nlp import checks
from extractor.nlp.checks import Z95, _candidates, _cp_high, _cp_low, _tolerance


def _reference(percent: float, low: float, high: float, total: int | None = None) -> bool:
    """proportion_ci_reproducible as written before: ``np.clip`` and ``.any()``."""
    x, n = _candidates(percent, low, high, total)
    if len(x) == 0:
        return False
    tol_ci = 2 * _tolerance(low, high)
    p = x / n
    se = np.sqrt(p * (1 - p) / n)
    wald = np.clip(p - Z95 * se, 0, 1), np.clip(p + Z95 * se, 0, 1)
    z2 = Z95 * Z95
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    for lo, hi in (wald, (centre - half, centre + half)):
        ok = (np.abs(100 * lo - low) <= tol_ci) & (np.abs(100 * hi - high) <= tol_ci)
        if ok.any():
            return True
    fits_low = np.abs(100 * _cp_low(x, n) - low) <= tol_ci
    if not fits_low.any():
        return False
    x, n = x[fits_low], n[fits_low]
    return bool((np.abs(100 * _cp_high(x, n) - high) <= tol_ci).any())


def test_proportion_ci_reproducible_matches_the_reference() -> None:
    """Intervals computed from x/n by each method and printed to one or two decimals (some
    reproducible, some with a digit changed), with n given or not, near 0% and 100% too."""
    rng = random.Random(5)
    answers = set()
    for _ in range(600):
        n = rng.choice([rng.randint(1, 30), rng.randint(30, 400)])
        x = rng.choice([0, n, rng.randint(0, n)])
        digits = rng.choice([0, 1, 2])
        arr_x, arr_n = np.array([float(x)]), np.array([float(n)])
        method = rng.choice(["wald", "wilson", "cp"])
        if method == "cp":
            lo, hi = float(_cp_low(arr_x, arr_n)[0]), float(_cp_high(arr_x, arr_n)[0])
        else:
            intervals = list(checks._approximate_intervals(arr_x, arr_n))
            lo, hi = (float(b[0]) for b in intervals[method == "wilson"])
        percent, low, high = (round(100 * v, digits) for v in (x / n, lo, hi))
        if rng.random() < 0.3:
            low = round(low + rng.choice([-3, -1, 1, 3]) * 10**-digits, digits)
        total = n if rng.random() < 0.3 else None
        expected = _reference(percent, low, high, total)
        answers.add(expected)
        assert checks.proportion_ci_reproducible(percent, low, high, total) == expected
    assert answers == {True, False}
