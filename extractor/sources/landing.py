"""A publisher's landing page as an :class:`Article`, from its ``<meta>`` tags.

Most journal platforms put bibliographic meta tags in the page head for Google Scholar
(https://scholar.google.com/intl/en/scholar/inclusion.html#indexing, "citation_title",
"citation_author", "citation_doi", "citation_abstract"...), and many add Dublin Core
(``dc.description``, ``DC.Description``). This module reads only those tags, never the page
body (whose layout differs by publisher and changes without notice).

Pure reshaping: :func:`parse_landing` takes HTML and returns an Article or ``None``; the fetch
is in :mod:`extractor.sources.doi`.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from extractor.models import Article

#: Abstract tags in order of trust. ``og:description`` and plain ``description`` are often a
#: teaser cut at ~160 characters, so they come last and only count when nothing else exists.
ABSTRACT_TAGS = (
    "citation_abstract",
    "dc.description",
    "dcterms.abstract",
    "dcterms.description",
    "og:description",
    "description",
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def meta_tags(html: str | bytes) -> dict[str, list[str]]:
    """All ``<meta name|property=... content=...>`` values, names lower-cased, in page order."""
    soup = BeautifulSoup(html, "lxml")
    tags: dict[str, list[str]] = {}
    for m in soup.find_all("meta"):
        name = m.get("name") or m.get("property")
        content = m.get("content")
        if isinstance(name, str) and isinstance(content, str) and content.strip():
            tags.setdefault(name.strip().lower(), []).append(" ".join(content.split()))
    return tags


def parse_landing(html: str | bytes, url: str = "", doi: str | None = None) -> Article | None:
    """The article a landing page describes, or ``None`` when it carries no title or DOI
    meta tag (a cookie wall, a search page, a PDF viewer).

    The abstract comes from the most trusted tag present (:data:`ABSTRACT_TAGS`); HTML inside
    it (``<p>``, ``<i>``) is reduced to its text. ``doi`` fills in when the page names none.
    """
    tags = meta_tags(html)

    def first(*names: str) -> str:
        for n in names:
            if tags.get(n):
                return tags[n][0]
        return ""

    title = first("citation_title", "dc.title", "og:title")
    page_doi = first("citation_doi", "dc.identifier", "prism.doi")
    page_doi = re.sub(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", "", page_doi, flags=re.I)
    if not page_doi.startswith("10."):
        page_doi = ""
    if not title and not page_doi:
        return None
    abstract = first(*ABSTRACT_TAGS)
    if "<" in abstract:
        abstract = " ".join(BeautifulSoup(abstract, "lxml").get_text(" ").split())
    year_text = first("citation_publication_date", "citation_date", "dc.date", "citation_year")
    found = _YEAR.search(year_text)
    pmid = first("citation_pmid")
    return Article(
        pmid=pmid if pmid.isdigit() else None,
        doi=page_doi or doi,
        title=title,
        abstract=abstract,
        journal=first("citation_journal_title", "prism.publicationname") or None,
        year=int(found.group(1)) if found else None,
        authors=tuple(tags.get("citation_author", ())),
        source=url or "landing page",
    )
