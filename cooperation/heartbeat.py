"""Worker liveness: beat asks a worker to stamp the time in Redis every minute; /healthz
reports how old the stamp is. A stale stamp means no worker is consuming tasks."""

from __future__ import annotations

import functools
import time

import redis
from celery import shared_task
from django.conf import settings

KEY = "cooperation:worker-heartbeat"
INTERVAL_SECONDS = 60


def redis_client(timeout: float = 2.0) -> redis.Redis:
    """One client (and its connection pool) per broker address and timeout, kept for the
    process: /healthz asks on every probe, and a new connection each time cost a TCP
    handshake and a Redis client slot per request."""
    return _client(settings.CELERY_BROKER_URL, timeout)


@functools.lru_cache(maxsize=8)
def _client(url: str, timeout: float) -> redis.Redis:
    if url.startswith("redis+socket://"):
        return redis.Redis(
            unix_socket_path=url.removeprefix("redis+socket://"), socket_timeout=timeout
        )
    return redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)


@shared_task(
    name="cooperation.record_heartbeat", ignore_result=True, soft_time_limit=20, time_limit=30
)
def record_heartbeat() -> None:
    # Expires on its own so a dead deployment does not keep a stamp forever.
    redis_client().set(KEY, f"{time.time():.3f}", ex=24 * 60 * 60)


def heartbeat_age() -> float | None:
    """Seconds since a worker last stamped, or None when no worker ever did."""
    value = redis_client().get(KEY)
    return None if value is None else max(time.time() - float(value), 0.0)
