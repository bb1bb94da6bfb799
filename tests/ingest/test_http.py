"""The hardened client against a hostile loopback server: every attack ends in a typed error."""

import gzip
import socket
import time

import pytest

from agreements.ingest import http
from agreements.ingest.errors import (
    BlockedAddress,
    HttpStatus,
    PermanentError,
    RobotsDisallowed,
    TooLarge,
    TransientError,
    UnsupportedContent,
)
from agreements.ingest.http import Fetcher, Kind
from tests.ingest.conftest import make_policy

ARTICLE = "<html><body><p>Berita kerja sama.</p></body></html>"


@pytest.fixture
def named_resolver(monkeypatch, server):
    """fixture.test is the loopback server; internal.test resolves to a 10.x address."""
    real = socket.getaddrinfo

    def fake(host, port, *args, **kwargs):
        if host == "fixture.test":
            return real("127.0.0.1", port, *args, **kwargs)
        if host == "internal.test":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(http, "_getaddrinfo", fake)
    return lambda path: server.url(path, host="fixture.test")


@pytest.fixture
def strict_fetcher():
    """The switch names only fixture.test: 127.0.0.1 itself is refused like any private host."""
    with Fetcher(make_policy(allowed_private_hosts=frozenset({"fixture.test"}))) as client:
        yield client


def test_fetches_a_page_with_the_application_user_agent(server, fetcher):
    url = server.add("/a", ARTICLE)
    result = fetcher.fetch(url)
    assert result.status == 200 and result.body == ARTICLE.encode()
    assert result.content_type == "text/html" and result.charset == "utf-8"
    path, headers = server.requests[-1]
    assert path == "/a" and headers["User-Agent"] == "KerjaSamaDaerahBot/test"


def test_loopback_is_refused_when_the_switch_is_off(server):
    url = server.add("/a", ARTICLE)
    with (
        Fetcher(make_policy(allowed_private_hosts=frozenset())) as client,
        pytest.raises(BlockedAddress, match="non-public"),
    ):
        client.fetch(url)
    assert server.requests == []


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/a",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/a",
        "http://internal.test/admin",
        "http://100.64.0.1/",
        "http://0.0.0.0:{port}/a",
    ],
)
def test_redirects_to_private_addresses_are_refused(server, named_resolver, strict_fetcher, target):
    server.add("/a", ARTICLE)
    server.add("/go", "", status=302, headers={"Location": target.format(port=server.port)})
    with pytest.raises(BlockedAddress):
        strict_fetcher.fetch(named_resolver("/go"))
    # Only the redirecting page was requested: the private target was never contacted.
    assert [p for p, _ in server.requests if p != "/robots.txt"] == ["/go"]


def test_the_refusal_does_not_say_what_the_host_resolves_to(named_resolver, strict_fetcher):
    # The error text is stored on the source, where Reviewers read it.
    with pytest.raises(BlockedAddress) as refused:
        strict_fetcher.fetch("http://internal.test/admin")
    assert "internal.test" in str(refused.value)
    assert "10.1.2.3" not in str(refused.value)


