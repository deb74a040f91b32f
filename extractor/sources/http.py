"""The one HTTP layer: a session per service, a process-wide rate limiter, timeouts, and retries
with exponential backoff and jitter that honour ``Retry-After``.

Every source module (``entrez``, ``doi``, ``landing``) goes through :class:`Service`. The contract:

- :meth:`Service.request` returns a response whose status is 2xx (or one of ``ok_statuses``)
  and whose body passed the caller's ``validate`` check, or raises
  :class:`~extractor.errors.FetchError` naming the method and URL (with ``api_key`` redacted)
  and the last reason, after ``retries`` further attempts.
- Retried: HTTP 429 and 5xx, connection errors, timeouts, bodies shorter than their
  Content-Length (urllib3 raises), and bodies the ``validate`` callback rejects by raising
  :class:`RetryableBody` (an HTML maintenance page or truncated XML in a 200, NCBI's ``<ERROR>``).
  Not retried: other 4xx (a 404 is an answer, not a fault).
- The wait before retry *n* (0-based) is ``Retry-After`` when the server sent one (capped by
  ``max_retry_after``), else a "full jitter" draw from ``[0, min(max_backoff, base * 2**n)]``
  (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015): jitter keeps many cron jobs
  that failed together from retrying together.
- A ``Retry-After`` also pauses the service's limiter, so no other thread in the process sends
  to that service before the server said it may.

Rate limits: NCBI allows 3 requests/s per IP without an api_key and 10/s with one
(https://www.ncbi.nlm.nih.gov/books/NBK25497/, "Usage Guidelines and Requirements"); the limiter
is keyed by service name, so every client in the process shares it, since the limit is per IP,
not per object. Crossref states its limit in ``X-Rate-Limit-Limit`` / ``X-Rate-Limit-Interval``
headers on every response (https://api.crossref.org/swagger-ui/index.html, "Rate limits"); we
adopt it when it is stricter than ours. Europe PMC publishes no number; we stay at 10/s.
"""

from __future__ import annotations

import email.utils
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import requests

from extractor.errors import FetchError

log = logging.getLogger(__name__)

#: Query parameters whose values never appear in a message or a log line.
SECRET_PARAMS = frozenset({"api_key", "apikey", "token", "key"})

#: Default (connect, read) timeouts in seconds. NCBI can take tens of seconds on a big efetch;
#: a read timeout of 60 s is long enough for that and short enough that a stall gets retried.
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 60.0)

USER_AGENT = "evidence-extractor/0.1 (+https://github.com/; python-requests)"


class RetryableBody(Exception):  # noqa: N818 - a signal, not an error the user sees
    """Raised by a ``validate`` callback: the body of a 2xx response is a fault worth retrying."""


