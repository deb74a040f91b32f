"""Pooling: random-effects meta-analysis of the effect sizes one study each contributes.

Pure functions over numbers (no database): :func:`pool` runs a random-effects model on
``yi`` / ``vi``; the effect-size helpers put each kind of figure on the scale it pools on:

============  ====================================  =====================================
kind          effect size ``yi``                    variance ``vi``
============  ====================================  =====================================
proportion    logit(x / n)  (metafor ``PLO``)       1/x + 1/(n - x)
hr            log(HR)                               ((log(hi) - log(lo)) / (2 z))^2
median        log(median), only where a CI is given ((log(hi) - log(lo)) / (2 z))^2
rate          logit(rate), only where a CI is given ((logit(hi) - logit(lo)) / (2 z))^2
============  ====================================  =====================================

with z = 1.959964 (the 97.5% normal quantile). Proportions follow metafor's ``escalc(measure=
"PLO")`` exactly, including its zero-cell rule (add 1/2 to both cells when x is 0 or n). The
standard error of a hazard ratio from its CI is the DESIGN.md rule. Medians and survival rates
read off a Kaplan-Meier curve have CIs that are not symmetric on any scale: the log / logit
standard errors are approximations, good enough to weight studies, and the output says so.

Between-study variance ``tau^2`` is estimated by REML (default) or Paule-Mandel, both solved to
machine precision by root finding and truncated at 0 (a negative tau^2 would give nonsense
weights). The summary estimate, its Wald CI, ``tau^2``, ``I^2``, ``H^2`` and Cochran's Q follow
metafor's ``rma.uni`` definitions (Viechtbauer 2010, J Stat Softw 36(3)); in particular ``I^2``
is ``tau^2 / (tau^2 + s^2)`` with s^2 the "typical" within-study variance, not (Q - df) / Q,
which agrees with it only for DerSimonian-Laird. ``tests/analysis/test_metafor.py`` checks the
numbers against metafor itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import optimize, stats

#: The 97.5% quantile of the standard normal (metafor's ``qnorm(0.975)``).
Z95: float = float(stats.norm.ppf(0.975))

#: tau^2 estimators: name used in options -> name printed in the output.
METHODS: dict[str, str] = {
    "REML": "random effects, REML",
    "PM": "random effects, Paule-Mandel",
    "DL": "random effects, DerSimonian-Laird",
    "FE": "fixed effect (inverse variance)",
}

#: Proportion confidence interval methods that :func:`proportion_ci` knows.
CI_METHODS: tuple[str, ...] = ("clopper-pearson", "wilson", "wald", "wilson-cc")


@dataclass(frozen=True)
class Pooled:
    """A pooled estimate on the analysis scale (logit, log) with its heterogeneity.

    ``weights`` are the random-effects weights of the studies in input order, in percent
    (they sum to 100). ``tau2`` is never negative. For one study ``tau2``, ``i2`` and ``q``
    are 0 and the estimate is the study's own.
    """

    k: int
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    tau2: float
    i2: float
    h2: float
    q: float
    q_p: float
    method: str
    weights: tuple[float, ...] = field(default=())

    @property
    def method_label(self) -> str:
        """The method as printed (``"random effects, REML"``)."""
        return METHODS[self.method]


@dataclass(frozen=True)
class Difference:
    """``a - b`` on the analysis scale, with a Wald CI and two-sided p-value (a z-test of
    two independent pooled estimates, i.e. the test for subgroup differences with a separate
    tau^2 in each subgroup)."""

    estimate: float
    se: float
    ci_low: float
    ci_high: float
    z: float
    p: float


# -- the model -------------------------------------------------------------------------------


def pool(yi: Sequence[float], vi: Sequence[float], method: str = "REML") -> Pooled:
    """Pool effect sizes ``yi`` with sampling variances ``vi``.

    ``method`` is ``REML`` (default), ``PM`` (Paule-Mandel), ``DL`` (DerSimonian-Laird) or
    ``FE`` (fixed effect, tau^2 = 0). Raises ValueError for no studies, lengths that differ,
    a non-finite value or a variance that is not positive.
    """
    y = np.asarray(yi, dtype=float)
    v = np.asarray(vi, dtype=float)
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r} (one of {', '.join(METHODS)})")
    if y.shape != v.shape or y.ndim != 1:
        raise ValueError("yi and vi must be one-dimensional and of the same length")
    if y.size == 0:
        raise ValueError("nothing to pool")
    if not (np.all(np.isfinite(y)) and np.all(np.isfinite(v)) and np.all(v > 0)):
        raise ValueError("every yi must be finite and every vi finite and > 0")
    k = int(y.size)
    w0 = 1.0 / v
    mu0 = float(np.sum(w0 * y) / np.sum(w0))
    q = float(np.sum(w0 * (y - mu0) ** 2)) if k > 1 else 0.0
    q_p = float(stats.chi2.sf(q, k - 1)) if k > 1 else 1.0
    if k == 1 or method == "FE":
        tau2 = 0.0
    elif method == "REML":
        tau2 = _tau2_reml(y, v)
    elif method == "PM":
        tau2 = _tau2_pm(y, v)
    else:
        tau2 = _tau2_dl(y, v)
    w = 1.0 / (v + tau2)
    mu = float(np.sum(w * y) / np.sum(w))
    se = math.sqrt(1.0 / float(np.sum(w)))
    # metafor's "typical" within-study variance (Higgins & Thompson 2002, eq. 9).
    if k > 1:
        s2 = (k - 1) * float(np.sum(w0)) / (float(np.sum(w0)) ** 2 - float(np.sum(w0**2)))
        i2 = 100.0 * tau2 / (tau2 + s2)
        h2 = (tau2 + s2) / s2
    else:
        i2, h2 = 0.0, 1.0
    return Pooled(
        k=k,
        estimate=mu,
        se=se,
        ci_low=mu - Z95 * se,
        ci_high=mu + Z95 * se,
        tau2=tau2,
        i2=i2,
        h2=h2,
        q=q,
        q_p=q_p,
        method=method,
        weights=tuple(float(x) for x in 100.0 * w / np.sum(w)),
    )


def _weighted_mean(y: np.ndarray, w: np.ndarray) -> float:
    return float(np.sum(w * y) / np.sum(w))


def _reml_score(tau2: float, y: np.ndarray, v: np.ndarray) -> float:
    """Derivative of the restricted log-likelihood in tau^2, times 2: y'PPy - tr(P) for the
    intercept-only model, where P y = W (y - mu) and tr(P) = sum(w) - sum(w^2) / sum(w)."""
    w = 1.0 / (v + tau2)
    mu = _weighted_mean(y, w)
    return float(np.sum(w**2 * (y - mu) ** 2) - np.sum(w) + np.sum(w**2) / np.sum(w))


def _tau2_reml(y: np.ndarray, v: np.ndarray) -> float:
    # The restricted likelihood of the intercept-only model is unimodal in tau^2 >= 0: when its
    # slope at 0 is not positive the maximum is at the boundary (tau^2 = 0, truncated).
    if _reml_score(0.0, y, v) <= 0:
        return 0.0
    return _root(lambda t: _reml_score(t, y, v))


def _q_excess(tau2: float, y: np.ndarray, v: np.ndarray) -> float:
    w = 1.0 / (v + tau2)
    mu = _weighted_mean(y, w)
    return float(np.sum(w * (y - mu) ** 2)) - (y.size - 1)


def _tau2_pm(y: np.ndarray, v: np.ndarray) -> float:
    # Paule-Mandel: the tau^2 at which the generalised Q equals its expectation k - 1; Q falls
    # as tau^2 grows, so when Q(0) is already <= k - 1 the answer is 0.
    if _q_excess(0.0, y, v) <= 0:
        return 0.0
    return _root(lambda t: _q_excess(t, y, v))


def _tau2_dl(y: np.ndarray, v: np.ndarray) -> float:
    w = 1.0 / v
    q = float(np.sum(w * (y - _weighted_mean(y, w)) ** 2))
    c = float(np.sum(w) - np.sum(w**2) / np.sum(w))
    return max(0.0, (q - (y.size - 1)) / c)


def _root(f) -> float:  # type: ignore[no-untyped-def]
    """The root of a function positive at 0 and negative far out, to machine precision."""
    hi = 1.0
    while f(hi) > 0:
        hi *= 2.0
        if hi > 1e12:
            raise ValueError("tau^2 estimate does not converge")
    return float(optimize.brentq(f, 0.0, hi, xtol=1e-15, rtol=4 * np.finfo(float).eps))


def difference(a: Pooled, b: Pooled) -> Difference:
    """``a - b`` with a Wald CI and two-sided p-value (independent subgroups)."""
    d = a.estimate - b.estimate
    se = math.sqrt(a.se**2 + b.se**2)
    z = d / se
    return Difference(d, se, d - Z95 * se, d + Z95 * se, z, float(2 * stats.norm.sf(abs(z))))


# -- effect sizes ----------------------------------------------------------------------------


def logit(p: float) -> float:
    """log(p / (1 - p)) for 0 < p < 1."""
    return math.log(p / (1.0 - p))


def expit(x: float) -> float:
    """The inverse of :func:`logit`."""
    return 1.0 / (1.0 + math.exp(-x))


def proportion_effect(x: int, n: int) -> tuple[float, float]:
    """``(yi, vi)`` for x events of n on the logit scale, as metafor ``escalc("PLO")``.

    When x is 0 or n, 1/2 is added to the events and to the non-events (metafor's default
    ``add = 1/2, to = "only0"``), so the study keeps a finite variance.
    """
    if not (0 <= x <= n) or n <= 0:
        raise ValueError(f"need 0 <= x <= n and n > 0, got x={x}, n={n}")
    a, b = float(x), float(n - x)
    if a == 0 or b == 0:
        a, b = a + 0.5, b + 0.5
    return math.log(a / b), 1.0 / a + 1.0 / b


def se_from_ci(low: float, high: float, scale: str = "log") -> float:
    """Standard error on the analysis scale from a 95% CI: (g(high) - g(low)) / (2 z), with g
    the log (hazard ratios, medians) or the logit of a fraction (rates).

    Raises ValueError when the bounds are not ordered or fall outside g's domain."""
    if scale == "log":
        if not 0 < low < high:
            raise ValueError(f"need 0 < low < high for a log-scale CI, got {low}, {high}")
        return (math.log(high) - math.log(low)) / (2 * Z95)
    if scale == "logit":
        if not 0 < low < high < 1:
            raise ValueError(f"need 0 < low < high < 1 for a logit-scale CI, got {low}, {high}")
        return (logit(high) - logit(low)) / (2 * Z95)
    raise ValueError(f"unknown scale {scale!r}")


