"""Tests of the streaming efetch PubMed XML parser.

Our fixtures (tests/fixtures/pubmed/) are written in the efetch format to hold every trap the
parser must handle; the real NCBI responses in ../shared/fixtures/ncbi/ check that the format
we wrote has not drifted from what NCBI sends (skipped when ../shared is absent).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractor.errors import ParseError
from extractor.models import Article, Section
from extractor.sources.pubmed_xml import parse_pubmed_xml

FIXTURES = Path(__file__).parents[1] / "fixtures" / "pubmed"
SHARED_NCBI = Path(__file__).parents[2] / ".." / "shared" / "fixtures" / "ncbi"

needs_shared = pytest.mark.skipif(
    not SHARED_NCBI.is_dir(), reason="../shared/fixtures/ncbi is not present"
)


def parse_all(source, origin: str = "") -> tuple[list[Article], list[ParseError]]:
    """Every article and every error of one document."""
    errors: list[ParseError] = []
    articles = list(parse_pubmed_xml(source, origin=origin, on_error=errors.append))
    return articles, errors


@pytest.fixture(scope="module")
def mixed() -> tuple[dict[str, Article], list[ParseError]]:
    articles, errors = parse_all(FIXTURES / "mixed.xml")
    return {a.pmid: a for a in articles}, errors


# --- our fixtures ----------------------------------------------------------------------------


def test_yields_every_record_in_order_and_reports_the_one_without_pmid() -> None:
    articles, errors = parse_all(FIXTURES / "mixed.xml")
    assert [a.pmid for a in articles] == [
        "99000001",
        "99000002",
        "99000003",
        "99000004",
        "99000090",
        "99000091",
    ]
    assert len(errors) == 1
    assert errors[0].record == "#4"
    assert "without a PMID" in errors[0].reason
    assert errors[0].where.endswith("mixed.xml")


def test_structured_abstract_keeps_every_section_with_its_label(mixed) -> None:
    article = mixed[0]["99000001"]
    assert [s.label for s in article.sections] == [
        "BACKGROUND",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert article.sections[0] == Section(
        "BACKGROUND",
        "Brain metastases occur in up to half of patients with HER2-positive disease.",
    )
    assert article.abstract.split("\n") == [f"{s.label}: {s.text}" for s in article.sections]
    assert "Copyright" not in article.abstract


def test_inline_markup_and_mathml_are_kept_as_text(mixed) -> None:
    article = mixed[0]["99000001"]
    methods = article.sections[1].text
    # <sup>3</sup>, <sub>2</sub>, &lt; and MathML <msub>K i</msub> all stay in the text.
    assert "<2\u00a0cm3 in 20 (log2 scale)" in methods
    assert methods.endswith("the index was Ki > 0.5.")
    assert article.sections[2].text.startswith(
        "The intracranial objective response rate was 59% (95% CI 42.1-74.4)"
    )
    assert article.title == (
        "Trastuzumab deruxtecan in HER2-positive breast cancer with brain metastases: "
        "a multicentre cohort."
    )


def test_thin_and_no_break_spaces_are_kept_but_indentation_collapsed(mixed) -> None:
    article = mixed[0]["99000001"]
    assert "5.4\u2009mg/kg" in article.abstract
    assert "\u00a0cm3" in article.abstract
    # The BACKGROUND section is wrapped over two indented lines in the file.
    assert "up to half of patients" in article.sections[0].text
    assert "\n" not in article.sections[0].text
    assert "  " not in article.abstract


def test_doi_comes_from_the_article_never_from_its_references(mixed) -> None:
    articles = mixed[0]
    assert articles["99000001"].doi == "10.99999/jto.2019.001"
    # 99000002 has no DOI of its own; its reference list has one, which must not be taken.
    assert articles["99000002"].doi is None
    # Only in PubmedData/ArticleIdList: taken from there, case kept.
    assert articles["99000003"].doi == "10.99999/LETT.2022.3"
    assert articles["99000004"].doi is None


def test_pmid_is_the_records_own_not_a_comment_or_reference(mixed) -> None:
    assert "99000050" not in mixed[0]  # CommentsCorrections PMID
    assert "99000077" not in mixed[0]  # ReferenceList PMID


def test_bibliographic_fields(mixed) -> None:
    article = mixed[0]["99000001"]
    assert article.journal == "Journal of testing oncology"
    assert article.year == 2019  # MedlineDate "2019 Nov-Dec"
    assert article.publication_types == (
        "Journal Article",
        "Observational Study",
        "Multicenter Study",
    )
    assert article.mesh_terms == ("Breast Neoplasms", "Brain Neoplasms", "Humans")
    # "LastName Initials"; initials from ForeName when missing; ValidYN="N" left out.
    assert article.authors == ("Rossi MG", "van der Berg J", "TEST-BM Study Group")
    assert article.registry_ids == ("NCT04000001", "NCT04000002", "2019-000001-01")
    assert article.source.endswith("mixed.xml")
    assert article.status == "ok"


def test_season_date_and_iso_abbreviation_fallback(mixed) -> None:
    article = mixed[0]["99000002"]
    assert article.year == 2021
    assert article.journal == "Seas Oncol Rep"
    assert article.sections == (
        Section("", "Twelve patients were treated. The median overall survival was 18.1 months."),
    )
    assert article.abstract == article.sections[0].text


def test_record_without_abstract_is_yielded_with_article_date_year(mixed) -> None:
    article = mixed[0]["99000003"]
    assert article.abstract == ""
    assert article.sections == ()
    assert article.title == "A letter without an abstract."
    assert article.year == 2022
    assert article.publication_types == ("Letter",)


def test_book_article(mixed) -> None:
    article = mixed[0]["99000004"]
    assert article.title == "Brain metastases of HER2-positive breast cancer"
    assert article.journal == "Test Oncology Handbook\u00ae"
    assert article.year == 2018
    assert article.authors == ("Writer W",)  # the chapter's authors, not the book's editors
    assert article.publication_types == ("Review",)
    assert article.abstract == "SUMMARY: A chapter on HER2-positive disease."


def test_delete_citation_gives_withdrawn_articles(mixed) -> None:
    for pmid in ("99000090", "99000091"):
        article = mixed[0][pmid]
        assert article.status == "withdrawn"
        assert article.abstract == ""


def test_truncated_file_yields_complete_records_then_reports_the_break() -> None:
    articles, errors = parse_all(FIXTURES / "truncated.xml")
    assert [a.pmid for a in articles] == ["99000001", "99000002"]
    assert len(errors) == 1
    error = errors[0]
    assert error.record == "#3"
    assert "last complete record PMID 99000002" in error.reason
    assert "line 193" in error.reason


def test_truncated_file_raises_without_handler_after_the_good_records() -> None:
    seen = []
    with pytest.raises(ParseError, match="truncated or invalid XML"):
        for article in parse_pubmed_xml(FIXTURES / "truncated.xml"):
            seen.append(article.pmid)
    assert seen == ["99000001", "99000002"]


def test_malformed_record_raises_without_handler() -> None:
    with pytest.raises(ParseError, match=r"\(record #4\): PubmedArticle without a PMID"):
        list(parse_pubmed_xml(FIXTURES / "mixed.xml"))


def test_efetch_error_envelope_is_reported() -> None:
    articles, errors = parse_all(FIXTURES / "efetch_error.xml")
    assert articles == []
    assert [e.reason for e in errors] == ["NCBI returned an error: Empty id list - nothing todo"]


def test_a_record_saved_without_its_article_set() -> None:
    doc = (
        b"<PubmedArticle><MedlineCitation><PMID Version='1'>99000020</PMID><Article>"
        b"<ArticleTitle>Alone</ArticleTitle><Abstract><AbstractText>Text.</AbstractText>"
        b"</Abstract></Article></MedlineCitation></PubmedArticle>"
    )
    articles, errors = parse_all(doc)
    assert errors == []
    assert [(a.pmid, a.title, a.abstract) for a in articles] == [("99000020", "Alone", "Text.")]


def test_error_element_inside_a_record_is_not_an_ncbi_error() -> None:
    doc = (
        b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>99000021</PMID><Article>"
        b"<ArticleTitle>T</ArticleTitle><ERROR>not an envelope</ERROR></Article>"
        b"</MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    articles, errors = parse_all(doc)
    assert errors == []
    assert [a.title for a in articles] == ["T"]


def test_empty_article_set_is_not_an_error() -> None:
    assert parse_all(FIXTURES / "empty_set.xml") == ([], [])


def test_html_page_instead_of_xml_is_reported_with_its_title() -> None:
    page = (
        b"<!DOCTYPE html>\n<html><head><title>NCBI - Service unavailable</title></head>"
        b"<body><p>Maintenance</p></body></html>"
    )
    articles, errors = parse_all(page, origin="efetch batch 3")
    assert articles == []
    assert len(errors) == 1
    assert str(errors[0]) == (
        "efetch batch 3: an HTML page, not efetch PubMed XML "
        "(page title: 'NCBI - Service unavailable')"
    )


@pytest.mark.parametrize("data", [b"", b"   \n"])
def test_empty_answer_is_reported(data: bytes) -> None:
    articles, errors = parse_all(data, origin="x")
    assert articles == []
    assert [e.reason for e in errors] == ["empty document, no XML"]


def test_reads_bytes_and_non_seekable_streams_alike() -> None:
    data = (FIXTURES / "mixed.xml").read_bytes()

    class OneWay(io.RawIOBase):
        """A stream that cannot seek, like an HTTP response body."""

        def __init__(self) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            return self._data.read(size)

    from_bytes, _ = parse_all(data, origin="batch")
    from_stream, _ = parse_all(OneWay(), origin="batch")
    from_path, _ = parse_all(FIXTURES / "mixed.xml", origin="batch")
    assert from_bytes == from_stream == from_path
    assert len(from_bytes) == 6


def test_origin_defaults_to_the_path() -> None:
    articles, _ = parse_all(str(FIXTURES / "mixed.xml"))
    assert articles[0].source == str(FIXTURES / "mixed.xml")


def test_missing_file_raises_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="cannot open"):
        list(parse_pubmed_xml(tmp_path / "absent.xml"))


def test_the_dtd_is_never_fetched_and_entities_not_expanded(tmp_path: Path) -> None:
    # An internal entity that would reveal a local file if entities were resolved.
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    doc = f"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [<!ENTITY leak SYSTEM "file://{secret}">]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
<ArticleTitle>T &leak;</ArticleTitle></Article></MedlineCitation></PubmedArticle>
</PubmedArticleSet>""".encode()
    articles, errors = parse_all(doc)
    assert errors == []
    assert "SECRET" not in articles[0].title


