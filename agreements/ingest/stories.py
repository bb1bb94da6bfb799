"""A story that may span several pages: its first page, then its own next-page links.

Portals split long stories ("Halaman 2", rel=next); the signing is often reported past the
first page, so a story is read to its end, within limits: same host only (``next_page_url``),
at most ``MAX_STORY_PAGES`` pages, never the same page twice. Every page goes through the
same fetcher, so robots.txt, politeness, size and time caps apply to each. No database.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from agreements.ingest import canonical_urls as urls
from agreements.ingest import pages
from agreements.ingest.errors import PermanentError
from agreements.ingest.http import Fetcher, FetchResult, Kind

logger = logging.getLogger(__name__)

MAX_STORY_PAGES = 5


@dataclass
class Story:
    parsed: pages.ParsedArticle
    first_page: FetchResult  # its body is the raw HTML kept with the article
    page_count: int = 1


def fetch_story(
    fetcher: Fetcher,
    url: str,
    *,
    min_interval: float | None = None,
    feed_title: str = "",
    feed_published: dt.datetime | None = None,
    max_pages: int = MAX_STORY_PAGES,
) -> Story:
    """Fetch and parse one article with its continuation pages.

    Errors of the first page propagate as they are. A continuation page that fails for good
    (gone, refused, not HTML) ends the story there: the pages already read are kept. A
    transient failure propagates, so the task retries the whole story rather than storing
    half of it for good.
    """
    first = fetcher.fetch(url, kind=Kind.HTML, min_interval=min_interval)
    parsed = pages.parse_article(
        first.body,
        url=first.final_url,
        content_type=first.content_type,
        charset=first.charset,
        feed_title=feed_title,
        feed_published=feed_published,
    )
    seen = {urls.canonicalize(url), urls.canonicalize(first.final_url), parsed.canonical_url}
    next_url, count = parsed.next_url, 1
    while next_url and next_url not in seen and count < max_pages:
        seen.add(next_url)
        try:
            page = fetcher.fetch(next_url, kind=Kind.HTML, min_interval=min_interval)
            text, following = pages.parse_continuation(
                page.body, url=page.final_url, charset=page.charset
            )
        except PermanentError as error:
            logger.info("story %s: page %s not read: %s", url, next_url, error)
            break
        seen.add(urls.canonicalize(page.final_url))
        parsed.text = pages.join_pages(parsed.text, text)
        next_url, count = following, count + 1
    parsed.next_url = ""
    return Story(parsed=parsed, first_page=first, page_count=count)
