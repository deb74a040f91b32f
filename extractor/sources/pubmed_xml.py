"""Stream efetch PubMed XML (``db=pubmed&rettype=abstract&retmode=xml``) into :class:`Article`.

The element names follow the PubMed DTD (https://dtd.nlm.nih.gov/ncbi/pubmed/out/, e.g.
``pubmed_250101.dtd``) and NLM's element descriptions
(https://www.nlm.nih.gov/bsd/licensee/elements_descriptions.html). Rules this module keeps,
with the trap each one avoids (see DESIGN.md, "PubMed XML traps"):

* Every ``AbstractText`` section, in order, with its ``Label``; the text is taken with
  ``itertext()`` so ``<i>``, ``<sup>``, ``<sub>``, ``<b>`` and MathML stay in as text (``.text``
  stops at the first child element).
* Ids are read only from the record's own id lists (``ELocationID``,
  ``PubmedData/ArticleIdList``), never with ``.//ArticleId``, which also matches every reference
  in ``ReferenceList``; the PMID is the record's direct child, never ``.//PMID``, which also
  matches ``CommentsCorrections``.
* ``PubDate`` may hold ``Year``, ``MedlineDate`` ("2019 Nov-Dec") or ``Season``.
* ``PubmedBookArticle`` has a ``BookDocument`` instead of a ``MedlineCitation``.
* ``DeleteCitation`` lists PMIDs withdrawn from PubMed; each becomes a ``withdrawn`` Article.
* A 200 response may be an ``<ERROR>`` envelope, another E-utility's answer, an HTML
  maintenance page or a truncated download (DESIGN.md, "Facts about the services").

The parser is ``lxml.etree.iterparse`` filtered to the record tags, clearing each record once
read, so memory stays flat on bulk files (DESIGN.md measures 28,000 records/s this way). The
DTD named in the DOCTYPE is never loaded: it sits at an https URL and loading it would mean a
network request per file.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

from lxml import etree

from extractor.errors import ParseError
from extractor.models import Article, Section

__all__ = ["parse_pubmed_xml", "sniff_non_xml"]

ErrorHandler = Callable[[ParseError], None]

_RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation", "ERROR")
#: Roots of a PubMed efetch answer. Anything else (eSearchResult, ePostResult...) is not one.
_PUBMED_ROOTS = frozenset({"PubmedArticleSet", "PubmedBookArticleSet"})

# Only the whitespace XML indentation produces is collapsed; U+2009 (thin space), U+00A0 and
# other characters PubMed uses between numbers and units are part of the text and kept.
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_YEAR = re.compile(r"\b(\d{4})\b")
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S
)
_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
#: Bytes read ahead to recognise an HTML page or an empty answer before parsing.
_SNIFF_BYTES = 4096


def parse_pubmed_xml(
    source: str | os.PathLike[str] | BinaryIO | bytes,
    origin: str = "",
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """Yield one :class:`Article` per record of an efetch PubMed XML document, streaming.

    ``source`` is a file path (``str`` or path-like), an open binary file, or the document
    itself as ``bytes``. ``origin`` names it in errors and becomes ``Article.source`` (a path
    defaults to itself).

    Yields an Article per ``PubmedArticle`` and ``PubmedBookArticle`` (records without an
    abstract too, with ``abstract == ""``: callers decide), and ``Article(pmid, status=
    "withdrawn")`` per PMID of a ``DeleteCitation``.

    Problems are :class:`ParseError` passed to ``on_error`` (raised when it is ``None``):

    * a malformed record (no PMID) is reported with ``record="#<position>"`` and skipped;
    * a truncated or invalid document is reported with the line, column and the last good
      PMID, after every complete record before the break has been yielded; parsing stops;
    * an ``<ERROR>`` element, an HTML page, an empty answer or another XML document (an
      esearch result...) is reported with a reason that says so.
    """
    stream, close, origin = _open(source, origin)
    try:
        yield from _parse_stream(stream, origin, _handler(on_error))
    finally:
        if close:
            stream.close()


def sniff_non_xml(head: bytes) -> str | None:
    """Why ``head`` (the first bytes of an answer) cannot be PubMed XML, or ``None``.

    Recognises an empty answer and an HTML page (NCBI's maintenance and error pages come with
    HTTP 200); the reason quotes the page's ``<title>`` so the user sees what NCBI said.
    """
    head = head.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark
    if not head.strip():
        return "empty document, no XML"
    if _HTML_START.match(head):
        found = _HTML_TITLE.search(head)
        title = _XML_SPACE.sub(" ", found.group(1).decode("utf-8", "replace")).strip()
        said = f" (page title: {title!r})" if title else ""
        return f"an HTML page, not efetch PubMed XML{said}"
    return None


# --- input -----------------------------------------------------------------------------------


def _open(
    source: str | os.PathLike[str] | BinaryIO | bytes, origin: str
) -> tuple[BinaryIO, bool, str]:
    """The binary stream to read, whether we opened it (and must close it), and the origin."""
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source)), True, origin or "<bytes>"
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        try:
            return open(path, "rb"), True, origin or path  # noqa: SIM115 - closed by caller
        except OSError as exc:
            raise ParseError(origin or path, f"cannot open: {exc.strerror or exc}") from exc
    return source, False, origin or str(getattr(source, "name", "<stream>"))


class _Prefixed(io.RawIOBase):
    """A stream that returns ``head`` and then the rest of ``stream``.

    Lets us look at the first bytes of a non-seekable stream (an HTTP body) and still hand
    the whole document to the parser.
    """

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size is None or size < 0:
                data, self._head = self._head + self._stream.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._stream.read(size)


# --- parsing ---------------------------------------------------------------------------------


def _handler(on_error: ErrorHandler | None) -> ErrorHandler:
    """``on_error`` itself, or a handler that raises (the documented default)."""
    if on_error is not None:
        return on_error

    def _raise(error: ParseError) -> None:
        raise error

    return _raise


def _parse_stream(stream: BinaryIO, origin: str, report: ErrorHandler) -> Iterator[Article]:
    head = stream.read(_SNIFF_BYTES)
    why_not = sniff_non_xml(head)
    if why_not:
        report(ParseError(origin, why_not))
        return
    context = etree.iterparse(
        _Prefixed(head, stream),
        events=("end",),
        tag=_RECORD_TAGS,
        # Never fetch or expand the DTD named in the DOCTYPE (an https URL): no network, no
        # entity expansion, and the parse cannot be steered by the document.
        load_dtd=False,
        no_network=True,
        resolve_entities=False,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,  # one very long abstract must not stop a bulk file
    )
    position = 0  # 1-based index of the record in the file, for records without a PMID
    last_pmid: str | None = None
    ncbi_error = False
    try:
        for _event, elem in context:
            tag = elem.tag
            if not _top_level(elem):
                continue  # e.g. an <ERROR> inside a record: not one of NCBI's envelopes
            if tag == "ERROR":
                ncbi_error = True
                text = _text(elem) or "(empty)"
                report(ParseError(origin, f"NCBI returned an error: {text}"))
            elif tag == "DeleteCitation":
                for pmid_el in elem.iterfind("PMID"):
                    pmid = _text(pmid_el)
                    if pmid:
                        last_pmid = pmid
                        yield Article(pmid=pmid, source=origin, status="withdrawn")
            else:
                position += 1
                article = _record(elem, tag, origin, position, report)
                if article is not None:
                    last_pmid = article.pmid
                    yield article
            _forget(elem)
    except etree.XMLSyntaxError as exc:
        report(_broken(origin, exc, position + 1, last_pmid))
        return
    root = context.root
    if root is not None and root.tag not in _PUBMED_ROOTS and position == 0 and not ncbi_error:
        report(ParseError(origin, f"not efetch PubMed XML: the root element is <{root.tag}>"))


_LOCATION = re.compile(r",? line \d+, column \d+$")


def _broken(
    origin: str, exc: etree.XMLSyntaxError, position: int, last_pmid: str | None
) -> ParseError:
    """The error for a document that breaks off: where, why, and the last record read whole.

    ``record`` is the position of the record that broke; the reason names the last good PMID,
    from where a caller can resume or re-fetch.
    """
    line, column = exc.position if exc.position else (exc.lineno, 0)
    message = _LOCATION.sub("", exc.msg or "invalid XML")
    after = f"last complete record PMID {last_pmid}" if last_pmid else "no complete record"
    reason = f"truncated or invalid XML at line {line}, column {column} ({message}); {after}"
    return ParseError(origin, reason, record=f"#{position}")


def _top_level(elem: etree._Element) -> bool:
    """Whether ``elem`` is where records live: a child of the root, or the root itself.

    A single record saved without its ``PubmedArticleSet`` is the root of its document.
    """
    parent = elem.getparent()
    return parent is None or parent.getparent() is None


def _forget(elem: etree._Element) -> None:
    """Free a record once read: its content and the emptied siblings before it.

    Clearing alone leaves an empty element per record attached to the root; deleting the
    preceding siblings keeps memory flat over 30,000-record files.
    """
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def _record(
    elem: etree._Element, tag: str, origin: str, position: int, report: ErrorHandler
) -> Article | None:
    """One record as an Article, or ``None`` after reporting why it cannot be one."""
    parts = _children(elem)
    inner = "MedlineCitation" if tag == "PubmedArticle" else "BookDocument"
    doc = parts.get(inner)
    where = f"#{position}"
    if doc is None:
        report(ParseError(origin, f"{tag} without {inner}", record=where))
        return None
    fields = _children(doc)
    pmid = _text(fields.get("PMID"))
    if not pmid:
        report(ParseError(origin, f"{tag} without a PMID", record=where))
        return None
    if not pmid.isdigit():
        report(ParseError(origin, f"{tag} with a PMID that is not a number: {pmid!r}", where))
        return None
    if tag == "PubmedArticle":
        article = fields.get("Article")
        if article is None:
            report(ParseError(origin, "MedlineCitation without Article", record=pmid))
            return None
        return _journal_article(pmid, fields, _children(article), parts.get("PubmedData"), origin)
    return _book_article(pmid, doc, fields, parts.get("PubmedBookData"), origin)


def _journal_article(
    pmid: str,
    citation: dict[str, etree._Element],
    article: dict[str, etree._Element],
    data: etree._Element | None,
    origin: str,
) -> Article:
    """A PubmedArticle: MedlineCitation fields (``citation``), its Article's (``article``)."""
    sections = _sections(article.get("Abstract"))
    journal = _children(article.get("Journal"))
    issue = _children(journal.get("JournalIssue"))
    return Article(
        pmid=pmid,
        doi=_doi(article.get("ELocationID"), citation.get("ArticleIdList"), data),
        title=_text(article.get("ArticleTitle")) or _text(article.get("VernacularTitle")),
        abstract=_joined(sections),
        journal=_text(journal.get("Title"))
        or _text(journal.get("ISOAbbreviation"))
        or _text(_child(citation.get("MedlineJournalInfo"), "MedlineTA"))
        or None,
        year=_year(issue.get("PubDate"), article.get("ArticleDate")),
        publication_types=_texts(_grandchildren(article.get("PublicationTypeList"))),
        mesh_terms=_mesh(citation.get("MeshHeadingList")),
        authors=_authors(article.get("AuthorList")),
        sections=sections,
        registry_ids=_registry_ids(article.get("DataBankList")),
        source=origin,
    )


