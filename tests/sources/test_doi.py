"""DOI lookups against real HTTP servers on 127.0.0.1: the fake E-utilities for PubMed, and
pytest-httpserver serving recorded-format Europe PMC, Crossref and landing-page responses
(``tests/fixtures/services``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from werkzeug import Response

from extractor.errors import FetchError
from extractor.sources import http
from extractor.sources.doi import DoiResolver, InvalidDOI, normalize_doi
from extractor.sources.landing import parse_landing

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fake_eutils import FakeEutils, make_corpus  # noqa: E402

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "services"
FAST = http.RetryPolicy(retries=3, backoff_base=0.01, max_backoff=0.02)
EMPTY_EPMC = (FIX / "europepmc_empty.json").read_text()
NOT_FOUND = (FIX / "crossref_404.txt").read_text()


@pytest.fixture(autouse=True)
def _fresh_limiters():
    http.reset_limiters()
    http.set_rate("ncbi", 50)
    http.set_rate("landing", 50)
    yield
    http.reset_limiters()


@pytest.fixture
def fake():
    with FakeEutils(make_corpus(5), limit=None) as f:
        yield f


@pytest.fixture
def resolver(fake, httpserver):
    from extractor.sources.entrez import Entrez

    with (
        Entrez(email="t@example.org", base_url=fake.url, policy=FAST) as e,
        DoiResolver(
            entrez=e,
            email="t@example.org",
            europepmc_url=httpserver.url_for("/europepmc/webservices/rest/"),
            crossref_url=httpserver.url_for("/crossref/"),
            resolver_url=httpserver.url_for("/doi/"),
            policy=FAST,
        ) as r,
    ):
        yield r


def epmc(httpserver, doi: str, body: str) -> None:
    httpserver.expect_request(
        "/europepmc/webservices/rest/search",
        query_string={
            "query": f'DOI:"{doi}"',
            "resultType": "core",
            "format": "json",
            "pageSize": "1",
        },
    ).respond_with_data(body, content_type="application/json")


def crossref(httpserver, doi: str, body: str | None) -> None:
    req = httpserver.expect_request(f"/crossref/works/{doi}")
    if body is None:
        req.respond_with_data(NOT_FOUND, status=404, content_type="text/plain")
    else:
        req.respond_with_data(
            body,
            content_type="application/json",
            headers={"X-Rate-Limit-Limit": "50", "X-Rate-Limit-Interval": "1s"},
        )


@pytest.mark.parametrize(
    "text",
    [
        "10.5555/ABC.1",
        "doi:10.5555/abc.1",
        "DOI: 10.5555/abc.1",
        "https://doi.org/10.5555/abc.1",
        "http://dx.doi.org/10.5555/ABC.1",
        "https://doi.org/10.5555%2Fabc.1",
        "  10.5555/abc.1. ",
    ],
)
def test_normalize_doi(text):
    assert normalize_doi(text) == "10.5555/abc.1"


@pytest.mark.parametrize("text", ["", "10.1/x", "pmid:123", "https://example.org/10.5555"])
def test_normalize_rejects_non_dois(text):
    with pytest.raises(InvalidDOI, match="not a DOI"):
        normalize_doi(text)


def test_pubmed_first_by_aid(resolver, fake, httpserver):
    rec = next(iter(fake.records.values()))
    a = resolver.fetch("https://doi.org/" + rec.doi.upper())
    assert a.pmid == rec.pmid and a.doi == rec.doi
    assert "intracranial objective response rate" in a.abstract
    searches = [r for r in fake.requests if r.endpoint == "esearch"]
    assert searches[0].params["term"] == f'"{rec.doi}"[AID]'
    assert len(httpserver.log) == 0  # never reached Europe PMC or Crossref


def test_europepmc_when_pubmed_has_nothing(resolver, httpserver):
    doi = "10.5555/epmc.2024.001"
    epmc(httpserver, doi, (FIX / "europepmc_core.json").read_text())
    a = resolver.fetch(f"doi:{doi}")
    assert a.source == "europepmc" and a.doi == doi
    assert a.title.endswith("multicentre real-world cohort.")
    assert [s.label for s in a.sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert "RESULTS: The intracranial objective response rate was 41.3%" in a.abstract
    assert a.journal == "Journal of Example Oncology" and a.year == 2024
    assert a.authors == ("Rossi M", "Keller A", "Tanaka H")


def test_crossref_jats_abstract(resolver, httpserver):
    doi = "10.5555/crossref.2024.002"
    epmc(httpserver, doi, EMPTY_EPMC)
    crossref(httpserver, doi, (FIX / "crossref_work.json").read_text())
    a = resolver.fetch(doi)
    assert a.source == "crossref"
    assert [s.label for s in a.sections] == ["PURPOSE", "METHODS", "RESULTS", "CONCLUSION"]
    assert "63.2% (24/38)" in a.abstract and "9.9\u2013not reached" in a.abstract
    assert "showed marked intracranial" in a.abstract
    assert a.year == 2024 and a.journal == "Example Breast Oncology"
    assert a.authors == ("Hoffmann Lena", "Greco Paolo")
    # mailto sent for Crossref's polite pool
    (req,) = [r for r, _ in httpserver.log if r.path.startswith("/crossref/")]
    assert req.args["mailto"] == "t@example.org"


def test_landing_page_meta_tags_when_crossref_has_no_abstract(resolver, httpserver):
    doi = "10.5555/landing.2024.003"
    work = json.loads((FIX / "crossref_work_no_abstract.json").read_text())
    del work["message"]["resource"]  # so the DOI resolver's redirect is followed
    epmc(httpserver, doi, EMPTY_EPMC)
    crossref(httpserver, doi, json.dumps(work))
    httpserver.expect_request(f"/doi/{doi}").respond_with_response(
        Response(status=302, headers={"Location": httpserver.url_for("/article/landing-003")})
    )
    httpserver.expect_request("/article/landing-003").respond_with_data(
        (FIX / "landing.html").read_text(), content_type="text/html"
    )
    a = resolver.fetch(doi)
    assert a.source.endswith("/article/landing-003")
    assert a.doi == doi and a.year == 2024 and a.journal == "Example Neuro-Oncology"
    assert a.abstract.startswith("Background Data on pyrotinib")
    assert "intracranial objective response rate was 55.8%" in a.abstract
    assert a.authors == ("Zhang, Wei", "Liu, Fang")


def test_crossref_resource_url_is_used_for_the_landing_page(resolver, httpserver):
    doi = "10.5555/landing.2024.003"
    work = json.loads((FIX / "crossref_work_no_abstract.json").read_text())
    work["message"]["resource"]["primary"]["URL"] = httpserver.url_for("/article/x")
    epmc(httpserver, doi, EMPTY_EPMC)
    crossref(httpserver, doi, json.dumps(work))
    httpserver.expect_request("/article/x").respond_with_data(
        (FIX / "landing.html").read_text(), content_type="text/html"
    )
    assert "55.8%" in resolver.fetch(doi).abstract


def test_no_abstract_anywhere_returns_metadata(resolver, httpserver):
    doi = "10.5555/landing.2024.003"
    epmc(httpserver, doi, EMPTY_EPMC)
    work = json.loads((FIX / "crossref_work_no_abstract.json").read_text())
    del work["message"]["resource"]
    crossref(httpserver, doi, json.dumps(work))
    httpserver.expect_request(f"/doi/{doi}").respond_with_data("gone", status=404)
    a = resolver.fetch(doi)
    assert a.abstract == "" and a.title.startswith("Pyrotinib plus capecitabine")


def test_unknown_doi_is_a_clear_error(resolver, httpserver):
    doi = "10.5555/unknown.0000"
    epmc(httpserver, doi, EMPTY_EPMC)
    crossref(httpserver, doi, None)
    with pytest.raises(FetchError, match=r"^DOI 10.5555/unknown.0000 was not found in PubMed"):
        resolver.fetch(doi)


def test_europepmc_maintenance_page_is_retried(resolver, httpserver):
    doi = "10.5555/epmc.2024.001"
    httpserver.expect_ordered_request("/europepmc/webservices/rest/search").respond_with_data(
        "<html><body>Service temporarily unavailable</body></html>", content_type="text/html"
    )
    httpserver.expect_ordered_request("/europepmc/webservices/rest/search").respond_with_data(
        (FIX / "europepmc_core.json").read_text(), content_type="application/json"
    )
    assert resolver.fetch(doi).source == "europepmc"


def test_parse_landing_without_meta_is_none():
    assert parse_landing("<html><head><title>Cookies</title></head></html>") is None


def test_cli_fetch_unknown_doi_is_a_message_not_a_traceback(fake, httpserver, monkeypatch):
    from extractor.cli import main

    doi = "10.5555/unknown.0000"
    epmc(httpserver, doi, EMPTY_EPMC)
    crossref(httpserver, doi, None)
    monkeypatch.setenv("EXTRACTOR_EUTILS_URL", fake.url)
    monkeypatch.setenv(
        "EXTRACTOR_EUROPEPMC_URL", httpserver.url_for("/europepmc/webservices/rest/")
    )
    monkeypatch.setenv("EXTRACTOR_CROSSREF_URL", httpserver.url_for("/crossref/"))
    monkeypatch.setenv("NCBI_EMAIL", "t@example.org")
    result = CliRunner().invoke(main, ["fetch", "--doi", doi])
    assert result.exit_code == 1
    assert "DOI 10.5555/unknown.0000 was not found" in result.output
    assert "Traceback" not in result.output


def test_cli_fetch_pmid_prints_format_md_record(fake, monkeypatch):
    from extractor.cli import main

    rec = next(iter(fake.records.values()))
    monkeypatch.setenv("EXTRACTOR_EUTILS_URL", fake.url)
    monkeypatch.setenv("NCBI_EMAIL", "t@example.org")
    result = CliRunner().invoke(main, ["fetch", "--pmid", rec.pmid])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.strip().splitlines()[-1])
    assert record["pmid"] == rec.pmid and record["doi"] == rec.doi
    assert "findings" in record