# -- recovering x / n from a reported percentage ------------------------------------------------


def decimals(x: float) -> int:
    """How many decimals a reported figure was printed with (``64.9`` -> 1, ``59.0`` -> 0).

    A stored float cannot tell ``59%`` from ``59.0%``; reading whole numbers as ``59`` is the
    lenient choice (a wider rounding tolerance)."""
    text = f"{x:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def rounds_to(reported: float, exact: float, units: float = 0.5) -> bool:
    """True when ``exact`` rounds to ``reported`` at the decimals ``reported`` was given with
    (within ``units`` of its last decimal place; 0.5 is ordinary rounding)."""
    return abs(exact - reported) <= units * 10.0 ** -decimals(reported) + 1e-9


def proportion_ci(x: int, n: int, method: str) -> tuple[float, float]:
    """A 95% CI for x/n as fractions: ``clopper-pearson`` (exact), ``wilson`` (score),
    ``wilson-cc`` (score with continuity correction) or ``wald`` (clipped to [0, 1])."""
    p = x / n
    z = Z95
    if method == "clopper-pearson":
        lo = 0.0 if x == 0 else float(stats.beta.ppf(0.025, x, n - x + 1))
        hi = 1.0 if x == n else float(stats.beta.ppf(0.975, x + 1, n - x))
        return lo, hi
    if method == "wilson":
        denom = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
        return max(0.0, centre - half), min(1.0, centre + half)
    if method == "wilson-cc":
        # Newcombe (1998), method 4.
        denom = 2 * (n + z * z)
        lo = 2 * n * p + z * z - 1 - z * math.sqrt(z * z - 2 - 1 / n + 4 * p * (n * (1 - p) + 1))
        hi = 2 * n * p + z * z + 1 + z * math.sqrt(z * z + 2 - 1 / n + 4 * p * (n * (1 - p) - 1))
        return (0.0 if x == 0 else max(0.0, lo / denom)), (1.0 if x == n else min(1.0, hi / denom))
    if method == "wald":
        half = z * math.sqrt(p * (1 - p) / n)
        return max(0.0, p - half), min(1.0, p + half)
    raise ValueError(f"unknown CI method {method!r} (one of {', '.join(CI_METHODS)})")


