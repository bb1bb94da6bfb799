"""Optimistic locking of the agreement admin page: a stale save is refused, not merged.

The page carries the agreement's ``version`` as it was when the editor opened it. On save the
row is locked (``select_for_update`` inside the admin's transaction, so two saves cannot pass
the check together) and compared; a mismatch means someone else saved in between, and the
editor sees the stored values next to their own instead of silently reverting the other
change. Inlines are saved with the same submit, so the parent's version covers them too.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext as _

from agreements.models import Agreement

#: Fields quoted in the conflict message so the editor can compare both versions.
SHOWN_FIELDS = ("title", "notes", "signed_on", "expires_on", "place")


class VersionedAgreementForm(forms.ModelForm):
    # Not named "version": the admin refuses a non-editable model field in its fieldsets.
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    class Meta:
        model = Agreement
        # The admin builds the real field list from its fieldsets.
        fields = ["title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seen_version"].initial = self.instance.version if self.instance.pk else None
        self.locked_version: int | None = None

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        stored = (
            Agreement.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values("version", "updated_at", *SHOWN_FIELDS)
            .first()
        )
        if stored is None:
            raise ValidationError(_("Kesepakatan ini sudah dihapus oleh pengguna lain."))
        if cleaned.get("seen_version") != stored["version"]:
            raise ValidationError(conflict_message(stored), code="stale")
        self.locked_version = stored["version"]
        return cleaned


def conflict_message(stored: dict) -> str:
    shown = "; ".join(
        f"{Agreement._meta.get_field(name).verbose_name}: "
        f"“{formats.localize(stored[name]) if stored[name] not in (None, '') else '-'}”"
        for name in SHOWN_FIELDS
    )
    return _(
        "Kesepakatan ini telah diubah orang lain (%(when)s) sejak halaman ini dibuka, sehingga "
        "perubahan Anda belum disimpan. Versi tersimpan: %(shown)s. Isian Anda masih tampil di "
        "bawah: salin yang perlu, buka ulang halaman ini, lalu terapkan kembali."
    ) % {"when": formats.localize(stored["updated_at"]), "shown": shown}
