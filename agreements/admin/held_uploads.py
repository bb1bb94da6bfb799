"""An accepted upload survives a validation error elsewhere on the agreement form.

A browser never refills a file input, so after any error (a date, a party) the user would have
to pick the scan again, and usually does not notice. Once the bytes passed the document checks
they are kept under ``held/`` in the document storage, and the re-rendered form carries a
signed reference to them; the next submit uses them unless another file is chosen. Held
files older than the reference's lifetime are deleted by a periodic task
(``agreements.services.uploads.held_uploads_prune``).
"""

from __future__ import annotations

import uuid

from django import forms
from django.core import signing
from django.core.files.storage import default_storage
from django.utils.html import format_html
from django.utils.translation import gettext as _

from agreements.services.uploads import HELD_DIR, HELD_MAX_AGE

SALT = "agreements.held-upload"
MAX_AGE = HELD_MAX_AGE  # a form left open longer starts over; older files are pruned


def hold(upload) -> str:
    """Store an accepted upload; return the signed token naming it."""
    name = default_storage.save(f"{HELD_DIR}/{uuid.uuid4().hex}/{upload.name}", upload)
    upload.seek(0)
    return signing.dumps(name, salt=SALT)


def release(token: str):
    """The held file of ``token`` (opened from storage), or None if unknown or too old."""
    try:
        name = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not name.startswith(f"{HELD_DIR}/") or not default_storage.exists(name):
        return None
    held = default_storage.open(name)
    held.name = name.rsplit("/", 1)[1]
    return held


class HeldUploadInput(forms.HiddenInput):
    """The signed reference, and a visible line saying which file is kept."""

    def render(self, name, value, attrs=None, renderer=None):
        hidden = super().render(name, value, attrs, renderer)
        if not value:
            return hidden
        try:
            filename = signing.loads(value, salt=SALT, max_age=MAX_AGE).rsplit("/", 1)[1]
        except signing.BadSignature:
            return hidden
        return format_html(
            '{}<span class="held-upload">{}</span>',
            hidden,
            _("Berkas %(name)s sudah diunggah dan disimpan; tidak perlu memilih ulang.")
            % {"name": filename},
        )
