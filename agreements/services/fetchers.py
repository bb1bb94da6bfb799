"""The shared state of ingestion: the Redis client and the fetchers that use it.

Politeness delays, robots.txt rules and the memo of URLs that failed for good live in Redis,
shared by every worker; each process keeps one fetcher (and its connection pool) alive.
"""

from __future__ import annotations

import hashlib
import os
import threading

from django.conf import settings

from agreements.ingest.http import Fetcher
from agreements.ingest.policy import policy_from_settings

_redis_clients: dict[str, object] = {}


def redis_client():
    """One connection pool per process; the state in it is shared by all workers."""
    import redis

    from agreements.ingest.politeness import _redis_py_url

    url = settings.INGEST_REDIS_URL
    if url not in _redis_clients:
        if settings.CELERY_EMBEDDED_BROKER:
            from cooperation import embedded

            embedded.ensure_redis()
        _redis_clients[url] = redis.Redis.from_url(_redis_py_url(url))
    return _redis_clients[url]


def fetcher_create(**overrides) -> Fetcher:
    from agreements.ingest.http import RedisRobotsCache
    from agreements.ingest.politeness import RedisPoliteness

    client = redis_client()
    return Fetcher(
        policy_from_settings(**overrides),
        politeness=RedisPoliteness(client),
        robots_cache=RedisRobotsCache(client),
    )


_local = threading.local()


def process_fetcher() -> Fetcher:
    """The fetcher of this process (and thread), reused from one article task to the next.

    Its session keeps connections to a host alive and its robots rules parsed, which a new
    fetcher per article would pay for every time. Every hop is still resolved and checked
    (the address check runs per request, not per connection pool), and politeness and
    robots.txt still come from Redis. Keyed by the process id, so a forked worker child never
    shares sockets with its parent, and by the policy, so changed settings take effect.
    """
    key = (os.getpid(), settings.INGEST_REDIS_URL, policy_from_settings())
    fetchers = getattr(_local, "fetchers", None)
    if fetchers is None:
        fetchers = _local.fetchers = {}
    fetcher = fetchers.get(key)
    if fetcher is None:
        for stale_key, stale in list(fetchers.items()):
            if stale_key[0] == key[0]:
                stale.close()
        fetchers.clear()
        fetcher = fetchers[key] = fetcher_create()
    return fetcher


# A URL that failed for good is not fetched again for this long (a feed keeps listing it).
FAILED_URL_TTL = 7 * 24 * 3600


def failed_url_key(url: str) -> str:
    return "ingest:failed:" + hashlib.sha1(url.encode()).hexdigest()  # noqa: S324 - a key
