"""Checks on uploaded agreement documents: the bytes decide the type, not the name.

Magic bytes alone accept a PDF+HTML polyglot, so a PDF must also parse with a real PDF parser
(pypdf, strict: header, cross-reference table, trailer, at least one page) and must not carry
an HTML document; an image must decode completely with Pillow as the format it claims.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import get_valid_filename, slugify
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PyPdfError

#: Scans of signed agreements and photos of the signing; nothing executable or scriptable.
ALLOWED_TYPES = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
}


@dataclass(frozen=True)
class InspectedUpload:
    content_type: str
    size: int
    safe_name: str


def inspect_upload(upload) -> InspectedUpload:
    limit = settings.DOCUMENT_MAX_UPLOAD_MB * 1024 * 1024
    if upload.size > limit:
        raise ValidationError(
            _("Berkas terlalu besar (%(size).1f MB); batasnya %(limit)d MB.")
            % {"size": upload.size / 1024 / 1024, "limit": settings.DOCUMENT_MAX_UPLOAD_MB}
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ALLOWED_TYPES:
        raise ValidationError(
            _(
                "Jenis berkas tidak diterima. Unggah PDF, PNG atau JPEG "
                "(isi berkas yang diperiksa, bukan namanya)."
            )
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if kind.mime == "application/pdf":
        _check_pdf(data)
    else:
        _check_image(data, "PNG" if kind.mime == "image/png" else "JPEG")
    return InspectedUpload(
        content_type=kind.mime,
        size=upload.size,
        safe_name=safe_filename(upload.name, ALLOWED_TYPES[kind.mime]),
    )


_HTML_MARKUP = re.compile(rb"<\s*(?:!doctype|html|head|body|script|iframe|svg)\b", re.IGNORECASE)
# Pillow's own guard against decompression bombs is a warning below twice this; refuse early.
MAX_IMAGE_PIXELS = 80_000_000


def _refuse(message: str):
    raise ValidationError(message)


def _check_pdf(data: bytes) -> None:
    try:
        reader = PdfReader(io.BytesIO(data), strict=True)
        pages = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        _refuse(_("Berkas PDF rusak atau bukan PDF yang sah."))
    if pages < 1:
        _refuse(_("Berkas PDF tidak berisi halaman."))
    if _HTML_MARKUP.search(data):
        _refuse(_("Berkas PDF memuat dokumen HTML; unggah PDF hasil pindai atau ekspor biasa."))


def _check_image(data: bytes, expected_format: str) -> None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != expected_format:
                _refuse(_("Isi berkas gambar tidak sesuai dengan jenisnya."))
            if image.width * image.height > MAX_IMAGE_PIXELS:
                _refuse(_("Gambar terlalu besar (jumlah piksel)."))
            image.load()  # decodes every pixel: a truncated or crafted file fails here
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        _refuse(_("Berkas gambar rusak atau tidak dapat dibaca."))


def safe_filename(original: str, extension: str) -> str:
    """A plain ASCII name with the extension of the sniffed type (never the client's)."""
    stem = os.path.splitext(os.path.basename(original or ""))[0]
    stem = slugify(stem)[:80] or "dokumen"
    return get_valid_filename(f"{stem}.{extension}")
