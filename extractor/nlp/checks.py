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
from extractor.nlp.regex_scan import compile_guarded

# The 97.5% point of the standard normal, scipy.special.ndtri(0.975), written out: importing
# scipy.special costs a tenth of a second at every start, and only Clopper-Pearson needs it.
Z95 = 1.959963984540054
MAX_N = 3000
_OTHER_LEVEL = compile_guarded(
    r"\b(?:80|90|97\.5|98(?:\.\d)?|99(?:\.\d)?)\s*%\s*(?:CI|C\.I|conf)", re.I
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
    if total and math.isfinite(percent) and abs(total) < 2**53:
        # (one n: its at most three x, Python floats from the start)
        pairs = _candidate_pairs(percent, float(total))
        if not pairs:
            return False
    else:
        x, n = _candidates(percent, low, high, total)
        if len(x) == 0:
            return False
        pairs = list(zip(x.tolist(), n.tolist(), strict=True)) if len(x) <= _SCALAR_MAX else None
    # One unit of the last printed decimal: publications truncate as well as round.
    tol_ci = 2 * _tolerance(low, high)
    if pairs is not None:
        return _approximate_fit(pairs, low, high, tol_ci) or _cp_fit(pairs, low, high, tol_ci)
    # (``np.count_nonzero`` of a mask says whether any is set, as ``.any()`` does, at a tenth of
    # its cost on arrays this small: ``.any()`` goes through numpy's Python wrappers)
    for lo, hi in _approximate_intervals(x, n):
        ok = (np.abs(100 * lo - low) <= tol_ci) & (np.abs(100 * hi - high) <= tol_ci)
        if np.count_nonzero(ok):
            return True
    # Clopper-Pearson, the dear one: only for the x/n whose lower bound may fit, and its upper
    # bounds only for those whose lower bound fits (each bound is computed element by element,
    # so those of the x/n kept are the same).
    x, n = _cp_low_may_fit(x, n, low, tol_ci)
    fits_low = np.abs(100 * _cp_low(x, n) - low) <= tol_ci
    if not np.count_nonzero(fits_low):
        return False
    x, n = x[fits_low], n[fits_low]
    return bool(np.count_nonzero(np.abs(100 * _cp_high(x, n) - high) <= tol_ci))


# At most this many x/n are checked one by one with Python floats rather than as numpy arrays:
# a numpy call costs a microsecond or two whatever the size of its arrays, and the checks make
# some forty of them, more than a Python loop over a few x/n costs. (The arithmetic is the
# same, operation for operation and in the same order, on IEEE doubles: +, -, *, / and the
# square root are correctly rounded in both, ``round`` rounds half to even as ``np.round``
# does, and ``betaincinv`` runs the same loop on one value as on an array; so each x/n gets
# the very bounds that numpy gives it.)
_SCALAR_MAX = 24


def _candidate_pairs(percent: float, n: float) -> list[tuple[float, float]]:
    """:func:`_candidates` for one known n, as ``(x, n)`` pairs of Python floats."""
    tol_p = max(_tolerance(percent), 0.051)
    x0 = float(round(percent / 100 * n))
    return [
        (x, n)
        for x in (x0 - 1, x0, x0 + 1)
        if x >= 0 and x <= n and abs(100 * x / n - percent) <= tol_p
    ]


def _approximate_fit(
    pairs: list[tuple[float, float]], low: float, high: float, tol_ci: float
) -> bool:
    """Whether the Wald or Wilson interval of some ``(x, n)`` prints as ``low-high`` (within
    ``tol_ci``): :func:`_approximate_intervals` one pair at a time."""
    for x, n in pairs:
        p = x / n
        se = math.sqrt(p * (1 - p) / n)
        lo = min(max(p - Z95 * se, 0.0), 1.0)
        hi = min(max(p + Z95 * se, 0.0), 1.0)
        if abs(100 * lo - low) <= tol_ci and abs(100 * hi - high) <= tol_ci:
            return True
    z2 = Z95 * Z95
    for x, n in pairs:
        p = x / n
        centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        half = Z95 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
        lo, hi = centre - half, centre + half
        if abs(100 * lo - low) <= tol_ci and abs(100 * hi - high) <= tol_ci:
            return True
    return False


def _cp_fit(pairs: list[tuple[float, float]], low: float, high: float, tol_ci: float) -> bool:
    """Whether the Clopper-Pearson interval of some ``(x, n)`` prints as ``low-high`` (within
    ``tol_ci``): :func:`_cp_low` and :func:`_cp_high` one pair at a time, the upper bound only
    where the lower one fits."""
    from scipy.special import betaincinv

    with np.errstate(divide="ignore", invalid="ignore"):
        for x, n in pairs:
            lo = float(betaincinv(x, n - x + 1, 0.025)) if x > 0 else 0.0
            if abs(100 * lo - low) <= tol_ci:
                hi = float(betaincinv(x + 1, n - x, 0.975)) if x < n else 1.0
                if abs(100 * hi - high) <= tol_ci:
                    return True
    return False


# The Clopper-Pearson lower bound of x/n, the 2.5% point of Beta(x, n - x + 1), falls as n
# grows with x fixed: the Beta distribution shrinks stochastically as its second parameter
# grows. So the bounds of the x/n that share an x lie between those of x/nb and x/na, nb and na
# their largest and smallest n. Where both miss ``low`` on the same side, none of them prints
# as ``low``; only the x/n of the other x are computed one by one. The x/n that print as a
# percentage share each x with several n when n is large (x/n and x/(n + 1) differ by less
# than a printed digit), so two bounds stand for many. (``_CP_SLACK``, in percentage points,
# stands for betaincinv's rounding, which could break the order between nearly equal bounds;
# the bounds it gives for every x/n with n up to MAX_N do fall as n grows, so it is a margin
# of safety only.)
_CP_SLACK = 1e-6
# (the dozen numpy calls of the pruning cost about as much as this many bounds)
_CP_GAIN = 32


def _cp_low_may_fit(
    x: np.ndarray, n: np.ndarray, low: float, tol_ci: float
) -> tuple[np.ndarray, np.ndarray]:
    """``(x, n)`` reordered by x, less the x/n whose Clopper-Pearson lower bound cannot print
    as ``low`` (within ``tol_ci``), by the x they share (see above): all of them where that
    would spare fewer than ``_CP_GAIN`` bounds."""
    order = np.argsort(x, kind="stable")
    x, n = x[order], n[order]
    starts = np.flatnonzero(np.concatenate(([True], x[1:] != x[:-1])))
    if len(x) - 2 * len(starts) < _CP_GAIN:
        return x, n
    shared = x[starts]
    # (shared <= n of each x/n, so shared/smallest n is a proportion)
    least = _cp_low(shared, np.maximum.reduceat(n, starts))
    most = _cp_low(shared, np.minimum.reduceat(n, starts))
    slack = tol_ci + _CP_SLACK
    may_fit = (100 * least - low <= slack) & (low - 100 * most <= slack)
    keep = np.repeat(may_fit, np.diff(np.append(starts, len(x))))
    return x[keep], n[keep]


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
