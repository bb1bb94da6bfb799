"""Article pages in the layouts real sites use, around invented stories (never real news).

Each story is written the way Indonesian outlets report a signing; the pages wrap it the way
a news portal, a provincial government site and an AMP edition do, and one story is split
over two pages with the signing itself on the second.
"""

from __future__ import annotations

from html import escape

# --- the stories (invented events, people and venues) ----------------------------------------

PORTAL_TITLE = "Kalimantan Selatan dan Sulawesi Selatan Teken Kesepakatan Ketahanan Pangan"
PORTAL_STORY = [
    "BANJARMASIN - Pemerintah Provinsi Kalimantan Selatan dan Pemerintah Provinsi Sulawesi "
    "Selatan menandatangani kesepakatan bersama tentang ketahanan pangan dan perdagangan "
    "antardaerah, Selasa (14/5/2024), di Gedung Mahligai Pancasila, Banjarmasin.",
    "Kesepakatan diteken oleh Gubernur Kalimantan Selatan Rahmat Hidayatullah dan Gubernur "
    "Sulawesi Selatan Andi Baso Mappaturung.",
    "Menurut Rahmat, kerja sama ini membuka jalur pasokan beras dan jagung dari Sulawesi "
    "Selatan, sementara Kalimantan Selatan menyalurkan hasil perikanan dan batu bara.",
    "Dinas Ketahanan Pangan kedua provinsi akan menyusun perjanjian kerja sama teknis dalam "
    "tiga bulan ke depan, termasuk pengendalian harga di pasar induk.",
    "Andi Baso Mappaturung menambahkan bahwa pelabuhan di kedua provinsi siap melayani kapal "
    "pengangkut komoditas pangan setiap pekan.",
]

GOV_HEADLINE = "Jawa Tengah dan DI Yogyakarta Sepakati Kerja Sama Pengelolaan Sampah Regional"
GOV_STORY = [
    "SEMARANG - Gubernur Jawa Tengah Bambang Wicaksono dan Gubernur DI Yogyakarta Sri "
    "Hartati Kusumawardani menandatangani kesepakatan bersama pengelolaan sampah regional di "
    "Gedung Gradhika Bhakti Praja, Semarang, Kamis (6/6/2024).",
    "Kesepakatan tersebut mencakup pembangunan tempat pengolahan sampah terpadu di wilayah "
    "perbatasan, pertukaran data lingkungan hidup dan pelatihan bagi petugas kebersihan.",
    "Kepala Dinas Lingkungan Hidup dan Kehutanan Provinsi Jawa Tengah menyampaikan bahwa "
    "volume sampah di kawasan perbatasan kedua provinsi terus meningkat setiap tahun.",
    "Biro Pemerintahan, Otonomi Daerah dan Kerja Sama Setda Provinsi Jawa Tengah akan "
    "memantau pelaksanaan kesepakatan itu bersama perangkat daerah terkait.",
]

AMP_TITLE = "Riau dan Kepulauan Riau Jalin Kerja Sama Konektivitas Laut"
AMP_STORY = [
    "PEKANBARU - Pemerintah Provinsi Riau dan Pemerintah Provinsi Kepulauan Riau resmi "
    "menandatangani nota kesepakatan kerja sama di bidang perhubungan laut dan pariwisata "
    "pada Rabu (10/7/2024) di Balai Serindit, Pekanbaru.",
    "Penandatanganan dilakukan oleh Gubernur Riau Syamsul Bahri Lubis dan Gubernur Kepulauan "
    "Riau Teuku Ahmad Zulkarnain.",
    "Kerja sama itu akan menambah rute kapal penumpang antara Dumai, Bengkalis dan Batam, "
    "serta promosi wisata bahari bersama.",
    "Dinas Perhubungan kedua provinsi diminta segera menyiapkan jadwal pelayaran baru.",
]

