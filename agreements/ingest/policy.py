"""What one fetch may do and what it returns: document kinds, content types, limits.

Plain data, read by the HTTP client (``ingest.http``); the limits come from the settings.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Kind(enum.Enum):
    HTML = "html"
    FEED = "feed"
    ROBOTS = "robots"
    ANY = "any"  # ingest_url: a feed or an article, told apart after the fetch


_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/x-rss+xml",
        "application/x-gzip",
        "application/gzip",
        # Link-list sources are HTML pages.
        "text/html",
        "application/xhtml+xml",
    }
)
ALLOWED_TYPES = {
    Kind.HTML: _HTML_TYPES,
    Kind.FEED: _FEED_TYPES,
    Kind.ROBOTS: frozenset({"text/plain"}),
    Kind.ANY: _HTML_TYPES | _FEED_TYPES,
}


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_deadline: float = 30.0
    max_redirects: int = 5
    max_html_bytes: int = 5 * 1024 * 1024
    max_feed_bytes: int = 2 * 1024 * 1024
    max_robots_bytes: int = 512 * 1024
    allowed_private_hosts: frozenset[str] = frozenset()
    min_interval: float = 5.0
    # A slot further away than this is not waited for: the task retries later instead.
    max_politeness_wait: float = 20.0
    respect_robots: bool = True

    def cap(self, kind: Kind) -> int:
        if kind is Kind.FEED:
            return self.max_feed_bytes
        if kind is Kind.ROBOTS:
            return self.max_robots_bytes
        return self.max_html_bytes


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int
    content_type: str = ""
    charset: str | None = None
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def policy_from_settings(**overrides) -> FetchPolicy:
    from django.conf import settings

    values = {
        "user_agent": settings.INGEST_USER_AGENT,
        "connect_timeout": settings.INGEST_CONNECT_TIMEOUT,
        "read_timeout": settings.INGEST_READ_TIMEOUT,
        "total_deadline": settings.INGEST_TOTAL_DEADLINE,
        "max_html_bytes": settings.INGEST_MAX_HTML_BYTES,
        "max_feed_bytes": settings.INGEST_MAX_FEED_BYTES,
        "allowed_private_hosts": frozenset(
            h.lower() for h in settings.INGEST_ALLOWED_PRIVATE_HOSTS
        ),
    }
    values.update(overrides)
    return FetchPolicy(**values)
