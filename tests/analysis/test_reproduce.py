"""Reproducing a published pooled result from its component studies.

Bartsch et al., ESMO Open 2025;10:104092 (PMID 39754978): patient-level pooled analysis of
T-DXd in active brain metastases from DEBBRAH, TUXEDO-1 and a retrospective US cohort; 37
patients, intracranial ORR 64.9% (95% CI 47.5-79.8), i.e. 24/37 with a Clopper-Pearson CI.

Components as published on their own (shared/reference/her2-bcbm.md):
- TUXEDO-1 (Bartsch 2022, Nat Med, PMID 35941372): 11/15, 73.3% (48.1-89.1, Wilson);
- DEBBRAH cohorts 2 and 3 (Neuro-Oncology 2023): 50.0% (6.7-93.2) and 44.4% (13.7-78.8),
  i.e. 2/4 and 4/9 (recovered from the CIs below), one study: 6/13;
- the US cohort is not published alone; Kabraji 2023 (PMID 36074155, DFCI, part of it)
  reports 7/10 for untreated or progressing brain metastases, used as its stand-in.

Loaded as Extractions, linked (one report per study), exported and pooled by REML, this gives
62.9% (43.8-78.6) against the published 64.9% (47.5-79.8): 24 responders of 38 against 24 of
37, the US stand-in having one patient more; the random-effects CI is wider than the
patient-level exact CI, as it should be with three small studies and some heterogeneity.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor import open_store
from extractor.analysis import meta
from extractor.analysis.export import evidence_frame
from extractor.models import Article, Extraction, Finding
from extractor.store import Store

PUBLISHED = (64.9, 47.5, 79.8)


def _save(store: Store, pmid: str, design: str, year: int, title: str, abstract: str,
          findings: list[Finding], cohort: int) -> None:  # fmt: skip
    article = Article(pmid=pmid, title=title, abstract=abstract, year=year, source="fixture")
    store.save(Extraction(article, design, cohort, tuple(findings)), "bartsch-2025")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    # DEBBRAH's two active-BM cohorts, as the abstract states them (percent and CI only).
    c2 = meta.counts_from_ci(50.0, 6.7, 93.2)
    c3 = meta.counts_from_ci(44.4, 13.7, 78.8)
    assert c2 is not None and c3 is not None and (c2[:2], c3[:2]) == ((2, 4), (4, 9))
    with open_store(tmp_path / "e.db") as s:
        _save(
            s,
            "35941372",
            "trial",
            2022,
            "Trastuzumab deruxtecan in brain metastases",
            "TUXEDO-1 was a single-arm phase 2 trial (NCT04752059).",
            [Finding("iORR", "proportion", 73.3, "%", ci_low=48.1, ci_high=89.1)],
            15,
        )
        _save(
            s,
            "90000001",
            "trial",
            2023,
            "DEBBRAH: T-DXd in active brain metastases",
            "METHODS: DEBBRAH cohorts 2 and 3 enrolled active brain metastases.",
            [Finding("iORR", "proportion", 100 * 6 / 13, "%", n=6, N=13)],
            13,
        )
        _save(
            s,
            "36074155",
            "other",
            2023,
            "Preclinical and clinical efficacy of T-DXd",
            "A retrospective multi-institutional cohort of 17 patients.",
            [Finding("iORR", "proportion", 70.0, "%", n=7, N=10, group="active")],
            17,
        )
        # The pooled analysis itself: must not be pooled with its own members.
        _save(
            s,
            "39754978",
            "pooled",
            2025,
            "A patient-level pooled analysis of T-DXd",
            "PATIENTS AND METHODS: Patients in the phase II DEBBRAH and TUXEDO-1 trials "
            "or in a retrospective cohort were pooled.",
            [Finding("iORR", "proportion", 64.9, "%", ci_low=47.5, ci_high=79.8)],
            37,
        )
        yield s


def test_published_ci_is_exact_24_of_37() -> None:
    lo, hi = meta.proportion_ci(24, 37, "clopper-pearson")
    assert (round(100 * lo, 1), round(100 * hi, 1)) == (47.5, 79.8)


def test_pool_components_close_to_published(store: Store) -> None:
    trials = evidence_frame("bartsch-2025", "iORR", store=store, design="trial")
    us = evidence_frame("bartsch-2025", "iORR", store=store, design="other", group="active")
    assert list(trials["study"]) == ["TUXEDO-1", "DEBBRAH"]
    assert list(zip(trials["xi"], trials["ni"], strict=True)) == [(11, 15), (6, 13)]
    yi = [*trials["yi"], *us["yi"]]
    vi = [*trials["vi"], *us["vi"]]
    p = meta.pool(yi, vi, "REML")
    est, lo, hi = (meta.natural("proportion", v) for v in (p.estimate, p.ci_low, p.ci_high))
    assert (round(est, 1), round(lo, 1), round(hi, 1)) == (62.9, 43.8, 78.6)
    assert abs(est - PUBLISHED[0]) < 2.5  # within 2.5 percentage points
    assert lo < PUBLISHED[0] < hi and lo < est < hi
    # The pooled analysis names its members, so it is flagged where they appear.
    pooled = evidence_frame("bartsch-2025", "iORR", store=store)
    row = pooled.set_index("article")
    assert row.loc["39754978", "contains"] == "DEBBRAH, TUXEDO-1"