def ci_methods_matching(
    x: int, n: int, ci_low: float, ci_high: float, units: float = 0.5
) -> list[str]:
    """The CI methods whose interval for x/n, in percent, rounds to the reported bounds
    (within ``units`` of their last decimal place)."""
    found = []
    for method in CI_METHODS:
        lo, hi = proportion_ci(x, n, method)
        if rounds_to(ci_low, 100 * lo, units) and rounds_to(ci_high, 100 * hi, units):
            found.append(method)
    return found


def counts_from_ci(
    value: float, ci_low: float, ci_high: float, n_max: int = 2000
) -> tuple[int, int, str] | None:
    """The smallest ``(x, n, method)`` with n <= ``n_max`` such that x/n rounds to ``value``
    (a percentage) and the method's CI rounds to ``ci_low``-``ci_high``; None when none does.

    DESIGN.md: "for a proportion with its CI, some integer x/n reproduces all three under one
    of the usual methods", which recovers n when the abstract states only a percentage, and
    catches a mis-read denominator. Bounds are first matched at ordinary rounding, then within
    one unit of their last decimal, because papers round twice (48.0496 -> 48.05 -> 48.1 for
    TUXEDO-1's Wilson interval) or truncate.
    """
    width = ci_high - ci_low
    frac = value / 100.0
    for units in (0.5, 1.0):
        for n in range(1, n_max + 1):
            # Cheap screen: a 95% CI is about 2 * 1.96 * sqrt(p(1-p)/n) wide; a factor of 2
            # either way leaves room for exact and score intervals at small n.
            approx = 200.0 * Z95 * math.sqrt(frac * (1.0 - frac) / n)
            if 0.0 < frac < 1.0 and not (width / 2.0 - 1.0 <= approx <= 2.0 * width + 1.0):
                continue
            centre = value * n / 100.0
            for x in sorted({math.floor(centre), math.ceil(centre)}):
                if 0 <= x <= n and rounds_to(value, 100.0 * x / n):
                    methods = ci_methods_matching(x, n, ci_low, ci_high, units)
                    if methods:
                        return x, n, methods[0]
    return None


