"""Admin entry forms: cross-row rules of agreements, with messages next to the inputs."""

from __future__ import annotations

from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.translation import gettext as _

from agreements.admin.held_uploads import HeldUploadInput, hold, release
from agreements.documents import inspect_upload
from agreements.models import AgreementParty, Document, PartyKind, Province
from agreements.scoping import require_parties_in_scope
from agreements.validation import validate_opd_provinces, validate_parties

PARTY_PREFIX = "parties"


def _kept_forms(formset):
    return [
        form
        for form in formset.forms
        if form.has_changed() or form.instance.pk
        if not (formset.can_delete and formset._should_delete_form(form))
        if hasattr(form, "cleaned_data")
    ]


class AgreementPartyForm(forms.ModelForm):
    class Meta:
        model = AgreementParty
        fields = [
            "kind",
            "province",
            "regency",
            "organisation_name",
            "document_number",
            "signatory_name",
            "signatory_title",
            "on_behalf_of",
            "position",
        ]

    def clean(self):
        cleaned = super().clean()
        kind, province = cleaned.get("kind"), cleaned.get("province")
        regency = cleaned.get("regency")
        name = (cleaned.get("organisation_name") or "").strip()
        if kind == PartyKind.PROVINCE:
            if province is None:
                self.add_error("province", _("Pilih provinsi untuk pihak berjenis provinsi."))
            if regency is not None:
                self.add_error(
                    "regency", _("Kabupaten/kota diisi hanya untuk pihak kabupaten atau kota.")
                )
            cleaned["organisation_name"] = ""
        elif kind in (PartyKind.REGENCY, PartyKind.CITY):
            if regency is None:
                self.add_error("regency", _("Pilih kabupaten/kota untuk pihak ini."))
            else:
                # "Kota Bandung" is a city whatever kind was picked: the list decides.
                cleaned["kind"] = self.instance.kind = regency.kind
            if province is not None:
                self.add_error("province", _("Provinsi hanya diisi untuk pihak berjenis provinsi."))
            cleaned["organisation_name"] = ""
        elif kind:
            if not name:
                self.add_error("organisation_name", _("Tuliskan nama organisasi pihak ini."))
            if province is not None:
                self.add_error("province", _("Provinsi hanya diisi untuk pihak berjenis provinsi."))
            if regency is not None:
                self.add_error(
                    "regency", _("Kabupaten/kota diisi hanya untuk pihak kabupaten atau kota.")
                )
        return cleaned


class AgreementPartyFormSet(BaseInlineFormSet):
    scope_user = None

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        parties = [
            (
                _region_code(form.cleaned_data),
                form.cleaned_data.get("organisation_name") or "",
            )
            for form in _kept_forms(self)
        ]
        validate_parties(parties, predecessor=self.instance.predecessor)
        if self.scope_user is not None:
            try:
                require_parties_in_scope(self.scope_user, [code for code, _name in parties])
            except PermissionDenied as error:
                raise ValidationError(str(error)) from None


def _region_code(cleaned: dict) -> str | None:
    region = cleaned.get("province") or cleaned.get("regency")
    return region.code if region is not None else None


def party_province_codes_from_post(data) -> list[str]:
    """Province codes of the party rows being submitted in the same admin form."""
    try:
        total = int(data.get(f"{PARTY_PREFIX}-TOTAL_FORMS", 0))
    except (TypeError, ValueError):
        return []
    codes = []
    for index in range(total):
        prefix = f"{PARTY_PREFIX}-{index}-"
        if data.get(prefix + "DELETE"):
            continue
        code = data.get(prefix + "province")
        if code:
            codes.append(code)
    return codes


class AgreementOpdFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        party_codes = party_province_codes_from_post(self.data)
        known = set(Province.objects.filter(code__in=party_codes).values_list("code", flat=True))
        chosen = [
            form.cleaned_data["opd"] for form in _kept_forms(self) if form.cleaned_data.get("opd")
        ]
        if len({opd.pk for opd in chosen}) != len(chosen):
            raise ValidationError(_("OPD yang sama tercantum dua kali."))
        validate_opd_provinces([(str(opd), opd.province_id) for opd in chosen], known)


class _LinkedFile:
    """The stored file as the admin's file widget shows it, linked to the download view."""

    def __init__(self, name: str, url: str):
        self.name, self.url = name, url

    def __str__(self) -> str:
        return self.name.rsplit("/", 1)[-1]


class DownloadLinkFileWidget(AdminFileWidget):
    """ "Currently: <file>" links to the permission-checked download address, not to
    MEDIA_URL: uploads are never served from /media/ (README "Uploads")."""

    download_url: str | None = None

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.download_url and context["widget"]["is_initial"]:
            context["widget"]["value"] = _LinkedFile(str(value), self.download_url)
        return context


class DocumentForm(forms.ModelForm):
    held_upload = forms.CharField(required=False, widget=HeldUploadInput, label="")

    class Meta:
        model = Document
        fields = ["title", "kind", "file", "held_upload"]
        widgets = {"file": DownloadLinkFileWidget}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Required is checked in clean_file: a file held from the previous submit counts.
        self.fields["file"].required = False
        if self.instance.pk:
            self.fields["file"].widget.download_url = reverse(
                "agreements:document", args=[self.instance.agreement_id, self.instance.pk]
            )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None and not self.instance.file:
            held = release(self.data.get(self.add_prefix("held_upload"), ""))
            if held is None:
                raise ValidationError(self.fields["file"].error_messages["required"])
            upload = held
        elif upload is None or not hasattr(upload, "size"):
            return upload  # unchanged existing file
        inspected = inspect_upload(upload)
        upload.name = inspected.safe_name
        self.instance.content_type = inspected.content_type
        self.instance.size = inspected.size
        if hasattr(upload, "content_type"):  # a fresh upload: keep it in case of other errors
            self.data = self.data.copy()
            self.data[self.add_prefix("held_upload")] = hold(upload)
        return upload