class RateLimiter:
    """At most ``rate`` requests per second, shared by all threads: consecutive request starts
    are spaced at least ``margin / rate`` seconds apart.

    ``margin`` (default 1.1) leaves room for scheduling jitter, so that the server, which sees
    arrival times rather than our send times, never counts more than ``rate`` in any one-second
    window. ``clock`` and ``sleep`` are injectable for tests.
    """

    def __init__(
        self,
        rate: float,
        *,
        margin: float = 1.1,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.margin = margin
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next = 0.0  # earliest clock value at which the next request may start

    @property
    def interval(self) -> float:
        """Seconds between two request starts."""
        return self.margin / self.rate

    def set_rate(self, rate: float) -> None:
        """Change the rate (e.g. after reading a server's rate-limit headers)."""
        with self._lock:
            self.rate = rate

    def pause_for(self, seconds: float) -> None:
        """Send nothing for ``seconds`` from now (a server's Retry-After)."""
        with self._lock:
            self._next = max(self._next, self._clock() + seconds)

    def acquire(self) -> None:
        """Block until this caller may send; reserves its slot before sleeping so that
        concurrent callers queue up instead of all waking at once."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            self._sleep(start - now)


_LIMITERS: dict[str, RateLimiter] = {}
_LIMITERS_LOCK = threading.Lock()


def limiter(service: str, rate: float) -> RateLimiter:
    """The process-wide limiter of ``service``; created at ``rate`` on first use.

    A later call with a lower rate lowers it (the strictest caller wins); a higher rate
    (e.g. an api_key found later) raises it only through :func:`set_rate`.
    """
    with _LIMITERS_LOCK:
        lim = _LIMITERS.get(service)
        if lim is None:
            lim = _LIMITERS[service] = RateLimiter(rate)
        elif rate < lim.rate:
            lim.set_rate(rate)
        return lim


def set_rate(service: str, rate: float, *, margin: float | None = None) -> RateLimiter:
    """Set the process-wide rate of ``service`` (tests and benchmarks use this to run faster
    against the fake server while still asserting that the limit held)."""
    with _LIMITERS_LOCK:
        lim = _LIMITERS.get(service)
        if lim is None:
            lim = _LIMITERS[service] = RateLimiter(rate)
        lim.set_rate(rate)
        if margin is not None:
            lim.margin = margin
        return lim


def reset_limiters() -> None:
    """Forget all limiters (tests)."""
    with _LIMITERS_LOCK:
        _LIMITERS.clear()


def redact(url: str, params: Mapping[str, Any] | None = None) -> str:
    """The URL with its query (and ``params``) appended, secrets replaced by ``***``."""
    url = re.sub(
        r"([?&](?:" + "|".join(SECRET_PARAMS) + r")=)[^&#]*", r"\1***", url, flags=re.IGNORECASE
    )
    if params:
        shown = {k: ("***" if k.lower() in SECRET_PARAMS else v) for k, v in params.items()}
        url += ("&" if "?" in url else "?") + urlencode(shown, doseq=True, safe="*")
    return url


class _RedactFilter(logging.Filter):
    """Redacts secrets from urllib3's DEBUG lines, which print every request's full path."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in args)
        return True


logging.getLogger("urllib3.connectionpool").addFilter(_RedactFilter())


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP-date
    (RFC 9110, section 10.2.3). ``None`` when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


@dataclass
class RetryPolicy:
    """How often and how long to retry. ``retries`` counts attempts after the first."""

    retries: int = 6
    backoff_base: float = 0.5
    max_backoff: float = 30.0
    max_retry_after: float = 120.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full-jitter exponential backoff for retry number ``attempt`` (0-based)."""
        return rng.uniform(0, min(self.max_backoff, self.backoff_base * 2**attempt))


class Service:
    """One remote service: its base URL, a ``requests.Session``, the shared limiter, timeouts
    and retry policy. Use as a context manager or call :meth:`close` (the session's sockets).

    ``default_params`` are added to every request (NCBI's tool/email/api_key; Crossref's mailto)
    and redacted in messages. ``adapt_rate`` reads Crossref-style ``X-Rate-Limit-*`` headers.
    """

    def __init__(
        self,
        name: str,
        base_url: str,
        *,
        rate: float,
        default_params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: tuple[float, float] | float = DEFAULT_TIMEOUT,
        policy: RetryPolicy | None = None,
        adapt_rate: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        seed: int | None = None,
    ) -> None:
        self.name = name
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.limiter = limiter(name, rate)
        self.default_params = dict(default_params or {})
        self.timeout = timeout
        self.policy = policy or RetryPolicy()
        self.adapt_rate = adapt_rate
        self._sleep = sleep
        self._rng = random.Random(seed)
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.session.headers.update(headers or {})
        #: Requests actually sent (attempts, including retries): benchmarks read this.
        self.sent = 0

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the session's pooled connections."""
        self.session.close()

    def url(self, path: str) -> str:
        """An absolute URL for ``path`` under the base URL (absolute URLs pass through)."""
        if path.startswith(("http://", "https://")):
            return path
        return self.base_url + path.lstrip("/")

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        validate: Callable[[requests.Response], None] | None = None,
        ok_statuses: frozenset[int] = frozenset(),
        what: str = "",
    ) -> requests.Response:
        """Send with rate limit, timeout and retries; see the module docstring for the contract.

        ``data`` is sent form-encoded (POST). ``what`` names the request for humans
        (e.g. ``"efetch of 500 PMIDs"``); the redacted URL is always added.
        """
        url = self.url(path)
        merged = {**self.default_params, **(params or {})}
        if data is not None:
            # POST: the long id list and the credentials go in the body, not the URL.
            body, query = {**self.default_params, **data, **(params or {})}, None
        else:
            body, query = None, merged
        shown = f"{method} {redact(url, {k: v for k, v in merged.items() if k != 'id'})}"
        label = f"{what} ({shown})" if what else shown
        last = "no attempt made"
        for attempt in range(self.policy.retries + 1):
            self.limiter.acquire()
            self.sent += 1
            wait: float | None = None
            try:
                # stream=False: requests reads the whole body inside request(), and urllib3
                # raises when it is shorter than its Content-Length (ChunkedEncodingError).
                resp = self.session.request(
                    method, url, params=query, data=body, timeout=self.timeout
                )
                if self.adapt_rate:
                    self._adapt(resp)
                if resp.status_code == 429 or resp.status_code >= 500:
                    last = f"HTTP {resp.status_code}: {_snippet(resp)}"
                    wait = parse_retry_after(resp.headers.get("Retry-After"))
                    if wait is not None:
                        wait = min(wait, self.policy.max_retry_after)
                        self.limiter.pause_for(wait)
                elif resp.status_code >= 400 and resp.status_code not in ok_statuses:
                    raise FetchError(f"{label}: HTTP {resp.status_code}: {_snippet(resp)}")
                else:
                    if validate is not None:
                        validate(resp)
                    return resp
            except RetryableBody as e:
                last = f"bad body: {e}"
            except (
                requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError,
            ) as e:
                last = f"truncated body: {type(e).__name__}"
            except requests.Timeout:
                last = "timed out"
            except requests.ConnectionError as e:
                last = f"connection error: {type(e).__name__}"
            if attempt == self.policy.retries:
                break
            if wait is None:
                wait = self.policy.backoff(attempt, self._rng)
            log.warning("%s: %s; retry %d in %.2fs", label, last, attempt + 1, wait)
            self._sleep(wait)
        raise FetchError(f"{label}: gave up after {self.policy.retries + 1} attempts: {last}")

    def get(self, path: str, **kw: Any) -> requests.Response:
        """:meth:`request` with GET."""
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        """:meth:`request` with POST (form-encoded ``data``)."""
        return self.request("POST", path, **kw)

    def _adapt(self, resp: requests.Response) -> None:
        """Adopt a stricter rate announced by Crossref-style headers (``50`` per ``1s``)."""
        limit = resp.headers.get("X-Rate-Limit-Limit")
        interval = resp.headers.get("X-Rate-Limit-Interval")
        if not limit or not interval:
            return
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*", interval)
        try:
            n = float(limit)
        except ValueError:
            return
        if not m or n <= 0:
            return
        seconds = float(m.group(1)) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[m.group(2) or "s"]
        if seconds > 0 and n / seconds < self.limiter.rate:
            self.limiter.set_rate(n / seconds)


def _snippet(resp: requests.Response, n: int = 200) -> str:
    """The start of a response body, on one line, for an error message."""
    try:
        text = resp.text
    except Exception:  # noqa: BLE001 - an undecodable body must not hide the real error
        return "(unreadable body)"
    return " ".join(text.split())[:n]


def looks_like_html(resp: requests.Response) -> bool:
    """True for an HTML page (NCBI's maintenance page) where XML or JSON was expected."""
    ctype = resp.headers.get("Content-Type", "").lower()
    head = resp.content[:512].lstrip().lower()
    return "text/html" in ctype or head.startswith((b"<!doctype html", b"<html"))
