import os

import pytest

from agreements.ingest.http import Fetcher, FetchPolicy
from tests.ingest.server import FixtureServer


@pytest.fixture
def server():
    fixture = FixtureServer().start()
    fixture.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    yield fixture
    fixture.stop()


def make_policy(**overrides) -> FetchPolicy:
    values = {
        "user_agent": "KerjaSamaDaerahBot/test",
        "connect_timeout": 2,
        "read_timeout": 2,
        "total_deadline": 4,
        "min_interval": 0,
        # Only the loopback fixture server itself: the test switch names 127.0.0.1.
        "allowed_private_hosts": frozenset({"127.0.0.1"}),
    }
    values.update(overrides)
    return FetchPolicy(**values)


@pytest.fixture
def fetcher():
    with Fetcher(make_policy()) as client:
        yield client


@pytest.fixture
def redis_politeness(settings):
    """Politeness state in Redis under a per-test prefix (the tests' own database number, TEST_REDIS_DB)."""
    import uuid

    from agreements.ingest.politeness import RedisPoliteness

    politeness = RedisPoliteness.from_url(
        redis_test_url(settings.CELERY_BROKER_URL), prefix=f"test:{uuid.uuid4().hex}:"
    )
    yield politeness
    for key in politeness.client.scan_iter(match=politeness.prefix + "*"):
        politeness.client.delete(key)


# Two suites running at once on one Redis (two checkouts) must not flush each other's
# queues: TEST_REDIS_DB gives each its own database.
TEST_REDIS_DB = int(os.environ.get("TEST_REDIS_DB", "15"))


def redis_test_url(broker_url: str) -> str:
    """The broker URL with the tests' own database number, so tests never touch real queues."""
    from urllib.parse import urlsplit, urlunsplit

    if broker_url.startswith("redis+socket://"):
        from cooperation import embedded

        embedded.ensure_redis()
        base = broker_url.split("?", 1)[0]
        return f"{base}?virtual_host={TEST_REDIS_DB}"
    parts = urlsplit(broker_url)
    return urlunsplit(parts._replace(path=f"/{TEST_REDIS_DB}"))


@pytest.fixture
def ingest_settings(settings):
    """Services reach the loopback server, keep politeness in the test Redis db, never wait."""
    settings.INGEST_ALLOWED_PRIVATE_HOSTS = ["127.0.0.1"]
    settings.INGEST_REDIS_URL = redis_test_url(settings.CELERY_BROKER_URL)
    settings.INGEST_TOTAL_DEADLINE = 5
    settings.INGEST_DEFAULT_POLITENESS_SECONDS = 0
    from agreements.services import fetchers

    client = fetchers.redis_client()
    for pattern in ("ingest:host:*", "ingest:robots:*", "ingest:failed:*"):
        for key in client.scan_iter(match=pattern):
            client.delete(key)
    return settings
