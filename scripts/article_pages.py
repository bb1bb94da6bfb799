"""Generated article pages shaped like those of Indonesian news portals, for benchmarks.

A portal's article page is mostly not the article: a head full of meta tags, JSON-LD,
inline CSS, ad configuration and an application state blob; a mega-menu; share buttons
with inline SVG icons; "Baca juga" links and ad slots inside the story; related,
popular and "more news" lists with thumbnails; a footer of network links and trailing
scripts. This module builds such a page (about 75 KB, lighter than most) around a short
agreement story, deterministically from a number, and a lean page of the same story with a
little navigation around it. Every word is invented; no real page is copied.
"""

from __future__ import annotations

import json
import random
from xml.sax.saxutils import escape

PROVINCES = ["Jambi", "Jawa Barat", "Bali", "Riau", "Aceh", "Papua", "Maluku", "Banten"]
SECTORS = ["pariwisata", "pertanian", "pendidikan", "kesehatan", "perhubungan", "energi"]
CHANNELS = [
    "News", "Daerah", "Nasional", "Ekonomi", "Bisnis", "Olahraga", "Bola", "Teknologi",
    "Otomotif", "Hiburan", "Gaya Hidup", "Travel",
]  # fmt: skip
HEADLINE_WORDS = (  # noqa: SIM905 (a sentence reads better than a list of words)
    "harga cabai naik jelang akhir tahun warga keluhkan antrean panjang di pasar tradisional "
    "pemkab resmikan jembatan baru timnas menang tipis laga uji coba cuaca ekstrem diprediksi "
    "hingga pekan depan bupati tinjau lokasi banjir ribuan pelari ramaikan festival kota "
    "harga emas turun investor menahan diri pelajar juara olimpiade sains tingkat nasional"
).split()
ICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="20" height="20">'
    '<path d="M{a} 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 {a} 2zm0 18c-4.41 '
    '0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm-1-13h2v6h-2zm0 8h2v2h-2z" '
    'fill="currentColor"/></svg>'
)


def _headline(rng: random.Random) -> str:
    return " ".join(rng.choice(HEADLINE_WORDS) for _ in range(rng.randint(6, 11))).capitalize()


def _card(rng: random.Random, n: int, *, thumb: bool = True) -> str:
    slug = f"/berita/{rng.randint(100000, 999999)}/{n}"
    image = (
        f'<div class="thumb"><img loading="lazy" src="/img/{n}/s.jpg" '
        f'srcset="/img/{n}/s.jpg 320w, /img/{n}/m.jpg 640w, /img/{n}/l.jpg 1024w" '
        f'sizes="(max-width: 600px) 320px, 640px" alt="foto {n}" width="320" height="180"></div>'
        if thumb
        else ""
    )
    return (
        f'<article class="card card--list" data-id="{n}">{image}<div class="card__body">'
        f'<span class="card__channel">{rng.choice(CHANNELS)}</span>'
        f'<h3 class="card__title"><a href="{slug}" data-track="card-{n}">{_headline(rng)}</a>'
        f'</h3><time class="card__time">{rng.randint(1, 59)} menit lalu</time></div></article>'
    )


def _ad(rng: random.Random, slot: str) -> str:
    return (
        f'<div class="ad ad--{slot}" id="div-gpt-ad-{rng.randint(10**9, 10**10)}-{slot}">'
        f"<script>googletag.cmd.push(function(){{googletag.display('div-gpt-ad-{slot}');}});"
        "</script></div>"
    )