@dataclass(frozen=True)
class Counts:
    """Events ``x`` of ``n`` behind a reported percentage, and how they were obtained.

    ``source`` is ``stated`` (the abstract gives both), ``derived`` (x = value * N, N from the
    finding), ``derived-cohort`` (N is the article's cohort size) or ``ci`` (recovered from the
    CI by :func:`counts_from_ci`); ``flags`` name doubts (``ci-unmatched``)."""

    x: int
    n: int
    source: str
    flags: tuple[str, ...] = ()


def proportion_counts(
    value: float | None,
    ci_low: float | None = None,
    ci_high: float | None = None,
    x: int | None = None,
    n: int | None = None,
    cohort_size: int | None = None,
) -> Counts | str:
    """Events and total for a reported percentage, or the reason there are none (a string).

    Order of trust: both counts stated; x back-computed from the finding's N; from the
    article's cohort size; recovered from the CI. A derived x must reproduce the stated
    percentage at its printed precision, and where a CI is given it must match x/N under one
    of :data:`CI_METHODS`; otherwise the next source is tried, because a mismatch means this N
    is not the denominator of this figure (a subgroup, a mis-read digit).
    """
    if value is None:
        return "no value"
    if x is not None and n is not None and 0 <= x <= n and n > 0:
        return Counts(x, n, "stated")
    has_ci = ci_low is not None and ci_high is not None
    for total, source in ((n, "derived"), (cohort_size, "derived-cohort")):
        if not total or total <= 0:
            continue
        events = round(value * total / 100.0)
        if not rounds_to(value, 100.0 * events / total):
            continue
        if not has_ci or ci_methods_matching(events, total, ci_low, ci_high, 1.0):  # type: ignore[arg-type]
            return Counts(events, total, source)
        if source == "derived":
            # The abstract states this N for this figure: trust it over a CI search.
            return Counts(events, total, source, ("ci-unmatched",))
    if has_ci:
        found = counts_from_ci(value, ci_low, ci_high)  # type: ignore[arg-type]
        if found is not None:
            return Counts(found[0], found[1], "ci", (f"ci-{found[2]}",))
        return f"no x/N reproduces {value:g}% ({ci_low:g}-{ci_high:g})"
    if n or cohort_size:
        return f"{value:g}% is not x/N for N = {n or cohort_size}"
    return "no N and no CI"


