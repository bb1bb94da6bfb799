"""Article pages and feeds generated for the tests (invented text, never real news)."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

PAIRS = [
    ("Jambi", "Jawa Barat"),
    ("Bali", "Nusa Tenggara Barat"),
    ("Riau", "Sumatera Barat"),
    ("Jawa Tengah", "Jawa Timur"),
    ("Aceh", "Sumatera Utara"),
]
SECTORS = ["pariwisata", "pertanian", "pendidikan", "kesehatan", "perhubungan"]


def agreement_text(
    n: int, *, pair: tuple[str, str] | None = None, day: dt.date | None = None
) -> str:
    first, second = pair or PAIRS[n % len(PAIRS)]
    day = day or dt.date(2024, 3, 1) + dt.timedelta(days=n)
    sector = SECTORS[n % len(SECTORS)]
    return (
        f"Pemerintah Provinsi {first} dan Pemerintah Provinsi {second} menandatangani "
        f"kesepakatan bersama tentang kerja sama bidang {sector} pada {day.day} "
        f"{_MONTHS[day.month - 1]} {day.year} di Gedung Negara, ibu kota provinsi {first}. "
        f"Penandatanganan dilakukan oleh Gubernur {first} dan Gubernur {second}. "
        f"Kerja sama nomor {n} ini meliputi program {sector} bersama selama lima tahun. "
        f"Kepala Dinas terkait mengatakan program tahap pertama dimulai bulan depan. "
        f"Kedua provinsi berharap kerja sama ke-{n} ini memberi manfaat bagi warga."
    )


_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def article_html(title: str, text: str, *, published: str | None = None, extra: str = "") -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split(". "))
    return (
        f"<!DOCTYPE html><html lang='id'><head><title>{escape(title)}</title>{meta}</head>"
        f"<body><article><h1>{escape(title)}</h1>{paragraphs}{extra}</article></body></html>"
    )


def rss_feed(items: list[tuple[str, str, str | None]]) -> bytes:
    """items: (link, title, RFC 822 date or None)."""
    body = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        + (f"<pubDate>{date}</pubDate>" if date else "")
        + "</item>"
        for link, title, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Berita Uji</title><link>http://127.0.0.1/</link>{body}</channel></rss>"
    ).encode()


def serve_agreement_site(server, count: int, *, prefix: str = "/berita") -> str:
    """`count` agreement articles and a feed listing them; returns the feed URL."""
    items = []
    for n in range(count):
        path = f"{prefix}/kerja-sama-{n}"
        title = f"Kesepakatan bersama nomor {n}"
        server.add(
            path, article_html(title, agreement_text(n), published="2024-03-20T10:00:00+07:00")
        )
        items.append((server.url(path), title, "Wed, 20 Mar 2024 10:00:00 +0700"))
    return server.add(f"{prefix}/rss.xml", rss_feed(items), content_type="application/rss+xml")