def _rss_bytes() -> int:
    """Resident memory of this process now (Linux ``/proc``)."""
    import os

    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc")
def test_records_are_freed_as_they_are_read(tmp_path: Path) -> None:
    record = (
        "<PubmedArticle><MedlineCitation><PMID>{}</PMID><Article><Journal><Title>J</Title>"
        "</Journal><ArticleTitle>T</ArticleTitle><Abstract><AbstractText>{}</AbstractText>"
        "</Abstract></Article></MedlineCitation></PubmedArticle>\n"
    )
    path = tmp_path / "bulk.xml"
    with path.open("w") as out:
        out.write("<PubmedArticleSet>\n")
        for i in range(1, 6001):
            out.write(record.format(i, f"{i} " * 1500))  # about 8 kB of text each
        out.write("</PubmedArticleSet>\n")
    count = 0
    for count, _article in enumerate(parse_pubmed_xml(path), start=1):
        if count == 500:
            settled = _rss_bytes()
    grown = _rss_bytes() - settled
    assert count == 6000
    # 5,500 more records (about 45 MB of XML) read after the sample: kept in memory, the
    # tree would grow by more than that; freed, memory stays where it was.
    assert grown < 15_000_000, f"memory grew by {grown / 1e6:.0f} MB"


# --- real NCBI responses ---------------------------------------------------------------------


