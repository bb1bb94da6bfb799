"""Article pages: clean plain text, metadata, charsets, canonical URLs, non-articles refused."""

import datetime as dt
import unicodedata

import pytest

from agreements.ingest.errors import NotADocument
from agreements.ingest.pages import (
    content_hash,
    decode_html,
    join_pages,
    parse_article,
    parse_continuation,
    parse_text,
)

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
BODY = (
    "Pemerintah Provinsi Jambi dan Pemerintah Provinsi Jawa Barat menandatangani kesepakatan "
    "bersama di Gedung Pakuan, Bandung. Kerja sama ini meliputi bidang pariwisata, pertanian "
    "dan pendidikan. “Kami berharap kerja sama ini bermanfaat,” ujar gubernur. "
)


def page(body: str = BODY * 3, head: str = "", extra: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><title>Jambi dan Jabar Teken Kesepakatan</title>
{head}</head><body><article><h1>Jambi dan Jabar Teken Kesepakatan</h1><p>{body}</p>{extra}</article>
</body></html>"""


def test_main_text_and_metadata():
    head = (
        '<link rel="canonical" href="https://berita.example.id/jambi-jabar?utm_source=rss#top">'
        '<meta property="article:published_time" content="2020-03-12T14:30:00+07:00">'
        '<meta property="og:site_name" content="Berita Daerah">'
    )
    parsed = parse_article(
        page(head=head).encode(), url="https://berita.example.id/jambi-jabar?utm_medium=x", now=NOW
    )
    assert parsed.canonical_url == "https://berita.example.id/jambi-jabar"
    assert parsed.title == "Jambi dan Jabar Teken Kesepakatan"
    assert "Gedung Pakuan" in parsed.text and "<" not in parsed.text
    assert parsed.published_at == dt.datetime(2020, 3, 12, 7, 30, tzinfo=dt.UTC)
    assert parsed.publisher == "Berita Daerah" and parsed.language == "id"
    assert unicodedata.is_normalized("NFC", parsed.text)


def test_byline_and_site_from_json_ld():
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Jambi dan Jabar Teken Kesepakatan", "author": {"@type": '
        '"Person", "name": "Siti Rahma"}, "publisher": {"@type": "Organization", "name": '
        '"Kabar Jambi"}}</script>'
    )
    parsed = parse_article(page(head=head).encode(), url="https://b.example.id/a", now=NOW)
    assert parsed.author == "Siti Rahma"
    assert parsed.publisher == "Kabar Jambi"


def test_broken_json_ld_keeps_the_meta_tags():
    head = (
        '<meta name="author" content="Budi Santoso"><meta property="og:site_name" '
        'content="Kabar Jambi"><script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": </script>'
    )
    parsed = parse_article(page(head=head).encode(), url="https://b.example.id/a", now=NOW)
    assert (parsed.author, parsed.publisher) == ("Budi Santoso", "Kabar Jambi")


def test_page_without_a_site_name_is_credited_to_its_host():
    parsed = parse_article(page().encode(), url="https://www.kabarjambi.example.id/a", now=NOW)
    assert parsed.publisher == "kabarjambi.example.id"


def test_date_in_the_address_when_the_markup_has_none():
    parsed = parse_article(
        page().encode(), url="https://b.example.id/berita/2024/03/20/jambi-jabar", now=NOW
    )
    assert parsed.published_at is not None
    assert parsed.published_at.date() == dt.date(2024, 3, 20)


def test_story_laid_out_in_a_table_is_still_found():
    # Old portal templates put the story in a table cell split by <br>: the precise pass
    # finds nothing there and the default pass is asked.
    cell = "<br/><br/>".join(
        [BODY, BODY.replace("Jambi", "Riau"), BODY.replace("Bandung", "Garut")]
    )
    markup = (
        "<html><head><title>Jambi dan Jabar</title></head><body><table><tr>"
        f'<td class="menu"><a href="/">Beranda</a></td><td class="isi">{cell}</td>'
        "</tr></table></body></html>"
    )
    parsed = parse_article(markup.encode(), url="https://b.example.id/a", now=NOW)
    assert "Gedung Pakuan" in parsed.text and "Garut" in parsed.text and "Riau" in parsed.text


def test_canonical_to_another_site_is_ignored():
    head = '<link rel="canonical" href="https://penipu.example.com/lain">'
    parsed = parse_article(page(head=head).encode(), url="https://berita.example.id/a#x", now=NOW)
    assert parsed.canonical_url == "https://berita.example.id/a"


def test_script_iframe_and_onerror_never_reach_the_text():
    extra = (
        "<script>alert('xss')</script><iframe src='https://evil.example/'></iframe>"
        "<img src=x onerror=\"alert('img')\"><style>body{display:none}</style>"
    )
    hostile_title = "<title>Judul <script>alert(1)</script></title>"
    parsed = parse_article(
        page(extra=extra, head=hostile_title).encode(), url="https://b.example.id/a", now=NOW
    )
    for needle in ("alert", "<script", "iframe", "onerror", "display:none"):
        assert needle not in parsed.text
        assert needle not in parsed.title


def test_future_and_missing_dates():
    head = '<meta property="article:published_time" content="2099-01-01T00:00:00+07:00">'
    assert (
        parse_article(page(head=head).encode(), url="https://b.example.id/a", now=NOW).published_at
        == NOW
    )
    undated = parse_article(page().encode(), url="https://b.example.id/a", now=NOW)
    assert undated.published_at is None


def test_feed_date_is_used_when_the_page_has_none():
    feed_date = dt.datetime(2020, 3, 12, 3, tzinfo=dt.UTC)
    parsed = parse_article(
        page().encode(), url="https://b.example.id/a", feed_published=feed_date, now=NOW
    )
    assert parsed.published_at == feed_date


def test_utf8_page_labelled_latin1():
    body = page().encode("utf-8")
    parsed = parse_article(body, url="https://b.example.id/a", charset="iso-8859-1", now=NOW)
    assert "“Kami berharap" in parsed.text


def test_cp1252_page_without_charset():
    body = page().encode("cp1252")
    assert "“Kami berharap" in decode_html(body)


def test_meta_charset_is_used_when_the_header_has_none():
    html = page(head='<meta charset="windows-1252">').encode("cp1252")
    assert "“Kami" in decode_html(html)


def test_unknown_charset_label_falls_back():
    assert "“Kami" in decode_html(page().encode(), charset="x-no-such-charset")


def test_empty_page():
    with pytest.raises(NotADocument, match="empty page"):
        parse_article(b"", url="https://b.example.id/a", now=NOW)
    with pytest.raises(NotADocument, match="no article text"):
        parse_article(
            b"<html><body><p>Halo</p></body></html>", url="https://b.example.id/a", now=NOW
        )


def test_consent_wall():
    wall = (
        "<html><body><div class='consent'><h2>We value your privacy</h2><p>We use cookies to "
        "improve your experience. By clicking Accept all you consent to our privacy policy and "
        "the use of cookies by our partners.</p><button>Accept all</button></div></body></html>"
    )
    with pytest.raises(NotADocument, match="consent wall"):
        parse_article(wall.encode(), url="https://b.example.id/a", now=NOW)


def test_plain_text_article_for_backfill():
    parsed = parse_text(
        "Jambi dan Jabar Teken Kesepakatan\n" + BODY * 2,
        url="https://b.example.id/a?utm_source=x",
        published_at=dt.datetime(2020, 3, 12, tzinfo=dt.UTC),
        now=NOW,
    )
    assert parsed.title == "Jambi dan Jabar Teken Kesepakatan"
    assert parsed.canonical_url == "https://b.example.id/a"
    assert parsed.text.startswith("Pemerintah Provinsi Jambi")


def test_content_hash_ignores_spacing_and_case():
    assert content_hash("Jambi  dan\nJabar") == content_hash("jambi dan jabar")
    assert content_hash("Jambi dan Jabar") != content_hash("Jambi dan Bali")


# --- headlines and paginated stories ----------------------------------------------------------


def bare_page(title_tag: str, heading: str = "", extra: str = "") -> bytes:
    return (
        f"<html><head><title>{title_tag}</title></head><body><table><tr><td>"
        f"<a href='/'>Beranda</a></td><td>{heading}<p>{BODY * 3}</p>{extra}</td></tr></table>"
        "</body></html>"
    ).encode()


def test_site_name_before_the_headline_in_the_title_tag_is_not_the_headline():
    # Government sites write "<site> - <headline>"; the headline is the part a heading repeats.
    parsed = parse_article(
        bare_page(
            "Pemprov Sumber Makmur - Jambi dan Bali Teken Kesepakatan",
            heading="<h2>Jambi dan Bali Teken Kesepakatan</h2>",
        ),
        url="https://pemprov.example.go.id/berita/12",
        now=NOW,
    )
    assert parsed.title == "Jambi dan Bali Teken Kesepakatan"


def test_feed_title_is_the_headline_when_the_page_names_only_its_site():
    parsed = parse_article(
        bare_page("Portal Resmi Pemprov Sumber Makmur"),
        url="https://pemprov.example.go.id/berita/12",
        feed_title="Jambi dan Bali Teken Kesepakatan",
        now=NOW,
    )
    assert parsed.title == "Jambi dan Bali Teken Kesepakatan"


def test_longest_part_of_the_title_tag_without_any_other_clue():
    parsed = parse_article(
        bare_page("Pemprov SM | Jambi dan Bali Teken Kesepakatan Pariwisata"),
        url="https://pemprov.example.go.id/berita/12",
        now=NOW,
    )
    assert parsed.title == "Jambi dan Bali Teken Kesepakatan Pariwisata"


@pytest.mark.parametrize(
    ("pager", "expected"),
    [
        ('<link rel="next" href="/berita/12?page=2">', "https://b.example.id/berita/12?page=2"),
        (
            '<div class="pagination"><a href="/berita/12">1</a> <a href="/berita/12/2">2</a></div>',
            "https://b.example.id/berita/12/2",
        ),
        (
            '<nav class="paging"><a href="/berita/12?hal=2">Selanjutnya &raquo;</a></nav>',
            "https://b.example.id/berita/12?hal=2",
        ),
        ('<div class="halaman"><a href="/berita/12?page=2">Halaman 2</a></div>', None),
    ],
)
def test_next_page_of_a_story(pager, expected):
    parsed = parse_article(
        bare_page("Judul", extra=pager), url="https://b.example.id/berita/12", now=NOW
    )
    assert parsed.next_url == (expected or "https://b.example.id/berita/12?page=2")


@pytest.mark.parametrize(
    "links",
    [
        # Related stories and other sites are links, but not the story's next page.
        '<aside><a href="/berita/13">Berita berikutnya: harga cabai</a></aside>',
        '<div class="pagination"><a href="https://lain.example.id/berita/12?page=2">2</a></div>',
        '<div class="pagination"><a href="/berita/12">1</a></div>',
        '<ul class="related"><li><a href="/berita/14">2</a></li></ul>',
    ],
)
def test_no_next_page(links):
    parsed = parse_article(
        bare_page("Judul", extra=links), url="https://b.example.id/berita/12", now=NOW
    )
    assert parsed.next_url == ""


def test_second_page_continues_from_its_own_number():
    pager = (
        '<div class="pagination"><a href="/berita/12">1</a><a href="/berita/12?page=2">2</a>'
        '<a href="/berita/12?page=3">3</a></div>'
    )
    text, following = parse_continuation(
        bare_page("Judul", extra=pager), url="https://b.example.id/berita/12?page=2"
    )
    assert "Gedung Pakuan" in text and following == "https://b.example.id/berita/12?page=3"


def test_pages_joined_without_what_every_page_repeats():
    first = "Jambi dan Bali Teken Kesepakatan\nKOTA SUMBER - Pemprov Jambi dan Pemprov Bali ..."
    second = "Jambi dan Bali Teken Kesepakatan\nPenandatanganan dilakukan di Denpasar."
    assert join_pages(first, second) == first + "\nPenandatanganan dilakukan di Denpasar."
    assert join_pages(first, first) == first


def test_a_year_in_the_text_is_no_publication_day():
    # "sejak 2017" is when an earlier cooperation began, not when this story was published.
    body = BODY * 3 + "Kerja sama kedua provinsi sudah berjalan sejak 2017."
    parsed = parse_article(page(body=body).encode(), url="https://b.example.id/a", now=NOW)
    assert parsed.published_at is None


def test_new_years_day_written_on_the_page_is_kept():
    body = "Jambi, 1 Januari 2024. " + BODY * 3
    parsed = parse_article(page(body=body).encode(), url="https://b.example.id/a", now=NOW)
    assert parsed.published_at.date() == dt.date(2024, 1, 1)


def test_approvals_in_a_short_signing_report_are_no_consent_wall():
    story = (
        "Pemerintah Provinsi Jambi dan Pemerintah Provinsi Bali menandatangani kesepakatan "
        "bersama di Denpasar. Kesepakatan itu sudah mendapat persetujuan DPRD kedua provinsi. "
        "Persetujuan DPRD Bali diberikan bulan lalu, sedangkan persetujuan DPRD Jambi menyusul "
        "dalam rapat paripurna pekan ini. Gubernur berharap kerja sama ini bermanfaat."
    )
    parsed = parse_article(page(body=story).encode(), url="https://b.example.id/a", now=NOW)
    assert "persetujuan DPRD Jambi" in parsed.text
