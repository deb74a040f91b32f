"""Tests of reading saved files: format by content, directories, one bad file never stops a run.

The seed page (../shared/seeds/pubmed-39843642.txt) and the real NCBI responses are read when
../shared is present; everything else is written here or in tests/fixtures/pubmed/.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.errors import ParseError
from extractor.models import Article, Section
from extractor.sources.files import (
    read_articles,
    read_html_page,
    read_plain_text,
    read_text_page,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "pubmed"
SHARED = Path(__file__).parents[2] / ".." / "shared"
SEED = SHARED / "seeds" / "pubmed-39843642.txt"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not present")

SEED_ABSTRACT_START = "Tumor dissemination to the central nervous system (CNS) is almost a rule"
SEED_ABSTRACT_END = (
    "This study confirmed the high intracranial efficacy and manageable safety profile of "
    "T-DXd in this first-ever real world analysis."
)


def read_all(*paths) -> tuple[list[Article], list[ParseError]]:
    """Every article and every reported problem of ``paths``."""
    errors: list[ParseError] = []
    articles = list(read_articles(paths, on_error=errors.append))
    return articles, errors


# --- the seed: a PubMed page saved as text ---------------------------------------------------


@needs_shared
def test_seed_page_gives_title_doi_pmid_and_exactly_the_abstract_paragraph() -> None:
    (article,), errors = read_all(SEED)
    assert errors == []
    assert article.pmid == "39843642"  # from the file name: the page does not show it
    assert article.doi == "10.1038/s41698-025-00801-3"
    assert article.title == (
        "Real life outcome analysis of breast cancer brain metastases treated with "
        "Trastuzumab Deruxtecan"
    )
    assert article.abstract.startswith(SEED_ABSTRACT_START)
    assert article.abstract.endswith(SEED_ABSTRACT_END)
    assert "\n" not in article.abstract
    assert article.sections == (Section("", article.abstract),)
    # Exactly the paragraph of the page, character for character.
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert article.abstract in lines
    assert article.source == str(SEED)


@needs_shared
def test_seed_directory_is_read_like_the_file() -> None:
    articles, errors = read_all(SHARED / "seeds")
    assert errors == []
    assert [a.pmid for a in articles] == ["39843642"]


def test_text_page_with_structured_abstract_pmid_and_keywords() -> None:
    page = "\n".join(
        [
            "Observational Study",
            ". 2023 Jun;8(3):101-109.",
            "doi: 10.99999/jto.2023.7. Epub 2023 May 2.",
            "A cohort of patients with brain metastases treated with a conjugate",
            "Ada Lovelace 1, Alan Turing 2",
            "Affiliations expand",
            "PMID: 99000007 DOI: 10.99999/jto.2023.7",
            "Abstract",
            "Background: Brain metastases are frequent.",
            "Methods: We reviewed 51 patients",
            "treated in three centres.",
            "",
            "Results:",
            "The intracranial response rate was 47% (24/51).",
            "Keywords: brain metastases; HER2.",
            "References",
            "1. Someone. doi: 10.99999/cited.1",
        ]
    )
    article = read_text_page(page, "saved.txt")
    assert article.pmid == "99000007"
    assert article.doi == "10.99999/jto.2023.7"
    assert article.title == "A cohort of patients with brain metastases treated with a conjugate"
    assert article.sections == (
        Section("Background", "Brain metastases are frequent."),
        Section("Methods", "We reviewed 51 patients treated in three centres."),
        Section("Results", "The intracranial response rate was 47% (24/51)."),
    )
    assert article.abstract == (
        "Background: Brain metastases are frequent.\n"
        "Methods: We reviewed 51 patients treated in three centres.\n"
        "Results: The intracranial response rate was 47% (24/51)."
    )


def test_text_page_without_abstract_heading_has_empty_abstract() -> None:
    page = "doi: 10.99999/x.1.\n\nA letter to the editor\n\nPubMed Disclaimer\n"
    article = read_text_page(page, "pubmed-99000008.txt")
    assert article.abstract == ""
    assert article.title == "A letter to the editor"
    assert article.pmid == "99000008"


# --- HTML --------------------------------------------------------------------------------------


def test_saved_pubmed_html_page() -> None:
    path = FIXTURES / "pubmed-page-99000005.html"
    (article,), errors = read_all(path)
    assert errors == []
    assert article.pmid == "99000005"
    assert article.doi == "10.99999/jto.2024.005"
    assert article.title == "Intracranial activity of an antibody-drug conjugate: a cohort"
    assert [s.label for s in article.sections] == [
        "Background",
        "Methods",
        "Results",
        "Conclusions",
    ]
    assert article.sections[1].text == "We reviewed 42 patients treated at 5.4\u2009mg/kg."
    assert article.sections[2].text == (
        "The intracranial response rate was 61.9% (26/42); median CNS-PFS was 14.2 months "
        "(95% CI, 10.1-18.3)."
    )
    assert "Keywords" not in article.abstract
    assert article.abstract.splitlines()[0] == (
        "Background: Brain metastases are common in HER2-positive disease."
    )
    assert article.journal == "Journal of testing oncology"
    assert article.year == 2024
    assert article.publication_types == ("Observational Study", "Research Support, Non-U.S. Gov't")


def test_html_page_of_a_publisher_falls_back_on_meta_tags() -> None:
    html = """<html><head>
    <meta name="citation_title" content="A trial of something">
    <meta name="citation_doi" content="10.99999/pub.9">
    <meta name="dc.description" content="Patients were randomised. ORR was 40%.">
    </head><body><p>Landing page</p></body></html>"""
    article = read_html_page(html, "landing.html")
    assert article.title == "A trial of something"
    assert article.doi == "10.99999/pub.9"
    assert article.abstract == "Patients were randomised. ORR was 40%."
    assert article.pmid is None


def test_html_abstract_box_without_eng_abstract_leaves_keywords_out() -> None:
    html = """<html><body><h1 class="heading-title">T</h1>
    <div class="abstract" id="abstract"><h2>Abstract</h2>
    <p><strong class="sub-title">Objective:</strong> To measure iORR.</p>
    <p><strong class="sub-title">Keywords:</strong> HER2; brain.</p></div></body></html>"""
    article = read_html_page(html, "pubmed-42.html")
    assert article.sections == (Section("Objective", "To measure iORR."),)
    assert article.pmid == "42"


def test_html_page_without_title_or_abstract_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "nothing.html"
    page.write_text("<html><body><p>Service unavailable</p></body></html>")
    articles, errors = read_all(page)
    assert articles == []
    assert [str(e) for e in errors] == [
        f"{page}: no PubMed title or abstract found in this HTML page"
    ]


def test_xhtml_page_with_xml_declaration_is_read_as_html(tmp_path: Path) -> None:
    page = tmp_path / "saved.xml"
    page.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        '<h1 class="heading-title">An XHTML title</h1>'
        '<div id="eng-abstract"><p>Median OS was 20.1 months.</p></div></body></html>'
    )
    (article,), errors = read_all(page)
    assert errors == []
    assert article.title == "An XHTML title"
    assert article.abstract == "Median OS was 20.1 months."


# --- JSON Lines and JSON -----------------------------------------------------------------------


def test_jsonl_good_lines_read_bad_lines_reported_with_line_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"pmid": 99000010, "doi": "10.99999/a", "title": "A", "abstract": "ORR 50%."}),
        "",
        json.dumps({"pmid": "99000011", "title": "B", "abstract": "OS 12 months."}),
        '{"pmid": 99000012, "title": "broken"',
        json.dumps({"doi": "https://doi.org/10.99999/c", "abstract": "No PMID, a DOI."}),
        json.dumps({"title": "neither id"}),
        json.dumps({"pmid": "PMC123", "abstract": "x"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"pmid": 99000013, "abstract": 42}),
        json.dumps({"pmid": 99000014, "year": 2021, "publication_types": ["Clinical Trial"]}),
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n")
    articles, errors = read_all(path)
    assert [(a.pmid, a.doi) for a in articles] == [
        ("99000010", "10.99999/a"),
        ("99000011", None),
        (None, "10.99999/c"),
        ("PMC123", None),
        ("99000014", None),
    ]
    assert articles[0].abstract == "ORR 50%."
    assert articles[0].title == "A"
    assert articles[4].year == 2021
    assert articles[4].publication_types == ("Clinical Trial",)
    assert [e.record for e in errors] == ["line 4", "line 6", "line 8", "line 9"]
    assert "not valid JSON" in errors[0].reason
    assert errors[1].reason == "neither pmid nor doi"
    assert "expected a JSON object" in errors[2].reason
    assert errors[3].reason == "abstract must be a string, not int"
    assert all(e.where == str(path) for e in errors)


def test_json_document_with_a_list_of_records(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    records = [{"pmid": 1, "abstract": "a"}, {"title": "no id"}, {"pmid": 3, "abstract": "c"}]
    path.write_text(json.dumps(records, indent=2))
    articles, errors = read_all(path)
    assert [a.pmid for a in articles] == ["1", "3"]
    assert [(e.record, e.reason) for e in errors] == [("#2", "neither pmid nor doi")]


def test_pretty_printed_single_json_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"pmid": "99000015", "abstract": "iORR 59%."}, indent=2))
    (article,), errors = read_all(path)
    assert errors == []
    assert (article.pmid, article.abstract) == ("99000015", "iORR 59%.")


# --- plain text --------------------------------------------------------------------------------


def test_plain_text_with_title_blank_line_and_body(tmp_path: Path) -> None:
    path = tmp_path / "12345.txt"
    path.write_text("A short title\n\nThe median PFS was 9.1 months.\nOS was 20 months.\n")
    (article,), errors = read_all(path)
    assert errors == []
    assert article.pmid == "12345"
    assert article.title == "A short title"
    assert article.abstract == "The median PFS was 9.1 months.\nOS was 20 months."


def test_windows_line_endings_are_read_as_newlines(tmp_path: Path) -> None:
    path = tmp_path / "pubmed-31.txt"
    path.write_bytes(b"\xef\xbb\xbfA title\r\n\r\nFirst line.\r\nSecond line.\r\n")
    (article,), errors = read_all(path)
    assert errors == []
    assert (article.pmid, article.title) == ("31", "A title")
    assert article.abstract == "First line.\nSecond line."


def test_plain_text_paragraphs_are_all_abstract(tmp_path: Path) -> None:
    # The first paragraph holds a sentence break, so it is not a title.
    text = "We treated 20 patients. The ORR was 45%.\n\nMedian OS was 14.0 months.\n"
    article = read_plain_text(text, str(tmp_path / "pubmed-777.txt"))
    assert article.title == ""
    assert article.abstract == text.strip()
    assert article.pmid == "777"


def test_plain_text_starting_with_less_than_is_text_not_xml(tmp_path: Path) -> None:
    path = tmp_path / "abstract.txt"
    path.write_text("<5% of patients had grade 3 events. ORR was 40%.")
    (article,), errors = read_all(path)
    assert errors == []
    assert article.abstract == "<5% of patients had grade 3 events. ORR was 40%."


def test_plain_text_keeps_special_spaces(tmp_path: Path) -> None:
    article = read_plain_text("Dose 5.4\u2009mg/kg, ORR 59\u00a0%.", "abstract.txt")
    assert article.abstract == "Dose 5.4\u2009mg/kg, ORR 59\u00a0%."
    assert article.pmid is None
    assert article.key == "src:abstract.txt"


def test_empty_text_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n")
    articles, errors = read_all(path)
    assert articles == []
    assert [e.reason for e in errors] == ["empty file"]


# --- binary and broken files -------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n\x00\x01\x02binary", b"caf\xe9 latin-1 is not UTF-8", b"\x89PNG\r\n\x1a\n\x00"],
)
def test_binary_file_is_reported_and_the_rest_still_read(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(content)
    (tmp_path / "b.txt").write_text("Median OS was 11 months.")
    articles, errors = read_all(tmp_path)
    assert [a.abstract for a in articles] == ["Median OS was 11 months."]
    assert [str(e) for e in errors] == [f"{tmp_path / 'a.txt'}: not a text file"]


def test_invalid_utf8_after_the_sniffed_head_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"a" * 70_000 + b"\xff")
    articles, errors = read_all(path)
    assert articles == []
    assert [e.reason for e in errors] == ["not a text file"]


def test_truncated_xml_keeps_complete_records_and_reports_the_file() -> None:
    path = FIXTURES / "truncated.xml"
    articles, errors = read_all(path)
    assert [a.pmid for a in articles] == ["99000001", "99000002"]
    assert len(errors) == 1
    assert errors[0].where == str(path)
    assert "last complete record PMID 99000002" in errors[0].reason


def test_missing_path_is_reported(tmp_path: Path) -> None:
    articles, errors = read_all(tmp_path / "nope.xml")
    assert articles == []
    assert [str(e) for e in errors] == [f"{tmp_path / 'nope.xml'}: no such file or directory"]


def test_without_handler_the_first_problem_raises(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    with pytest.raises(ParseError, match="not a text file"):
        list(read_articles([tmp_path]))


# --- directories and sniffing ------------------------------------------------------------------


def test_directory_walk_is_sorted_recursive_and_skips_gold(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("second")
    (tmp_path / "1.txt").write_text("first")
    (tmp_path / "gold" / "1.json").write_text('{"pmid": 1, "abstract": "gold"}')
    (tmp_path / "train-gold").mkdir()
    (tmp_path / "train-gold" / "2.json").write_text('{"pmid": 2, "endpoints": []}')
    (tmp_path / ".hidden" / "3.txt").write_text("hidden")
    (tmp_path / "notes.md").write_text("not an input")
    (tmp_path / "paper.pdf").write_bytes(b"%PDF\x00")
    articles, errors = read_all(tmp_path)
    assert errors == []
    assert [a.abstract for a in articles] == ["first", "second"]


def test_format_is_decided_by_content_not_extension(tmp_path: Path) -> None:
    xml = tmp_path / "efetch.txt"
    xml.write_bytes((FIXTURES / "empty_set.xml").read_bytes())  # no records, no error
    jsonl = tmp_path / "records.txt"
    jsonl.write_text('{"pmid": 5, "abstract": "from jsonl"}\n{"pmid": 6, "abstract": "two"}\n')
    copy = tmp_path / "batch"  # no extension at all
    copy.write_bytes((FIXTURES / "mixed.xml").read_bytes())
    articles, errors = read_all(xml, jsonl, copy)
    assert [a.pmid for a in articles][:2] == ["5", "6"]
    assert articles[0].abstract == "from jsonl"
    assert len(articles) == 2 + 6  # the extensionless efetch file's six
    assert [e.record for e in errors] == ["#4"]  # mixed.xml's record without a PMID


def test_a_single_path_string_is_one_path(tmp_path: Path) -> None:
    path = tmp_path / "99.txt"
    path.write_text("iPFS was 15.6 months.")
    (article,) = read_articles(str(path))
    assert article.pmid == "99"


@needs_shared
def test_real_ncbi_directory() -> None:
    articles, errors = read_all(SHARED / "fixtures" / "ncbi")
    assert sorted(a.pmid for a in articles) == ["20301577", "27797938", "28775130", "38747095"]
    reasons = sorted(e.reason for e in errors)
    assert reasons == [
        "NCBI returned an error: Invalid db name specified: nothing",
        "not efetch PubMed XML: the root element is <eSearchResult>",
        "not efetch PubMed XML: the root element is <eSearchResult>",
    ]