def test_redirect_to_another_scheme_is_refused(server, fetcher):
    server.add("/go", "", status=301, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(BlockedAddress, match="scheme"):
        fetcher.fetch(server.url("/go"))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://x.test/a"])
def test_only_http_and_https(fetcher, url):
    with pytest.raises(BlockedAddress, match="scheme"):
        fetcher.fetch(url)


def test_redirect_loop(server, fetcher):
    server.add("/loop1", "", status=302, headers={"Location": "/loop2"})
    server.add("/loop2", "", status=302, headers={"Location": "/loop1"})
    with pytest.raises(PermanentError, match="redirect loop"):
        fetcher.fetch(server.url("/loop1"))


def test_at_most_five_redirects(server, fetcher):
    for hop in range(7):
        server.add(f"/r{hop}", "", status=302, headers={"Location": f"/r{hop + 1}"})
    server.add("/r7", ARTICLE)
    with pytest.raises(PermanentError, match="more than 5 redirects"):
        fetcher.fetch(server.url("/r0"))
    server.add("/r2", "", status=302, headers={"Location": "/r7"})
    assert fetcher.fetch(server.url("/r0")).final_url.endswith("/r7")


def test_fifty_megabyte_body_is_refused(server, fetcher):
    server.add("/big", stream_zero_bytes=50 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(TooLarge):
        fetcher.fetch(server.url("/big"))
    assert time.monotonic() - started < 3


def test_fifty_megabyte_body_without_length_stops_at_the_cap(server):
    server.add("/big", stream_zero_bytes=50 * 1024 * 1024)
    with Fetcher(make_policy(max_html_bytes=1024 * 1024)) as client:
        # Declared length is ignored for this check: content-encoding hides the real size.
        server.routes["/big"].headers["Content-Encoding"] = "identity"
        with pytest.raises(TooLarge, match="cap"):
            client.fetch(server.url("/big"))


def test_gzip_bomb_stops_at_the_decoded_cap(server, fetcher):
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 1024 * 1024
    server.add("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(TooLarge):
        fetcher.fetch(server.url("/bomb"))


def test_one_byte_per_second_hits_the_total_deadline(server):
    server.add("/slow", ARTICLE * 3, byte_delay=1.0)
    with Fetcher(make_policy(total_deadline=3, read_timeout=5)) as client:
        started = time.monotonic()
        with pytest.raises(TransientError, match="deadline"):
            client.fetch(server.url("/slow"))
    assert time.monotonic() - started < 6


def test_content_type_allow_list(server, fetcher):
    server.add("/image", b"\x89PNG....", content_type="image/png")
    with pytest.raises(UnsupportedContent, match="image/png"):
        fetcher.fetch(server.url("/image"))
    server.add("/feed-as-html", "<rss/>", content_type="application/rss+xml")
    with pytest.raises(UnsupportedContent):
        fetcher.fetch(server.url("/feed-as-html"), kind=Kind.HTML)


def test_429_with_retry_after_is_transient_and_blocks_the_host(server):
    server.add("/busy", "slow down", status=429, headers={"Retry-After": "120"})
    blocked = []

    class Recorder:
        def wait_turn(self, host, *, min_interval, max_wait):
            pass

        def block(self, host, *, seconds):
            blocked.append((host, seconds))

    with (
        Fetcher(make_policy(), politeness=Recorder()) as client,
        pytest.raises(TransientError) as caught,
    ):
        client.fetch(server.url("/busy"))
    assert caught.value.retry_after == 120
    assert blocked == [(f"127.0.0.1:{server.port}", 120)]


def test_403_is_permanent(server, fetcher):
    server.add("/forbidden", "no", status=403)
    with pytest.raises(HttpStatus) as caught:
        fetcher.fetch(server.url("/forbidden"))
    assert caught.value.status == 403 and not caught.value.transient


def test_500_is_transient(server, fetcher):
    server.add("/oops", "error", status=503)
    with pytest.raises(TransientError):
        fetcher.fetch(server.url("/oops"))


def test_robots_txt_is_honoured(server, fetcher):
    server.add("/private/a", ARTICLE)
    with pytest.raises(RobotsDisallowed):
        fetcher.fetch(server.url("/private/a"))
    assert "/private/a" not in [p for p, _ in server.requests]


def test_missing_robots_txt_allows_everything(server, fetcher):
    del server.routes["/robots.txt"]
    server.add("/private/a", ARTICLE)
    assert fetcher.fetch(server.url("/private/a")).status == 200


def test_conditional_get(server, fetcher):
    def respond(handler):
        from tests.ingest.server import Route

        if handler.headers.get("If-None-Match") == '"v1"':
            return Route(status=304)
        return Route(
            body=b"<rss/>", headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'}
        )

    from tests.ingest.server import Route

    server.routes["/feed"] = Route(dynamic=respond)
    first = fetcher.fetch(server.url("/feed"), kind=Kind.FEED)
    assert first.etag == '"v1"' and not first.not_modified
    second = fetcher.fetch(server.url("/feed"), kind=Kind.FEED, etag=first.etag)
    assert second.not_modified and second.body == b""


def test_politeness_is_shared_through_redis(server, redis_politeness):
    server.add("/a", ARTICLE)
    with (
        Fetcher(make_policy(min_interval=1.0), politeness=redis_politeness) as one,
        Fetcher(make_policy(min_interval=1.0), politeness=redis_politeness) as two,
    ):
        started = time.monotonic()
        one.fetch(server.url("/a"))
        two.fetch(server.url("/a"))
    # robots.txt + page by the first client, page by the second: two gaps of one second.
    assert time.monotonic() - started >= 2.0


def test_politeness_refuses_to_wait_too_long(redis_politeness):
    redis_politeness.block("example.test:80", seconds=300)
    with pytest.raises(TransientError) as caught:
        redis_politeness.wait_turn("example.test:80", min_interval=1, max_wait=10)
    assert 250 < caught.value.retry_after <= 300


def test_robots_rules_are_remembered_by_the_fetcher(server):
    from agreements.ingest.http import RobotsCache

    class CountingCache(RobotsCache):
        lookups = 0

        def get(self, origin):
            CountingCache.lookups += 1
            return None

    server.add("/a", ARTICLE)
    server.add("/b", ARTICLE)
    with Fetcher(make_policy(), robots_cache=CountingCache()) as client:
        client.fetch(server.url("/a"))
        client.fetch(server.url("/b"))
        with pytest.raises(RobotsDisallowed):
            client.fetch(server.url("/private/a"))
    assert CountingCache.lookups == 1
    assert [p for p, _ in server.requests].count("/robots.txt") == 1


def test_zero_gap_politeness_still_honours_a_block(redis_politeness):
    redis_politeness.wait_turn("example.test:80", min_interval=0, max_wait=10)
    redis_politeness.block("example.test:80", seconds=300)
    with pytest.raises(TransientError):
        redis_politeness.wait_turn("example.test:80", min_interval=0, max_wait=10)
