"""Entrez against the fake E-utilities server (real HTTP on 127.0.0.1, real XML formats) and
the real NCBI responses in ``shared/fixtures/ncbi`` (skipped when that folder is absent)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from extractor.errors import FetchError
from extractor.sources import http
from extractor.sources.entrez import PUBMED_CAP, Entrez, parse_efetch, parse_esearch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fake_eutils import FAULT_KINDS, FakeEutils, Faults, make_corpus  # noqa: E402

SHARED = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "ncbi"
RATE = 20.0  # the allowed rate in tests: faster than NCBI's 3/s, asserted all the same
FAST = http.RetryPolicy(retries=6, backoff_base=0.01, max_backoff=0.05)
ALL_DATES = (dt.date(2000, 1, 1), dt.date(2030, 12, 31))


@pytest.fixture(autouse=True)
def _fresh_limiters():
    http.reset_limiters()
    yield
    http.reset_limiters()


def client(fake: FakeEutils, **kw) -> Entrez:
    kw.setdefault("email", "sweeps@example.org")
    return Entrez(base_url=fake.url, rate=RATE, timeout=(2, 0.5), policy=FAST, **kw)


def sweep_all(e: Entrez, term: str = "breast cancer") -> tuple[dict[str, object], int]:
    """Every record for ``term`` through windows and batches: (pmid -> article, missing)."""
    got: dict[str, object] = {}
    missing = 0
    for w in e.windows(term, *ALL_DATES):
        for b in e.fetch_batches(w.result.ids, w.result):
            for a in b.articles:
                assert a.pmid not in got
                got[a.pmid] = a
            missing += len(b.missing)
    return got, missing


# -- real NCBI responses ----------------------------------------------------------------------

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared/fixtures/ncbi absent")


@needs_shared
def test_parse_real_esearch_with_history():
    r = parse_esearch((SHARED / "esearch2.xml").read_bytes())
    assert r.count == 42249
    assert len(r.ids) == 100 and r.ids[0] == "41297076"
    assert r.webenv == "MCID_6927d6e7fee3e90f880ec190" and r.query_key == "1"
    assert "[Date - Entry]" in r.translation


@needs_shared
def test_parse_real_esearch_phrase_not_found_is_zero_not_error():
    r = parse_esearch((SHARED / "esearch8.xml").read_bytes())
    assert r.count == 0 and r.ids == () and r.webenv is None


@needs_shared
def test_real_error_in_200_is_retryable():
    with pytest.raises(http.RetryableBody, match="not an esearch answer"):
        parse_esearch((SHARED / "epost2.xml").read_bytes())
    body = b'<?xml version="1.0" ?>\n<eSearchResult><ERROR>Invalid db</ERROR></eSearchResult>'
    with pytest.raises(http.RetryableBody, match="NCBI returned an error: Invalid db"):
        parse_esearch(body)


@needs_shared
def test_parse_real_efetch_and_truncation():
    body = (SHARED / "pubmed4.xml").read_bytes()
    articles = parse_efetch(body)
    assert [a.pmid for a in articles][:1] == ["27797938"]
    with pytest.raises(http.RetryableBody, match="truncated"):
        parse_efetch(body[: len(body) // 2])


# -- the fake server --------------------------------------------------------------------------


def test_credentials_on_every_request_and_key_never_shown(caplog):
    faults = Faults(script={2: "500"})
    with (
        FakeEutils(make_corpus(30), faults=faults, limit=RATE) as fake,
        client(fake, api_key="KEY123") as e,
    ):
        got, missing = sweep_all(e)
    assert len(got) == 30 and missing == 0
    for r in fake.requests:
        assert r.params["tool"] == "evidence-extractor"
        assert r.params["email"] == "sweeps@example.org"
        assert r.params["api_key"] == "KEY123"
    assert "KEY123" not in caplog.text and "api_key=***" in caplog.text


def test_one_esearch_and_history_batches_of_500():
    with FakeEutils(make_corpus(1200), limit=RATE) as fake, client(fake) as e:
        got, missing = sweep_all(e)
    assert len(got) == 1200 and missing == 0
    assert fake.count("esearch") == 1
    assert fake.count("efetch") == 3
    fetches = [r for r in fake.requests if r.endpoint == "efetch"]
    assert [r.params["retstart"] for r in fetches] == ["0", "500", "1000"]
    assert all("WebEnv" in r.params for r in fetches)


def test_id_lists_over_200_are_posted_under_200_are_get():
    recs = make_corpus(300)
    with FakeEutils(recs, limit=RATE) as fake, client(fake) as e:
        assert len(e.fetch([r.pmid for r in recs])) == 300
        assert len(e.fetch([r.pmid for r in recs[:5]])) == 5
    fetches = [r for r in fake.requests if r.endpoint == "efetch"]
    assert [r.method for r in fetches] == ["POST", "GET"]


def test_date_windows_split_until_under_the_cap():
    recs = make_corpus(25_000, days=100, without_abstract=0)
    with FakeEutils(recs, limit=None) as fake, client(fake) as e:
        windows = list(e.windows("breast cancer", *ALL_DATES))
    assert all(w.result.count <= PUBMED_CAP for w in windows)
    assert len(windows) >= 3
    for a, b in zip(windows, windows[1:], strict=False):
        assert b.mindate == a.maxdate + dt.timedelta(days=1)
    ids = [i for w in windows for i in w.result.ids]
    assert len(ids) == len(set(ids)) == 25_000
    # every request that came back with Count > cap was followed by two halves
    assert fake.count("esearch") == 2 * len(windows) - 1


def test_one_day_over_the_cap_is_a_clear_error():
    recs = make_corpus(PUBMED_CAP + 1, days=1, without_abstract=0)
    with (
        FakeEutils(recs, limit=None) as fake,
        client(fake) as e,
        pytest.raises(FetchError, match="more than PubMed's cap"),
    ):
        list(e.windows("breast cancer", dt.date(2023, 1, 1), dt.date(2023, 1, 1)))


def test_retstart_past_the_cap_is_an_error_in_200():
    recs = make_corpus(3)
    with FakeEutils(recs, limit=None) as fake, client(fake) as e:
        e.http.policy = http.RetryPolicy(retries=1, backoff_base=0.01)
        with pytest.raises(FetchError, match="cannot be larger than 9998"):
            e.http.get(
                "esearch.fcgi",
                params={"db": "pubmed", "term": "breast", "retstart": "9999"},
                validate=lambda r: parse_esearch(r.content),
            )


def test_delete_citation_is_withdrawn():
    recs = make_corpus(10)
    with FakeEutils(recs, limit=RATE) as fake:
        fake.withdraw(recs[3].pmid)
        with client(fake) as e:
            got, missing = sweep_all(e)
    assert missing == 0 and len(got) == 10
    assert got[recs[3].pmid].status == "withdrawn"
    assert sum(a.status == "withdrawn" for a in got.values()) == 1


def test_missing_records_are_reasked_then_reported():
    recs = make_corpus(10)
    with (
        FakeEutils(recs, faults=Faults(script={1: "omit"}), limit=RATE) as fake,
        client(fake) as e,
    ):
        batches = list(e.fetch_batches([r.pmid for r in recs] + ["99999999"]))
        assert len(batches) == 1
        b = batches[0]
        assert len(b.articles) == 10 and b.missing == ("99999999",)
        with pytest.raises(FetchError, match="no record for PMID 99999999"):
            e.fetch(["99999999"])
    # first answer omitted one record; re-asked by id (twice: 99999999 stays missing)
    assert fake.count("efetch") == 3 + 3


def test_expired_webenv_falls_back_to_ids():
    recs = make_corpus(40)
    with FakeEutils(recs, limit=RATE) as fake, client(fake) as e:
        e.http.policy = http.RetryPolicy(retries=1, backoff_base=0.01)
        r = e.esearch("breast cancer")
        fake.histories.clear()  # the WebEnv expired on NCBI's side
        (b,) = list(e.fetch_batches(r.ids, r))
    assert len(b.articles) == 40 and not b.missing


@pytest.mark.parametrize("fault", FAULT_KINDS)
def test_every_fault_alone_loses_nothing(fault):
    recs = make_corpus(1200)
    # the fault hits the esearch, and each of the three efetch batches
    faults = Faults(script={1: fault, 3: fault, 5: fault, 7: fault}, stall_seconds=2)
    with FakeEutils(recs, faults=faults, limit=RATE) as fake, client(fake) as e:
        got, missing = sweep_all(e)
    assert missing == 0
    assert set(got) == {r.pmid for r in recs}
    assert fake.fault_counts()[fault] >= 3
    assert fake.over_limit() == 0 and fake.max_per_second() <= RATE


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_mixed_random_faults_lose_nothing(seed):
    recs = make_corpus(2000, seed=seed)
    faults = Faults(rate=0.4, seed=seed, stall_seconds=2)
    with FakeEutils(recs, faults=faults, limit=RATE) as fake:
        fake.withdraw(recs[seed].pmid)
        with client(fake) as e:
            got, missing = sweep_all(e)
    assert missing == 0
    assert set(got) == {r.pmid for r in recs}
    assert got[recs[seed].pmid].status == "withdrawn"
    assert sum(fake.fault_counts().values()) >= 2
    assert fake.over_limit() == 0 and fake.max_per_second() <= RATE


def test_default_rate_is_ncbi_s_three_per_second():
    with (
        FakeEutils(make_corpus(5), limit=3) as fake,
        Entrez(email="x@example.org", base_url=fake.url, policy=FAST) as e,
    ):
        assert e.http.limiter.rate == 3
        for _ in range(5):
            e.esearch("breast")
    assert fake.over_limit() == 0 and fake.max_per_second() <= 3


def test_api_key_raises_the_rate_to_ten():
    with Entrez(email="x@example.org", api_key="k", base_url="http://127.0.0.1:9/") as e:
        assert e.http.limiter.rate == 10
