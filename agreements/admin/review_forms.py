"""Forms of the review queue: the accept form pre-filled from the facts, reject and merge."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from agreements.models import (
    Agreement,
    AgreementType,
    Candidate,
    Province,
    Sector,
)
from agreements.services.agreements import OpdSpec, PartySpec, ScopeItemSpec


class AcceptForm(forms.Form):
    title = forms.CharField(label=_("judul"), max_length=500)
    agreement_type = forms.ChoiceField(label=_("jenis dokumen"), choices=AgreementType.choices)
    signed_on = forms.DateField(label=_("tanggal penandatanganan"), required=False)
    place = forms.CharField(label=_("tempat penandatanganan"), max_length=255, required=False)
    provinces = forms.ModelMultipleChoiceField(
        label=_("provinsi pihak"), queryset=Province.objects.all()
    )
    signatories = forms.CharField(
        label=_("penanda tangan"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Satu per baris: kode provinsi | nama | jabatan"),
    )
    opds = forms.CharField(
        label=_("OPD"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Satu per baris: kode provinsi | nama | singkatan"),
    )
    scope_items = forms.CharField(
        label=_("ruang lingkup"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Satu per baris: uraian | kode sektor, kode sektor"),
    )
    notes = forms.CharField(
        label=_("catatan"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_signatories(self):
        rows = _rows(self.cleaned_data["signatories"], 3, _("penanda tangan"))
        return {code: (name, title) for code, name, title in rows}

    def clean_opds(self):
        return [
            OpdSpec(province_code=code, name=name, acronym=acronym)
            for code, name, acronym in _rows(self.cleaned_data["opds"], 3, _("OPD"))
        ]

    def clean_scope_items(self):
        known = set(Sector.objects.values_list("code", flat=True))
        items = []
        for description, codes in _rows(self.cleaned_data["scope_items"], 2, _("ruang lingkup")):
            sector_codes = tuple(c.strip() for c in codes.split(",") if c.strip())
            unknown = set(sector_codes) - known
            if unknown:
                raise ValidationError(
                    _("Kode sektor tidak dikenal: %(codes)s")
                    % {"codes": ", ".join(sorted(unknown))}
                )
            items.append(ScopeItemSpec(description=description, sector_codes=sector_codes))
        return items

    def party_specs(self) -> list[PartySpec]:
        signatories = self.cleaned_data["signatories"]
        return [
            PartySpec(
                province_code=province.code,
                signatory_name=signatories.get(province.code, ("", ""))[0],
                signatory_title=signatories.get(province.code, ("", ""))[1],
            )
            for province in self.cleaned_data["provinces"]
        ]


def _rows(value: str, width: int, label) -> list[tuple[str, ...]]:
    rows = []
    for number, line in enumerate(value.splitlines(), start=1):
        if not line.strip():
            continue
        cells = [cell.strip() for cell in line.split("|")]
        cells += [""] * (width - len(cells))
        if len(cells) > width or not cells[0] or not cells[1]:
            raise ValidationError(
                _("%(label)s baris %(n)d: isi %(w)d kolom dipisah '|'.")
                % {"label": label, "n": number, "w": width}
            )
        rows.append(tuple(cells[:width]))
    return rows


def accept_initial(candidate: Candidate) -> dict:
    """The accept form pre-filled from the extracted facts."""
    facts = candidate.extracted_facts
    names = {p.province_code: p.name for p in facts.parties if p.province_code}
    signatory_lines = []
    for signatory in facts.signatories:
        title = signatory.title or ""
        code = next((c for c, n in names.items() if n and n.lower() in title.lower()), "")
        if code:
            signatory_lines.append(f"{code} | {signatory.name} | {title}")
    opd_lines = [f"{o.province_code or ''} | {o.name} | {o.acronym or ''}" for o in facts.opds]
    sectors = Sector.objects.in_bulk(list(facts.sectors))
    scope_lines = [
        f"{_('Kerja sama bidang')} {sector.name_id.lower()} | {code}"
        for code, sector in sectors.items()
    ]
    agreement_type = facts.agreement_type or AgreementType.KESEPAKATAN_BERSAMA
    if agreement_type not in AgreementType.values:
        agreement_type = AgreementType.OTHER
    return {
        "title": candidate.article.title[:500],
        "agreement_type": agreement_type,
        # The ISO text, as extracted: a date object would be shown in the locale's input format.
        "signed_on": facts.signed_on_text or None,
        "place": facts.place or "",
        "provinces": list(names),
        "signatories": "\n".join(signatory_lines),
        "opds": "\n".join(opd_lines),
        "scope_items": "\n".join(scope_lines),
    }


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("alasan penolakan"), widget=forms.Textarea(attrs={"rows": 2}))


class MergeForm(forms.Form):
    agreement = forms.ModelChoiceField(
        label=_("kesepakatan"), queryset=Agreement.objects.all(), widget=forms.NumberInput
    )