def _book_article(
    pmid: str,
    doc: etree._Element,
    fields: dict[str, etree._Element],
    data: etree._Element | None,
    origin: str,
) -> Article:
    """A PubmedBookArticle: its BookDocument (``doc``, children in ``fields``) and Book."""
    book = _children(fields.get("Book"))
    book_title = _text(book.get("BookTitle"))
    sections = _sections(fields.get("Abstract"))
    return Article(
        pmid=pmid,
        doi=_doi(fields.get("ELocationID"), fields.get("ArticleIdList"), data),
        title=_text(fields.get("ArticleTitle")) or book_title,
        abstract=_joined(sections),
        journal=book_title or None,
        year=_year(book.get("PubDate"), None),
        publication_types=_texts(doc.iterchildren("PublicationType")),
        mesh_terms=_mesh(fields.get("MeshHeadingList")),
        authors=_authors(_book_authors(doc)),
        sections=sections,
        source=origin,
    )


# --- fields ----------------------------------------------------------------------------------


def _children(elem: etree._Element | None) -> dict[str, etree._Element]:
    """The first child of ``elem`` with each tag, by tag.

    One pass over the children instead of a ``find()`` per field: ``find`` goes through
    ElementPath and costs about as much as the whole parse of a simple record.
    """
    if elem is None:
        return {}
    return {child.tag: child for child in reversed(elem)}