# -- medians ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MedianSummary:
    """Median of the study medians with their range; ``not_reached`` counts studies whose
    median was not reached (they have no value and are not in the median)."""

    k: int
    median: float | None
    low: float | None
    high: float | None
    not_reached: int


def summarise_medians(values: Sequence[float | None]) -> MedianSummary:
    """Median of medians and range; None entries are "not reached"."""
    known = sorted(v for v in values if v is not None)
    nr = len(values) - len(known)
    if not known:
        return MedianSummary(len(values), None, None, None, nr)
    return MedianSummary(len(values), float(np.median(known)), known[0], known[-1], nr)


# -- pooling a table of study figures ------------------------------------------------------------

#: The columns of :func:`pool_frame`'s result.
POOLED_COLUMNS: list[str] = [
    "endpoint",
    "of",
    "kind",
    "months",
    "unit",
    "drug",
    "design",
    "k",
    "k_pooled",
    "estimate",
    "ci_low",
    "ci_high",
    "tau2",
    "i2",
    "q",
    "q_p",
    "method",
    "median",
    "min",
    "max",
    "not_reached",
    "studies",
]
#: The columns of :func:`differences`' result.
DIFFERENCE_COLUMNS: list[str] = [
    "endpoint",
    "of",
    "kind",
    "months",
    "unit",
    "drug",
    "a",
    "b",
    "measure",
    "estimate",
    "ci_low",
    "ci_high",
    "p",
    "pp",
    "pp_low",
    "pp_high",
]
_CELL = ["endpoint", "of", "kind", "months", "unit"]


def natural(kind: str, y: float) -> float:
    """An analysis-scale value back on the scale it was reported on: percent for proportions
    and rates (100 * expit), a ratio or months for hazard ratios and medians (exp)."""
    return 100.0 * expit(y) if kind in ("proportion", "rate") else math.exp(y)