PAGED_TITLE = "Forum Gubernur Bahas Jalur Logistik Trans-Sumatera"
PAGED_FIRST = [
    "PADANG - Para gubernur se-Sumatera berkumpul di Padang pada Senin (19/8/2024) untuk "
    "membahas jalur logistik dan harga komoditas di pulau itu.",
    "Pertemuan dibuka dengan paparan Badan Perencanaan Pembangunan Daerah mengenai biaya "
    "angkutan barang yang masih tinggi di sejumlah ruas jalan nasional.",
    "Para kepala daerah juga meninjau terminal peti kemas di Teluk Bayur sebelum sesi "
    "pleno dimulai pada siang hari.",
]
PAGED_SECOND = [
    "Dalam sesi pleno, Pemerintah Provinsi Sumatera Barat dan Pemerintah Provinsi Jambi "
    "menandatangani kesepakatan bersama tentang konektivitas jalan dan distribusi hasil "
    "perkebunan.",
    "Kesepakatan itu ditandatangani langsung oleh Gubernur Sumatera Barat Irwan Datuak "
    "Basa dan Gubernur Jambi Hasan Basri Nasution di Hotel Pangeran, Padang.",
    "Dinas Bina Marga kedua provinsi akan memetakan ruas jalan penghubung yang perlu "
    "diperbaiki pada tahun anggaran berikutnya.",
]

NOT_SIGNING_TITLE = "Harga Cabai Turun, Pemprov Jawa Timur Gelar Pasar Murah"
NOT_SIGNING_STORY = [
    "SURABAYA - Pemerintah Provinsi Jawa Timur menggelar pasar murah di 12 kabupaten setelah "
    "harga cabai rawit turun menjadi Rp35.000 per kilogram pekan ini.",
    "Kepala Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur mengatakan stok bawang "
    "merah dan beras di gudang Bulog cukup hingga akhir tahun.",
    "Warga memadati lokasi pasar murah sejak pagi untuk membeli minyak goreng dan gula pasir "
    "dengan harga di bawah pasar.",
    "Pemprov berencana menambah titik pasar murah menjelang hari besar keagamaan.",
]


def _paragraphs(story: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in story)


_NAV = (
    "<nav class='menu'><ul>"
    + "".join(
        f"<li><a href='/kanal/{name.lower()}'>{name}</a></li>"
        for name in ("Nasional", "Daerah", "Ekonomi", "Olahraga", "Hiburan", "Video", "Indeks")
    )
    + "</ul></nav>"
)
_SHARE = (
    "<div class='share-bar'><span>Bagikan:</span><a href='#fb'>Facebook</a>"
    "<a href='#x'>X</a><a href='#wa'>WhatsApp</a><a href='#copy'>Salin tautan</a></div>"
)
_AD = "<div class='ads ads-inread'><span>ADVERTISEMENT</span><iframe src='/iklan/1'></iframe></div>"
_RELATED = (
    "<aside class='related'><h3>Berita Terkait</h3><ul>"
    + "".join(
        f"<li><a href='/daerah/{n}'>{escape(headline)}</a></li>"
        for n, headline in enumerate(
            [
                "Bupati tinjau perbaikan jalan desa yang rusak akibat banjir",
                "Harga gabah di tingkat petani naik menjelang panen raya",
                "Ribuan pelari ramaikan lomba lari sepuluh kilometer di alun-alun",
                "Gubernur lantik pejabat eselon dua di lingkungan pemprov",
            ]
        )
    )
    + "</ul></aside>"
)
_FOOTER = (
    "<footer><a href='/redaksi'>Redaksi</a> <a href='/pedoman-media-siber'>Pedoman Media "
    "Siber</a> <a href='/kebijakan-privasi'>Kebijakan Privasi</a><p>&copy; 2024 Kabar "
    "Nusantara Contoh. Hak cipta dilindungi.</p></footer>"
)


