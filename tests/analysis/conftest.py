"""A small evidence store for the analysis tests, modelled on the reference facts
(shared/reference/her2-bcbm.md): several reports of one study, a pooled analysis containing
two trials, real-world and trial figures of one drug, a comparator drug."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor import open_store
from extractor.models import Article, Extraction, Finding
from extractor.store import Store


def save(
    store: Store,
    pmid: str,
    design: str,
    year: int,
    title: str,
    abstract: str,
    findings: list[Finding],
    cohort: int | None = None,
    authors: tuple[str, ...] = ("Someone A",),
    topic: str = "her2",
) -> None:
    article = Article(
        pmid=pmid, title=title, abstract=abstract, year=year, authors=authors, source="test"
    )
    store.save(Extraction(article, design, cohort, tuple(findings)), topic)


def iorr(value: float, **kw: object) -> Finding:
    return Finding("iORR", "proportion", value, "%", **kw)  # type: ignore[arg-type]


def fill(store: Store) -> None:
    tdxd = "trastuzumab deruxtecan (T-DXd)"
    save(
        store,
        "35941372",
        "trial",
        2022,
        "Trastuzumab deruxtecan in HER2-positive breast cancer with brain metastases",
        f"TUXEDO-1 was a single-arm phase 2 trial of {tdxd} (NCT04752059).",
        [iorr(73.3, ci_low=48.1, ci_high=89.1)],
        cohort=15,
        authors=("Bartsch R",),
    )
    # Final report of TUXEDO-1: names the trial in its title, repeats the iORR (later).
    save(
        store,
        "38963808",
        "trial",
        2024,
        "Final outcome analysis from the phase II TUXEDO-1 trial of trastuzumab-deruxtecan",
        "BACKGROUND: Final analysis.\nRESULTS: Median PFS was 21 months.",
        [iorr(73.3, n=11, N=15), Finding("gPFS", "median", 21.0, "months")],
        cohort=15,
        authors=("Bartsch R",),
    )
    save(
        store,
        "39265579",
        "trial",
        2023,
        "The DEBBRAH trial: T-DXd in brain metastases",
        "METHODS: DEBBRAH enrolled patients with active brain metastases.",
        [iorr(46.2, n=6, N=13)],
        cohort=13,
        authors=("Perez-Garcia JM",),
    )
    save(
        store,
        "37821514",
        "real-world",
        2023,
        "T-DXd in brain metastases (ROSET-BM)",
        "METHODS: ROSET-BM is a multicentre retrospective study (UMIN000044995).",
        [iorr(62.7, n=32, N=51), Finding("OS", "rate", 74.9, "%", months=12)],
        cohort=104,
        authors=("Niikura N",),
    )
    # Fabi: mentions TUXEDO-1 in the background only; must stay a study of its own.
    save(
        store,
        "39843642",
        "real-world",
        2025,
        "Real life outcome analysis of breast cancer brain metastases treated with T-DXd",
        "In the phase 2 TUXEDO-1 study, for example, 73.3% of patients responded. "
        "We reviewed 39 patients treated with T-DXd.",
        [iorr(59.0), Finding("OS", "median", None, "months", not_reached=True)],
        cohort=39,
        authors=("Fabi A",),
    )
    save(
        store,
        "39754978",
        "pooled",
        2025,
        "A patient-level pooled analysis of three studies of T-DXd",
        "PATIENTS AND METHODS: Patients in the phase II DEBBRAH and TUXEDO-1 trials or in a "
        "retrospective US cohort were pooled.",
        [iorr(64.9, ci_low=47.5, ci_high=79.8)],
        cohort=37,
        authors=("Bartsch R",),
    )
    # A comparator drug: never pooled with T-DXd.
    save(
        store,
        "32634611",
        "trial",
        2020,
        "Trastuzumab emtansine (T-DM1) in brain metastases: final analysis from KAMILLA, "
        "a single-arm phase IIIb clinical trial",
        "PATIENTS AND METHODS: KAMILLA is a single-arm phase IIIb study of T-DM1.",
        [
            iorr(21.4, ci_low=14.6, ci_high=29.6),
            Finding("HR", "hr", 0.5, None, ci_low=0.3, ci_high=0.8, of="gPFS"),
        ],
        cohort=398,
        authors=("Montemurro F",),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "evidence.db") as s:
        fill(s)
        yield s


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "filled.db"
    with open_store(path) as s:
        fill(s)
    return path
