"""One article page (bytes) to clean plain text and metadata. No network, no database.

The page is parsed once with lxml: canonical link, dates and language are read from the
tree, which then goes to trafilatura for the main text. Text is stored plain and NFC
normalised; it is untrusted and only ever shown escaped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from agreements.ingest import canonical_urls as urls
from agreements.ingest.errors import NotADocument
from agreements.ingest.feeds import clamp_future, parse_iso_datetime
from agreements.ingest.pagination import next_page_url

logger = logging.getLogger(__name__)

# Shorter than this after extraction is no article (an empty page, a paywall stub).
MIN_TEXT_CHARS = 200
# A precise extraction shorter than this is checked against the default one (see _main_text).
PRECISION_ENOUGH_CHARS = 1000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_CONSENT_WORDS = re.compile(
    r"\b(cookies?|consent|persetujuan|kebijakan privasi|privacy policy|accept all|"
    r"terima semua|izinkan|we value your privacy)\b",
    re.I,
)
# "persetujuan" (approval: of a DPRD, of both parties) and "izinkan" are everyday words in
# agreement news; a consent notice always also names cookies, consent or privacy.
_CONSENT_CORE = re.compile(r"\b(cookies?|consent|privasi|privacy)\b", re.I)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "content_PublishedDate",
)


@dataclass
class ParsedArticle:
    url: str
    canonical_url: str
    title: str
    text: str
    publisher: str = ""
    author: str = ""
    published_at: dt.datetime | None = None
    language: str = ""
    # The story's next page on the same host (a paginated story), for the fetcher to follow.
    next_url: str = ""

    @property
    def content_hash(self) -> str:
        # Syndicated copies often retitle the story; the body is what identifies it.
        body = self.text
        if self.title and body.startswith(self.title):
            body = body[len(self.title) :]
        return content_hash(body)


def content_hash(text: str) -> str:
    """Same words in the same order give the same hash, whatever the spacing or case."""
    folded = " ".join(text.casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "")
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def decode_html(body: bytes, *, charset: str | None = None) -> str:
    """The page as text: declared charset when it fits, else meta charset, UTF-8, detection.

    A page labelled Latin-1 (or sent with no charset) whose bytes are valid UTF-8 is UTF-8:
    that mislabel is common and the reverse practically never happens.
    """
    candidates = []
    if charset:
        candidates.append(charset)
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    non_ascii = not body[:200_000].isascii()
    if non_ascii:
        try:
            utf8 = body.decode("utf-8")
        except UnicodeDecodeError:
            utf8 = None
        if utf8 is not None and (
            not candidates or _codec(candidates[0]) in {"iso8859_1", "cp1252", "ascii", "utf_8"}
        ):
            return utf8
    for name in candidates:
        codec = _codec(name)
        if codec is None:
            continue
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:500_000]).best()
    if best is not None:
        return body.decode(best.encoding, "replace")
    return body.decode("cp1252", "replace")


def _codec(name: str) -> str | None:
    import codecs

    try:
        return codecs.lookup(name.strip().lower()).name.replace("-", "_")
    except LookupError:
        return None


def parse_article(
    body: bytes,
    *,
    url: str,
    content_type: str = "",
    charset: str | None = None,
    feed_title: str = "",
    feed_published: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> ParsedArticle:
    now = now or dt.datetime.now(dt.UTC)
    if content_type == "text/plain":
        return parse_text(
            decode_html(body, charset=charset),
            url=url,
            title=feed_title,
            published_at=feed_published,
            now=now,
        )
    import lxml.html
    from lxml.etree import ParserError

    markup = decode_html(body, charset=charset)
    if not markup.strip():
        raise NotADocument("empty page")
    try:
        # The declared encoding was already applied; lxml must not apply it again.
        tree = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", markup))
    except (ParserError, ValueError) as error:
        raise NotADocument(f"unreadable HTML: {error.__class__.__name__}") from None
    canonical = _canonical(tree, url)
    meta = _meta(tree)
    language = (tree.get("lang") or meta.get("og:locale") or "").split("-")[0].split("_")[0]
    text = _main_text(tree, url)
    _reject_non_article(text)
    # Only for an article: the last-resort date search reads the whole page.
    document = _document_metadata(tree, url)
    published = _published(tree, meta) or feed_published or _date_elsewhere(tree, url)
    title = clean_text(document.title or meta.get("og:title", "") or _headline(tree, feed_title))
    return ParsedArticle(
        url=url,
        canonical_url=canonical,
        title=title[:1000],
        text=text,
        publisher=clean_text(document.sitename or meta.get("og:site_name", ""))[:300],
        author=clean_text(document.author or "")[:300],
        published_at=clamp_future(published, now=now),
        language=language[:10].lower(),
        next_url=next_page_url(tree, url),
    )


def parse_continuation(body: bytes, *, url: str, charset: str | None = None) -> tuple[str, str]:
    """A later page of a paginated story: its main text and the link to the page after it.

    No length check: the last page of a story is often a paragraph or two.
    """
    import lxml.html
    from lxml.etree import ParserError

    markup = decode_html(body, charset=charset)
    if not markup.strip():
        raise NotADocument("empty page")
    try:
        tree = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", markup))
    except (ParserError, ValueError) as error:
        raise NotADocument(f"unreadable HTML: {error.__class__.__name__}") from None
    return _main_text(tree, url), next_page_url(tree, url)


def join_pages(first: str, more: str) -> str:
    """The story's text across pages: each later page without what an earlier one showed
    (the headline, the dateline and teasers that every page of the story repeats)."""
    seen = {line.casefold() for line in first.split("\n")}
    fresh = [line for line in more.split("\n") if line.strip() and line.casefold() not in seen]
    return "\n".join([first, *fresh]) if fresh else first


def parse_text(
    text: str,
    *,
    url: str,
    title: str = "",
    published_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> ParsedArticle:
    """A plain-text article (an offline backfill): first line is the title when none given."""
    now = now or dt.datetime.now(dt.UTC)
    text = clean_text(text)
    if not title and "\n" in text:
        first, rest = text.split("\n", 1)
        if len(first) < 300:
            title, text = first, rest.strip()
    _reject_non_article(text)
    return ParsedArticle(
        url=url,
        canonical_url=urls.canonicalize(url),
        title=clean_text(title)[:1000],
        text=text,
        published_at=clamp_future(published_at, now=now),
        language="id",
    )


def _main_text(tree, url: str) -> str:
    """The story's text: trafilatura in precision mode, its default balance as the fallback.

    Precision mode skips the whole-page rescue passes that the default runs whenever a story
    is under 3,000 characters, as most signing reports are; on a portal page that halves the
    cost, and it leaves out more of the "Baca juga" and teaser noise. A page where it finds
    little (an unusual layout) is read again with the default, keeping the longer text.
    """
    precise = _extract_text(tree, url, precision=True)
    if len(precise) >= PRECISION_ENOUGH_CHARS:
        return precise
    balanced = _extract_text(tree, url, precision=False)
    return balanced if len(balanced) > len(precise) else precise


def _extract_text(tree, url: str, *, precision: bool) -> str:
    import trafilatura

    # bare_extraction works on its own copy of the tree: the two passes do not interfere.
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        fast=True,
        favor_precision=precision,
    )
    return clean_text(getattr(document, "text", "") or "")


def _reject_non_article(text: str) -> None:
    if len(text) < MIN_TEXT_CHARS:
        if _CONSENT_WORDS.search(text):
            raise NotADocument("consent wall: the page shows only a cookie/consent notice")
        raise NotADocument(f"no article text found ({len(text)} characters)")
    if len(text) < 1500 and len(_CONSENT_WORDS.findall(text)) >= 3 and _CONSENT_CORE.search(text):
        raise NotADocument("consent wall: the page shows only a cookie/consent notice")


def _canonical(tree, url: str) -> str:
    """rel=canonical when it points to the same site; the fetched URL otherwise."""
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel:
            href = urls.absolute_link(link.get("href"), base=url)
            if href and urls.same_site(href, url):
                return urls.canonicalize(href)
            break
    return urls.canonicalize(url)


def _document_metadata(tree, url: str):
    """Title, byline and site name, read as ``trafilatura.extract_metadata`` reads them.

    Its other scans cost more than the text extraction on a portal page, for fields this
    application does not store or finds elsewhere: licence, categories and tags; the date
    search (``_published`` and ``_date_elsewhere`` cover it); and the byline hunt through
    the page body, which copies the whole tree. The byline comes from the meta tags and
    JSON-LD, where news sites publish it.
    """
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
    )

    document = examine_meta(tree)
    if document.author and " " not in document.author:
        document.author = None  # a single word is a handle or a site, not a byline
    try:
        document = extract_meta_json(tree, document)
    except Exception:  # malformed JSON-LD is common; the tags read above still count
        logger.debug("unreadable JSON-LD at %s", url, exc_info=True)
    # The headline itself is chosen by ``_headline``: trafilatura's guess from <title> may be
    # the site's name, and the feed's title is a better fallback than that.
    sitename = (document.sitename or extract_sitename(tree) or "").lstrip("@")
    if sitename and "." not in sitename and not sitename[0].isupper():
        sitename = sitename.title()
    # No name anywhere: the host says where the story came from.
    document.sitename = sitename or (urlsplit(url).hostname or "").removeprefix("www.")
    return document


_TITLE_SEPARATORS = re.compile(r"\s+[-|\u2013\u2014\u00bb]+\s+|\s*\|\s*")


def _headline(tree, feed_title: str) -> str:
    """The story's headline when the meta tags give none.

    A single <h1>, or an element classed as the story's title, is the headline; then the
    feed's title for the item. Only then the <title> element, whose site-name part comes
    first on many government sites ("Pemprov X - Judul"): the part that a heading repeats is
    taken, else the longest part.
    """
    from trafilatura.metadata import TITLE_XPATHS, extract_metainfo

    headings = [clean_text(h.text_content()) for h in tree.iter("h1")]
    if len(headings) == 1 and headings[0]:
        return headings[0]
    marked = extract_metainfo(tree, TITLE_XPATHS)
    if marked:
        return marked
    if feed_title.strip():
        return feed_title
    element = tree.find(".//title")
    whole = clean_text(element.text_content()) if element is not None else ""
    parts = [part for part in _TITLE_SEPARATORS.split(whole) if part.strip()]
    if len(parts) > 1:
        shown = {clean_text(h.text_content()).casefold() for h in tree.iter("h1", "h2", "h3")}
        repeated = [part for part in parts if part.casefold() in shown]
        return repeated[0] if repeated else max(parts, key=len)
    return whole or next((h for h in headings if h), "")


def _date_elsewhere(tree, url: str) -> dt.datetime | None:
    """Last resort for a page with no date in its markup: htmldate's search (URL, text)."""
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, extensive_search=True, original_date=True)
    except Exception:  # a date finder's bug must not lose the article
        logger.debug("date search failed at %s", url, exc_info=True)
        return None
    if found and found.endswith("-01-01") and not _says_new_year(tree, url, found[:4]):
        # htmldate turns a bare year in the text ("bekerja sama sejak 2017") into 1 January
        # of it: a publication day nobody wrote, which would date the story years back.
        return None
    return parse_iso_datetime(found) if found else None


def _says_new_year(tree, url: str, year: str) -> bool:
    """Whether the page or its address gives 1 January of ``year`` as a full date."""
    full = re.compile(
        rf"\b0?1\s+(?:Jan(?:uari|uary)?\.?)\s+{year}\b|\b{year}[-/.]0?1[-/.]0?1\b|"
        rf"\b0?1[-/.]0?1[-/.]{year}\b",
        re.I,
    )
    return bool(full.search(url) or full.search(tree.text_content()))


def _meta(tree) -> dict[str, str]:
    values: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = node.get("property") or node.get("name") or node.get("itemprop")
        content = node.get("content")
        if key and content and key not in values:
            values[key.strip()] = content.strip()[:2000]
    return values


def _published(tree, meta: dict[str, str]) -> dt.datetime | None:
    for key in _DATE_META:
        when = parse_iso_datetime(meta.get(key))
        if when is not None:
            return when
    for node in tree.iter("time"):
        when = parse_iso_datetime(node.get("datetime"))
        if when is not None:
            return when
    return None