def portal_page(title: str, story: list[str], *, published: str) -> str:
    """A news portal: menu, breadcrumbs, share bars, an ad and a teaser inside the story."""
    body = _paragraphs(story[:2]) + _AD
    body += "<p><strong>Baca juga: <a href='/daerah/9'>Jembatan gantung baru diresmikan</a>"
    body += "</strong></p>" + _paragraphs(story[2:])
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{escape(title)} - Kabar Nusantara</title>"
        f"<meta property='og:title' content='{escape(title)}'>"
        "<meta property='og:site_name' content='Kabar Nusantara'>"
        f"<meta property='article:published_time' content='{published}'></head><body>"
        f"<header><a class='logo' href='/'>Kabar Nusantara</a>{_NAV}</header>"
        "<main><div class='row'><div class='col-main'><div class='breadcrumb'>"
        "<a href='/'>Beranda</a> &rsaquo; <a href='/kanal/daerah'>Daerah</a></div>"
        f"<h1 class='detail-title'>{escape(title)}</h1><div class='byline'>Penulis: Redaksi "
        f"&middot; <time datetime='{published}'>Selasa, 14 Mei 2024</time></div>{_SHARE}"
        f"<div class='detail-text'>{body}</div>{_SHARE}<div class='tags'>"
        "<a href='/tag/pangan'>pangan</a> <a href='/tag/pemprov'>pemprov</a></div></div>"
        f"<div class='col-side'>{_RELATED}{_AD}</div></div></main>{_FOOTER}</body></html>"
    )


def government_page(headline: str, story: list[str]) -> str:
    """A provincial press release in an old table template: the site's name first in the
    <title>, the headline only in an <h2>, the story split by <br>, the date as plain text."""
    text = "<br><br>".join(escape(p) for p in story)
    return (
        "<html><head><title>Pemerintah Provinsi Jawa Tengah - "
        f"{escape(headline)}</title></head><body><table width='100%' cellpadding='4'>"
        "<tr><td colspan='2'><img src='/img/logo-pemprov.png' alt='logo'> PEMERINTAH "
        "PROVINSI JAWA TENGAH</td></tr><tr><td width='180' valign='top'>"
        "<a href='/profil'>Profil</a><br><a href='/berita'>Berita</a><br>"
        "<a href='/ppid'>PPID</a><br><a href='/galeri'>Galeri</a></td><td valign='top'>"
        f"<h2>{escape(headline)}</h2><p class='info'>Diunggah oleh Biro Administrasi "
        f"Pimpinan, 6 Juni 2024</p>{text}</td></tr><tr><td colspan='2'>Hak Cipta &copy; "
        "Pemerintah Provinsi Jawa Tengah</td></tr></table></body></html>"
    )


def amp_page(title: str, story: list[str], *, canonical: str, published: str) -> str:
    """The AMP edition of a story: amp-* elements, and rel=canonical to the regular page."""
    return (
        "<!doctype html><html amp lang='id'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><link rel='canonical' href='{canonical}'>"
        f"<meta property='article:published_time' content='{published}'>"
        "<script async src='/v0.js'></script><style amp-boilerplate>body{visibility:hidden}"
        "</style></head><body><amp-sidebar id='menu' layout='nodisplay'><ul>"
        "<li><a href='/'>Beranda</a></li><li><a href='/kanal/daerah'>Daerah</a></li></ul>"
        "</amp-sidebar><header class='amp-header'><a href='/'>Kabar Nusantara</a></header>"
        f"<article class='amp-article'><h1>{escape(title)}</h1>"
        "<amp-img src='/foto/1.jpg' width='600' height='400' layout='responsive'></amp-img>"
        f"<div class='amp-article-body'>{_paragraphs(story)}</div>"
        "<amp-social-share type='facebook'></amp-social-share>"
        "<amp-social-share type='whatsapp'></amp-social-share></article>"
        "<amp-ad width='300' height='250' type='adsense'></amp-ad>"
        f"{_FOOTER}</body></html>"
    )


def paged_story_page(
    title: str, story: list[str], *, page: int, pages: list[str], published: str
) -> str:
    """One page of a story split over ``pages`` (their paths): a pager at the foot."""
    links = "".join(
        f"<a href='{path}'>{n}</a>" if n != page else f"<span class='current'>{n}</span>"
        for n, path in enumerate(pages, start=1)
    )
    if page < len(pages):
        links += f"<a href='{pages[page]}'>Selanjutnya</a>"
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{escape(title)} | Kabar Nusantara</title>"
        f"<meta property='article:published_time' content='{published}'></head><body>"
        f"<header>{_NAV}</header><main><article><h1>{escape(title)}</h1>{_SHARE}"
        f"<div class='read-content'>{_paragraphs(story)}</div>"
        f"<div class='pagination'>Halaman: {links}</div></article>{_RELATED}</main>"
        f"{_FOOTER}</body></html>"
    )
