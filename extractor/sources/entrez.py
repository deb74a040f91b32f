"""PubMed through NCBI's E-utilities: esearch with the History server, date windows under the
9,999 cap, efetch in batches with reconciliation.

Rules kept here, with their sources (the E-utilities book, https://www.ncbi.nlm.nih.gov/books/
NBK25499/ "The E-utilities In-Depth: Parameters, Syntax and More", and NBK25497 "A General
Introduction to the E-utilities"; DESIGN.md, "Facts about the services"):

- ``tool`` and ``email`` go with every request, and ``api_key`` when there is one (NBK25497,
  "Usage Guidelines and Requirements"); :mod:`extractor.sources.http` spaces requests at
  3/s, 10/s with a key, and redacts the key from every message.
- ESearch can retrieve only the first 9,999 PMIDs of a PubMed query; :meth:`Entrez.windows`
  splits a date range (``datetype`` with ``mindate`` and ``maxdate`` together, ``YYYY/MM/DD``)
  in halves until each window's ``Count`` fits.
- One esearch per window with ``usehistory=y`` and ``retmax=9999`` gives both the PMIDs (to
  reconcile against) and a WebEnv; efetch then reads the History in batches of 500 (NCBI's
  own example size, NBK25498 "Application 3"). A batch of chosen PMIDs (a resumed or partial
  fetch) goes as an ``id`` list, by POST above 200 ids (NBK25499: "if more than about 200 UIDs
  are to be provided, the request should be made using the HTTP POST method").
- A 200 can still be a failure: ``<ERROR>`` in the envelope, an HTML maintenance page,
  truncated XML. Those are retried by the HTTP layer and become :class:`FetchError` when the
  retries run out. A record NCBI leaves out of an answer is asked for again by id; PMIDs still
  missing are reported in :attr:`Batch.missing`, never silently dropped.
- A WebEnv expires; it is never stored across runs. If efetch by History fails, the batch is
  asked for again by id list before giving up.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import requests
from lxml import etree

from extractor.config import service_url
from extractor.errors import FetchError, ParseError
from extractor.models import Article
from extractor.sources import http
from extractor.sources.pubmed_xml import parse_pubmed_xml, sniff_non_xml

log = logging.getLogger(__name__)

TOOL = "evidence-extractor"
#: PubMed's retrieval cap for one esearch: retstart past 9,998 fails.
PUBMED_CAP = 9999
#: Records per efetch request (NCBI's example uses 500).
BATCH_SIZE = 500
#: Above this many ids an efetch is sent by POST.
POST_ABOVE = 200
#: Requests per second NCBI allows without / with an api_key (NBK25497).
RATE_NO_KEY = 3.0
RATE_WITH_KEY = 10.0
#: The earliest entry date worth asking for: a first sweep without a watermark starts here.
EPOCH = dt.date(1800, 1, 1)

_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
)


@dataclass(frozen=True)
class SearchResult:
    """One esearch answer: ``count`` matches, the ``ids`` retrieved (at most 9,999), and the
    History handle (never to be stored across runs: it expires)."""

    count: int
    ids: tuple[str, ...]
    webenv: str | None = None
    query_key: str | None = None
    translation: str = ""


@dataclass(frozen=True)
class Window:
    """A date window whose matches all fit under the cap, with its search result."""

    mindate: dt.date
    maxdate: dt.date
    result: SearchResult


@dataclass
class Batch:
    """What one efetch batch brought: the PMIDs asked for, the articles (withdrawn ones with
    ``status="withdrawn"``) and the PMIDs still missing after the re-asks."""

    asked: tuple[str, ...]
    articles: list[Article] = field(default_factory=list)
    missing: tuple[str, ...] = ()
    requests: int = 0


def fmt_date(day: dt.date) -> str:
    """``YYYY/MM/DD``, the form esearch's mindate/maxdate take."""
    return f"{day.year:04d}/{day.month:02d}/{day.day:02d}"


