"""The one HTTP client of ingestion: SSRF-safe, bounded in time and size, polite.

Every request of the ingestion pipeline goes through ``Fetcher.fetch``:

- only http and https; every hop of a redirect chain is checked again, at most 5 hops;
- the host is resolved once per connection and *every* returned address must be public
  (no private, loopback, link-local/metadata, CGNAT, multicast or reserved range); the
  connection is then pinned to the checked address so a second DNS answer cannot differ
  (DNS rebinding). Hosts listed in ``allowed_private_hosts`` (the tests' switch) skip the
  address check, matched on the host name as written in the URL;
- connect and read timeouts plus a total deadline for the whole fetch;
- the body is streamed and the *decoded* size capped, so a gzip bomb stops at the cap;
- a content-type allow-list per kind of document;
- a User-Agent naming the application, robots.txt honoured, per-host politeness shared
  between workers, ``Retry-After`` obeyed, conditional GET with ETag / Last-Modified.

Nothing here touches the database.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import time
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from requests_hardened.ip_filter import EXTRA_BLOCKED_NET_RANGES

from agreements.ingest import canonical_urls
from agreements.ingest.errors import (
    BlockedAddress,
    HttpStatus,
    IngestError,
    PermanentError,
    RobotsDisallowed,
    TooLarge,
    TransientError,
    UnsupportedContent,
)
from agreements.ingest.policy import ALLOWED_TYPES, FetchPolicy, FetchResult, Kind
from agreements.ingest.politeness import NoPoliteness, Politeness

logger = logging.getLogger(__name__)

# Patched by tests to make a name resolve to a chosen address.
_getaddrinfo = socket.getaddrinfo

_CHUNK = 64 * 1024
# How long one process trusts robots rules it already parsed (the shared copy lives a day).
ROBOTS_MEMO_SECONDS = 300.0
ROBOTS_MEMO_MAX_ORIGINS = 2000
_REDIRECTS = {301, 302, 303, 307, 308}
_TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}


# --- address checks ---------------------------------------------------------------------------


def address_is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if ip.version == 6:
        mapped = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if mapped is not None:
            ip = mapped
    if not ip.is_global or ip.is_multicast or ip.is_reserved:
        return False
    return not any(ip in net for net in EXTRA_BLOCKED_NET_RANGES)


def resolve_checked(host: str, port: int, *, allowed_private_hosts: frozenset[str]) -> str:
    """The address to connect to, after every address of ``host`` passed the check."""
    host = host.strip("[]").lower()
    try:
        infos = _getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise TransientError(f"cannot resolve {host}: {error}") from None
    addresses = []
    for family, _type, _proto, _canon, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        addresses.append(ipaddress.ip_address(sockaddr[0].split("%")[0]))
    if not addresses:
        raise TransientError(f"no address for {host}")
    if host not in allowed_private_hosts:
        for ip in addresses:
            if not address_is_public(ip):
                # The address itself goes to the log only: the error text is stored on the
                # source, where Reviewers would read the internal network's layout from it.
                logger.warning("refused %s: it resolves to the non-public address %s", host, ip)
                raise BlockedAddress(f"{host} has a non-public address; refused")
    first = addresses[0]
    return f"[{first}]" if first.version == 6 else str(first)


class GuardedAdapter(HTTPAdapter):
    """Resolves and checks the host itself, then connects to the checked address.

    The original host name stays in the Host header and, for HTTPS, in SNI and certificate
    checks (the same approach as requests-hardened's IPFilterAdapter, with our own rules).
    """

    def __init__(self, *, https: bool, allowed_private_hosts: frozenset[str]):
        super().__init__(max_retries=0)
        self._https = https
        self._allowed = allowed_private_hosts

    def build_connection_pool_key_attributes(self, request, verify, cert=None):
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(
            request, verify, cert
        )
        request.headers = CaseInsensitiveDict(request.headers or {})
        hostname = host_params["host"]
        port = host_params["port"] or (443 if self._https else 80)
        host_header = f"[{hostname}]" if ":" in hostname else hostname
        if host_params["port"] is not None:
            host_header += f":{host_params['port']}"
        request.headers["Host"] = host_header
        if self._https:
            pool_kwargs["assert_hostname"] = hostname
            pool_kwargs["server_hostname"] = hostname
        host_params["host"] = resolve_checked(hostname, port, allowed_private_hosts=self._allowed)
        return host_params, pool_kwargs


# --- the client -------------------------------------------------------------------------------


class RobotsCache:
    """robots.txt bodies by origin; the default keeps nothing (tests, one-off use)."""

    def get(self, origin: str) -> str | None:
        return None

    def set(self, origin: str, text: str) -> None:
        return None


class RedisRobotsCache(RobotsCache):
    def __init__(self, client, *, ttl: int = 24 * 3600, prefix: str = "ingest:robots:"):
        self.client, self.ttl, self.prefix = client, ttl, prefix

    def get(self, origin: str) -> str | None:
        value = self.client.get(self.prefix + origin)
        return value.decode("utf-8", "replace") if value is not None else None

    def set(self, origin: str, text: str) -> None:
        self.client.set(self.prefix + origin, text.encode("utf-8"), ex=self.ttl)


class Fetcher:
    def __init__(
        self,
        policy: FetchPolicy,
        *,
        politeness: Politeness | None = None,
        robots_cache: RobotsCache | None = None,
    ):
        self.policy = policy
        self.politeness = politeness or NoPoliteness()
        self.robots_cache = robots_cache or RobotsCache()
        self._robots_memo: dict[str, tuple[float, object]] = {}
        self.session = requests.Session()
        # Proxy variables from the environment would route around the address checks.
        self.session.trust_env = False
        allowed = policy.allowed_private_hosts
        self.session.mount("http://", GuardedAdapter(https=False, allowed_private_hosts=allowed))
        self.session.mount("https://", GuardedAdapter(https=True, allowed_private_hosts=allowed))
        self.session.headers.update(
            {
                "User-Agent": policy.user_agent,
                "Accept-Encoding": "gzip, deflate",
                "Accept-Language": "id,en;q=0.5",
            }
        )

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def fetch(
        self,
        url: str,
        *,
        kind: Kind = Kind.HTML,
        etag: str = "",
        last_modified: str = "",
        min_interval: float | None = None,
    ) -> FetchResult:
        deadline = time.monotonic() + self.policy.total_deadline
        interval = self.policy.min_interval if min_interval is None else min_interval
        current = url
        seen: set[str] = set()
        for _hop in range(self.policy.max_redirects + 1):
            if not canonical_urls.is_allowed_scheme(current):
                raise BlockedAddress(f"scheme not allowed: {current[:200]!r}")
            if current in seen:
                raise PermanentError(f"redirect loop at {current}")
            seen.add(current)
            if kind is not Kind.ROBOTS and self.policy.respect_robots:
                self._check_robots(current, deadline=deadline, min_interval=interval)
            waited = self._wait_turn(current, min_interval=interval)
            # Time spent queueing for the host is politeness, not the server being slow.
            deadline += waited
            response = self._send(
                current,
                kind=kind,
                deadline=deadline,
                min_interval=interval,
                etag=etag if current == url else "",
                last_modified=last_modified if current == url else "",
            )
            if response.status_code in _REDIRECTS:
                location = response.headers.get("Location", "")
                response.close()
                if not location:
                    raise PermanentError(f"redirect without Location from {current}")
                current = urljoin(current, location.strip())
                continue
            return self._read(url, current, response, kind=kind, deadline=deadline)
        raise PermanentError(f"more than {self.policy.max_redirects} redirects from {url}")

    def _wait_turn(self, url: str, *, min_interval: float) -> float:
        started = time.monotonic()
        self.politeness.wait_turn(
            canonical_urls.host_key(url),
            min_interval=min_interval,
            max_wait=self.policy.max_politeness_wait,
        )
        return time.monotonic() - started

    def _send(self, url, *, kind, deadline, min_interval, etag, last_modified):
        host = canonical_urls.host_key(url)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TransientError(f"deadline of {self.policy.total_deadline:g} s passed: {url}")
        headers = {"Accept": _accept(kind)}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        timeout = (
            min(self.policy.connect_timeout, remaining),
            min(self.policy.read_timeout, remaining),
        )
        try:
            response = self.session.get(
                url, headers=headers, timeout=timeout, stream=True, allow_redirects=False
            )
        except IngestError:
            raise
        except requests.Timeout as error:
            raise TransientError(f"timeout: {url} ({error.__class__.__name__})") from None
        except requests.ConnectionError as error:
            raise TransientError(f"connection failed: {url}: {_short(error)}") from None
        except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema) as error:
            raise BlockedAddress(f"invalid URL {url!r}: {_short(error)}") from None
        except requests.RequestException as error:
            raise TransientError(f"request failed: {url}: {_short(error)}") from None
        status = response.status_code
        if status in _REDIRECTS or status in (200, 203, 304):
            return response
        retry_after = _retry_after(response.headers.get("Retry-After"))
        response.close()
        if status in _TRANSIENT_STATUS:
            if retry_after:
                self.politeness.block(host, seconds=retry_after)
            raise TransientError(f"HTTP {status} from {url}", retry_after=retry_after)
        raise HttpStatus(f"HTTP {status} from {url}", status=status)

    def _read(self, url, final_url, response, *, kind, deadline) -> FetchResult:
        with response:
            headers = response.headers
            result = FetchResult(
                url=url,
                final_url=final_url,
                status=response.status_code,
                etag=headers.get("ETag", "")[:500],
                last_modified=headers.get("Last-Modified", "")[:100],
                headers={k: v[:1000] for k, v in headers.items()},
            )
            if result.not_modified:
                return result
            content_type, charset = _content_type(headers.get("Content-Type", ""))
            result.content_type, result.charset = content_type, charset
            if content_type and content_type not in ALLOWED_TYPES[kind]:
                raise UnsupportedContent(f"content type {content_type!r} refused for {final_url}")
            cap = self.policy.cap(kind)
            declared = headers.get("Content-Length", "")
            if declared.isdigit() and "Content-Encoding" not in headers and int(declared) > cap:
                raise TooLarge(f"body of {int(declared)} bytes exceeds the cap of {cap}")
            result.body = _read_capped(response, cap=cap, deadline=deadline, url=final_url)
            return result

    def _check_robots(self, url: str, *, deadline: float, min_interval: float) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots_rules(origin)
        if rules is not None and not rules.can_fetch(url, self.policy.user_agent):
            raise RobotsDisallowed(f"robots.txt of {origin} disallows {url}")

    def _robots_rules(self, origin: str):
        """Parsed robots.txt of an origin (None: no restriction), remembered briefly.

        The shared cache (Redis, a day) stays the truth for all workers; this process keeps
        the parsed rules for ``ROBOTS_MEMO_SECONDS`` so a run of one site's articles costs
        neither a Redis look-up nor a parse per article.
        """
        from protego import Protego

        now = time.monotonic()
        memo = self._robots_memo.get(origin)
        if memo is not None and memo[0] > now:
            return memo[1]
        text = self.robots_cache.get(origin)
        if text is None:
            text = self._fetch_robots(origin)
            self.robots_cache.set(origin, text)
        rules = Protego.parse(text) if text.strip() else None
        if len(self._robots_memo) >= ROBOTS_MEMO_MAX_ORIGINS:
            self._robots_memo.clear()
        self._robots_memo[origin] = (now + ROBOTS_MEMO_SECONDS, rules)
        return rules

    def _fetch_robots(self, origin: str) -> str:
        try:
            result = self.fetch(origin + "/robots.txt", kind=Kind.ROBOTS)
        except UnsupportedContent:
            return ""
        except TransientError:
            raise
        except HttpStatus:
            # RFC 9309: an unavailable robots.txt (any 4xx) means no restriction.
            return ""
        return result.body.decode("utf-8", "replace")


def _read_capped(response, *, cap: int, deadline: float, url: str) -> bytes:
    raw = response.raw
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise TransientError(f"deadline passed while reading {url} ({total} bytes read)")
            # read1: returns what one socket read gives, so the deadline is checked between
            # reads even when a server dribbles bytes; decode_content caps *decoded* bytes.
            chunk = raw.read1(_CHUNK, decode_content=True)
            if not chunk:
                break
            total += len(chunk)
            if total > cap:
                raise TooLarge(f"body exceeds the cap of {cap} bytes: {url}")
            chunks.append(chunk)
    except IngestError:
        raise
    except (requests.RequestException, OSError, ValueError) as error:
        raise TransientError(f"reading {url} failed: {_short(error)}") from None
    except Exception as error:  # urllib3 decode and protocol errors
        if error.__class__.__module__.startswith("urllib3"):
            raise PermanentError(f"reading {url} failed: {_short(error)}") from None
        raise
    return b"".join(chunks)


def _content_type(value: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in value.split(";")]
    media = parts[0].lower() if parts else ""
    charset = None
    for param in parts[1:]:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return media, charset


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), 24 * 3600))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, min(when.timestamp() - time.time(), 24 * 3600.0))


def _accept(kind: Kind) -> str:
    if kind is Kind.FEED:
        return "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
    if kind is Kind.ROBOTS:
        return "text/plain"
    return "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


def _short(error: BaseException) -> str:
    return str(error)[:300]
