"""Feeds, sitemaps and link-list pages: hostile documents give a clear error, never a crash."""

import datetime as dt

import pytest

from agreements.ingest.errors import NotADocument
from agreements.ingest.feeds import discover
from agreements.ingest.http import Kind

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
BASE = "https://berita.example.id/rss.xml"


def rss(items: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Berita Daerah</title>
<link>https://berita.example.id/</link>{items}</channel></rss>""".encode()


def item(
    link: str, title: str = "Judul", date: str | None = "Thu, 12 Mar 2020 10:00:00 +0700"
) -> str:
    pub = f"<pubDate>{date}</pubDate>" if date else ""
    return f"<item><title>{title}</title><link>{link}</link>{pub}</item>"


def test_rss_items_with_dates():
    body = rss(item("https://berita.example.id/a-1") + item("/relatif-2", date=None))
    found = discover(body, base_url=BASE, kind="feed", now=NOW)
    assert [i.url for i in found.items] == [
        "https://berita.example.id/a-1",
        "https://berita.example.id/relatif-2",
    ]
    assert found.items[0].published_at == dt.datetime(2020, 3, 12, 3, 0, tzinfo=dt.UTC)
    assert found.items[1].published_at is None


def test_future_dates_are_clamped_to_now():
    body = rss(item("https://berita.example.id/a", date="Fri, 01 Jan 2100 00:00:00 +0000"))
    assert discover(body, base_url=BASE, kind="feed", now=NOW).items[0].published_at == NOW


def test_file_javascript_and_data_links_are_dropped():
    body = rss(
        item("file:///etc/passwd")
        + item("javascript:alert(document.cookie)")
        + item("data:text/html;base64,PHNjcmlwdD4=")
        + item("https://berita.example.id/ok")
    )
    found = discover(body, base_url=BASE, kind="feed", now=NOW)
    assert [i.url for i in found.items] == ["https://berita.example.id/ok"]
    assert found.rejected_links == 3


def test_malformed_xml_is_a_clear_error():
    with pytest.raises(NotADocument, match=r"malformed feed|not an RSS"):
        discover(b"<rss><channel><<<>>>&&&", base_url=BASE, kind="feed", now=NOW)


def test_truncated_feed_keeps_the_complete_items_with_a_warning():
    body = rss(item("https://berita.example.id/a") + item("https://berita.example.id/b"))
    truncated = body[: body.index(b"berita.example.id/b<") - 10]
    found = discover(truncated, base_url=BASE, kind="feed", now=NOW)
    assert [i.url for i in found.items][:1] == ["https://berita.example.id/a"]
    assert found.warnings and "malformed" in found.warnings[0]


def test_html_served_as_a_feed():
    page = b"<!DOCTYPE html><html><head><title>Beranda</title></head><body>Halo</body></html>"
    with pytest.raises(NotADocument, match="got an HTML page"):
        discover(page, base_url=BASE, kind="feed", now=NOW)


def test_empty_feed_body():
    with pytest.raises(NotADocument, match="empty"):
        discover(b"   ", base_url=BASE, kind="feed", now=NOW)


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title>
<item><title>&xxe;</title><link>https://berita.example.id/a</link></item></channel></rss>"""

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol9 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>"""


@pytest.mark.parametrize("kind", ["feed", "sitemap"])
@pytest.mark.parametrize("body", [XXE, LAUGHS], ids=["xxe", "billion-laughs"])
def test_entity_declarations_are_refused(body, kind):
    with pytest.raises(NotADocument, match="entities"):
        discover(body, base_url=BASE, kind=kind, now=NOW)


def test_news_sitemap():
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://berita.example.id/kerja-sama-jambi-jabar</loc>
<news:news><news:publication_date>2020-03-12T10:00:00+07:00</news:publication_date>
<news:title>Jambi dan Jabar teken kesepakatan</news:title></news:news></url>
<url><loc>javascript:alert(1)</loc></url>
</urlset>"""
    found = discover(
        body, base_url="https://berita.example.id/sitemap.xml", kind="sitemap", now=NOW
    )
    assert [(i.url, i.title) for i in found.items] == [
        ("https://berita.example.id/kerja-sama-jambi-jabar", "Jambi dan Jabar teken kesepakatan")
    ]
    assert found.items[0].published_at == dt.datetime(2020, 3, 12, 3, 0, tzinfo=dt.UTC)
    assert found.rejected_links == 1


def test_sitemap_index_lists_child_sitemaps():
    body = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://berita.example.id/news-1.xml</loc></sitemap></sitemapindex>"""
    found = discover(body, base_url="https://berita.example.id/s.xml", kind="sitemap", now=NOW)
    assert found.kind == "sitemap_index" and found.sitemaps == [
        "https://berita.example.id/news-1.xml"
    ]


def test_link_list_page_keeps_article_links_of_the_same_site():
    page = b"""<html><body><nav><a href="/">Beranda</a><a href="/daerah">Daerah</a></nav>
<a href="/daerah/2020/03/12/jambi-dan-jabar-teken-kesepakatan">Jambi dan Jabar</a>
<a href="https://lain.example.com/berita-panjang-sekali">luar</a>
<a href="javascript:void(0)">klik</a><a href="/foto/galeri-penandatanganan.jpg">foto</a>
</body></html>"""
    found = discover(page, base_url="https://berita.example.id/indeks", kind="page_list", now=NOW)
    assert [i.url for i in found.items] == [
        "https://berita.example.id/daerah/2020/03/12/jambi-dan-jabar-teken-kesepakatan"
    ]
    assert found.rejected_links == 1


def test_ten_thousand_item_feed_parses_within_the_feed_cap():
    body = rss("".join(item(f"https://berita.example.id/a-{n}", date=None) for n in range(10_000)))
    assert len(body) < 2 * 1024 * 1024
    found = discover(body, base_url=BASE, kind="feed", now=NOW)
    assert len(found.items) == 10_000


def test_feed_fetched_and_discovered_through_the_server(server, fetcher):
    url = server.add("/rss.xml", rss(item("/artikel-satu")), content_type="application/rss+xml")
    result = fetcher.fetch(url, kind=Kind.FEED)
    found = discover(
        result.body, base_url=result.final_url, kind="feed", content_type=result.content_type
    )
    assert [i.url for i in found.items] == [server.url("/artikel-satu")]


def test_dates_stamped_on_every_item_are_the_feeds_not_the_stories():
    stamp = "Wed, 02 Dec 2026 01:00:00 +0000"
    body = rss("".join(item(f"https://berita.example.id/a-{n}", date=stamp) for n in range(3)))
    found = discover(body, base_url=BASE, kind="feed", now=NOW)
    assert [i.published_at for i in found.items] == [None, None, None]
    assert any("same date" in w for w in found.warnings)


def test_items_with_their_own_dates_keep_them():
    body = rss(
        item("https://berita.example.id/a", date="Thu, 12 Mar 2020 10:00:00 +0700")
        + item("https://berita.example.id/b", date="Thu, 12 Mar 2020 10:00:00 +0700")
        + item("https://berita.example.id/c", date="Fri, 13 Mar 2020 08:00:00 +0700")
    )
    found = discover(body, base_url=BASE, kind="feed", now=NOW)
    assert all(i.published_at for i in found.items)
    assert not any("same date" in w for w in found.warnings)
