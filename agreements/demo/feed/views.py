"""A tiny news site inside the application, so ingestion can be seen working offline.

`make run` points a demo Source at /demo-feed/rss.xml; the worker then fetches these pages
over loopback exactly as it would fetch a real news site.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_GET

from agreements.demo.feed.articles import ARTICLES

_BY_SLUG = {article["slug"]: article for article in ARTICLES}


def _demo_only(view):
    """Public (a worker fetches it without logging in), but only where the demo is on."""

    def wrapped(request, *args, **kwargs):
        if not settings.INGEST_DEMO_FEED:
            raise Http404
        return view(request, *args, **kwargs)

    return login_not_required(require_GET(wrapped))


@_demo_only
def rss(request):
    feed = Rss201rev2Feed(
        title="Kabar Kerja Sama Daerah (demo)",
        link=request.build_absolute_uri(reverse("demo_feed:rss")),
        description="Contoh umpan berita untuk mencoba pengambilan berita otomatis.",
        language="id",
    )
    for article in ARTICLES:
        feed.add_item(
            title=article["title"],
            link=request.build_absolute_uri(reverse("demo_feed:article", args=[article["slug"]])),
            description=article["paragraphs"][0],
            pubdate=dt.datetime.fromisoformat(article["published"]),
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


@_demo_only
def article(request, slug: str):
    item = _BY_SLUG.get(slug)
    if item is None:
        raise Http404
    # Built with format_html: every value is escaped, like any page a worker might fetch.
    paragraphs = format_html_join("\n", "<p>{}</p>", ((p,) for p in item["paragraphs"]))
    page = format_html(
        _PAGE,
        title=item["title"],
        canonical=request.build_absolute_uri(),
        published=item["published"],
        paragraphs=paragraphs,
    )
    return HttpResponse(page, content_type="text/html; charset=utf-8")


_PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{title} | Kabar Kerja Sama Daerah (demo)</title>
<link rel="canonical" href="{canonical}">
<meta property="og:site_name" content="Kabar Kerja Sama Daerah (demo)">
<meta property="article:published_time" content="{published}">
</head>
<body>
<header><a href="../../rss.xml">Kabar Kerja Sama Daerah</a></header>
<article>
<h1>{title}</h1>
{paragraphs}
</article>
<footer>Situs contoh untuk demo aplikasi; semua berita di sini rekaan.</footer>
</body>
</html>
"""
