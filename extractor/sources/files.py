"""Read articles from saved files: efetch XML, JSONL, a saved PubMed page (HTML or text), text.

:func:`read_articles` takes files and directories and tells the formats apart by their content,
so a ``.txt`` holding efetch XML or a page saved without an extension is still read right:

==================  =========================================================================
content starts      read as
==================  =========================================================================
``<?xml``, ``<``    efetch PubMed XML, streamed (:mod:`extractor.sources.pubmed_xml`); an
                    (X)HTML document instead goes to :func:`read_html_page`
``{`` or ``[``      JSON Lines ``{"pmid", "doi", "title", "abstract"}``, or one JSON document
                    (an object or a list of them)
anything else       a saved PubMed page as text (:func:`read_text_page`) when it looks like one
                    (the "Abstract" heading, a ``doi:`` or ``PMID:`` line, "PubMed Disclaimer",
                    the .gov banner); otherwise plain text, the whole of it the abstract
==================  =========================================================================

A problem with one file or line is a :class:`ParseError` passed to ``on_error`` and the rest
is still read; with no ``on_error`` the error is raised.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.errors import ParseError
from extractor.models import Article, Section

# BeautifulSoup (with lxml under it) is imported where an HTML page is read, and the efetch
# XML reader (lxml) where an XML file is: together they are a tenth of the command's start-up,
# and JSONL, the common input, needs neither.
if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

__all__ = ["SUFFIXES", "read_articles", "read_html_page", "read_plain_text", "read_text_page"]

ErrorHandler = Callable[[ParseError], None]

#: File name endings taken from a directory (files named explicitly are read whatever their name).
SUFFIXES = frozenset({".xml", ".jsonl", ".json", ".txt", ".html", ".htm"})

#: Bytes read to decide the format and to spot a binary file.
_SNIFF_BYTES = 65536
_BOM = b"\xef\xbb\xbf"
_ASCII_SPACE = re.compile(r"[ \t\r\n]+")
#: A declaration, a DOCTYPE, a comment or a tag; "<5% of patients..." is text, not markup.
_MARKUP_START = re.compile(rb"<[?!A-Za-z]")
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.I)
_PMID_NAME = re.compile(r"^(?:(?:pubmed|pmid)[-_ ]?)?(\d{1,9})$", re.I)


def read_articles(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """Yield the articles in ``paths``: files, and directories walked in sorted order.

    A directory yields its files ending in :data:`SUFFIXES`, recursively, leaving out
    gold-label folders (``gold``, ``*-gold``) and hidden ones. Each file's format is decided
    by its content (see the module docstring). A missing path, a binary file ("not a text
    file"), a malformed record or JSON line is reported to ``on_error`` and skipped; the other
    files and lines are still read. With ``on_error=None`` the first problem is raised as a
    ParseError.
    """
    report = _handler(on_error)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]  # one path, not an iterable of characters
    for path in _expand(paths, report):
        yield from _read_file(path, report)


# --- walking ---------------------------------------------------------------------------------


def _handler(on_error: ErrorHandler | None) -> ErrorHandler:
    """``on_error`` itself, or a handler that raises (the documented default)."""
    if on_error is not None:
        return on_error

    def _raise(error: ParseError) -> None:
        raise error

    return _raise


def _expand(paths: Iterable[str | os.PathLike[str]], report: ErrorHandler) -> Iterator[Path]:
    """The files to read: each file as given, each directory's matching files in order."""
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        else:
            report(ParseError(str(path), "no such file or directory"))


def _is_gold(name: str) -> bool:
    """A folder of gold labels (``gold``, ``train-gold``, ``heldout_gold``): labels, not input.

    Gold files sit next to the abstracts they label (shared/eval/FORMAT.md); read as JSON they
    would become articles without an abstract.
    """
    lowered = name.lower()
    return lowered == "gold" or lowered.endswith(("-gold", "_gold"))


def _walk(top: Path) -> Iterator[Path]:
    """Files under ``top`` with a known suffix, in sorted order, skipping gold and hidden folders.

    Sorted so that two runs over the same folder read (and store) in the same order.
    """
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not _is_gold(d) and not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root, name)


# --- one file --------------------------------------------------------------------------------