def story(n: int) -> tuple[str, list[str]]:
    """A signing report of about 2,000 characters, the median length of real ones."""
    first, second = PROVINCES[n % 8], PROVINCES[(n * 3 + 1) % 8]
    if first == second:
        second = "Jawa Timur"
    sector = SECTORS[n % len(SECTORS)]
    other = SECTORS[(n + 2) % len(SECTORS)]
    day = 1 + n % 28
    title = f"{first} dan {second} Teken Kesepakatan Bersama Bidang {sector.title()} ({n})"
    paragraphs = [
        f"{first.upper()} - Pemerintah Provinsi {first} dan Pemerintah Provinsi {second} "
        f"menandatangani kesepakatan bersama bidang {sector} dan {other} pada {day} Maret "
        "2024 di Gedung Negara.",
        f"Penandatanganan dilakukan langsung oleh Gubernur {first} dan Gubernur {second}, "
        "disaksikan para kepala perangkat daerah dari kedua provinsi serta anggota DPRD.",
        f"Kerja sama ini meliputi pengembangan {sector}, pertukaran data dan informasi, "
        "peningkatan kapasitas aparatur, serta promosi bersama selama lima tahun ke depan.",
        f'"Kesepakatan ini bukan sekadar seremoni. Kami ingin masyarakat {first} dan '
        f'{second} merasakan manfaatnya dalam waktu dekat," kata Gubernur {first} dalam '
        "sambutannya.",
        f"Gubernur {second} menyebut kedua daerah memiliki potensi yang saling melengkapi. "
        f"Menurut dia, pengalaman {second} dalam program {other} dapat dipelajari oleh "
        f"perangkat daerah di {first}.",
        "Kepala Biro Pemerintahan mengatakan tindak lanjut berupa perjanjian kerja sama akan "
        "disusun oleh perangkat daerah masing-masing paling lambat tiga bulan setelah "
        "penandatanganan.",
        f"Ia menambahkan, kerja sama antara kedua provinsi sebenarnya telah dirintis sejak "
        f"{2015 + n % 6}, namun sempat terhenti karena pandemi dan perubahan prioritas "
        "anggaran.",
        "Dalam kesempatan yang sama, kedua pemerintah daerah juga membahas rencana forum "
        "bisnis dan pameran produk unggulan daerah yang akan digelar pada semester kedua.",
        f"Pemerintah Provinsi {first} mencatat, nilai perdagangan antarwilayah dengan "
        f"{second} tahun lalu mencapai Rp{120 + n % 80} miliar dan diharapkan meningkat "
        "setelah kesepakatan ini berjalan.",
        f"Sejumlah pelaku usaha dari {second} yang hadir menyambut baik langkah tersebut. "
        "Mereka berharap perizinan dan distribusi barang antardaerah menjadi lebih mudah.",
        "Pengamat kebijakan publik dari sebuah perguruan tinggi setempat menilai kerja sama "
        "antardaerah perlu disertai target yang terukur agar tidak berhenti di atas kertas.",
        "Evaluasi pelaksanaan kesepakatan akan dilakukan setiap tahun oleh tim koordinasi "
        "kerja sama daerah yang dibentuk kedua gubernur.",
    ]
    return title, paragraphs


BOILERPLATE = "".join(f"<li><a href='/kanal/{n}'>Kanal berita {n}</a></li>" for n in range(40))


def lean_page(n: int) -> bytes:
    """The story with a little navigation around it: per-article costs show, parsing is cheap."""
    title, paragraphs = story(n)
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='id'><head><title>{escape(title)}</title>"
        "<meta property='article:published_time' content='2024-03-20T10:00:00+07:00'>"
        f"</head><body><nav><ul>{BOILERPLATE}</ul></nav><article><h1>{escape(title)}</h1>"
        f"{body}</article><aside>{BOILERPLATE}</aside>"
        "<footer>Hak cipta situs uji</footer></body></html>"
    ).encode()


