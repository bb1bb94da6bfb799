"""The accept form of the review queue: the agreement admin's inputs, as formsets.

Parties, OPDs and scope items are rows with the same autocomplete widgets as the agreement
admin (provinces, OPDs showing their province, sectors). Each formset row has an ``include``
box: a row the extractor was unsure of is offered typed in but left out, so submitting the
form unchanged never records a guess and never fails on a row the reviewer did not write.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from agreements.models import (
    Agreement,
    AgreementOpd,
    AgreementParty,
    AgreementType,
    CooperationClass,
    Opd,
    OpdKind,
    PartyKind,
    Province,
    Regency,
    ScopeItem,
    Sector,
)
from agreements.services.agreements import OpdSpec, PartySpec, ScopeItemSpec
from agreements.validation import validate_opd_provinces, validate_parties


class _LabelledMixin:
    """An autocomplete whose selected options are labelled from a map read once per page,
    instead of one query per row (the admin widget's own lookup)."""

    labels: dict[str, str] | None = None

    def optgroups(self, name, value, attr=None):
        chosen = [str(v) for v in value if v not in (None, "")]
        if self.labels is None or any(key not in self.labels for key in chosen):
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required and not self.allow_multiple_selected:
            options.append(self.create_option(name, "", "", False, 0))
        for index, key in enumerate(chosen, start=len(options)):
            options.append(self.create_option(name, key, self.labels[key], True, index))
        return [(None, options, 0)]


class LabelledAutocompleteSelect(_LabelledMixin, AutocompleteSelect):
    pass


class LabelledAutocompleteSelectMultiple(_LabelledMixin, AutocompleteSelectMultiple):
    pass


def _autocomplete(model, field_name: str, *, multiple: bool = False):
    field = model._meta.get_field(field_name)
    widget = LabelledAutocompleteSelectMultiple if multiple else LabelledAutocompleteSelect
    return widget(field, admin.site)


def label_widgets(formsets, *, opds: list[Opd]) -> None:
    """Give every row's autocomplete the labels of provinces, sectors and the known OPDs:
    a query per kind of list whatever the number of rows."""
    provinces = {p.code: str(p) for p in Province.objects.all()}
    sectors = {s.code: str(s) for s in Sector.objects.all()}
    units = {str(o.pk): str(o) for o in opds}
    regencies = dict(Regency.objects.values_list("code", "name"))
    maps = {
        "province": provinces,
        "new_province": provinces,
        "regency": regencies,
        "sectors": sectors,
        "opd": units,
    }
    for formset in formsets.values():
        for form in formset.forms:
            for name, field in form.fields.items():
                if name in maps:
                    field.widget.labels = maps[name]


class _CapitalisedLabels:
    """Labels start with a capital, as in the agreement admin (which capitalises model
    fields' lower-case verbose names); a plain form's label_tag shows them as written."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.label = capfirst(field.label)


class AcceptAgreementForm(_CapitalisedLabels, forms.Form):
    agreement_type = forms.ChoiceField(label=_("jenis dokumen"), choices=AgreementType.choices)
    cooperation_class = forms.ChoiceField(
        label=_("kelas kerja sama"), choices=CooperationClass.choices
    )
    title = forms.CharField(label=_("judul"), max_length=500)
    signed_on = forms.DateField(label=_("tanggal penandatanganan"), required=False)
    place = forms.CharField(label=_("tempat penandatanganan"), max_length=255, required=False)
    effective_from = forms.DateField(label=_("berlaku sejak"), required=False)
    expires_on = forms.DateField(label=_("berakhir pada"), required=False)
    duration_months = forms.IntegerField(
        label=_("jangka waktu (bulan)"), required=False, min_value=1, max_value=1200
    )
    predecessor = forms.ModelChoiceField(
        label=_("kerja sama sebelumnya"),
        queryset=Agreement.objects.all(),
        required=False,
        widget=_autocomplete(Agreement, "predecessor"),
    )
    notes = forms.CharField(
        label=_("catatan"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("expires_on") and cleaned.get("duration_months"):
            self.add_error(
                "duration_months", _("Isi tanggal berakhir atau jangka waktu, tidak keduanya.")
            )
        return cleaned


class _RowForm(_CapitalisedLabels, forms.Form):
    include = forms.BooleanField(label=_("sertakan"), required=False, initial=True)

    @property
    def included(self) -> bool:
        return bool(getattr(self, "cleaned_data", {}).get("include"))


class AcceptPartyForm(_RowForm):
    # An initial value, so that a spare row left blank counts as unchanged and is skipped.
    kind = forms.ChoiceField(
        label=_("jenis pihak"), choices=PartyKind.choices, initial=PartyKind.PROVINCE
    )
    province = forms.ModelChoiceField(
        label=_("provinsi"),
        queryset=Province.objects.all(),
        required=False,
        widget=_autocomplete(AgreementParty, "province"),
    )
    regency = forms.ModelChoiceField(
        label=_("kabupaten/kota"),
        queryset=Regency.objects.all(),
        required=False,
        widget=_autocomplete(AgreementParty, "regency"),
    )
    organisation_name = forms.CharField(label=_("nama organisasi"), max_length=255, required=False)
    signatory_name = forms.CharField(label=_("nama penanda tangan"), max_length=255, required=False)
    signatory_title = forms.CharField(label=_("jabatan"), max_length=255, required=False)
    document_number = forms.CharField(label=_("nomor dokumen"), max_length=255, required=False)

    def clean(self):
        # The rules of the agreement admin's party rows (AgreementPartyForm).
        cleaned = super().clean()
        if not cleaned.get("include"):
            return cleaned
        kind, province = cleaned.get("kind"), cleaned.get("province")
        name = (cleaned.get("organisation_name") or "").strip()
        regency = cleaned.get("regency")
        if kind == PartyKind.PROVINCE:
            if province is None:
                self.add_error("province", _("Pilih provinsi untuk pihak berjenis provinsi."))
            cleaned["organisation_name"], cleaned["regency"] = "", None
        elif kind in (PartyKind.REGENCY, PartyKind.CITY):
            if regency is None:
                # The extractor's name ("Kota Bandung") is shown so the reviewer can pick it.
                self.add_error(
                    "regency",
                    _("Pilih kabupaten/kota untuk pihak ini (%(name)s).") % {"name": name or "—"},
                )
            else:
                cleaned["kind"] = regency.kind
            cleaned["organisation_name"], cleaned["province"] = "", None
        elif kind:
            if not name:
                self.add_error("organisation_name", _("Tuliskan nama organisasi pihak ini."))
            cleaned["province"], cleaned["regency"] = None, None
        return cleaned

    def spec(self) -> PartySpec:
        data = self.cleaned_data
        return PartySpec(
            province_code=data["province"].code if data.get("province") else None,
            regency_code=data["regency"].code if data.get("regency") else None,
            kind=data["kind"],
            organisation_name=data.get("organisation_name") or "",
            document_number=data.get("document_number") or "",
            signatory_name=data.get("signatory_name") or "",
            signatory_title=data.get("signatory_title") or "",
        )


class AcceptOpdForm(_RowForm):
    opd = forms.ModelChoiceField(
        label=_("OPD terdaftar"),
        queryset=Opd.objects.select_related("province"),
        required=False,
        widget=_autocomplete(AgreementOpd, "opd"),
    )
    # A unit the list lacks is created with the agreement (services.opd_get_or_create).
    new_name = forms.CharField(label=_("atau OPD baru: nama"), max_length=255, required=False)
    new_acronym = forms.CharField(label=_("singkatan"), max_length=50, required=False)
    new_kind = forms.ChoiceField(
        label=_("jenis"), choices=[("", "—"), *OpdKind.choices], required=False
    )
    new_province = forms.ModelChoiceField(
        label=_("provinsi"),
        queryset=Province.objects.all(),
        required=False,
        widget=_autocomplete(Opd, "province"),
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("include") or cleaned.get("opd"):
            return cleaned
        if not (cleaned.get("new_name") or "").strip():
            self.add_error("opd", _("Pilih OPD terdaftar atau tuliskan nama OPD baru."))
        elif cleaned.get("new_province") is None:
            self.add_error("new_province", _("Pilih provinsi OPD baru."))
        return cleaned

    def spec(self) -> OpdSpec:
        data = self.cleaned_data
        opd = data.get("opd")
        if opd is not None:
            return OpdSpec(
                province_code=opd.province_id, name=opd.name, acronym=opd.acronym, kind=opd.kind
            )
        return OpdSpec(
            province_code=data["new_province"].code,
            name=data["new_name"].strip(),
            acronym=(data.get("new_acronym") or "").strip(),
            kind=data.get("new_kind") or "",
        )

    def label(self) -> str:
        data = self.cleaned_data
        return str(data["opd"]) if data.get("opd") else data.get("new_name", "")


class AcceptScopeForm(_RowForm):
    description = forms.CharField(
        label=_("uraian"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("urusan/sektor"),
        queryset=Sector.objects.all(),
        required=False,
        widget=_autocomplete(ScopeItem, "sectors", multiple=True),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("include") and not (cleaned.get("description") or "").strip():
            self.add_error("description", _("Tuliskan uraian ruang lingkup."))
        return cleaned

    def spec(self) -> ScopeItemSpec:
        data = self.cleaned_data
        return ScopeItemSpec(
            description=data["description"].strip(),
            sector_codes=tuple(sector.code for sector in data.get("sectors") or ()),
        )


class _RowFormSet(forms.BaseFormSet):
    def included_forms(self):
        return [form for form in self.forms if form.included]


class PartyFormSet(_RowFormSet):
    def clean(self):
        if any(self.errors):
            return
        validate_parties(
            [(spec.region_code, spec.organisation_name) for spec in self.specs()],
            predecessor=None,
        )

    def specs(self) -> list[PartySpec]:
        return [form.spec() for form in self.included_forms()]


class OpdFormSet(_RowFormSet):
    party_codes: list[str] = []

    def clean(self):
        if any(self.errors):
            return
        specs = self.specs()
        keys = [(spec.province_code, spec.name.lower()) for spec in specs]
        if len(set(keys)) != len(keys):
            raise ValidationError(_("OPD yang sama tercantum dua kali."))
        validate_opd_provinces(
            [
                (form.label(), spec.province_code)
                for form, spec in zip(self.included_forms(), specs, strict=True)
            ],
            self.party_codes,
        )

    def specs(self) -> list[OpdSpec]:
        return [form.spec() for form in self.included_forms()]


class ScopeFormSet(_RowFormSet):
    def specs(self) -> list[ScopeItemSpec]:
        return [form.spec() for form in self.included_forms()]


def accept_formsets(data=None, *, initial: dict) -> dict[str, forms.BaseFormSet]:
    """The three formsets of the accept page, bound to ``data`` when it was posted."""
    factories = {
        "parties": forms.formset_factory(AcceptPartyForm, formset=PartyFormSet, extra=1),
        "opds": forms.formset_factory(AcceptOpdForm, formset=OpdFormSet, extra=2),
        "scope": forms.formset_factory(AcceptScopeForm, formset=ScopeFormSet, extra=2),
    }
    formsets = {
        name: factory(data, prefix=name, initial=initial[name])
        for name, factory in factories.items()
    }
    if data is not None and formsets["parties"].is_valid():
        formsets["opds"].party_codes = [
            spec.province_code for spec in formsets["parties"].specs() if spec.province_code
        ]
    return formsets
