"""The map's two ways of colouring: every province by its agreements, or one province's
partners by how many agreements they share with it (``/map/?partners_of=32``).

A plain GET form beside the filters chooses; no JavaScript is involved.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class MapModeForm(forms.Form):
    partners_of = forms.ChoiceField(label=_("Warnai"), required=False)

    def __init__(self, data, *, names: dict[str, str]):
        super().__init__(data)
        self.fields["partners_of"].choices = [
            ("", _("Semua provinsi menurut jumlah kesepakatan")),
            *(
                (code, _("Mitra %(name)s menurut jumlah kesepakatan") % {"name": name})
                for code, name in sorted(names.items(), key=lambda item: item[1])
            ),
        ]

    @property
    def province(self) -> str | None:
        """The chosen province's code, or None for the plain map (also for a bad value)."""
        if not self.is_valid():
            return None
        return self.cleaned_data["partners_of"] or None
