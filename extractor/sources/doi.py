"""An article by DOI: PubMed first, then Europe PMC, then Crossref, then the landing page.

The order is DESIGN.md's ("Facts about the services", DOI lookups): PubMed (esearch
``"10.xxxx/yyy"[AID]`` then efetch) is the best source for a biomedical DOI; Europe PMC's REST
search (``query=DOI:"..."&resultType=core``, field ``abstractText``;
https://europepmc.org/RestfulWebService) the best fallback; Crossref ``/works/{doi}``
(https://api.crossref.org/swagger-ui/index.html) has an abstract, in JATS, only when the
publisher deposited one and answers 404 "Resource not found." for an unknown DOI; a landing
page often has ``citation_*`` / ``dc.description`` meta tags (:mod:`extractor.sources.landing`).

Contract of :meth:`DoiResolver.fetch`: the first source that has an abstract wins; when none
has one, the article with the best metadata found is returned with ``abstract == ""``; when no
source knows the DOI, :class:`FetchError` says so in one sentence. Network failures that
outlast the retries are :class:`FetchError` too, naming the request.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any
from urllib.parse import quote, unquote

from bs4 import BeautifulSoup

from extractor.config import service_url
from extractor.errors import ExtractorError, FetchError
from extractor.models import Article, Section
from extractor.sources import http
from extractor.sources.entrez import Entrez
from extractor.sources.landing import parse_landing

log = logging.getLogger(__name__)

#: Where a DOI resolves to its landing page (https://www.doi.org/the-identifier/resources/
#: factsheets/doi-resolution-documentation); ``EXTRACTOR_DOI_URL`` overrides it.
DOI_RESOLVER = "https://doi.org/"
#: Europe PMC publishes no rate limit; 10/s is what EBI's own clients use. Crossref's public
#: pool is announced in its X-Rate-Limit headers, which we adopt on the first answer.
EUROPEPMC_RATE = 10.0
CROSSREF_RATE = 5.0
LANDING_RATE = 1.0  # one publisher site, one request a second: be a guest, not a crawler

_DOI_SHAPE = re.compile(r"^10\.\d{4,9}/\S+$")
_PREFIX = re.compile(
    r"^\s*(?:doi\s*:\s*|(?:https?://)?(?:dx\.|www\.)?doi\.org/|info:doi/)", re.IGNORECASE
)


class InvalidDOI(ExtractorError):  # noqa: N818 - reads as the user's mistake
    """Text that is not a DOI."""


def normalize_doi(text: str) -> str:
    """A bare, lower-case DOI from what a user pastes: ``doi:10.1/X``, ``https://doi.org/...``,
    ``http://dx.doi.org/...``, surrounding spaces, a trailing full stop.

    DOIs are case-insensitive (DOI Handbook, section 2.4), so lower case is the key form.
    Percent-escapes in a resolver URL are decoded. Raises :class:`InvalidDOI`.
    """
    doi = _PREFIX.sub("", text.strip())
    doi = unquote(doi).strip().rstrip(".,;")
    if not _DOI_SHAPE.match(doi):
        raise InvalidDOI(f"not a DOI: {text!r} (expected 10.<registrant>/<suffix>)")
    return doi.lower()


class DoiResolver:
    """Looks DOIs up in the four sources in order. Close it (or use ``with``) when done.

    ``entrez`` is shared when given (and then not closed here). ``email`` is sent to Crossref as
    ``mailto`` (its "polite pool") and to NCBI. Base URLs default to the environment
    (``EXTRACTOR_EUROPEPMC_URL``, ``EXTRACTOR_CROSSREF_URL``, ``EXTRACTOR_DOI_URL``).
    """

    def __init__(
        self,
        *,
        entrez: Entrez | None = None,
        email: str | None = None,
        europepmc_url: str | None = None,
        crossref_url: str | None = None,
        resolver_url: str | None = None,
        timeout: tuple[float, float] | float = http.DEFAULT_TIMEOUT,
        policy: http.RetryPolicy | None = None,
    ) -> None:
        email = email or os.environ.get("NCBI_EMAIL") or None
        self._own_entrez = entrez is None
        self.entrez = entrez or Entrez(email=email, timeout=timeout, policy=policy)
        kw: dict[str, Any] = {"timeout": timeout, "policy": policy, "adapt_rate": True}
        self.europepmc = http.Service(
            "europepmc",
            europepmc_url or service_url("europepmc"),
            rate=EUROPEPMC_RATE,
            **kw,
        )
        self.crossref = http.Service(
            "crossref",
            crossref_url or service_url("crossref"),
            rate=CROSSREF_RATE,
            default_params={"mailto": email} if email else None,
            **kw,
        )
        self.resolver_url = resolver_url or os.environ.get("EXTRACTOR_DOI_URL") or DOI_RESOLVER
        self.landing = http.Service(
            "landing",
            self.resolver_url,
            rate=LANDING_RATE,
            timeout=timeout,
            policy=policy,
            headers={"Accept": "text/html,application/xhtml+xml"},
        )
        self._landing_hint: str | None = None  # Crossref's resource URL for the last DOI

    def __enter__(self) -> DoiResolver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for svc in (self.europepmc, self.crossref, self.landing):
            svc.close()
        if self._own_entrez:
            self.entrez.close()

    def fetch(self, doi: str) -> Article:
        """The article for ``doi`` (any form :func:`normalize_doi` accepts); see the module
        docstring for the order and the contract."""
        doi = normalize_doi(doi)
        found: list[Article] = []
        landing_url: str | None = None
        steps: list[tuple[str, Callable[[str], Article | None]]] = [
            ("PubMed", self.from_pubmed),
            ("Europe PMC", self.from_europepmc),
            ("Crossref", self.from_crossref),
        ]
        for name, step in steps:
            article = step(doi)
            if article is None:
                log.info("DOI %s: not in %s", doi, name)
                continue
            if article.abstract.strip():
                return _merge(article, found)
            log.info("DOI %s: %s has the record but no abstract", doi, name)
            found.append(article)
            if name == "Crossref":
                landing_url = self._landing_hint
        if not found:
            raise FetchError(f"DOI {doi} was not found in PubMed, Europe PMC or Crossref")
        page = self.from_landing(doi, landing_url)
        if page is not None and page.abstract.strip():
            return _merge(page, found)
        best = found[0]
        log.warning("DOI %s: no source has an abstract", doi)
        return best

    # -- the sources ------------------------------------------------------------------------

    def from_pubmed(self, doi: str) -> Article | None:
        """esearch ``"doi"[AID]`` then efetch; ``None`` when PubMed does not know the DOI."""
        result = self.entrez.esearch(f'"{doi}"[AID]', retmax=5, usehistory=False)
        if not result.ids:
            return None
        articles = [a for a in self.entrez.fetch(result.ids[:5]) if a.status == "ok"]
        for a in articles:  # a DOI search can match an erratum too; prefer the exact DOI
            if a.doi and a.doi.lower() == doi:
                return a
        return articles[0] if articles else None

    def from_europepmc(self, doi: str) -> Article | None:
        """Europe PMC REST search ``DOI:"..."``, ``resultType=core`` (has ``abstractText``)."""
        resp = self.europepmc.get(
            "search",
            params={
                "query": f'DOI:"{doi}"',
                "resultType": "core",
                "format": "json",
                "pageSize": "1",
            },
            validate=_json_validator,
            what=f"Europe PMC search for DOI {doi}",
        )
        results = resp.json().get("resultList", {}).get("result", [])
        return europepmc_article(results[0], doi) if results else None

    def from_crossref(self, doi: str) -> Article | None:
        """Crossref ``/works/{doi}``; ``None`` on its 404 "Resource not found."."""
        self._landing_hint = None
        resp = self.crossref.get(
            "works/" + quote(doi, safe="/()<>;:-._"),
            ok_statuses=frozenset({404}),
            validate=lambda r: None if r.status_code == 404 else _json_validator(r),
            what=f"Crossref work {doi}",
        )
        if resp.status_code == 404:
            return None
        message = resp.json().get("message", {})
        self._landing_hint = (message.get("resource", {}).get("primary", {}) or {}).get("URL")
        return crossref_article(message, doi)

    def from_landing(self, doi: str, url: str | None = None) -> Article | None:
        """The landing page's meta tags (``url``, else the DOI resolver's redirect)."""
        try:
            resp = self.landing.get(url or quote(doi, safe="/()<>;:-._"), what=f"landing {doi}")
        except FetchError as e:
            log.warning("DOI %s: landing page unavailable: %s", doi, e)
            return None
        return parse_landing(resp.content, url=resp.url, doi=doi)


# -- reshaping (pure) -----------------------------------------------------------------------


def _json_validator(resp: Any) -> None:
    if http.looks_like_html(resp):
        raise http.RetryableBody("an HTML page where JSON was expected")
    try:
        resp.json()
    except ValueError as e:
        raise http.RetryableBody(f"truncated or invalid JSON: {e}") from e


def _merge(article: Article, others: list[Article]) -> Article:
    """Fill the PMID and DOI of ``article`` from sources that had the record but no abstract."""
    pmid = article.pmid or next((o.pmid for o in others if o.pmid), None)
    doi = article.doi or next((o.doi for o in others if o.doi), None)
    return replace(article, pmid=pmid, doi=doi)


def _join(sections: tuple[Section, ...]) -> str:
    """Sections as Article.abstract: ``LABEL: text`` lines (the PubMed form)."""
    return "\n".join(f"{s.label}: {s.text}" if s.label else s.text for s in sections)


def _text(node: Any) -> str:
    return " ".join(node.get_text(" ").split())


def html_sections(markup: str, heading: str) -> tuple[Section, ...]:
    """Sections of an abstract in HTML or JATS: each ``heading`` element starts a labelled
    section (Europe PMC uses ``<h4>``, Crossref ``<jats:title>`` in ``<jats:sec>``); inline
    markup (``<i>``, ``<sup>``) is kept as text. A lone leading "Abstract" title is dropped."""
    soup = BeautifulSoup(markup, "html.parser")
    sections: list[Section] = []
    label = ""
    buf: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(buf).split())
        if text:
            sections.append(Section(label, text))

    for node in soup.find_all(string=True):
        parent = node.parent
        if parent is not None and parent.name == heading:
            flush()
            buf = []
            title = " ".join(str(node).split())
            label = "" if title.lower() == "abstract" else title.rstrip(":").upper()
        else:
            buf.append(str(node))
    flush()
    return tuple(sections)


def europepmc_article(r: dict[str, Any], doi: str) -> Article:
    """One Europe PMC ``core`` result as an Article (fields as in ``resultType=core`` JSON)."""
    sections = html_sections(r.get("abstractText") or "", "h4")
    journal = ((r.get("journalInfo") or {}).get("journal") or {}).get("title")
    pub_types = tuple((r.get("pubTypeList") or {}).get("pubType") or ())
    authors = tuple(
        a.get("fullName", "")
        for a in (r.get("authorList") or {}).get("author", [])
        if a.get("fullName")
    )
    year = r.get("pubYear")
    return Article(
        pmid=r.get("pmid") or None,
        doi=(r.get("doi") or doi),
        title=" ".join(BeautifulSoup(r.get("title") or "", "html.parser").get_text().split()),
        abstract=_join(sections),
        journal=journal,
        year=int(year) if str(year or "").isdigit() else None,
        publication_types=pub_types,
        authors=authors,
        sections=sections,
        source="europepmc",
    )


def crossref_article(m: dict[str, Any], doi: str) -> Article:
    """A Crossref work ``message`` as an Article; the JATS ``abstract`` becomes sections."""
    sections = html_sections(m.get("abstract") or "", "jats:title")
    parts = ((m.get("issued") or {}).get("date-parts") or [[None]])[0]
    year = parts[0] if parts else None
    authors = tuple(
        " ".join(x for x in (a.get("family"), a.get("given")) if x) or a.get("name", "")
        for a in m.get("author", [])
    )
    title = " ".join((m.get("title") or [""])[0].split())
    return Article(
        pmid=None,
        doi=(m.get("DOI") or doi).lower(),
        title=title,
        abstract=_join(sections),
        journal=(m.get("container-title") or [None])[0],
        year=int(year) if isinstance(year, int) else None,
        authors=tuple(a for a in authors if a),
        sections=sections,
        source="crossref",
    )
