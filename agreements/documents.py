"""Checks on uploaded agreement documents: the bytes decide the type, not the name."""

from __future__ import annotations

import os
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import get_valid_filename, slugify
from django.utils.translation import gettext as _

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
    return InspectedUpload(
        content_type=kind.mime,
        size=upload.size,
        safe_name=safe_filename(upload.name, ALLOWED_TYPES[kind.mime]),
    )


def safe_filename(original: str, extension: str) -> str:
    """A plain ASCII name with the extension of the sniffed type (never the client's)."""
    stem = os.path.splitext(os.path.basename(original or ""))[0]
    stem = slugify(stem)[:80] or "dokumen"
    return get_valid_filename(f"{stem}.{extension}")
