"""A fake NCBI E-utilities server for the tests and the benchmark, on 127.0.0.1.

It answers ``esearch.fcgi`` and ``efetch.fcgi`` in the real XML formats (compare
``shared/fixtures/ncbi/esearch2.xml`` and ``pubmed4.xml``) over a generated corpus:

- esearch: term matching (words and quoted phrases joined by AND / OR, field tags ``[tiab]``,
  ``[AID]``, ``[uid]``), ``usehistory=y`` (WebEnv + QueryKey), ``retstart``/``retmax``, date
  windows (``datetype`` edat/mdat/pdat with ``mindate``/``maxdate`` together, ``YYYY/MM/DD``),
  and PubMed's cap: only the first 9,999 ids can be retrieved, ``retstart`` past 9,998 fails.
- efetch: by ``id`` (GET or POST form) or by History (``WebEnv``, ``query_key``, ``retstart``,
  ``retmax``); withdrawn records come back as ``<DeleteCitation>``.
- It enforces a rate limit like NCBI (HTTP 429 with a JSON body and Retry-After over the limit)
  and keeps every request with its arrival time, so tests can assert the limit held
  (:meth:`FakeEutils.max_per_second`) and count requests.
- Injectable faults (:class:`Faults`), scripted or drawn at random from a seed: 429 with
  Retry-After, 500/502/503, a stalled response, truncated XML (with the full Content-Length, or
  with a Content-Length that matches the cut body, as a proxy would send), an HTML maintenance
  page with status 200, ``<ERROR>`` in a 200, a record omitted from an efetch answer, an empty
  ``<PubmedArticleSet>``. :meth:`FakeEutils.revise` changes a record's abstract between runs.

Run by hand (prints the base URL to put in ``EXTRACTOR_EUTILS_URL``)::

    python tests/fake_eutils.py --records 5000 --port 8765
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

ESEARCH_DOCTYPE = (
    '<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">'
)
PUBMED_DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">'
)
MAINTENANCE_HTML = (
    "<!DOCTYPE html>\n<html><head><title>NCBI - WWW Error Blocked Diagnostic</title></head>"
    "<body><h1>Service unavailable</h1><p>The E-utilities are down for maintenance. "
    "Please try again later.</p></body></html>\n"
)
#: NCBI's message when retstart passes the PubMed cap (shape of the real one).
CAP_ERROR = (
    "Search Backend failed: Exception:\n'retstart' cannot be larger than 9998. For PubMed, "
    "ESearch can only retrieve the first 9,999 records matching the query."
)
PUBMED_CAP = 9999

FAULT_KINDS = (
    "429",
    "500",
    "502",
    "503",
    "stall",
    "truncate",  # body cut, Content-Length of the whole body: the client sees a short read
    "truncate_cl",  # body cut and Content-Length of the cut body: only the XML shows it
    "html",  # maintenance page, status 200
    "error",  # <ERROR> inside a 200
    "omit",  # efetch only: one asked-for record left out
    "empty",  # efetch only: an empty <PubmedArticleSet>
)
EFETCH_ONLY = frozenset({"omit", "empty"})


@dataclass
class Record:
    """One PubMed record of the fake corpus."""

    pmid: str
    title: str
    sections: tuple[tuple[str, str], ...]  # (label, text); label "" for unstructured
    edat: dt.date
    mdat: dt.date
    pdat: dt.date
    doi: str | None = None
    journal: str = "J Fake Oncol"
    publication_types: tuple[str, ...] = ("Journal Article",)
    withdrawn: bool = False

    @property
    def text(self) -> str:
        """Title and abstract, lower-cased, for term matching."""
        return (self.title + " " + " ".join(t for _, t in self.sections)).lower()

    def date(self, datetype: str) -> dt.date:
        return {"edat": self.edat, "mdat": self.mdat, "pdat": self.pdat}.get(datetype, self.edat)


def make_corpus(
    n: int,
    *,
    seed: int = 0,
    start: dt.date = dt.date(2023, 1, 1),
    days: int = 365,
    without_abstract: float = 0.05,
    first_pmid: int = 36000000,
) -> list[Record]:
    """``n`` records about HER2-positive breast cancer with brain metastases, entry dates spread
    over ``days`` days from ``start``, a fraction without abstract. Deterministic in ``seed``."""
    rng = random.Random(seed)
    drugs = ["trastuzumab deruxtecan", "tucatinib", "pyrotinib", "T-DM1", "neratinib"]
    designs = ["Observational Study", "Clinical Trial, Phase II", "Multicenter Study"]
    out = []
    for i in range(n):
        pmid = str(first_pmid + i)
        drug = rng.choice(drugs)
        edat = start + dt.timedelta(days=(i * days) // max(n, 1))
        n_pat = rng.randint(12, 400)
        orr = round(rng.uniform(10, 80), 1)
        pfs = round(rng.uniform(3, 20), 1)
        title = f"{drug.capitalize()} in HER2-positive breast cancer with brain metastases ({i})"
        if rng.random() < without_abstract:
            sections: tuple[tuple[str, str], ...] = ()
        else:
            sections = (
                ("BACKGROUND", "Brain metastases are common in HER2-positive breast cancer."),
                ("METHODS", f"We included {n_pat} patients treated with {drug}."),
                (
                    "RESULTS",
                    f"The intracranial objective response rate was {orr}% and median "
                    f"progression-free survival was {pfs} months (95% CI {pfs - 1.5:.1f}-"
                    f"{pfs + 2.0:.1f}).",
                ),
                ("CONCLUSIONS", f"{drug.capitalize()} was active in the brain."),
            )
        out.append(
            Record(
                pmid=pmid,
                title=title,
                sections=sections,
                edat=edat,
                mdat=edat,
                pdat=edat,
                doi=f"10.5555/fake.{pmid}",
                publication_types=("Journal Article", rng.choice(designs)),
            )
        )
    return out


def record_xml(r: Record) -> str:
    """One record in efetch's PubMed XML (the structure of ``pubmed4.xml``)."""
    if r.withdrawn:
        return f'<DeleteCitation><PMID Version="1">{r.pmid}</PMID></DeleteCitation>'

    def d(tag: str, day: dt.date, attrs: str = "") -> str:
        return (
            f"<{tag}{attrs}><Year>{day.year}</Year><Month>{day.month:02d}</Month>"
            f"<Day>{day.day:02d}</Day></{tag}>"
        )

    abstract = ""
    if r.sections:
        parts = []
        for label, text in r.sections:
            lab = f' Label="{escape(label)}" NlmCategory="{escape(label)}"' if label else ""
            parts.append(f"<AbstractText{lab}>{escape(text)}</AbstractText>")
        abstract = "<Abstract>" + "".join(parts) + "</Abstract>"
    pts = "".join(
        f'<PublicationType UI="D000000">{escape(p)}</PublicationType>' for p in r.publication_types
    )
    eloc = f'<ELocationID EIdType="doi" ValidYN="Y">{r.doi}</ELocationID>' if r.doi else ""
    doi_id = f'<ArticleId IdType="doi">{r.doi}</ArticleId>' if r.doi else ""
    return (
        "<PubmedArticle>"
        f'<MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{r.pmid}</PMID>'
        + d("DateRevised", r.mdat)
        + '<Article PubModel="Print-Electronic"><Journal>'
        '<ISSN IssnType="Electronic">0000-0000</ISSN><JournalIssue CitedMedium="Internet">'
        f"<Volume>1</Volume><PubDate><Year>{r.pdat.year}</Year>"
        f"<Month>{r.pdat.strftime('%b')}</Month></PubDate></JournalIssue>"
        f"<Title>{escape(r.journal)}</Title><ISOAbbreviation>{escape(r.journal)}"
        "</ISOAbbreviation></Journal>"
        f"<ArticleTitle>{escape(r.title)}</ArticleTitle>{eloc}{abstract}"
        '<AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Doe</LastName>'
        "<ForeName>Jane</ForeName><Initials>J</Initials></Author></AuthorList>"
        f"<Language>eng</Language><PublicationTypeList>{pts}</PublicationTypeList>"
        "</Article></MedlineCitation>"
        "<PubmedData><History>"
        + d("PubMedPubDate", r.edat, ' PubStatus="entrez"')
        + d("PubMedPubDate", r.edat, ' PubStatus="pubmed"')
        + "</History><PublicationStatus>ppublish</PublicationStatus><ArticleIdList>"
        f'<ArticleId IdType="pubmed">{r.pmid}</ArticleId>{doi_id}'
        "</ArticleIdList></PubmedData></PubmedArticle>"
    )