def pool_frame(df, method: str = "REML"):  # type: ignore[no-untyped-def]
    """Pool an :func:`~extractor.analysis.export.evidence_frame` per endpoint cell, drug and
    design (real-world and trial apart, pooled analyses and meta-analyses apart again).

    Each group gives one row (:data:`POOLED_COLUMNS`): ``k`` studies with a figure,
    ``k_pooled`` of them with a standard error, the pooled ``estimate`` and CI on the reported
    scale (see :func:`natural`), ``tau2``/``i2``/``q``/``q_p`` on the analysis scale and the
    ``method``; for medians and rates also ``median``/``min``/``max`` of the stated values and
    ``not_reached``. Estimate columns are NaN where nothing could be pooled. ``studies`` lists
    the study names in the group.
    """
    import pandas as pd

    rows = []
    keys = [*_CELL, "drug", "design"]
    grouped = df.assign(_drug=df["drug"].fillna("")).groupby(
        [*_CELL[:1], "kind", "_drug", "design"], dropna=False, sort=False
    )
    for _, g in grouped:
        for _, cell in g.groupby(
            [g["of"].fillna(""), g["months"].fillna(-1.0), g["unit"].fillna("")], sort=False
        ):
            first = cell.iloc[0]
            row = {k: first[k] for k in keys}
            row.update(k=len(cell), method=METHODS[method], studies=", ".join(cell["study"]))
            ok = cell[cell["yi"].notna()]
            row["k_pooled"] = len(ok)
            if len(ok):
                p = pool(ok["yi"].to_numpy(float), ok["vi"].to_numpy(float), method)
                row.update(
                    estimate=natural(first["kind"], p.estimate),
                    ci_low=natural(first["kind"], p.ci_low),
                    ci_high=natural(first["kind"], p.ci_high),
                    tau2=p.tau2,
                    i2=p.i2,
                    q=p.q,
                    q_p=p.q_p,
                )
            if first["kind"] in ("median", "rate"):
                values = [None if pd.isna(v) else float(v) for v in cell["value"]]
                summary = summarise_medians(values)
                row.update(
                    median=summary.median,
                    min=summary.low,
                    max=summary.high,
                    not_reached=summary.not_reached,
                )
            rows.append(row)
    out = pd.DataFrame(rows, columns=POOLED_COLUMNS)
    for col in ("k", "k_pooled", "not_reached"):
        out[col] = out[col].astype("Int64")
    return out


def differences(df, a: str = "real-world", b: str = "trial", method: str = "REML"):  # type: ignore[no-untyped-def]
    """Design ``a`` against design ``b`` per endpoint cell and drug, from an evidence frame.

    Each pooled estimate is made within its design (its own tau^2), then compared with
    :func:`difference`. ``measure`` names what ``estimate`` and its CI are: an odds ratio
    (proportions, rates), a ratio of hazard ratios or a ratio of medians; for proportions and
    rates ``pp`` is also the difference in percentage points with a delta-method CI.
    """
    import pandas as pd

    rows = []
    sub = df[df["yi"].notna() & df["design"].isin([a, b])]
    grouped = sub.groupby(
        [
            sub["endpoint"],
            sub["of"].fillna(""),
            sub["kind"],
            sub["months"].fillna(-1.0),
            sub["unit"].fillna(""),
            sub["drug"].fillna(""),
        ],
        sort=False,
    )
    for _, cell in grouped:
        ga, gb = cell[cell["design"] == a], cell[cell["design"] == b]
        if ga.empty or gb.empty:
            continue
        pa = pool(ga["yi"].to_numpy(float), ga["vi"].to_numpy(float), method)
        pb = pool(gb["yi"].to_numpy(float), gb["vi"].to_numpy(float), method)
        d = difference(pa, pb)
        first = cell.iloc[0]
        kind = first["kind"]
        row = {k: first[k] for k in [*_CELL, "drug"]}
        row.update(
            a=a,
            b=b,
            measure={"proportion": "odds ratio", "rate": "odds ratio", "hr": "ratio of HRs"}.get(
                kind, "ratio of medians"
            ),
            estimate=math.exp(d.estimate),
            ci_low=math.exp(d.ci_low),
            ci_high=math.exp(d.ci_high),
            p=d.p,
        )
        if kind in ("proportion", "rate"):
            fa, fb = expit(pa.estimate), expit(pb.estimate)
            se = math.hypot(fa * (1 - fa) * pa.se, fb * (1 - fb) * pb.se)
            pp = 100.0 * (fa - fb)
            row.update(pp=pp, pp_low=pp - 100.0 * Z95 * se, pp_high=pp + 100.0 * Z95 * se)
        rows.append(row)
    return pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS)


# -- the text report (``extractor compare``) ---------------------------------------------------