def _child(elem: etree._Element | None, tag: str) -> etree._Element | None:
    """The first child of ``elem`` called ``tag``."""
    return None if elem is None else next(elem.iterchildren(tag), None)


def _grandchildren(elem: etree._Element | None) -> Iterator[etree._Element]:
    """The children of ``elem`` (a ``...List`` element), none when it is missing."""
    return iter(()) if elem is None else iter(elem)


def _text(elem: etree._Element | None) -> str:
    """All text inside ``elem`` (markup kept as text), indentation whitespace collapsed.

    Only ASCII whitespace is collapsed or stripped: U+2009, U+202F and U+00A0 between a number
    and its unit are part of what the authors wrote.
    """
    if elem is None:
        return ""
    text = "".join(elem.itertext()) if len(elem) else (elem.text or "")
    if "\n" in text or "\t" in text or "\r" in text or "  " in text:
        text = _XML_SPACE.sub(" ", text)
    return text.strip(" \t\r\n")


def _texts(elems: Iterator[etree._Element]) -> tuple[str, ...]:
    """The non-empty texts of ``elems``, in document order."""
    return tuple(t for t in (_text(e) for e in elems) if t)


def _joined(sections: tuple[Section, ...]) -> str:
    """``Article.abstract``: sections on their own lines, "LABEL: text" when labelled."""
    return "\n".join(f"{s.label}: {s.text}" if s.label else s.text for s in sections)


