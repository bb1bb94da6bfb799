"""Forms of the review queue's reject and merge decisions (accept: ``accept_forms``)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from agreements.models import (
    Agreement,
)


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("alasan penolakan"), widget=forms.Textarea(attrs={"rows": 2}))


class MergeForm(forms.Form):
    agreement = forms.ModelChoiceField(
        label=_("kesepakatan"), queryset=Agreement.objects.all(), widget=forms.NumberInput
    )