@dataclass
class Faults:
    """Which faults to inject.

    ``script`` maps a 1-based request number (counted over esearch and efetch together) to a
    fault kind: deterministic tests. ``rate`` > 0 draws a fault for each request with that
    probability from ``kinds`` using ``seed``: the mixed random tests. A request is never
    faulted more than ``max_in_a_row`` times in a row, so that a client with enough retries
    always gets through (NCBI's faults are transient too).
    """

    script: dict[int, str] = field(default_factory=dict)
    rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    seed: int = 0
    max_in_a_row: int = 3
    retry_after: int = 1
    stall_seconds: float = 5.0

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._in_a_row = 0
        for kind in (*self.script.values(), *self.kinds):
            if kind not in FAULT_KINDS:
                raise ValueError(f"unknown fault {kind!r}")

    def draw(self, n: int, endpoint: str) -> str | None:
        """The fault for request number ``n`` to ``endpoint`` (``esearch``/``efetch``)."""
        kind = self.script.get(n)
        if kind is None and self.rate > 0 and self._in_a_row < self.max_in_a_row:
            roll = self._rng.random()
            pick = self._rng.choice(self.kinds)
            if roll < self.rate:
                kind = pick
        if kind in EFETCH_ONLY and endpoint != "efetch":
            kind = "500"
        self._in_a_row = self._in_a_row + 1 if kind else 0
        return kind