class Entrez:
    """A PubMed client. Use as a context manager, or call :meth:`close`.

    ``email`` and ``api_key`` default to ``NCBI_EMAIL`` and ``NCBI_API_KEY``; ``base_url`` to
    ``EXTRACTOR_EUTILS_URL`` (else the real service). ``rate`` overrides the requests/s for
    the whole process (tests run faster against the fake server); by default 3/s, 10/s with a
    key. ``timeout``, ``policy`` and ``sleep`` go to :class:`~extractor.sources.http.Service`.
    """

    def __init__(
        self,
        email: str | None = None,
        api_key: str | None = None,
        *,
        tool: str = TOOL,
        base_url: str | None = None,
        rate: float | None = None,
        timeout: tuple[float, float] | float = http.DEFAULT_TIMEOUT,
        policy: http.RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
        batch_size: int = BATCH_SIZE,
        missing_retries: int = 2,
    ) -> None:
        email = email or os.environ.get("NCBI_EMAIL") or None
        api_key = api_key or os.environ.get("NCBI_API_KEY") or None
        if not email:
            log.warning(
                "no e-mail for NCBI: set NCBI_EMAIL so NCBI can reach you before blocking a tool"
            )
        params = {"tool": tool}
        if email:
            params["email"] = email
        if api_key:
            params["api_key"] = api_key
        default_rate = RATE_WITH_KEY if api_key else RATE_NO_KEY
        if rate is not None:
            http.set_rate("ncbi", rate)
        kw = {} if sleep is None else {"sleep": sleep}
        self.http = http.Service(
            "ncbi",
            base_url or service_url("eutils"),
            rate=rate or default_rate,
            default_params=params,
            timeout=timeout,
            policy=policy,
            **kw,
        )
        if rate is None and api_key:
            # The key raises the shared limit; the limiter keeps the strictest rate otherwise.
            http.set_rate("ncbi", RATE_WITH_KEY)
        self.batch_size = batch_size
        self.missing_retries = missing_retries

    def __enter__(self) -> Entrez:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    @property
    def requests_sent(self) -> int:
        """HTTP requests sent so far, retries included."""
        return self.http.sent

    # -- esearch ----------------------------------------------------------------------------

    def esearch(
        self,
        term: str,
        *,
        datetype: str = "edat",
        mindate: dt.date | None = None,
        maxdate: dt.date | None = None,
        retmax: int = PUBMED_CAP,
        usehistory: bool = True,
    ) -> SearchResult:
        """One esearch over PubMed. ``mindate`` and ``maxdate`` go together (NBK25499)."""
        params: dict[str, str] = {"db": "pubmed", "term": term, "retmax": str(retmax)}
        if usehistory:
            params["usehistory"] = "y"
        if mindate or maxdate:
            lo, hi = mindate or EPOCH, maxdate or dt.date.today()
            params.update(datetype=datetype, mindate=fmt_date(lo), maxdate=fmt_date(hi))
        what = f"esearch {term!r}"
        if mindate or maxdate:
            what += f" {datetype} {params['mindate']}-{params['maxdate']}"
        holder: list[SearchResult] = []
        self.http.get("esearch.fcgi", params=params, validate=_esearch_validator(holder), what=what)
        return holder[0]

    def windows(
        self,
        term: str,
        mindate: dt.date,
        maxdate: dt.date,
        *,
        datetype: str = "edat",
    ) -> Iterator[Window]:
        """Date windows covering ``[mindate, maxdate]`` in order, each with at most 9,999
        matches, found by halving. One esearch per window when nothing needs splitting.

        Raises :class:`FetchError` when one day alone holds more than 9,999 matches (the query
        must then be narrowed: no date window can retrieve them all).
        """
        if mindate > maxdate:
            return
        result = self.esearch(term, datetype=datetype, mindate=mindate, maxdate=maxdate)
        if result.count <= PUBMED_CAP:
            yield Window(mindate, maxdate, result)
            return
        if mindate == maxdate:
            raise FetchError(
                f"esearch {term!r}: {result.count} records with {datetype} {fmt_date(mindate)}, "
                f"more than PubMed's cap of {PUBMED_CAP} for one search; narrow the query"
            )
        mid = mindate + (maxdate - mindate) // 2
        log.info(
            "%s %s-%s holds %d records (> %d): splitting",
            datetype,
            fmt_date(mindate),
            fmt_date(maxdate),
            result.count,
            PUBMED_CAP,
        )
        yield from self.windows(term, mindate, mid, datetype=datetype)
        yield from self.windows(term, mid + dt.timedelta(days=1), maxdate, datetype=datetype)

    # -- efetch -----------------------------------------------------------------------------

    def efetch(
        self,
        ids: Sequence[str] = (),
        *,
        webenv: str | None = None,
        query_key: str | None = None,
        retstart: int = 0,
        retmax: int | None = None,
    ) -> list[Article]:
        """One efetch request: by ``ids`` (POST above 200), or by History (``webenv``,
        ``query_key``, ``retstart``, ``retmax``). Returns the articles as parsed, withdrawn
        ones included; record-level parse problems are logged, the document-level ones
        (truncated, ``<ERROR>``, HTML) retried and finally raised as :class:`FetchError`."""
        params: dict[str, str] = {"db": "pubmed", "rettype": "abstract", "retmode": "xml"}
        if webenv:
            params.update(
                WebEnv=webenv,
                query_key=query_key or "1",
                retstart=str(retstart),
                retmax=str(retmax or self.batch_size),
            )
            what = f"efetch History retstart={retstart} retmax={retmax or self.batch_size}"
        elif ids:
            what = f"efetch of {len(ids)} PMIDs ({ids[0]}..{ids[-1]})"
        else:
            return []
        holder: list[list[Article]] = []
        validate = _efetch_validator(holder, what)
        if webenv:
            self.http.get("efetch.fcgi", params=params, validate=validate, what=what)
        elif len(ids) > POST_ABOVE:
            self.http.post(
                "efetch.fcgi", data={**params, "id": ",".join(ids)}, validate=validate, what=what
            )
        else:
            self.http.get(
                "efetch.fcgi",
                params={**params, "id": ",".join(ids)},
                validate=validate,
                what=what,
            )
        return holder[0]

    def fetch_batches(
        self, ids: Sequence[str], result: SearchResult | None = None
    ) -> Iterator[Batch]:
        """Fetch ``ids`` in batches of :attr:`batch_size`, reconciled.

        When ``ids`` are exactly ``result.ids`` (and the result has a WebEnv) batches are read
        from the History; otherwise by id list. Each :class:`Batch` holds the PMIDs asked
        for, the articles returned (in no promised order) and those still missing after
        ``missing_retries`` re-asks by id. Raises :class:`FetchError` when a request fails
        for good; batches already yielded stay valid (callers commit them).
        """
        ids = list(ids)
        history = result is not None and result.webenv and tuple(ids) == result.ids
        for start in range(0, len(ids), self.batch_size):
            asked = tuple(ids[start : start + self.batch_size])
            before = self.http.sent
            if history:
                assert result is not None
                try:
                    articles = self.efetch(
                        webenv=result.webenv,
                        query_key=result.query_key,
                        retstart=start,
                        retmax=len(asked),
                    )
                except FetchError as e:
                    log.warning("%s; asking for the batch by id instead", e)
                    articles = self.efetch(asked)
            else:
                articles = self.efetch(asked)
            batch = self._reconcile(asked, articles)
            batch.requests = self.http.sent - before
            yield batch

    def fetch(self, ids: Sequence[str]) -> list[Article]:
        """All records for ``ids`` (``extractor fetch --pmid``); raises :class:`FetchError`
        naming any PMID that did not come back."""
        out: list[Article] = []
        missing: list[str] = []
        for batch in self.fetch_batches(ids):
            out.extend(batch.articles)
            missing.extend(batch.missing)
        if missing:
            raise FetchError(f"PubMed returned no record for PMID {', '.join(missing)}")
        return out

    def _reconcile(self, asked: tuple[str, ...], articles: list[Article]) -> Batch:
        """Keep the articles asked for, re-ask for the missing ones by id, report the rest."""
        wanted = set(asked)
        got: dict[str, Article] = {}
        for a in articles:
            if a.pmid in wanted:
                got.setdefault(a.pmid, a)
            else:
                log.warning("efetch returned PMID %s, which was not asked for", a.pmid)
        for attempt in range(self.missing_retries):
            missing = [p for p in asked if p not in got]
            if not missing:
                break
            log.warning(
                "efetch left out %d of %d PMIDs (%s...); asking again (%d)",
                len(missing),
                len(asked),
                missing[0],
                attempt + 1,
            )
            for a in self.efetch(missing):
                if a.pmid in wanted:
                    got.setdefault(a.pmid, a)
        missing = [p for p in asked if p not in got]
        if missing:
            log.error("PubMed did not return PMID %s", ", ".join(missing))
        return Batch(asked, [got[p] for p in asked if p in got], tuple(missing))