def portal_page(n: int) -> bytes:
    rng = random.Random(n)  # noqa: S311 (repeatable filler, not a secret)
    title, paragraphs = story(n)
    style = "".join(
        f".c{k}{{margin:{k % 7}px {k % 5}px;padding:{k % 3}rem;"
        f"color:#{k * 2654435761 % 0xFFFFFF:06x};font-size:{12 + k % 9}px;"
        f"line-height:1.{k % 9};display:{'flex' if k % 2 else 'block'}}}"
        for k in range(260)
    )
    state = {
        "page": {"type": "article", "id": n, "channel": "daerah"},
        "menu": [{"name": ch, "items": [f"{ch} {k}" for k in range(12)]} for ch in CHANNELS],
        "trending": [_headline(rng) for _ in range(40)],
        "ads": {f"slot{k}": {"sizes": [[300, 250], [336, 280]], "refresh": 30} for k in range(30)},
    }
    json_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2024-03-20T10:00:00+07:00",
        "dateModified": "2024-03-20T11:30:00+07:00",
        "author": {"@type": "Person", "name": "Redaksi Uji"},
        "publisher": {"@type": "Organization", "name": "Portal Uji"},
        "image": [f"/img/{n}/l.jpg"],
        "description": paragraphs[0],
    }
    head = (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        f"<title>{escape(title)} - Portal Uji</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="description" content="{escape(paragraphs[0])}">'
        '<meta name="keywords" content="kerja sama, pemerintah daerah, provinsi">'
        '<meta name="robots" content="index, follow, max-image-preview:large">'
        f'<meta property="og:title" content="{escape(title)}">'
        '<meta property="og:type" content="article"><meta property="og:site_name" '
        'content="Portal Uji"><meta property="og:locale" content="id_ID">'
        f'<meta property="og:image" content="/img/{n}/l.jpg">'
        '<meta property="article:published_time" content="2024-03-20T10:00:00+07:00">'
        '<meta name="twitter:card" content="summary_large_image">'
        f'<link rel="amphtml" href="/amp/artikel/{n}">'
        + "".join(f'<link rel="preload" as="style" href="/css/bundle{k}.css">' for k in range(8))
        + f"<style>{style}</style>"
        + f'<script type="application/ld+json">{json.dumps(json_ld)}</script>'
        + "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':"
        "new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-X');"
        "</script>" + f"<script>window.__STATE__ = {json.dumps(state)};</script></head>"
    )
    menu = "".join(
        f'<li class="menu__item"><a href="/{ch.lower()}">{ch}</a><ul class="menu__sub">'
        + "".join(f'<li><a href="/{ch.lower()}/{k}">{ch} {k}</a></li>' for k in range(12))
        + "</ul></li>"
        for ch in CHANNELS
    )
    header = (
        '<header class="site-header"><div class="topbar">'
        + "".join(f'<a href="https://jaringan{k}.example/">Jaringan {k}</a>' for k in range(15))
        + '</div><div class="brand"><a href="/"><img src="/logo.svg" alt="Portal Uji"></a>'
        '<form action="/cari"><input name="q" placeholder="Cari berita"><button>Cari</button>'
        f'</form><a href="/masuk">Masuk</a></div><nav class="menu"><ul>{menu}</ul></nav>'
        '<div class="trending">'
        + "".join(f'<a href="/tag/{k}">#{_headline(rng)[:20]}</a>' for k in range(10))
        + "</div></header>"
    )
    share = (
        '<div class="share">'
        + "".join(
            f'<a href="/bagikan/{name}" class="share__{name}">{ICON.format(a=k + 10)}</a>'
            for k, name in enumerate(("fb", "x", "wa", "tg", "line", "mail", "copy", "print"))
        )
        + "</div>"
    )
    body_parts = []
    for index, paragraph in enumerate(paragraphs):
        body_parts.append(f"<p>{escape(paragraph)}</p>")
        if index in (1, 5):
            body_parts.append(
                f'<p class="baca-juga"><strong>Baca juga:</strong> <a href="/berita/{index}">'
                f"{_headline(rng)}</a></p>"
            )
        if index in (2, 4, 6):
            body_parts.append(_ad(rng, f"inarticle{index}"))
    article = (
        '<main class="content"><ol class="breadcrumb"><li><a href="/">Beranda</a></li>'
        '<li><a href="/daerah">Daerah</a></li></ol><article class="detail">'
        f'<h1 class="detail__title">{escape(title)}</h1><div class="detail__meta">'
        '<span class="author">Redaksi Uji</span> - <time datetime="2024-03-20T10:00:00+07:00">'
        f"Rabu, 20 Mar 2024 10:00 WIB</time></div>{share}"
        f'<figure class="detail__media"><img src="/img/{n}/l.jpg" alt="foto utama" width="1024" '
        'height="576"><figcaption>Suasana penandatanganan. (Foto: Redaksi Uji)</figcaption>'
        f'</figure><div class="detail__body">{"".join(body_parts)}</div>'
        '<div class="detail__tags">'
        + "".join(f'<a href="/tag/{k}" rel="tag">{w}</a>' for k, w in enumerate(SECTORS))
        + f'</div>{share}<p class="editor">Editor: Redaksi Uji</p></article>'
        '<section class="comments"><h2>Komentar</h2><div id="comments"></div>'
        "<script>loadComments('artikel');</script></section>"
        '<section class="related"><h2>Berita Terkait</h2>'
        + "".join(_card(rng, k) for k in range(6))
        + '</section><section class="more"><h2>Berita Lainnya</h2>'
        + "".join(_card(rng, 100 + k) for k in range(24))
        + "</section></main>"
    )
    sidebar = (
        f'<aside class="sidebar">{_ad(rng, "sidebar1")}<section class="popular">'
        "<h2>Terpopuler</h2><ol>"
        + "".join(f"<li>{_card(rng, 200 + k, thumb=False)}</li>" for k in range(10))
        + '</ol></section><section class="picks"><h2>Pilihan Editor</h2>'
        + "".join(_card(rng, 300 + k) for k in range(6))
        + f"</section>{_ad(rng, 'sidebar2')}</aside>"
    )
    footer = (
        '<footer class="site-footer">'
        + "".join(
            f'<div class="footer__col"><h4>{ch}</h4><ul>'
            + "".join(f'<li><a href="/{ch.lower()}/{k}">{ch} {k}</a></li>' for k in range(15))
            + "</ul></div>"
            for ch in CHANNELS[:4]
        )
        + '<div class="network">'
        + "".join(
            f'<a href="https://jaringan{k}.example/"><img src="/net/{k}.png" alt="jaringan {k}">'
            "</a>"
            for k in range(20)
        )
        + "</div><p>Hak cipta Portal Uji. Seluruh hak dilindungi.</p></footer>"
        + "".join(f'<script async src="/js/chunk{k}.js"></script>' for k in range(10))
        + "<script>window.dataLayer.push({event:'article_view'});</script>"
    )
    return (head + f"<body>{header}{article}{sidebar}{footer}</body></html>").encode()


PAGES = {"portal": portal_page, "lean": lean_page}
