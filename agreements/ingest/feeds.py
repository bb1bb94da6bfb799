"""Article links from a fetched feed, news sitemap or link-list page. Bytes in, items out.

feedparser only ever sees a byte stream (given a string it may open a local file or fetch a
URL by itself); sitemaps go through defusedxml. Documents declaring XML entities are refused
outright: no feed needs them, and they are how XXE and "billion laughs" attacks work.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import zlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from agreements.ingest import canonical_urls
from agreements.ingest.errors import NotADocument, TooLarge

# Whatever a feed says, no more items than this are even looked at.
MAX_ITEMS = 20_000
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_TAGS = re.compile(r"<[^>]+>")
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
_SKIP_EXTENSIONS = (
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".svg",
    ".pdf",
    ".zip",
    ".mp4",
    ".mp3",
)


@dataclass
class FeedItem:
    url: str
    title: str = ""
    published_at: dt.datetime | None = None


@dataclass
class Discovery:
    kind: str  # "feed", "sitemap", "sitemap_index", "page_list"
    title: str = ""
    items: list[FeedItem] = field(default_factory=list)
    # Child sitemaps of a sitemap index, fetched by the caller (one level only).
    sitemaps: list[str] = field(default_factory=list)
    rejected_links: int = 0
    warnings: list[str] = field(default_factory=list)


def looks_like_html(body: bytes) -> bool:
    return bool(_HTML_START.match(body[:2048].lstrip(b"\xef\xbb\xbf")))


def looks_like_feed(body: bytes) -> bool:
    head = body[:2048].lower()
    return any(
        tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<urlset", b"<sitemapindex")
    )


def discover(
    body: bytes,
    *,
    base_url: str,
    kind: str,
    content_type: str = "",
    now: dt.datetime | None = None,
    max_gzip_bytes: int = 10 * 1024 * 1024,
) -> Discovery:
    """``kind`` is the source kind: "feed", "sitemap" or "page_list"."""
    now = now or dt.datetime.now(dt.UTC)
    if body[:2] == b"\x1f\x8b":  # a .xml.gz sitemap served as a file, not as an encoding
        body = _gunzip(body, cap=max_gzip_bytes)
    if not body.strip():
        raise NotADocument("empty document")
    if kind == "page_list":
        return _discover_page_list(body, base_url=base_url)
    if _ENTITY_DECL.search(body):
        raise NotADocument("document declares XML entities; refused (XXE / entity expansion)")
    if looks_like_html(body):
        raise NotADocument(f"expected a {kind}, got an HTML page")
    head = body[:4096].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _discover_sitemap(body, base_url=base_url, now=now)
    return _discover_feed(body, base_url=base_url, content_type=content_type, now=now)


def _gunzip(body: bytes, *, cap: int) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(body, cap + 1)
    except zlib.error as error:
        raise NotADocument(f"broken gzip: {error}") from None
    if len(out) > cap or decompressor.unconsumed_tail:
        raise TooLarge(f"gzip content exceeds {cap} bytes")
    return out


def _discover_feed(body: bytes, *, base_url: str, content_type: str, now) -> Discovery:
    import feedparser

    headers = {"content-location": base_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(
        io.BytesIO(body), response_headers=headers, sanitize_html=True, resolve_relative_uris=True
    )
    entries = parsed.get("entries", [])
    if parsed.get("bozo") and not entries:
        problem = parsed.get("bozo_exception")
        raise NotADocument(f"malformed feed: {_describe(problem)}")
    if not parsed.get("version") and not entries:
        raise NotADocument("not an RSS or Atom feed")
    result = Discovery(kind="feed", title=_plain(parsed.get("feed", {}).get("title", "")))
    if parsed.get("bozo"):
        result.warnings.append(
            f"feed is malformed; {len(entries)} items recovered: "
            f"{_describe(parsed.get('bozo_exception'))}"
        )
    for entry in entries[:MAX_ITEMS]:
        link = _entry_link(entry, base_url)
        if link is None:
            result.rejected_links += 1
            continue
        published = _struct_to_datetime(
            entry.get("published_parsed") or entry.get("updated_parsed"), now=now
        )
        result.items.append(
            FeedItem(url=link, title=_plain(entry.get("title", ""))[:1000], published_at=published)
        )
    if parsed.get("bozo") and not result.items:
        raise NotADocument(f"malformed feed: {_describe(parsed.get('bozo_exception'))}")
    _drop_stamped_dates(result)
    return result


# Items that all carry the very same date, to the second, carry the time the feed was built.
STAMPED_MIN_ITEMS = 3


def _drop_stamped_dates(result: Discovery) -> None:
    """Forget item dates that are the feed's own time stamp rather than each story's.

    Some CMSs and aggregators stamp every item with the build time. Taken as a publication
    date it is wrong for every story, and the extractor reads a signing reported years
    before it as an old one; the page's own date (markup, address, text) is found instead.
    """
    dates = {item.published_at for item in result.items}
    if len(result.items) >= STAMPED_MIN_ITEMS and len(dates) == 1 and None not in dates:
        for item in result.items:
            item.published_at = None
        result.warnings.append("every item has the same date, the feed's own: dates ignored")


def _entry_link(entry, base_url: str) -> str | None:
    candidates = [entry.get("link")]
    candidates += [
        link.get("href")
        for link in entry.get("links", [])
        if link.get("rel", "alternate") == "alternate"
    ]
    for href in candidates:
        if href:
            return canonical_urls.absolute_link(href, base=base_url)
    return None


def _struct_to_datetime(value, *, now: dt.datetime) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = dt.datetime(*value[:6], tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None
    return clamp_future(when, now=now)


def clamp_future(when: dt.datetime | None, *, now: dt.datetime) -> dt.datetime | None:
    """A publication time in the future is a clock or typing error: it becomes now."""
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return min(when, now)


def _discover_sitemap(body: bytes, *, base_url: str, now) -> Discovery:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException) as error:
        raise NotADocument(f"malformed sitemap: {_describe(error)}") from None
    if root.tag.endswith("sitemapindex"):
        result = Discovery(kind="sitemap_index")
        for loc in root.iter(f"{_SITEMAP_NS}loc"):
            link = canonical_urls.absolute_link(loc.text, base=base_url)
            if link:
                result.sitemaps.append(link)
            else:
                result.rejected_links += 1
        return result
    result = Discovery(kind="sitemap")
    for node in list(root.iter(f"{_SITEMAP_NS}url"))[:MAX_ITEMS]:
        link = canonical_urls.absolute_link(node.findtext(f"{_SITEMAP_NS}loc"), base=base_url)
        if link is None:
            result.rejected_links += 1
            continue
        news = node.find(f"{_NEWS_NS}news")
        title, date_text = "", node.findtext(f"{_SITEMAP_NS}lastmod")
        if news is not None:
            title = news.findtext(f"{_NEWS_NS}title") or ""
            date_text = news.findtext(f"{_NEWS_NS}publication_date") or date_text
        result.items.append(
            FeedItem(
                url=link,
                title=_plain(title)[:1000],
                published_at=clamp_future(parse_iso_datetime(date_text), now=now),
            )
        )
    _drop_stamped_dates(result)
    return result


def parse_iso_datetime(value: str | None) -> dt.datetime | None:
    """W3C datetime (2020-03-12, 2020-03-12T10:00+07:00) to an aware datetime, else None."""
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            when = dt.datetime.fromisoformat(value + "T00:00:00")
        else:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        # Indonesian sites that omit the offset mean Western Indonesia Time.
        when = when.replace(tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return when


def _discover_page_list(body: bytes, *, base_url: str) -> Discovery:
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(body)
    except (ParserError, ValueError) as error:
        raise NotADocument(f"unreadable HTML page: {_describe(error)}") from None
    result = Discovery(kind="page_list", title=_plain(tree.findtext(".//title") or ""))
    base = canonical_urls.canonicalize(base_url)
    seen: set[str] = set()
    for anchor in tree.iter("a"):
        link = canonical_urls.absolute_link(anchor.get("href"), base=base_url)
        if link is None:
            if anchor.get("href"):
                result.rejected_links += 1
            continue
        if not canonical_urls.same_site(link, base_url):
            continue
        canonical = canonical_urls.canonicalize(link)
        path = urlsplit(canonical).path.rstrip("/")
        # Navigation (home, sections) has short paths; articles have long slugs or ids.
        slug = path.rsplit("/", 1)[-1]
        if canonical == base or canonical in seen or len(slug) < 8:
            continue
        if path.lower().endswith(_SKIP_EXTENSIONS):
            continue
        seen.add(canonical)
        title = " ".join(anchor.text_content().split())
        result.items.append(FeedItem(url=link, title=title[:1000]))
        if len(result.items) >= MAX_ITEMS:
            break
    return result


def _plain(value: str) -> str:
    return " ".join(html.unescape(_TAGS.sub(" ", value or "")).split())


def _describe(error) -> str:
    if error is None:
        return "unknown error"
    return f"{error.__class__.__name__}: {str(error)[:200]}"