_DESIGN_ORDER = {"real-world": 0, "trial": 1, "pooled": 2, "meta-analysis": 3, "other": 4}
_PLURAL = {
    "real-world": "real-world studies",
    "trial": "trials",
    "pooled": "pooled analyses",
    "meta-analysis": "meta-analyses",
    "other": "other designs",
}


def _num(x: object, digits: int = 1) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)) or x is _NA():
        return "-"
    return f"{float(x):.{digits}f}"  # type: ignore[arg-type]


def _NA() -> object:  # noqa: N802 - pandas' NA singleton, imported lazily
    import pandas as pd

    return pd.NA


def _missing(x: object) -> bool:
    import pandas as pd

    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))


def _cell_title(row) -> str:  # type: ignore[no-untyped-def]
    label = row["endpoint"] if _missing(row["of"]) else f"HR of {row['of']}"
    when = "" if _missing(row["months"]) else f" at {row['months']:g} months"
    unit = "" if _missing(row["unit"]) else f", {row['unit']}"
    drug = "drug not identified" if _missing(row["drug"]) or not row["drug"] else row["drug"]
    return f"{label}{when} ({row['kind']}{unit}) - {drug}"


def format_pooled(studies, pooled, diffs, method: str = "REML") -> str:  # type: ignore[no-untyped-def]
    """The pooled part of ``extractor compare`` as text: per endpoint cell and drug, each
    study's figure (design, year, report, N, value, CI, x/n), the pooled estimate per design
    with its CI, tau^2 and I^2, and real-world against trial."""
    if studies.empty:
        return "Pooled estimates: no figures for this topic and endpoint.\n"
    digits = {"proportion": 1, "rate": 1, "hr": 2, "median": 1}
    lines = [
        f"Pooled estimates: {METHODS[method]} (tau^2 >= 0), 95% CI; one report per study per "
        "endpoint (the latest),",
        "whole-cohort figures. Proportions pool as logit(x/n), hazard ratios as log(HR) with SE "
        "from the CI, medians",
        "and survival rates only where a CI gives an SE (approximate); otherwise summarised as "
        "median [min-max].",
        "",
    ]
    s = studies.assign(
        _drug=studies["drug"].fillna(""),
        _of=studies["of"].fillna(""),
        _m=studies["months"].fillna(-1.0),
        _u=studies["unit"].fillna(""),
        _d=studies["design"].map(_DESIGN_ORDER),
    )
    p = pooled.assign(
        _drug=pooled["drug"].fillna(""),
        _of=pooled["of"].fillna(""),
        _m=pooled["months"].fillna(-1.0),
        _u=pooled["unit"].fillna(""),
    )
    dd = diffs.assign(
        _drug=diffs["drug"].fillna(""),
        _of=diffs["of"].fillna(""),
        _m=diffs["months"].fillna(-1.0),
        _u=diffs["unit"].fillna(""),
    )
    from extractor.models import ENDPOINTS

    rank = {e: i for i, e in enumerate(ENDPOINTS)}
    s = s.assign(_e=s["endpoint"].map(rank)).sort_values(
        ["_e", "_of", "kind", "_m", "_drug", "_d"], kind="stable"
    )
    keys = ["endpoint", "_of", "kind", "_m", "_u", "_drug"]
    derived_used = False
    for key, cell in s.groupby(keys, sort=False):
        first = cell.iloc[0]
        dg = digits.get(first["kind"], 1)
        lines.append(_cell_title(first))
        header = (
            f"  {'design':<13} {'study':<18} {'year':>4}  {'report':<9} {'N':>5}  "
            f"{'value':>6}  {'95% CI':<13} {'x/n':<9} note"
        )
        lines.append(header)
        for _, block in cell.sort_values(["_d", "year"]).groupby("_d", sort=False):
            for r in block.itertuples(index=False):
                n = r.N if not _missing(r.N) else r.cohort_size
                ci = (
                    "-"
                    if _missing(r.ci_low) and _missing(r.ci_high)
                    else (
                        f"{_num(r.ci_low, dg)}-"
                        + ("NR" if _missing(r.ci_high) else _num(r.ci_high, dg))
                    )
                )
                value = "NR" if _missing(r.value) and r.not_reached else _num(r.value, dg)
                xn = "-"
                if not _missing(r.xi):
                    star = "*" if r.count_source != "stated" else ""
                    derived_used = derived_used or bool(star)
                    xn = f"{r.xi}/{r.ni}{star}"
                note = []
                if not _missing(r.note):
                    note.append(f"not pooled: {r.note}")
                if r.contains:
                    note.append(f"contains {r.contains}")
                if r.reports and r.reports > 1:
                    note.append(f"{r.reports} reports, latest used")
                if r.group and not _missing(r.group):
                    note.append(f"group {r.group}")
                lines.append(
                    f"  {r.design:<13} {str(r.study)[:18]:<18} {_num(r.year, 0):>4}  "
                    f"{str(r.article)[:9]:<9} {_num(n, 0):>5}  {value:>6}  {ci:<13} "
                    f"{xn:<9} {'; '.join(note)}".rstrip()
                )
            design_name = block.iloc[0]["design"]
            prow = p[
                (p["endpoint"] == key[0])
                & (p["_of"] == key[1])
                & (p["kind"] == key[2])
                & (p["_m"] == key[3])
                & (p["_u"] == key[4])
                & (p["_drug"] == key[5])
                & (p["design"] == design_name)
            ]
            if prow.empty:
                continue
            pr = prow.iloc[0]
            if pr["k_pooled"] and pr["k_pooled"] > 0:
                lines.append(
                    f"    => {_PLURAL[design_name]} pooled, {pr['k_pooled']} of {pr['k']}: "
                    f"{_num(pr['estimate'], dg)} "
                    f"({_num(pr['ci_low'], dg)}-{_num(pr['ci_high'], dg)})  "
                    f"tau^2 {pr['tau2']:.3f}  I^2 {pr['i2']:.0f}%"
                )
            if first["kind"] in ("median", "rate") and not _missing(pr["median"]):
                nr = f", {pr['not_reached']} not reached" if pr["not_reached"] else ""
                lines.append(
                    f"    => {_PLURAL[design_name]}, median of {pr['k']}: {_num(pr['median'], dg)} "
                    f"[{_num(pr['min'], dg)}-{_num(pr['max'], dg)}]{nr}"
                )
        drow = dd[
            (dd["endpoint"] == key[0])
            & (dd["_of"] == key[1])
            & (dd["kind"] == key[2])
            & (dd["_m"] == key[3])
            & (dd["_u"] == key[4])
            & (dd["_drug"] == key[5])
        ]
        for d in drow.itertuples(index=False):
            text = f"  {d.a} vs {d.b}: "
            if not _missing(d.pp):
                text += f"{d.pp:+.1f} percentage points ({d.pp_low:+.1f} to {d.pp_high:+.1f}); "
            text += f"{d.measure} {d.estimate:.2f} ({d.ci_low:.2f}-{d.ci_high:.2f}), p = {d.p:.2g}"
            lines.append(text)
        lines.append("")
    if derived_used:
        lines.append(
            "* x/n not stated: x back-computed from the percentage and N (or n from the CI)."
        )
    return "\n".join(lines).rstrip() + "\n"


def pooled_comparison(  # type: ignore[no-untyped-def]
    store,
    topic: str,
    endpoint: str | None = None,
    *,
    drug: str | None = None,
    method: str = "REML",
    latest: bool = True,
):
    """What the pooled part of ``extractor compare`` shows, as three DataFrames:
    ``(studies, pooled, differences)`` = the :func:`~extractor.analysis.export.evidence_frame`
    (one report per study per endpoint), :func:`pool_frame` and :func:`differences`
    (real-world against trial) of ``topic``, optionally one ``endpoint`` and one ``drug``."""
    from extractor.analysis.export import evidence_frame  # export imports this module

    if method not in METHODS:
        raise ValueError(f"unknown method {method!r} (one of {', '.join(METHODS)})")
    studies = evidence_frame(topic, endpoint, store=store, drug=drug, latest=latest)
    return studies, pool_frame(studies, method), differences(studies, method=method)
