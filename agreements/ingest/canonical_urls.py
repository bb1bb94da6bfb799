"""URL hygiene: allowed schemes, canonical form, tracking parameters removed."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Analytics and share parameters that never change what page is served.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "_hs")
_TRACKING_NAMES = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mkt_tok",
        "ref",
        "ref_src",
        "_ga",
        "_gl",
        "spm",
        "cmpid",
        "icid",
    }
)


def is_allowed_scheme(url: str) -> bool:
    try:
        return urlsplit(url.strip()).scheme.lower() in ALLOWED_SCHEMES
    except ValueError:
        return False


def absolute_link(href: str | None, *, base: str) -> str | None:
    """``href`` resolved against ``base``, or None unless it is an http(s) URL with a host."""
    if not href:
        return None
    href = "".join(href.split())  # feeds wrap links across lines; whitespace is never meaningful
    try:
        url = urljoin(base, href)
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.hostname:
        return None
    return url


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, default port dropped, fragment and tracking removed.

    Path case and the order of the remaining query parameters are kept: servers may treat
    them as significant.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(key)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key in _TRACKING_NAMES or key.startswith(_TRACKING_PREFIXES)


def same_site(a: str, b: str) -> bool:
    """Same registrable-ish host: equal, or one a subdomain of the other (www.x.id vs x.id)."""
    host_a = (urlsplit(a).hostname or "").lower().removeprefix("www.")
    host_b = (urlsplit(b).hostname or "").lower().removeprefix("www.")
    if not host_a or not host_b:
        return False
    return host_a == host_b or host_a.endswith("." + host_b) or host_b.endswith("." + host_a)


def host_key(url: str) -> str:
    """The politeness key of a URL: host and port."""
    parts = urlsplit(url)
    port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower(), 0)
    return f"{(parts.hostname or '').lower()}:{port}"