# -- response checks (run inside the HTTP layer, so failures are retried) -------------------


def _esearch_validator(holder: list[SearchResult]) -> Callable[[requests.Response], None]:
    def validate(resp: requests.Response) -> None:
        holder.clear()
        holder.append(parse_esearch(resp.content))

    return validate


def parse_esearch(body: bytes) -> SearchResult:
    """An esearch XML answer as a :class:`SearchResult`.

    Raises :class:`~extractor.sources.http.RetryableBody` for an HTML page, truncated or
    invalid XML, another document than ``eSearchResult``, or an ``<ERROR>`` element (NCBI's
    backend failures arrive with status 200). ``ErrorList/PhraseNotFound`` is not an error:
    it comes with ``Count`` 0 when a phrase matches nothing (``esearch8.xml``).
    """
    why = sniff_non_xml(body[:4096])
    if why:
        raise http.RetryableBody(why)
    try:
        root = etree.fromstring(body, _XML_PARSER)
    except etree.XMLSyntaxError as e:
        raise http.RetryableBody(f"truncated or invalid esearch XML: {e}") from e
    if root.tag != "eSearchResult":
        raise http.RetryableBody(f"not an esearch answer: root element <{root.tag}>")
    error = root.findtext("ERROR")
    if error is not None:
        raise http.RetryableBody(f"NCBI returned an error: {' '.join(error.split())}")
    count = root.findtext("Count")
    if count is None or not count.strip().isdigit():
        raise http.RetryableBody("esearch answer without a Count")
    return SearchResult(
        count=int(count),
        ids=tuple(i.text.strip() for i in root.findall("IdList/Id") if i.text),
        webenv=(root.findtext("WebEnv") or "").strip() or None,
        query_key=(root.findtext("QueryKey") or "").strip() or None,
        translation=(root.findtext("QueryTranslation") or "").strip(),
    )


