"""Dropping the page furniture that scrapers keep around the article body.

Real pages carry "Baca juga:" headlines inside the body (often about another signing),
photo captions with agency credits, credit lines ("Editor:", "Pewarta:"), share buttons,
tag lists, cookie notices, English summaries, related-article lists and comment sections
after the article, and digests of several short stories. All of them can name other
provinces, other agreements and other dates, so they are removed before extraction.
The input is normalised text (one paragraph a line, blank lines kept).
"""

from __future__ import annotations

import re

from agreements.extraction.dates import PAGE_STAMP, Published, find_dates
from agreements.extraction.lexicon import SIGN_PHRASE, SIGN_WORD

# Whole lines that are page furniture, whatever follows the opening words.
_FURNITURE = re.compile(
    r"^(?:baca\s+(?:juga|pula)\b|simak\s+(?:juga|video|berita|breaking)\b|lihat\s+juga\s*:|"
    r"tonton\s+(?:juga|video)\b|\[gambas|lihat\s+postingan\s+ini|sebuah\s+kiriman\s+dibagikan|"
    r"dengarkan\s+(?:berita|artikel)\b|advertisement\b|scroll\s+to\s+continue|"
    r"bagikan\b(?:\s*(?:artikel|berita)\s*(?:ini)?)?\s*(?::|$)|share\s*(?:this|:|$)|"
    r"salin\s+link|dilihat\s*:|diposting\s+(?:pada|oleh)|posted\s+(?:by|on)\b|"
    r"(?:tags?|topik|label|trending)\s*:|ikuti\s+(?:kami|kanal|berita)\b|"
    r"summary\s*:|read\s+(?:in\s+english|more)\b|english\s+version\b|"
    # "Read: Bupati X Minta Dukungan ...": a related headline in English furniture
    r"read(?:\s+also)?\s*:|baca\s*:|"
    r"(?:home|beranda)\s*[\u00bb\u203a>/|]|"
    r"(?:kami|situs\s+ini|website\s+ini)\s+menggunakan\s+cookie|"
    r"(?:we|this\s+(?:web)?site)\s+uses?\s+cookies|"
    r"discussion\s+about\s+this\s+post|leave\s+a\s+reply|your\s+email\s+address|"
    r"tulis\s+komentar|copyright\b|hak\s+cipta\b|\u00a9|dapatkan\s+(?:update|berita)\b|"
    r"artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\b|cek\s+berita\s+dan\s+artikel|"
    r"halaman\s+(?:selanjutnya|berikutnya)\b|halaman\s*:?\s*\d|\(\*\)$)",
    re.I,
)
# "Editor: X", "Pewarta: Y", "Laporan Nessa": credits, short lines only.
_CREDIT = re.compile(
    r"^(?:editor|pewarta|reporter|penulis|fotografer|wartawan|redaktur|penyunting|"
    r"kontributor|laporan|sumber|teks)\b",
    re.I,
)
_CAPTION = re.compile(r"^(?:foto|caption|keterangan\s+foto)\s*:", re.I)
_HASHTAGS = re.compile(r"^#\w+(?:[\s,]+#\w+)*$")
# A page's image kept as Markdown by a scraper: "![caption](https://...jpg)".
_MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_CODE_CREDIT = re.compile(r"^\(\s*(?:[a-z]{2,5}\s*/\s*[a-z]{2,5}|adv|advertorial)\s*\)$", re.I)
# Photo credits at the end of a caption line: "(ANTARA/Nama)", "(Dok. Humas)",
# "ANTARA FOTO/Nama/abc.", "Foto: Prokompim Blora".
_PHOTO_CREDIT = re.compile(
    r"\s*(?:\((?:ANTARA|KOMPAS\.com|Dok\b|Dokumentasi|Foto|Istimewa|IST|Humas)[^()]*\)|"
    r"ANTARA\s+FOTO/\S+(?:\s\S+){0,4}|Foto\s*:\s*[^.]{2,60})\s*\.?\s*$"
)
# Section headings after which the rest of the page is not the article.
_END = re.compile(
    r"^(?:berita|artikel|baca)\s+(?:terkait|lainnya|lain|populer|terpopuler|pilihan|"
    r"selengkapnya|rekomendasi|terbaru|terkini)\b.{0,40}$|"
    r"^(?:terpopuler|rekomendasi(?:\s+untuk\s+anda)?|pilihan\s+redaksi|komentar|"
    r"related(?:\s+(?:posts?|articles?|news))?|more\s+stories|discussion\s+about\s+this\s+post)"
    r"\s*:?$",
    re.I,
)
_COOP = re.compile(
    r"\b(?:kerja\s*sama|kerjasama|kesepakatan|MoU|perjanjian|nota\s+kesepahaman)\b", re.I
)
_HEADLINE_END = re.compile(r"[.!?:;,\"')]$")