def _read_file(path: Path, report: ErrorHandler) -> Iterator[Article]:
    """The articles of one file, its problems reported."""
    origin = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError as exc:
        report(ParseError(origin, f"cannot read: {exc.strerror or exc}"))
        return
    if not _is_text(head):
        report(ParseError(origin, "not a text file"))
        return
    kind = _sniff(head, path.suffix.lower())
    if kind == "xml":
        from extractor.sources.pubmed_xml import parse_pubmed_xml

        # Streamed from the file: efetch files of 30,000 records must not be read whole.
        yield from parse_pubmed_xml(path, origin=origin, on_error=report)
        return
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        report(ParseError(origin, "not a text file"))
        return
    except OSError as exc:
        report(ParseError(origin, f"cannot read: {exc.strerror or exc}"))
        return
    # Files saved on Windows: offsets into the abstract should not depend on the platform.
    text = text.replace("\r\n", "\n")
    if kind == "json":
        yield from _read_json(text, origin, report)
        return
    try:
        if kind == "html":
            article = read_html_page(text, origin)
        elif _looks_like_pubmed_page(text):
            article = read_text_page(text, origin)
        else:
            article = read_plain_text(text, origin)
    except ParseError as error:
        report(error)
        return
    yield article


def _is_text(head: bytes) -> bool:
    """Whether the first bytes of a file can be UTF-8 text: no NUL byte, decodable.

    The incremental decoder lets a multi-byte character cut at the end of ``head`` pass.
    """
    if b"\x00" in head:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _sniff(head: bytes, suffix: str) -> str:
    """``xml``, ``html``, ``json`` or ``text``, from the first bytes (and, last, the suffix)."""
    start = head.removeprefix(_BOM).lstrip()
    if _MARKUP_START.match(start):
        # An (X)HTML page may start with an XML declaration; efetch never contains <html>.
        return "html" if _HTML_START.search(start[:2048]) else "xml"
    if start[:1] in (b"{", b"["):
        return "json"
    return "html" if suffix in (".html", ".htm") else "text"


def _pmid_from_name(origin: str) -> str | None:
    """A PMID in a file name: ``12345.txt``, ``pubmed-39843642.txt``, ``PMID_123.html``."""
    found = _PMID_NAME.match(Path(origin).stem)
    return found.group(1) if found else None


def _collapse(text: str) -> str:
    """Runs of ASCII whitespace (line breaks, indentation) as one space; other spaces kept."""
    return _ASCII_SPACE.sub(" ", text).strip(" \t\r\n")


# --- JSON and JSON Lines ---------------------------------------------------------------------


def _read_json(text: str, origin: str, report: ErrorHandler) -> Iterator[Article]:
    """Articles from JSON Lines, or from one JSON document (an object or a list of objects).

    The whole text is tried as one document first: that fails at the end of the first line of
    a JSON Lines file ("Extra data"), so the cost is one line.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        document = None
    else:
        items = document if isinstance(document, list) else [document]
        for number, item in enumerate(items, start=1):
            where = f"#{number}" if isinstance(document, list) else None
            article = _json_record(item, origin, where, report)
            if article is not None:
                yield article
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            report(ParseError(origin, f"not valid JSON: {exc.msg} at column {exc.colno}", where))
            continue
        article = _json_record(item, origin, where, report)
        if article is not None:
            yield article


def _json_record(item: Any, origin: str, where: str | None, report: ErrorHandler) -> Article | None:
    """One JSON object as an Article, or ``None`` after reporting what is wrong with it."""
    try:
        return _article_from_json(item, origin)
    except ValueError as exc:
        report(ParseError(origin, str(exc), record=where))
        return None


def _article_from_json(item: Any, origin: str) -> Article:
    """An Article from ``{"pmid", "doi", "title", "abstract"}`` (ValueError says what is wrong).

    ``pmid`` may be a number or a string of digits, and may be missing when ``doi`` is there.
    Optional: ``journal``, ``year`` and lists of strings ``publication_types``,
    ``mesh_terms``, ``authors``, ``registry_ids``.
    """
    if not isinstance(item, dict):
        raise ValueError(f"expected a JSON object, found {type(item).__name__}")
    pmid = _json_pmid(item.get("pmid"))
    doi = _json_str(item, "doi") or None
    if doi:
        doi = re.sub(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", "", doi, flags=re.I)
    if not pmid and not doi:
        raise ValueError("neither pmid nor doi")
    return Article(
        pmid=pmid,
        doi=doi,
        title=_json_str(item, "title"),
        abstract=_json_str(item, "abstract"),
        journal=_json_str(item, "journal") or None,
        year=_json_year(item.get("year")),
        publication_types=_json_strings(item, "publication_types"),
        mesh_terms=_json_strings(item, "mesh_terms"),
        authors=_json_strings(item, "authors"),
        registry_ids=_json_strings(item, "registry_ids"),
        source=origin,
    )


def _json_pmid(value: Any) -> str | None:
    """A PMID given as a number or a string; ``None`` when absent or empty.

    Digits are normalised ("007" -> "7"); any other identifier (a PMC id, a local id) is kept
    as given rather than losing the record: the id is how predictions are matched to labels.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"pmid must be a number or a string, not {value!r}")
    pmid = str(value).strip()
    if not pmid:
        return None
    return str(int(pmid)) if pmid.isdigit() and int(pmid) > 0 else pmid


