"""Per-host politeness shared by every worker: a minimum gap between requests, Retry-After.

State lives in Redis (workers on several machines must agree; nothing is kept in a worker).
A request reserves the next free slot of its host atomically; a caller whose slot is further
away than it may wait gets a ``TransientError`` with the delay, so the task retries later
instead of holding a worker asleep.
"""

from __future__ import annotations

import logging
import time
from typing import Protocol

from agreements.ingest.errors import TransientError

logger = logging.getLogger(__name__)

# KEYS[1] = next free time of the host (ms). ARGV = now_ms, gap_ms, max_wait_ms, ttl_ms.
# Returns the start time granted, or -(next free time) when that is beyond max_wait.
_RESERVE = """
local next_free = tonumber(redis.call('GET', KEYS[1]) or '0')
local now = tonumber(ARGV[1])
local start = math.max(now, next_free)
if start - now > tonumber(ARGV[3]) then
  return -start
end
-- With no minimum gap there is nothing to reserve: only a Retry-After block can delay us,
-- and leaving the key alone saves a write (and keeps a block's own expiry).
if tonumber(ARGV[2]) > 0 then
  redis.call('SET', KEYS[1], start + tonumber(ARGV[2]), 'PX', tonumber(ARGV[4]))
end
return start
"""
# Pushes the host's next free time to at least ARGV[1] (a Retry-After or a 429).
_BLOCK_UNTIL = """
local next_free = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > next_free then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
return 1
"""


class Politeness(Protocol):
    def wait_turn(self, host: str, *, min_interval: float, max_wait: float) -> None: ...

    def block(self, host: str, *, seconds: float) -> None: ...


class NoPoliteness:
    """For one-off shell use and unit tests of other layers."""

    def wait_turn(self, host: str, *, min_interval: float, max_wait: float) -> None:
        return None

    def block(self, host: str, *, seconds: float) -> None:
        return None


class RedisPoliteness:
    def __init__(self, client, *, prefix: str = "ingest:host:"):
        self.client = client
        self.prefix = prefix
        self._reserve = client.register_script(_RESERVE)
        self._block = client.register_script(_BLOCK_UNTIL)

    @classmethod
    def from_url(cls, url: str, **kwargs) -> RedisPoliteness:
        import redis

        return cls(redis.Redis.from_url(_redis_py_url(url)), **kwargs)

    def wait_turn(self, host: str, *, min_interval: float, max_wait: float) -> None:
        now_ms = int(time.time() * 1000)
        gap_ms = int(min_interval * 1000)
        ttl_ms = max(gap_ms * 2, 60_000)
        start = int(
            self._reserve(keys=[self.prefix + host], args=[now_ms, gap_ms, max_wait * 1000, ttl_ms])
        )
        if start < 0:
            delay = (-start - now_ms) / 1000
            raise TransientError(f"host {host} is busy for {delay:.0f} s", retry_after=delay)
        delay = (start - now_ms) / 1000
        if delay > 0:
            time.sleep(delay)

    def block(self, host: str, *, seconds: float) -> None:
        until_ms = int((time.time() + seconds) * 1000)
        ttl_ms = int(seconds * 1000) + 60_000
        self._block(keys=[self.prefix + host], args=[until_ms, ttl_ms])


def _redis_py_url(url: str) -> str:
    """Celery's ``redis+socket://PATH`` spelled the way redis-py reads it."""
    if url.startswith("redis+socket://"):
        url = "unix://" + url.removeprefix("redis+socket://")
        return url.replace("virtual_host=", "db=")
    return url