@dataclass
class Request:
    """One request as the server saw it."""

    t: float
    endpoint: str
    method: str
    params: dict[str, str]
    fault: str | None = None
    status: int = 200


class FakeEutils:
    """The server. Use as a context manager; ``url`` is the base URL with a trailing slash."""

    def __init__(
        self,
        records: Iterable[Record] = (),
        *,
        faults: Faults | None = None,
        limit: float | None = 3.0,
        require_email: bool = True,
    ) -> None:
        self.records: dict[str, Record] = {r.pmid: r for r in records}
        self.faults = faults or Faults()
        #: Requests per second allowed before answering 429 (None: no limit enforced).
        self.limit = limit
        self.require_email = require_email
        self.requests: list[Request] = []
        self.histories: dict[str, list[str]] = {}
        #: PMIDs esearch finds but efetch never returns (a record NCBI keeps failing to serve).
        self.hidden: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._index_dirty = True
        self._by_date: dict[str, tuple[list[tuple[dt.date, int]], list[Record]]] = {}

    # -- lifecycle -------------------------------------------------------------------------

    def start(self, port: int = 0) -> FakeEutils:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        # A short poll interval: stop() waits for it, and the tests start many servers.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # wakes stalled handlers
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> FakeEutils:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/entrez/eutils/"

    # -- corpus changes between runs -------------------------------------------------------

    def add(self, records: Iterable[Record]) -> None:
        with self._lock:
            for r in records:
                self.records[r.pmid] = r
            self._index_dirty = True

    def revise(self, pmid: str, *, sections: tuple[tuple[str, str], ...], mdat: dt.date) -> None:
        """Change a record's abstract and its modification date (a correction, an abstract
        added after indexing)."""
        with self._lock:
            self.records[pmid] = replace(self.records[pmid], sections=sections, mdat=mdat)
            self._index_dirty = True

    def withdraw(self, pmid: str) -> None:
        """Make efetch answer ``<DeleteCitation>`` for ``pmid``."""
        with self._lock:
            self.records[pmid] = replace(self.records[pmid], withdrawn=True)

    # -- what the tests read ---------------------------------------------------------------

    def count(self, endpoint: str | None = None) -> int:
        """Requests received (to one endpoint, or all)."""
        return sum(1 for r in self.requests if endpoint is None or r.endpoint == endpoint)

    def max_per_second(self) -> int:
        """The largest number of requests that arrived within any one-second window."""
        times = sorted(r.t for r in self.requests)
        best = 0
        for i, t in enumerate(times):
            j = bisect.bisect_left(times, t + 1.0)
            best = max(best, j - i)
        return best

    def over_limit(self) -> int:
        """Requests the server refused because the client went over the rate limit."""
        return sum(1 for r in self.requests if r.fault == "over-limit")

    def fault_counts(self) -> Counter[str]:
        return Counter(r.fault for r in self.requests if r.fault)

    # -- the E-utilities -------------------------------------------------------------------

    def _dates(self, datetype: str) -> tuple[list[tuple[dt.date, int]], list[Record]]:
        """Records sorted by one date type, for fast windows over big corpora."""
        if self._index_dirty:
            self._by_date = {}
            self._index_dirty = False
        if datetype not in self._by_date:
            recs = sorted(self.records.values(), key=lambda r: (r.date(datetype), int(r.pmid)))
            keys = [(r.date(datetype), int(r.pmid)) for r in recs]
            self._by_date[datetype] = (keys, recs)
        return self._by_date[datetype]

    def search(self, params: dict[str, str]) -> list[str]:
        """PMIDs matching ``term`` within the date window, most recent PMID first."""
        term = params.get("term", "")
        datetype = params.get("datetype", "edat")
        mindate, maxdate = params.get("mindate"), params.get("maxdate")
        with self._lock:
            if mindate or maxdate:
                if not (mindate and maxdate):
                    raise _EutilsError("mindate and maxdate must be used together")
                lo, hi = _parse_date(mindate), _parse_date(maxdate)
                keys, recs = self._dates(datetype)
                i = bisect.bisect_left(keys, (lo, -1))
                j = bisect.bisect_right(keys, (hi, 1 << 62))
                pool = recs[i:j]
            else:
                pool = list(self.records.values())
        match = _compile_term(term)
        ids = [r.pmid for r in pool if match(r)]
        ids.sort(key=int, reverse=True)
        return ids

    def esearch(self, params: dict[str, str]) -> str:
        ids = self.search(params)
        retstart = int(params.get("retstart", 0))
        retmax = int(params.get("retmax", 20))
        if retstart > PUBMED_CAP - 1:
            raise _EutilsError(CAP_ERROR)
        history = ""
        if params.get("usehistory") == "y":
            webenv = params.get("WebEnv") or f"MCID_{random.getrandbits(64):016x}"
            with self._lock:
                self.histories[webenv] = ids
            history = f"<QueryKey>1</QueryKey><WebEnv>{webenv}</WebEnv>"
        page = ids[retstart : min(retstart + retmax, PUBMED_CAP)]
        id_list = "".join(f"<Id>{i}</Id>\n" for i in page)
        errors = ""
        if not ids:
            errors = "<WarningList><OutputMessage>No items found.</OutputMessage></WarningList>"
        return (
            '<?xml version="1.0" encoding="UTF-8" ?>\n'
            + ESEARCH_DOCTYPE
            + f"\n<eSearchResult><Count>{len(ids)}</Count><RetMax>{len(page)}</RetMax>"
            f"<RetStart>{retstart}</RetStart>{history}<IdList>\n{id_list}</IdList>"
            f"<TranslationSet/><QueryTranslation>{escape(params.get('term', ''))}"
            f"</QueryTranslation>{errors}</eSearchResult>\n"
        )

    def efetch(self, params: dict[str, str], fault: str | None) -> str:
        if params.get("id"):
            ids = [i.strip() for i in params["id"].split(",") if i.strip()]
        elif params.get("WebEnv"):
            with self._lock:
                hist = self.histories.get(params["WebEnv"])
            if hist is None or params.get("query_key", "1") != "1":
                raise _EutilsError(f"Unable to obtain query #{params.get('query_key', '1')}")
            retstart = int(params.get("retstart", 0))
            retmax = int(params.get("retmax", 20))
            ids = hist[retstart : min(retstart + retmax, PUBMED_CAP)]
        else:
            raise _EutilsError("Empty id list - nothing todo")
        with self._lock:
            recs = [self.records[i] for i in ids if i in self.records and i not in self.hidden]
        if fault == "empty":
            recs = []
        elif fault == "omit" and recs:
            recs = recs[:-1]
        # Real efetch lists DeleteCitation after the articles.
        body = "\n".join(record_xml(r) for r in recs if not r.withdrawn)
        deleted = [r for r in recs if r.withdrawn]
        if deleted:
            body += "\n" + "".join(record_xml(r) for r in deleted)
        return (
            '<?xml version="1.0" ?>\n'
            + PUBMED_DOCTYPE
            + "\n<PubmedArticleSet>\n"
            + body
            + "\n</PubmedArticleSet>\n"
        )


