"""The faster numpy calls of checks give what the calls they stand for give."""

from __future__ import annotations

import random

import numpy as np

from extractor.nlp import checks
from extractor.nlp.checks import (
    Z95,
    _approximate_fit,
    _candidates,
    _cp_fit,
    _cp_high,
    _cp_low,
    _cp_low_may_fit,
    _tolerance,
)


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


# Proportions with intervals as the corpora print them: the false ones first (three whose
# hundreds or thousands of n reach the pruning of Clopper-Pearson bounds), then some with n
# known, some with few n and some with many.
CORPUS_PROPORTIONS = [
    (31.0, 20.8, 42.6, None), (34.0, 23.9, 46.0, None), (2.6, 0.21, 26.0, None),
    (91.0, 77.0, 97.0, 22), (8.0, 2.0, 22.0, 40), (50.8, 38.1, 63.4, 63), (24.8, 19.3, 30.0, None),
    (12.2, 11.5, 12.8, None), (9.6, 8.7, 10.6, None), (15.8, 15.0, 16.8, None),
    (30.0, 6.7, 65.2, 10), (69.0, 41.0, 89.0, 16), (27.0, 19.5, 36.6, 113), (42.0, 32.0, 52.0, 103),
    (44.4, 27.9, 61.9, None), (69.0, 39.0, 91.0, None), (37.5, 21.1, 56.3, None),
    (43.0, 18.0, 71.0, None), (43.0, 34.0, 54.0, None), (14.0, 9.4, 18.6, None),
    (49.0, 39.0, 59.1, None), (36.0, 26.6, 46.2, None), (88.9, 84.4, 92.4, None),
    (44.0, 35.1, 53.2, None), (42.0, 31.6, 53.1, None), (40.0, 31.0, 50.0, None),
]  # fmt: skip


def test_corpus_proportions_match_the_reference() -> None:
    answers = set()
    for args in CORPUS_PROPORTIONS:
        expected = _reference(*args)
        answers.add(expected)
        assert checks.proportion_ci_reproducible(*args) == expected, args
    assert answers == {True, False}


def test_large_n_matches_the_reference() -> None:
    """Clopper-Pearson intervals of x/n with n in the hundreds and thousands (n not given), as
    printed and with a digit changed: the x/n that reach the pruning by shared x."""
    rng = random.Random(11)
    answers, pruned = set(), 0
    for _ in range(150):
        n = rng.randint(150, 2900)
        x = rng.randint(0, n) if rng.random() < 0.2 else round(n * rng.uniform(0.03, 0.97))
        arr_x, arr_n = np.array([float(x)]), np.array([float(n)])
        lo, hi = float(_cp_low(arr_x, arr_n)[0]), float(_cp_high(arr_x, arr_n)[0])
        digits = rng.choice([1, 1, 2])
        percent, low, high = (round(100 * v, digits) for v in (x / n, lo, hi))
        if rng.random() < 0.5:
            low = round(low + rng.choice([-2, -1, 1, 2]) * 10**-digits, digits)
        expected = _reference(percent, low, high)
        answers.add(expected)
        assert checks.proportion_ci_reproducible(percent, low, high) == expected
        xs, ns = _candidates(percent, low, high, None)
        pruned += len(_cp_low_may_fit(xs, ns, low, 2 * _tolerance(low, high))[0]) < len(xs)
    assert answers == {True, False}
    assert pruned > 20


def test_pruning_keeps_every_x_n_whose_lower_bound_fits() -> None:
    """The x/n that _cp_low_may_fit drops have lower bounds that miss ``low``; it keeps the
    others, reordered by x, once each. The candidates are those of an interval printed for
    x/n (n not given), near 0% and 100% too; ``low`` is taken at and near a computed bound,
    with the tolerances of integers and of decimals."""
    rng = random.Random(2)
    dropped = 0
    for _ in range(300):
        n = rng.randint(100, 3000)
        x = rng.choice([0, 1, n - 1, n, rng.randint(0, n)])
        arr_x, arr_n = np.array([float(x)]), np.array([float(n)])
        digits = rng.choice([0, 1, 2])
        percent, low, high = (
            round(100 * float(v), digits)
            for v in (x / n, _cp_low(arr_x, arr_n)[0], _cp_high(arr_x, arr_n)[0])
        )
        xs, ns = _candidates(percent, low, high, None)
        if len(xs) == 0:
            continue
        bounds = 100 * _cp_low(xs, ns)
        low = float(rng.choice(bounds)) + rng.choice([0.0, 0.05, -0.05, 0.5, -1.0, 3.0])
        tol_ci = rng.choice([0.1, 1.0, 0.01])
        fits = np.abs(bounds - low) <= tol_ci
        kept_x, kept_n = _cp_low_may_fit(xs, ns, low, tol_ci)
        kept = list(zip(kept_x, kept_n, strict=True))
        assert len(set(kept)) == len(kept)
        assert set(zip(xs[fits], ns[fits], strict=True)) <= set(kept)
        assert set(kept) <= set(zip(xs, ns, strict=True))
        assert list(kept_x) == sorted(kept_x)
        dropped += len(kept_x) < len(xs)
    assert dropped > 50


def test_one_by_one_checks_give_the_array_checks() -> None:
    """_approximate_fit and _cp_fit (Python floats) against the numpy bounds, with ``low`` and
    ``high`` set at a tolerance from a computed bound, where a last-bit difference would turn
    the answer."""
    rng = random.Random(4)
    answers = set()
    for _ in range(1500):
        n = float(rng.choice([rng.randint(1, 40), rng.randint(1, 3000)]))
        x = float(rng.choice([0, n, rng.randint(0, int(n))]))
        arr_x, arr_n = np.array([x]), np.array([n])
        method = rng.choice(["wald", "wilson", "cp"])
        if method == "cp":
            lo, hi = _cp_low(arr_x, arr_n), _cp_high(arr_x, arr_n)
        else:
            lo, hi = list(checks._approximate_intervals(arr_x, arr_n))[method == "wilson"]
        tol_ci = rng.choice([0.1, 1.0, 0.01])
        shift = rng.choice([0.0, tol_ci, -tol_ci, 2 * tol_ci])
        low = float(100 * lo[0]) + shift
        high = float(100 * hi[0]) + rng.choice([0.0, tol_ci, -tol_ci])

        def fits(bounds: tuple[np.ndarray, np.ndarray], low=low, high=high, tol=tol_ci) -> bool:
            b_lo, b_hi = bounds
            return bool(((np.abs(100 * b_lo - low) <= tol) & (np.abs(100 * b_hi - high) <= tol))[0])

        approximate = any(fits(b) for b in checks._approximate_intervals(arr_x, arr_n))
        cp = fits((_cp_low(arr_x, arr_n), _cp_high(arr_x, arr_n)))
        answers.add((approximate, cp))
        assert _approximate_fit([(x, n)], low, high, tol_ci) == approximate, (x, n, low, high)
        assert _cp_fit([(x, n)], low, high, tol_ci) == cp, (x, n, low, high)
    assert len(answers) == 4