def _mesh(heading_list: etree._Element | None) -> tuple[str, ...]:
    """MeSH descriptor names, in order (qualifiers left out)."""
    if heading_list is None:
        return ()
    return _texts(h for heading in heading_list for h in heading.iterchildren("DescriptorName"))


def _registry_ids(bank_list: etree._Element | None) -> tuple[str, ...]:
    """Accession numbers from DataBankList (ClinicalTrials.gov NCT ids, EudraCT...), unique."""
    if bank_list is None:
        return ()
    numbers = (
        number
        for bank in bank_list
        for numbers in bank.iterchildren("AccessionNumberList")
        for number in numbers
    )
    return _unique(_texts(numbers))


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    """``items`` without repeats, first occurrence kept (a trial is often listed twice)."""
    return tuple(dict.fromkeys(items))


def _sections(abstract: etree._Element | None) -> tuple[Section, ...]:
    """The abstract's ``AbstractText`` sections in order; ``CopyrightInformation`` left out.

    A section without text carries nothing a reader could cite, so it is dropped.
    """
    if abstract is None:
        return ()
    sections = []
    for part in abstract.iterchildren("AbstractText"):
        text = _text(part)
        if text:
            label = _XML_SPACE.sub(" ", part.get("Label") or "").strip(" \t\r\n")
            sections.append(Section(label, text))
    return tuple(sections)


def _year(pub_date: etree._Element | None, article_date: etree._Element | None) -> int | None:
    """The publication year: PubDate/Year, else the first year in MedlineDate, else ArticleDate.

    ``MedlineDate`` holds free text such as "2019 Nov-Dec" or "1998 Dec-1999 Jan"; the first
    year is the issue's. A ``Season`` ("Spring") comes with a ``Year`` and needs nothing more.
    """
    date = _children(pub_date)
    year = _text(date.get("Year"))
    if year.isdigit():
        return int(year)
    found = _YEAR.search(_text(date.get("MedlineDate")))
    if found:
        return int(found.group(1))
    year = _text(_child(article_date, "Year"))
    return int(year) if year.isdigit() else None


def _authors(author_list: etree._Element | None) -> tuple[str, ...]:
    """Authors as "LastName Initials" (PubMed's short form), or the CollectiveName.

    ``ValidYN="N"`` marks a name PubMed shows as erroneous; it is left out.
    """
    if author_list is None:
        return ()
    names = []
    for author in author_list.iterchildren("Author"):
        if author.get("ValidYN") == "N":
            continue
        name = _children(author)
        last = _text(name.get("LastName"))
        if last:
            initials = _text(name.get("Initials")) or _initials(_text(name.get("ForeName")))
            names.append(f"{last} {initials}".strip())
            continue
        collective = _text(name.get("CollectiveName"))
        if collective:
            names.append(collective)
    return tuple(names)


def _initials(fore_name: str) -> str:
    """Initials from a fore name when ``Initials`` is missing ("Jennifer Ann" -> "JA")."""
    return "".join(part[0] for part in fore_name.replace("-", " ").split() if part)


def _book_authors(doc: etree._Element) -> etree._Element | None:
    """The book chapter's own AuthorList (``Type="authors"`` or untyped), not its editors."""
    for author_list in doc.iterchildren("AuthorList"):
        if author_list.get("Type", "authors") == "authors":
            return author_list
    return None


def _doi(
    location: etree._Element | None,
    own_ids: etree._Element | None,
    data: etree._Element | None,
) -> str | None:
    """The record's own DOI: ``ELocationID EIdType="doi"``, else the record's ArticleIdLists.

    ``location`` is the first ELocationID (its siblings are read too), ``own_ids`` the
    BookDocument's ArticleIdList, ``data`` the PubmedData / PubmedBookData element. Only
    these direct paths are used: ``.//ArticleId`` would also match the ids of every cited
    reference in ``ReferenceList``.
    """
    if location is not None:
        for eloc in (location, *location.itersiblings("ELocationID")):
            if eloc.get("EIdType") == "doi" and eloc.get("ValidYN") != "N":
                doi = _clean_doi(_text(eloc))
                if doi:
                    return doi
    for id_list in (own_ids, _child(data, "ArticleIdList")):
        if id_list is None:
            continue
        for article_id in id_list.iterchildren("ArticleId"):
            if article_id.get("IdType") == "doi":
                doi = _clean_doi(_text(article_id))
                if doi:
                    return doi
    return None


_DOI_PREFIX = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.I)


def _clean_doi(value: str) -> str | None:
    """A bare DOI ("10.xxxx/yyy"): a "doi:" or resolver-URL prefix is removed, case kept."""
    doi = _DOI_PREFIX.sub("", value).strip()
    return doi if doi.startswith("10.") else None