def _json_str(item: dict[str, Any], key: str) -> str:
    """A string field, ``""`` when absent or null."""
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string, not {type(value).__name__}")
    return value.strip()


def _json_year(value: Any) -> int | None:
    """A year given as a number or a string of four digits."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if isinstance(value, bool) or not re.fullmatch(r"\d{4}", text):
        raise ValueError(f"year must be a four-digit year, not {value!r}")
    return int(text)


def _json_strings(item: dict[str, Any], key: str) -> tuple[str, ...]:
    """A list-of-strings field as a tuple, ``()`` when absent."""
    value = item.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


# --- a saved PubMed page as HTML -------------------------------------------------------------


def read_html_page(html: str, origin: str) -> Article:
    """An Article from a saved PubMed abstract page (https://pubmed.ncbi.nlm.nih.gov/PMID/).

    Reads the page's own markup: the title ``h1.heading-title``, the PMID ``strong.current-id``,
    the DOI ``span.citation-doi`` (or the ``citation_doi`` meta tag), and the abstract
    ``div#eng-abstract`` (else ``div#abstract``), each ``<p>`` a section whose
    ``strong.sub-title`` is its label ("Background:"). "Keywords" paragraphs are not abstract.
    Other pages fall back on ``citation_*`` / ``dc.description`` meta tags. The PMID may also
    come from the file name (``pubmed-39843642.html``).

    Raises ParseError when neither a title nor an abstract is found.
    """
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        # A saved XHTML page starts with an XML declaration; parsing it as HTML is intended.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "lxml")
    title = _node_text(soup.select_one("h1.heading-title")) or _meta(soup, "citation_title")
    sections = _html_sections(soup)
    if not sections:
        summary = _meta(soup, "citation_abstract") or _meta(soup, "dc.description")
        sections = (Section("", summary),) if summary else ()
    if not title and not sections:
        raise ParseError(origin, "no PubMed title or abstract found in this HTML page")
    return Article(
        pmid=_html_pmid(soup) or _pmid_from_name(origin),
        doi=_html_doi(soup),
        title=title,
        abstract=_joined(sections),
        journal=_meta(soup, "citation_journal_title") or None,
        year=_first_year(_meta(soup, "citation_date") or _meta(soup, "citation_publication_date")),
        publication_types=_html_publication_types(soup),
        sections=sections,
        source=origin,
    )


def _node_text(node: Tag | None) -> str:
    """The text of an HTML element, ASCII whitespace collapsed."""
    return _collapse(node.get_text()) if node is not None else ""


def _meta(soup: BeautifulSoup, name: str) -> str:
    """The content of ``<meta name=...>`` (case-insensitive name), ``""`` when absent."""
    for tag in soup.find_all("meta"):
        if str(tag.get("name", "")).lower() == name.lower():
            return _collapse(str(tag.get("content", "")))
    return ""


def _html_pmid(soup: BeautifulSoup) -> str | None:
    """The PMID shown on the page (``strong.current-id``) or in its meta tags."""
    for candidate in (
        _node_text(soup.select_one("strong.current-id")),
        _meta(soup, "citation_pmid"),
        _meta(soup, "ncbi_uid"),
    ):
        if candidate.isdigit():
            return candidate
    return None


_DOI_IN_TEXT = re.compile(r"\b(10\.\d{4,9}/\S+)")


def _html_doi(soup: BeautifulSoup) -> str | None:
    """The article's DOI: ``citation_doi`` meta, else the ``doi:`` of the citation line."""
    for candidate in (_meta(soup, "citation_doi"), _node_text(soup.select_one(".citation-doi"))):
        found = _DOI_IN_TEXT.search(candidate)
        if found:
            return found.group(1).rstrip(".,;")
    return None


def _html_sections(soup: BeautifulSoup) -> tuple[Section, ...]:
    """The abstract's paragraphs as sections, labelled by their ``strong.sub-title``."""
    box = soup.select_one("#eng-abstract") or soup.select_one("#abstract .abstract-content")
    box = box or soup.select_one("#abstract")
    if box is None:
        return ()
    paragraphs = box.find_all("p") or [box]
    sections = []
    for paragraph in paragraphs:
        label_node = paragraph.find(class_="sub-title")
        label = _node_text(label_node).rstrip(":").strip() if label_node else ""
        if label_node is not None:
            label_node.extract()  # the label is kept as Section.label, not in the text
        if label.lower() == "keywords":
            continue
        text = _node_text(paragraph)
        if label.lower() == "abstract" and not text:
            continue
        if text:
            sections.append(Section(label, text))
    return tuple(sections)


def _html_publication_types(soup: BeautifulSoup) -> tuple[str, ...]:
    """Publication types listed under "Publication types" on the page."""
    items = soup.select("#publication-types li")
    return tuple(t for t in (_node_text(i) for i in items) if t)


# --- a saved PubMed page as text -------------------------------------------------------------

#: Lines that end the abstract on a PubMed page saved as text.
_TERMINATORS = (
    "PubMed Disclaimer",
    "Keywords:",
    "Conflict of interest statement",
    "Copyright",
    "©",
    "Figures",
    "References",
    "Similar articles",
    "Cited by",
    "Publication types",
    "MeSH terms",
    "Substances",
    "Grants and funding",
    "Related information",
    "LinkOut",
    "Comment in",
    "Supplementary info",
    "Full text links",
)
#: Lines of the page's frame and header that are never its title.
_NOT_TITLE = re.compile(
    r"^(?:affiliations(?: expand)?|authors|collaborators|free (?:pmc )?article|item in clipboard"
    r"|full text links|cite|share|display options|show details|expand|review|comment|letter"
    r"|editorial|clinical trial|meta-analysis|observational study|randomized controlled trial"
    r"|(?:pmid|pmcid|doi|epub|erratum|comment in|update of|no abstract available)\b.*"
    r"|.*\bet al\..*|\..*|.*\d{4} [A-Z][a-z]{2}.*;.*)$",
    re.I,
)
_PAGE_BANNER = "An official website of the United States government"
_DOI_LINE = re.compile(r"\bdoi:\s*(10\.\d{4,9}/\S+)", re.I)
_PMID_LINE = re.compile(r"\bPMID:\s*(\d+)")
# One space after the colon, so that "Label: text" rebuilds the paragraph exactly.
_LABEL = re.compile(r"^([A-Z][A-Za-z0-9 ,&/()'-]{0,60}?): (\S.*)$", re.S)


def _looks_like_pubmed_page(text: str) -> bool:
    """Whether ``text`` is a PubMed page saved as text rather than a bare abstract."""
    lines = {line.strip() for line in text.splitlines()}
    return (
        _PAGE_BANNER in text
        or "PubMed Disclaimer" in lines
        or ("Abstract" in lines and bool(_DOI_LINE.search(text) or _PMID_LINE.search(text)))
    )


def read_text_page(text: str, origin: str) -> Article:
    """An Article from a PubMed abstract page saved as text (a browser's "Save as text").

    * title: the first line after the citation's ``doi:`` line (else after the .gov banner)
      that is not part of the page's frame ("Affiliations", author and citation lines...);
    * DOI: the first ``doi: 10.xxx/yyy`` before the abstract (never one from the references);
    * PMID: a ``PMID: 123`` line before the abstract, else the file name (``pubmed-123.txt``);
    * abstract: the paragraphs between the line "Abstract" and the first terminator line
      ("PubMed Disclaimer", "Keywords:", "Conflict of interest statement", "Copyright",
      "Figures", "References"...); a paragraph opening with "Label: " is a labelled section.

    A page without an "Abstract" heading gives an Article with an empty abstract.
    """
    lines = text.splitlines()
    stripped = [line.strip() for line in lines]
    heading = stripped.index("Abstract") if "Abstract" in stripped else None
    header = lines[:heading] if heading is not None else lines
    header_text = "\n".join(header)
    doi_found = _DOI_LINE.search(header_text)
    pmid_found = _PMID_LINE.search(header_text)
    sections = _text_sections(lines[heading + 1 :]) if heading is not None else ()
    return Article(
        pmid=pmid_found.group(1) if pmid_found else _pmid_from_name(origin),
        doi=doi_found.group(1).rstrip(".,;") if doi_found else None,
        title=_page_title(header),
        abstract=_joined(sections),
        sections=sections,
        source=origin,
    )


def _page_title(header: list[str]) -> str:
    """The title among the header lines (see :func:`read_text_page`)."""
    start = 0
    for number, line in enumerate(header):
        if _DOI_LINE.search(line):
            start = number + 1
            break
        if _PAGE_BANNER in line:
            start = number + 1
    for line in header[start:]:
        candidate = line.strip()
        if candidate and not _NOT_TITLE.match(candidate) and not _is_frame(candidate):
            return _collapse(candidate)
    return ""


def _is_frame(line: str) -> bool:
    """Lines of the .gov banner and navigation that precede the citation."""
    return line.startswith(
        (
            "Skip to main page content",
            "U.S. flag",
            "Dot gov",
            "The .gov means",
            "Federal government websites",
            "Https",
            "The site is secure",
            "The https://",
            "Access keys",
        )
    )


def _text_sections(lines: list[str]) -> tuple[Section, ...]:
    """The abstract's paragraphs (up to a terminator line) as sections.

    Consecutive lines form one paragraph (a hard-wrapped text), except that a line opening
    with a label ("Methods: ...") starts a new one; a label alone on its line ("Background:")
    is joined to the paragraph after it.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        candidate = line.strip()
        if candidate.startswith(_TERMINATORS):
            break
        if not candidate or (current and _LABEL.match(candidate)):
            if current:
                paragraphs.append(" ".join(current))
            current = [candidate] if candidate else []
        else:
            current.append(candidate)
    if current:
        paragraphs.append(" ".join(current))
    return tuple(_as_section(p) for p in _attach_lone_labels(paragraphs))


def _attach_lone_labels(paragraphs: list[str]) -> list[str]:
    """Join a paragraph that is only a label ("Background:") to the next one."""
    joined: list[str] = []
    pending = ""
    for paragraph in paragraphs:
        if paragraph.endswith(":") and len(paragraph) <= 62 and _LABEL.match(paragraph + " x"):
            pending = paragraph
            continue
        joined.append(f"{pending} {paragraph}" if pending else paragraph)
        pending = ""
    return joined


def _as_section(paragraph: str) -> Section:
    """A paragraph as a Section: "Label: text" gives a labelled one, else unlabelled."""
    found = _LABEL.match(paragraph)
    if found and len(found.group(1).split()) <= 6:
        return Section(found.group(1), found.group(2))
    return Section("", paragraph)


# --- plain text ------------------------------------------------------------------------------


#: A first line of at most 300 characters, a blank line, then the body.
_TITLE_THEN_BODY = re.compile(r"([^\r\n]{1,300})\r?\n[ \t]*\r?\n\s*(\S.*)", re.S)
#: A sentence ending inside a line: a first paragraph of an abstract, not a title.
_SENTENCE_BREAK = re.compile(r"[.!?] +[A-Z]")


def read_plain_text(text: str, origin: str) -> Article:
    """An Article from a plain text file: the whole text is the abstract.

    When the file looks like a title, a blank line and a body (the first line is short and
    holds no sentence break, so it is not an abstract's first paragraph), the first line is
    the title and the body the abstract. The PMID comes from the file name when it is one
    (``12345.txt``, ``pubmed-12345.txt``). Raises ParseError for an empty file.
    """
    body = text.strip()
    if not body:
        raise ParseError(origin, "empty file")
    title = ""
    found = _TITLE_THEN_BODY.match(body)
    if found and not _SENTENCE_BREAK.search(found.group(1)):
        title, body = found.group(1).strip(), found.group(2)
    return Article(pmid=_pmid_from_name(origin), title=title, abstract=body, source=origin)


# --- shared ----------------------------------------------------------------------------------


def _joined(sections: tuple[Section, ...]) -> str:
    """``Article.abstract``: sections on their own lines, "LABEL: text" when labelled."""
    return "\n".join(f"{s.label}: {s.text}" if s.label else s.text for s in sections)


def _first_year(value: str) -> int | None:
    """The first four-digit year in ``value`` ("2025/01/22", "2019 Nov-Dec")."""
    found = re.search(r"\b(\d{4})\b", value)
    return int(found.group(1)) if found else None