class _EutilsError(Exception):
    """Answered as ``<ERROR>`` inside a 200, as NCBI does."""


class _Handler(BaseHTTPRequestHandler):
    fake: FakeEutils
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # quiet tests

    def do_GET(self) -> None:  # noqa: N802
        self._serve(parse_qs(urlsplit(self.path).query))

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        form.update(parse_qs(urlsplit(self.path).query))
        self._serve(form)

    def _serve(self, raw: dict[str, list[str]]) -> None:
        fake = self.fake
        t = time.monotonic()
        params = {k: v[-1] for k, v in raw.items()}
        endpoint = urlsplit(self.path).path.rsplit("/", 1)[-1].removesuffix(".fcgi")
        with fake._lock:
            req = Request(t, endpoint, self.command, params)
            fake.requests.append(req)
            n = len(fake.requests)
            over = fake.limit is not None and self._over_limit(t)
            fault = None if over else fake.faults.draw(n, endpoint)
        req.fault = "over-limit" if over else fault
        if endpoint not in ("esearch", "efetch"):
            return self._send(404, "text/plain", f"Unknown endpoint {endpoint}\n")
        if over:
            body = json.dumps(
                {
                    "error": "API rate limit exceeded",
                    "count": str(self._recent(t)),
                    "limit": str(int(fake.limit or 0)),
                }
            )
            return self._send(429, "application/json", body, {"Retry-After": "1"}, req)
        if fake.require_email and not (params.get("email") and params.get("tool")):
            return self._send(400, "text/plain", "tool and email are required\n", req=req)
        if fault in ("429",):
            body = json.dumps({"error": "API rate limit exceeded", "count": "4", "limit": "3"})
            headers = {"Retry-After": str(fake.faults.retry_after)}
            return self._send(429, "application/json", body, headers, req)
        if fault in ("500", "502", "503"):
            return self._send(int(fault), "text/html", MAINTENANCE_HTML, req=req)
        if fault == "stall":
            fake._stop.wait(fake.faults.stall_seconds)
            return self._send(503, "text/plain", "stalled\n", req=req)
        if fault == "html":
            return self._send(200, "text/html; charset=UTF-8", MAINTENANCE_HTML, req=req)
        root = "eSearchResult" if endpoint == "esearch" else "eFetchResult"
        try:
            if fault == "error":
                raise _EutilsError("Search Backend failed: read timeout (fault injected)")
            body = fake.esearch(params) if endpoint == "esearch" else fake.efetch(params, fault)
        except _EutilsError as e:
            body = (
                '<?xml version="1.0" encoding="UTF-8" ?>\n'
                f"<{root}>\n\t<ERROR>{escape(str(e))}</ERROR>\n</{root}>\n"
            )
        ctype = "text/xml; charset=UTF-8"
        if fault in ("truncate", "truncate_cl"):
            raw_body = body.encode()
            cut = raw_body[: max(1, len(raw_body) * 2 // 3)]
            length = len(raw_body) if fault == "truncate" else len(cut)
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(length))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(cut)
            self.wfile.flush()
            self.close_connection = True
            return
        return self._send(200, ctype, body, req=req)

    def _recent(self, t: float) -> int:
        """Requests accepted within the last second, this one included (lock held)."""
        return sum(1 for r in self.fake.requests if t - r.t < 1.0 and r.fault != "over-limit")

    def _over_limit(self, t: float) -> bool:
        assert self.fake.limit is not None
        return self._recent(t) > self.fake.limit

    def _send(
        self,
        status: int,
        ctype: str,
        body: str,
        headers: dict[str, str] | None = None,
        req: Request | None = None,
    ) -> None:
        if req is not None:
            req.status = status
        data = body.encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a stall it timed out on)