@needs_shared
def test_real_observational_study_record() -> None:
    articles, errors = parse_all(SHARED_NCBI / "pubmed4.xml")
    assert errors == []
    assert len(articles) == 1
    article = articles[0]
    assert article.pmid == "27797938"
    assert article.doi == "10.1136/gutjnl-2016-312510"
    assert article.journal == "Gut"
    assert article.year == 2017
    assert "Observational Study" in article.publication_types
    assert [s.label for s in article.sections] == ["OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]
    assert "at the TERT gene region" in article.title
    # <sub>trend</sub> and <sup>2</sup> kept as text, &lt; decoded.
    assert "ptrend=0.048" in article.abstract
    assert "r2<0.25" in article.abstract
    assert article.authors[0] == "Bao Y"
    assert len(article.authors) == 22
    assert "27920200" not in {a.pmid for a in articles}  # a CommentsCorrections PMID


@needs_shared
def test_real_record_with_nlm_categories_and_subscripts() -> None:
    articles, errors = parse_all(SHARED_NCBI / "pubmed5.xml")
    assert errors == []
    (article,) = articles
    assert article.pmid == "28775130"
    assert article.doi == "10.1136/oemed-2017-104431"
    assert [s.label for s in article.sections] == [
        "OBJECTIVES",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert "ORQ3=4.15, 95% CI 1.56 to 11.01" in article.abstract


@needs_shared
def test_real_record_with_thin_spaces_and_reference_list() -> None:
    articles, errors = parse_all(SHARED_NCBI / "obs_38747095.xml")
    assert errors == []
    (article,) = articles
    assert article.doi == "10.1111/1747-0080.12874"
    assert article.publication_types == (
        "Journal Article",
        "Observational Study",
        "Comparative Study",
    )
    assert "6712\u2009\u00b1\u2009622\u2009m" in article.abstract
    assert article.year == 2024
    assert article.abstract.startswith("AIMS: This cross-sectional observational study")


@needs_shared
def test_real_book_article() -> None:
    articles, errors = parse_all(SHARED_NCBI / "book_20301577.xml")
    assert errors == []
    (article,) = articles
    assert article.pmid == "20301577"
    assert article.title == "CACNA1C-Related Disorders"
    assert article.journal == "GeneReviews\u00ae"
    assert article.year == 1993
    assert article.doi is None  # only reference DOIs and PMIDs in this record
    assert article.authors == ("Napolitano C", "Priori SG")
    assert [s.label for s in article.sections] == [
        "CLINICAL CHARACTERISTICS",
        "DIAGNOSIS/TESTING",
        "MANAGEMENT",
        "GENETIC COUNSELING",
    ]


@needs_shared
def test_real_error_envelope() -> None:
    articles, errors = parse_all(SHARED_NCBI / "epost2.xml")
    assert articles == []
    assert [e.reason for e in errors] == [
        "NCBI returned an error: Invalid db name specified: nothing"
    ]


@needs_shared
@pytest.mark.parametrize("name", ["esearch2.xml", "esearch8.xml"])
def test_other_eutility_answers_are_not_pubmed_xml(name: str) -> None:
    articles, errors = parse_all(SHARED_NCBI / name)
    assert articles == []
    assert [e.reason for e in errors] == [
        "not efetch PubMed XML: the root element is <eSearchResult>"
    ]
