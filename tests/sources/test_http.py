"""The HTTP layer against real HTTP servers on 127.0.0.1 (pytest-httpserver and the fake
E-utilities): limiter spacing, retries, Retry-After, timeouts, truncation, redaction."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from werkzeug import Response

from extractor.errors import FetchError
from extractor.sources import http

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fake_eutils import FakeEutils, Faults, make_corpus  # noqa: E402

FAST = http.RetryPolicy(retries=4, backoff_base=0.01, max_backoff=0.05)


@pytest.fixture(autouse=True)
def _fresh_limiters():
    http.reset_limiters()
    yield
    http.reset_limiters()


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, s: float) -> None:
        self.slept.append(s)
        self.now += s


def test_limiter_spaces_requests_by_rate_with_margin():
    clock = FakeClock()
    lim = http.RateLimiter(3, clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(7):
        lim.acquire()
        starts.append(clock.now)
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert all(g == pytest.approx(1.1 / 3) for g in gaps)
    # never more than 3 starts in any one-second window
    assert max(sum(1 for t in starts if s <= t < s + 1) for s in starts) == 3


def test_limiter_pause_for_holds_everyone():
    clock = FakeClock()
    lim = http.RateLimiter(10, clock=clock, sleep=clock.sleep)
    lim.acquire()
    lim.pause_for(5)
    lim.acquire()
    assert clock.now == pytest.approx(105.0)


def test_limiter_is_process_wide_and_strictest_wins():
    a = http.limiter("svc", 10)
    b = http.limiter("svc", 3)
    assert a is b and a.rate == 3
    http.set_rate("svc", 50)
    assert a.rate == 50


def test_redact_hides_api_key_in_url_and_params():
    shown = http.redact("http://x/e?api_key=SECRET&db=pubmed", {"api_key": "K2", "tool": "t"})
    assert "SECRET" not in shown and "K2" not in shown
    assert "api_key=***" in shown and "tool=t" in shown


def test_parse_retry_after_seconds_and_http_date():
    assert http.parse_retry_after("7") == 7
    assert http.parse_retry_after(None) is None
    assert http.parse_retry_after("soon") is None
    now = 1_700_000_000.0
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + 30))
    assert http.parse_retry_after(date, now=now) == pytest.approx(30, abs=1)


def test_retries_5xx_then_succeeds(httpserver):
    httpserver.expect_ordered_request("/x").respond_with_data("down", status=503)
    httpserver.expect_ordered_request("/x").respond_with_data("down", status=502)
    httpserver.expect_ordered_request("/x").respond_with_data("ok")
    with http.Service("t1", httpserver.url_for("/"), rate=100, policy=FAST) as svc:
        assert svc.get("x").text == "ok"
        assert svc.sent == 3


def test_429_honours_retry_after(httpserver):
    httpserver.expect_ordered_request("/x").respond_with_response(
        Response(
            '{"error":"API rate limit exceeded","count":"26","limit":"3"}',
            status=429,
            headers={"Retry-After": "1"},
            content_type="application/json",
        )
    )
    httpserver.expect_ordered_request("/x").respond_with_data("ok")
    slept: list[float] = []
    with http.Service(
        "t2", httpserver.url_for("/"), rate=100, policy=FAST, sleep=slept.append
    ) as svc:
        t0 = time.monotonic()
        assert svc.get("x").text == "ok"
        # the wait came from Retry-After (not backoff), and the limiter held the next send
        assert slept == [1.0]
        assert time.monotonic() - t0 >= 0.95


def test_gives_up_with_fetch_error_naming_request_not_key(httpserver):
    httpserver.expect_request("/esearch.fcgi").respond_with_data("busy", status=500)
    with (
        http.Service(
            "t3",
            httpserver.url_for("/"),
            rate=100,
            policy=FAST,
            default_params={"api_key": "TOPSECRET", "tool": "x"},
        ) as svc,
        pytest.raises(FetchError) as exc,
    ):
        svc.get("esearch.fcgi", params={"term": "cancer"}, what="esearch 'cancer'")
    msg = str(exc.value)
    assert "esearch 'cancer'" in msg and "esearch.fcgi" in msg and "HTTP 500" in msg
    assert "5 attempts" in msg
    assert "TOPSECRET" not in msg and "api_key=***" in msg


def test_404_is_an_answer_not_retried(httpserver):
    httpserver.expect_request("/w").respond_with_data("Resource not found.", status=404)
    with http.Service("t4", httpserver.url_for("/"), rate=100, policy=FAST) as svc:
        with pytest.raises(FetchError, match="HTTP 404: Resource not found"):
            svc.get("w")
        assert svc.sent == 1
        resp = svc.get("w", ok_statuses=frozenset({404}))
        assert resp.status_code == 404


def test_validate_rejection_is_retried(httpserver):
    httpserver.expect_ordered_request("/x").respond_with_data("<html>maintenance</html>")
    httpserver.expect_ordered_request("/x").respond_with_data("<ok/>")

    def validate(resp):
        if http.looks_like_html(resp):
            raise http.RetryableBody("maintenance page")

    with http.Service("t5", httpserver.url_for("/"), rate=100, policy=FAST) as svc:
        assert svc.get("x", validate=validate).text == "<ok/>"
        assert svc.sent == 2


def test_connection_refused_becomes_fetch_error():
    with (
        http.Service(
            "t6", "http://127.0.0.1:9/", rate=100, policy=http.RetryPolicy(1, 0.01, 0.01)
        ) as svc,
        pytest.raises(FetchError, match="connection error"),
    ):
        svc.get("x")


@pytest.mark.parametrize("fault", ["truncate", "stall"])
def test_truncated_body_and_stall_are_retried(fault):
    faults = Faults(script={1: fault}, stall_seconds=3)
    with (
        FakeEutils(make_corpus(3), faults=faults, limit=None) as fake,
        http.Service(
            "t7",
            fake.url,
            rate=100,
            policy=FAST,
            timeout=(2, 0.3),
            default_params={"tool": "t", "email": "e@x.org"},
        ) as svc,
    ):
        resp = svc.get("efetch.fcgi", params={"db": "pubmed", "id": "36000000"})
        assert b"</PubmedArticleSet>" in resp.content
        assert svc.sent == 2


def test_crossref_headers_lower_the_rate(httpserver):
    httpserver.expect_request("/works").respond_with_data(
        "{}", headers={"X-Rate-Limit-Limit": "5", "X-Rate-Limit-Interval": "1s"}
    )
    with http.Service("t8", httpserver.url_for("/"), rate=50, adapt_rate=True) as svc:
        svc.get("works")
        assert svc.limiter.rate == 5


def test_threads_share_the_limit():
    """Eight threads hammering one service stay within its rate, as the server counts it."""
    with FakeEutils(make_corpus(5), limit=10) as fake:
        http.set_rate("ncbi-t", 10)
        with http.Service(
            "ncbi-t",
            fake.url,
            rate=10,
            policy=FAST,
            default_params={"tool": "t", "email": "e@x.org"},
        ) as svc:

            def work() -> None:
                for _ in range(3):
                    svc.get("esearch.fcgi", params={"db": "pubmed", "term": "brain"})

            threads = [threading.Thread(target=work) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        assert fake.count() == 24
        assert fake.over_limit() == 0
        assert fake.max_per_second() <= 10