def _parse_date(value: str) -> dt.date:
    parts = [int(p) for p in re.split(r"[/-]", value.strip())]
    y, m, d = (parts + [1, 1])[:3]
    return dt.date(y, m, d)


_FIELD = re.compile(r"\[([A-Za-z ]+)\]$")


def _compile_term(term: str):  # noqa: ANN202 - returns a predicate over Record
    """A predicate for a PubMed-like term: clauses joined by AND / OR (left to right),
    each a word or a quoted phrase, optionally with a field tag."""
    tokens = re.findall(r'"[^"]*"(?:\[[^\]]+\])?|\S+', term)
    clauses: list[tuple[str, str]] = []  # (operator, clause)
    op = "AND"
    current: list[str] = []
    for tok in tokens:
        if tok.upper() in ("AND", "OR"):
            if current:
                clauses.append((op, " ".join(current)))
                current = []
            op = tok.upper()
        else:
            current.append(tok.strip("()"))
    if current:
        clauses.append((op, " ".join(current)))

    def one(clause: str, r: Record) -> bool:
        m = _FIELD.search(clause)
        tag = m.group(1).lower() if m else ""
        value = clause[: m.start()] if m else clause
        value = value.strip().strip('"').lower()
        if tag in ("aid", "lid", "doi"):
            return bool(r.doi) and r.doi.lower() == value
        if tag in ("uid", "pmid"):
            return r.pmid == value
        return value in r.text

    def pred(r: Record) -> bool:
        if not clauses:
            return False
        ok = one(clauses[0][1], r)
        for op_, clause in clauses[1:]:
            ok = (ok and one(clause, r)) if op_ == "AND" else (ok or one(clause, r))
        return ok

    return pred


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=200)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--limit", type=float, default=3.0, help="requests/s before 429")
    ap.add_argument("--fault-rate", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    fake = FakeEutils(
        make_corpus(args.records, seed=args.seed),
        faults=Faults(rate=args.fault_rate, seed=args.seed, stall_seconds=65),
        limit=args.limit,
    ).start(args.port)
    print(f"EXTRACTOR_EUTILS_URL={fake.url}  ({args.records} records; Ctrl-C to stop)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