_FILE_PHOTO = re.compile(r"\b(?:dok\.?|dokumentasi|arsip|file|beberapa\s+waktu\s+lalu)\b", re.I)


def _reports_a_signing(text: str) -> bool:
    """A caption that reports a dated signing in a sentence of its own; a file photo of an
    earlier one ("beberapa waktu lalu", "Dok.") is no news of this story."""
    return (
        len(text.split()) >= 8
        and bool(SIGN_WORD.search(text))
        and not _FILE_PHOTO.search(text)
        and any(m.date for m in find_dates(text, Published(), 0))
    )


def _is_credit(line: str) -> bool:
    if not _CREDIT.match(line):
        return False
    head = line[:16]
    return (":" in head and len(line) <= 100) or len(line.split()) <= 5


def _drop_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    skip_next = False
    body = 0
    credited = False
    for line in lines:
        if credited and line and _is_headline(line):
            continue  # "Editor : X" then bare headlines: the related-story list of the page
        if skip_next and line:
            skip_next = False
            continue
        if not line:
            out.append(line)
            continue
        if body >= 2 and _END.match(line):
            break
        if re.fullmatch(r"baca\s+(?:juga|pula)\s*:?", line, re.I):
            skip_next = True  # the headline follows on its own line
            continue
        caption = _CAPTION.match(line)
        if caption and _reports_a_signing(line[caption.end() :]):
            line = line[caption.end() :].strip()  # the caption may be all that dates it
        elif caption:
            continue
        if (
            _FURNITURE.match(line)
            or _HASHTAGS.match(line)
            or _MARKDOWN_IMAGE.match(line)
            or PAGE_STAMP.match(line)
            or _CODE_CREDIT.match(line)
            or _is_credit(line)
        ):
            credited = credited or (body >= 2 and _is_credit(line))
            continue
        stripped = _PHOTO_CREDIT.sub("", line) if len(line) > 40 else line
        out.append(stripped or line)
        body += 1
    return out


def _is_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 14 and not _HEADLINE_END.search(line)


def _digest_stories(lines: list[str]) -> list[str]:
    """In a digest of several short stories, keep only the stories about a signing."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    stories = [i for i, b in enumerate(blocks) if 2 <= len(b) <= 4 and _is_headline(b[0])]
    if len(stories) < 3:
        return lines

    def signs(block: list[str]) -> bool:
        return any(SIGN_WORD.search(t) or SIGN_PHRASE.search(t) or _COOP.search(t) for t in block)

    keep = [i for i in stories if signs(blocks[i])]
    if not keep:
        return lines
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i in stories and i not in keep:
            continue
        out.extend(block)
        out.append("")
    return out


_BULLET = re.compile(r"^[-\u2022]\s+(?=\S)")


def _related_bullets(lines: list[str]) -> list[str]:
    """Three or more bulleted headlines in a row, not introduced by a colon and none about a
    cooperation: the page's list of other stories set into the body."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines) and _BULLET.match(lines[j]) and _is_headline(_BULLET.sub("", lines[j]))
        ):
            j += 1
        run = lines[i:j]
        before = next((t for t in reversed(out) if t), "")
        if len(run) >= 3 and not before.endswith(":") and not any(_COOP.search(t) for t in run):
            i = j
            continue
        out.extend(run or lines[i : i + 1])
        i = max(j, i + 1)
    return out


def strip_noise(text: str) -> str:
    """The article body without page furniture, credits, captions and trailing lists."""
    lines = _related_bullets(_drop_lines(text.split("\n")))
    lines = _digest_stories(lines)
    return "\n".join(lines).strip()


_INLINE = re.compile(
    r"^(?:baca\s+(?:juga|pula)\s*:|simak\s+(?:juga|video)\b|advertisement\b|"
    r"scroll\s+to\s+continue)",
    re.I,
)


def drop_noise_sentences(sentences: list[str]) -> list[str]:
    """Sentences that are furniture glued into a paragraph ("... Selasa. Baca juga: ...")."""
    return [s for s in sentences if not _INLINE.match(s)]
