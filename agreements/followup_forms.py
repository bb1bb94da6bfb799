"""Forms of the agreement page's follow-up entry (editors only): an action, an activity, a
monitoring report. Choices of a party, an OPD or a document are the agreement's own."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from agreements.models import (
    Activity,
    Agreement,
    AgreementAction,
    Document,
    MonitoringReport,
    Opd,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class _OfAgreement(forms.ModelForm):
    def __init__(self, *args, agreement: Agreement, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.agreement = agreement
        self.agreement = agreement
        if "document" in self.fields:
            self.fields["document"].queryset = Document.objects.filter(agreement=agreement)


class ActionForm(_OfAgreement):
    class Meta:
        model = AgreementAction
        fields = ["kind", "date", "party", "note", "document"]
        widgets = {"date": DATE, "note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, agreement: Agreement, **kwargs):
        super().__init__(*args, agreement=agreement, **kwargs)
        self.fields["party"].queryset = agreement.parties.select_related("province")
        self.fields["party"].empty_label = _("Seluruh kesepakatan")


class ActivityForm(_OfAgreement):
    class Meta:
        model = Activity
        fields = [
            "title",
            "opd",
            "state",
            "progress",
            "planned_start",
            "planned_end",
            "actual_start",
            "actual_end",
            "outputs",
            "budget",
            "evidence",
        ]
        widgets = {
            "planned_start": DATE,
            "planned_end": DATE,
            "actual_start": DATE,
            "actual_end": DATE,
            "outputs": forms.Textarea(attrs={"rows": 3}),
            "progress": forms.NumberInput(attrs={"min": 0, "max": 100}),
            "evidence": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, agreement: Agreement, **kwargs):
        super().__init__(*args, agreement=agreement, **kwargs)
        provinces = agreement.parties.filter(province__isnull=False).values("province_id")
        self.fields["opd"].queryset = (
            Opd.objects.filter(province__in=provinces)
            .select_related("province")
            .order_by("province", "name")
        )
        self.fields["evidence"].queryset = Document.objects.filter(agreement=agreement)


class ReportForm(_OfAgreement):
    class Meta:
        model = MonitoringReport
        fields = ["year", "period", "filed_on", "summary", "problems", "follow_up", "document"]
        widgets = {
            "filed_on": DATE,
            "summary": forms.Textarea(attrs={"rows": 4}),
            "problems": forms.Textarea(attrs={"rows": 3}),
            "follow_up": forms.Textarea(attrs={"rows": 3}),
        }

    def validate_unique(self):
        # The agreement is not a form field, so ModelForm would skip the one-per-period rule.
        try:
            self.instance.validate_constraints()
        except forms.ValidationError as error:
            self._update_errors(error)