_ERROR_ELEMENT = re.compile(rb"<ERROR>(.*?)</ERROR>", re.S)
_END = re.compile(rb"</(PubmedArticleSet|PubmedBookArticleSet)>\s*$")


def _efetch_validator(
    holder: list[list[Article]], what: str
) -> Callable[[requests.Response], None]:
    def validate(resp: requests.Response) -> None:
        holder.clear()
        holder.append(parse_efetch(resp.content, what))

    return validate


def parse_efetch(body: bytes, origin: str = "efetch") -> list[Article]:
    """An efetch PubMed XML answer as articles (withdrawn ones included).

    Raises :class:`~extractor.sources.http.RetryableBody` when the document as a whole is
    not a complete PubMed answer: an HTML page, an ``<ERROR>`` envelope, a body cut before
    ``</PubmedArticleSet>`` (a proxy may send a matching Content-Length, so the length check
    alone is not enough) or XML the parser rejects. A bad single record is logged and left
    out: reconciliation asks for it again and reports it.
    """
    why = sniff_non_xml(body[:4096])
    if why:
        raise http.RetryableBody(why)
    found = _ERROR_ELEMENT.search(body[:4096])
    if found and b"<PubmedArticle>" not in body[:4096]:
        msg = " ".join(found.group(1).decode("utf-8", "replace").split())
        raise http.RetryableBody(f"NCBI returned an error: {msg}")
    if not _END.search(body[-200:]):
        raise http.RetryableBody("truncated XML: no closing </PubmedArticleSet>")
    errors: list[ParseError] = []
    articles = list(parse_pubmed_xml(body, origin="pubmed", on_error=errors.append))
    for err in errors:
        if "truncated or invalid XML" in err.reason or err.record is None:
            raise http.RetryableBody(str(err))
        log.warning("%s: %s", origin, err)
    return articles
