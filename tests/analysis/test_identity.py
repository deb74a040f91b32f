"""Study identity: reports linked to studies, pooled analyses' members, user corrections, one
report per study per endpoint."""

from __future__ import annotations

import pytest

from extractor.analysis import identity
from extractor.analysis.identity import article_names, build_identity, resolve, select_reports
from extractor.errors import StoreError
from extractor.store import Store


def test_names_come_from_own_contexts_only() -> None:
    names, registry = article_names(
        "Final outcome analysis from the phase II TUXEDO-1 trial",
        "BACKGROUND: In the DESTINY-Breast03 trial, T-DXd was active.\n"
        "METHODS: Patients with HER2-positive BCBM received T-DXd (NCT04752059).",
        "trial",
    )
    assert names == ["TUXEDO-1"] and registry == ["NCT04752059"]
    names, _ = article_names("x", "TBCRC 022 is a phase II trial. KAMILLA was a study.", "trial")
    assert names == ["TBCRC 022", "KAMILLA"]
    # A background mention of someone else's trial is not a name.
    names, _ = article_names("Real-world T-DXd", "In the phase 2 TUXEDO-1 study, 73% ...", "trial")
    assert names == []


def test_pooled_members_expand_series() -> None:
    names, _ = article_names(
        "A pooled analysis of T-DXd",
        "PATIENTS AND METHODS: Patients receiving T-DXd in DESTINY-Breast01, -02 and -03 "
        "were pooled.",
        "pooled",
    )
    assert {"DESTINY-Breast01", "DESTINY-Breast02", "DESTINY-Breast03"} <= set(names)


def test_resolve_links_reports_and_members(store: Store) -> None:
    ident = resolve(store, "her2")
    assert ident.study("35941372") == ident.study("38963808") == "TUXEDO-1"
    assert ident.study("39843642") == "Fabi 2025"  # background mention ignored
    assert ident.study("37821514") == "ROSET-BM"
    assert set(ident.members("39754978")) == {"DEBBRAH", "TUXEDO-1"}
    assert [r.article for r in ident.reports_of("TUXEDO-1")] == ["35941372", "38963808"]
    assert ident.reports["32634611"].drug == "trastuzumab emtansine"


def test_cohort_and_first_author_link() -> None:
    rows = [
        {"key": "1", "pmid": "1", "year": 2020, "design": "trial", "cohort_size": 612,
         "title": "Tucatinib for brain metastases", "abstract": "", "authors": '["Lin NU"]'},
        {"key": "2", "pmid": "2", "year": 2023, "design": "trial", "cohort_size": 612,
         "title": "Updated survival with tucatinib", "abstract": "", "authors": '["Lin NU"]'},
        {"key": "3", "pmid": "3", "year": 2023, "design": "real-world", "cohort_size": 612,
         "title": "Tucatinib in practice", "abstract": "", "authors": '["Lin NU"]'},
    ]  # fmt: skip
    ident = build_identity(rows)
    assert ident.study("1") == ident.study("2") == "Lin 2020"
    assert ident.reports["2"].how == "cohort+author"
    assert ident.study("3") != ident.study("1")  # another design is another study


def test_user_corrections(store: Store) -> None:
    identity.set_study(store, "39843642", "TUXEDO-1", note="test")
    assert resolve(store).study("39843642") == "TUXEDO-1"
    identity.set_study(store, "38963808", None)
    ident = resolve(store)
    assert ident.study("38963808") != "TUXEDO-1" and ident.reports["38963808"].how == "own (user)"
    identity.set_member(store, "39754978", "US cohort")
    identity.set_member(store, "39754978", "DEBBRAH", included=False)
    assert set(resolve(store).members("39754978")) == {"TUXEDO-1", "US cohort"}
    with pytest.raises(StoreError, match="not a pooled"):
        identity.set_member(store, "35941372", "X")
    with pytest.raises(StoreError, match="no article"):
        identity.set_study(store, "nope", "X")
    assert identity.reset(store, "39843642") == 1
    assert identity.reset(store, "39754978") == 2
    assert resolve(store).study("39843642") == "Fabi 2025"


def _iorr_rows(store: Store) -> list[dict]:
    return store.query(
        "SELECT * FROM evidence WHERE endpoint = 'iORR' AND group_label IS NULL ORDER BY article"
    )


def test_select_latest_then_preferred_report(store: Store) -> None:
    ident = resolve(store)
    chosen = {r["study"]: r for r in select_reports(_iorr_rows(store), ident)}
    assert chosen["TUXEDO-1"]["article"] == "38963808"  # the latest report
    assert chosen["TUXEDO-1"]["reports"] == 2 and chosen["TUXEDO-1"]["superseded"] == ["35941372"]
    assert chosen["Bartsch 2025"]["contains"] == ["DEBBRAH", "TUXEDO-1"]
    earliest = {r["study"]: r for r in select_reports(_iorr_rows(store), ident, latest=False)}
    assert earliest["TUXEDO-1"]["article"] == "35941372"
    identity.prefer_report(store, "35941372", "iORR")
    chosen = {r["study"]: r for r in select_reports(_iorr_rows(store), resolve(store))}
    assert chosen["TUXEDO-1"]["article"] == "35941372"
    dropped = select_reports(_iorr_rows(store), resolve(store), drop_contained=True)
    assert "Bartsch 2025" not in {r["study"] for r in dropped}
