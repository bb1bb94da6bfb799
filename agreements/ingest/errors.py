"""Typed ingestion errors: transient ones are retried with backoff, permanent ones recorded."""

from __future__ import annotations


class IngestError(Exception):
    """Base class; ``str(error)`` is the message shown to admins."""

    transient = False

    def __init__(self, message: str, *, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class TransientError(IngestError):
    """Worth trying again later: timeouts, 5xx, 429, a busy host."""

    transient = True


class PermanentError(IngestError):
    """Trying again will not help: bad address, refused content, malformed document."""


class BlockedAddress(PermanentError):
    """The URL's scheme or resolved address is not allowed (SSRF protection)."""


class TooLarge(PermanentError):
    pass


class UnsupportedContent(PermanentError):
    pass


class RobotsDisallowed(PermanentError):
    pass


class NotADocument(PermanentError):
    """The body is not what was expected: malformed feed, empty page, consent wall."""


class HttpStatus(PermanentError):
    """A final 4xx answer (403, 404, 410...)."""

    def __init__(self, message: str, *, status: int):
        super().__init__(message)
        self.status = status
