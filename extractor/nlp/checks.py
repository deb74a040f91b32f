"""Consistency checks on extracted figures. They flag, they never fix: a flag says a printed
figure and its interval disagree, so a person should look at the sentence.

Flags (``Finding.flags``):

- ``ci_excludes_estimate``: the interval does not contain its point estimate.
- ``ci_not_reproducible``: no integer x/n reproduces a 95% interval of a proportion under any
  of the usual methods (Clopper-Pearson, Wilson, Wald), at the precision it is printed with.
  Published intervals reveal n (DESIGN.md, "Facts for the analysis"); a mis-read digit breaks
  that. Checked only when the sentence states no other confidence level, and not for the
  pooled estimates of a meta-analysis.
- ``hr_off_centre``: a hazard ratio far from the geometric mean of its interval (ratio
  intervals are symmetric on the log scale).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np

from extractor.models import Finding
from extractor.nlp.regex_scan import first_char_guard

# The 97.5% point of the standard normal, scipy.special.ndtri(0.975), written out: importing
# scipy.special costs a tenth of a second at every start, and only Clopper-Pearson needs it.
Z95 = 1.959963984540054
MAX_N = 3000
_OTHER_LEVEL = first_char_guard(
    re.compile(r"\b(?:80|90|97\.5|98(?:\.\d)?|99(?:\.\d)?)\s*%\s*(?:CI|C\.I|conf)", re.I)
)


def flag(f: Finding, design: str | None = None) -> Finding:
    """Return ``f`` with ``flags`` naming every failed check (``f`` itself when none fails).

    Pooled estimates of a meta-analysis are not binomial intervals, so ``design`` of
    "meta-analysis" skips the x/n check."""
    flags = list(f.flags)
    lo, hi = f.ci_low, f.ci_high
    if f.value is not None and lo is not None and hi is not None:
        if not (lo <= f.value <= hi):
            flags.append("ci_excludes_estimate")
        elif (
            f.kind == "proportion"
            and design != "meta-analysis"
            and not _OTHER_LEVEL.search(f.sentence)
        ):
            if not proportion_ci_reproducible(f.value, lo, hi, f.N):
                flags.append("ci_not_reproducible")
        elif f.kind == "hr" and lo > 0 and not hr_centred(f.value, lo, hi):
            flags.append("hr_off_centre")
    return replace(f, flags=tuple(flags)) if len(flags) != len(f.flags) else f


def _tolerance(*numbers: float) -> float:
    """Half a unit of the last printed decimal of the least precise number."""
    decimals = 0
    for x in numbers:
        text = f"{x:.4f}".rstrip("0").rstrip(".")
        decimals = max(decimals, len(text.split(".")[1]) if "." in text else 0)
    return 0.5 * 10**-decimals + 1e-9


_N = np.arange(1, MAX_N + 1, dtype=float)


def proportion_ci_reproducible(
    percent: float, low: float, high: float, total: int | None = None
) -> bool:
    """Whether some x/n (n = ``total`` when known) prints as ``percent (low-high)`` with a
    Clopper-Pearson, Wilson or Wald 95% interval, to the printed precision."""
    x, n = _candidates(percent, low, high, total)
    if len(x) == 0:
        return False
    # One unit of the last printed decimal: publications truncate as well as round.
    tol_ci = 2 * _tolerance(low, high)
    # (``np.count_nonzero`` of a mask says whether any is set, as ``.any()`` does, at a tenth of
    # its cost on arrays this small: ``.any()`` goes through numpy's Python wrappers)
    for lo, hi in _approximate_intervals(x, n):
        ok = (np.abs(100 * lo - low) <= tol_ci) & (np.abs(100 * hi - high) <= tol_ci)
        if np.count_nonzero(ok):
            return True
    # Clopper-Pearson, the dear one: its upper bounds only for the x/n whose lower bound fits
    # (each bound is computed element by element, so those of the x/n kept are the same).
    fits_low = np.abs(100 * _cp_low(x, n) - low) <= tol_ci
    if not np.count_nonzero(fits_low):
        return False
    x, n = x[fits_low], n[fits_low]
    return bool(np.count_nonzero(np.abs(100 * _cp_high(x, n) - high) <= tol_ci))


def _candidates(
    percent: float, low: float, high: float, total: int | None
) -> tuple[np.ndarray, np.ndarray]:
    """``(x, n)``: the x/n (n = ``total`` when known) that print as ``percent``."""
    tol_p = max(_tolerance(percent), 0.051)
    if total:
        n = np.array([float(total)])
    else:
        # The width of a 95% interval says roughly how large n is; search around that.
        p = min(max(percent / 100, 0.01), 0.99)
        width = max((high - low) / 100, 1e-3)
        guess = (2 * Z95) ** 2 * p * (1 - p) / width**2
        n = _n_between(guess / 2.5 - 5, guess * 2.5 + 20)
    x0 = np.round(percent / 100 * n)
    x = np.concatenate([x0 - 1, x0, x0 + 1])
    n = np.concatenate([n, n, n])
    keep = (x >= 0) & (x <= n) & (np.abs(100 * x / n - percent) <= tol_p)
    return x[keep], n[keep]


def _n_between(low: float, high: float) -> np.ndarray:
    """``_N[(low <= _N) & (high >= _N)]``, as a slice: ``_N`` holds the integers 1..MAX_N in
    order, so those from ``ceil(low)`` to ``floor(high)``. (Bounds outside 1..MAX_N, infinite
    or NaN, which ``ceil`` and ``floor`` cannot all take, get the mask.)"""
    if not (low <= MAX_N and high >= 1):
        return _N[(low <= _N) & (high >= _N)]
    first = math.ceil(low) if low > 1 else 1
    last = math.floor(high) if high < MAX_N else MAX_N
    return _N[first - 1 : max(last, first - 1)]


def _approximate_intervals(x: np.ndarray, n: np.ndarray):
    """Wald and Wilson 95% intervals for x/n (the cheap ones, tried first)."""
    p = x / n
    se = np.sqrt(p * (1 - p) / n)
    # (``np.clip(a, 0, 1)`` is ``minimum(maximum(a, 0), 1)``, NaN kept; the two ufuncs cost
    # less than its Python wrapper)
    yield (
        np.minimum(np.maximum(p - Z95 * se, 0.0), 1.0),
        np.minimum(np.maximum(p + Z95 * se, 0.0), 1.0),
    )
    z2 = Z95 * Z95
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    yield centre - half, centre + half


def _cp_low(x: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Clopper-Pearson 95% lower bounds for x/n."""
    from scipy.special import betaincinv  # only when Wald and Wilson did not fit

    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(x > 0, betaincinv(x, n - x + 1, 0.025), 0.0)


def _cp_high(x: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Clopper-Pearson 95% upper bounds for x/n."""
    from scipy.special import betaincinv

    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(x < n, betaincinv(x + 1, n - x, 0.975), 1.0)


def hr_centred(hr: float, low: float, high: float) -> bool:
    """Whether log(hr) lies near the middle of log(low)..log(high), allowing for rounding."""
    if hr <= 0 or low <= 0 or high <= 0:
        return False
    mid = (math.log(low) + math.log(high)) / 2
    rounding = _tolerance(hr, low, high)
    slack = rounding / hr + rounding / low + 0.05
    return abs(math.log(hr) - mid) <= slack
