"""CSV/XLSX import and export of agreements (django-import-export).

One row is one agreement; ``parties`` holds the region codes of its parties separated by
``;``: provinces and kabupaten/kota by their Kemendagri codes (``15;32``, ``32;32.73``).
An import runs in one transaction: a bad row is reported with its
row number and nothing of the file is saved. ``id`` only addresses an existing agreement to
update; a new agreement leaves it empty and gets its id from the database (an imported id of
-5 once made pages unrenderable). Exported text cells are neutralised against formula
injection.
"""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from agreements.admin import importing
from agreements.models import Agreement, Province, Regency
from agreements.scoping import editable_agreements, require_parties_in_scope
from agreements.services.actions import agreement_termination_set
from agreements.services.agreements import agreement_regions_set
from agreements.spreadsheet import neutralise_formula
from agreements.validation import validate_parties

logger = logging.getLogger(__name__)


class PreviewDiff(resources.Diff):
    """The import preview as the file will be saved: the ``parties`` and ``sectors`` columns
    read through the resource's dehydrate methods (the stock diff left them blank), and no id
    for a new row (the preview's id comes from a rolled-back insert; the saved one differs)."""

    @staticmethod
    def _values(resource, instance, new: bool) -> list:
        if instance is None:
            return ["" for _field in resource.get_import_fields()]
        return [
            "" if new and field.column_name == "id" else resource.export_field(field, instance)
            for field in resource.get_import_fields()
        ]

    def __init__(self, resource, instance, new):
        super().__init__(resource, None, new)
        # A new row has nothing before it (and its unsaved instance no relations to read).
        self.left = self._values(resource, None if new else instance, new)

    def compare_with(self, resource, instance):
        self.right = self._values(resource, instance, self.new)


class AgreementResource(resources.ModelResource):
    parties = fields.Field(attribute=None, column_name="parties")
    sectors = fields.Field(attribute=None, column_name="sectors", readonly=True)

    class Meta:
        model = Agreement
        fields = (
            "id",
            "agreement_type",
            "cooperation_class",
            "title",
            "signed_on",
            "place",
            "effective_from",
            "expires_on",
            "duration_months",
            "terminated_on",
            "termination_reason",
            "notes",
            "parties",
            "sectors",
        )
        export_order = fields
        clean_model_instances = True
        skip_unchanged = False
        use_transactions = True

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        if isinstance(f, models.DateField):
            return importing.DateWidget
        if isinstance(f, models.IntegerField | models.AutoField):
            return importing.IntegerWidget
        return super().widget_from_django_field(f, default)

    def get_queryset(self):
        return Agreement.objects.prefetch_related("parties", "scope_items__sectors")

    def get_diff_class(self):
        return PreviewDiff

    def export_field(self, field, instance, **kwargs):
        return neutralise_formula(super().export_field(field, instance, **kwargs))

    def before_import_row(self, row, **kwargs):
        raw = row.get("id")
        if raw in (None, ""):
            return
        try:
            pk = int(str(raw).strip())
        except ValueError:
            pk = None
        existing = Agreement.objects.filter(pk=pk) if pk is not None and pk > 0 else None
        if existing is None or not existing.exists():
            raise ValidationError(
                {
                    "id": _(
                        "ID %(id)s tidak ada. Kosongkan kolom id untuk kesepakatan baru; "
                        "isi hanya untuk memperbarui kesepakatan yang sudah ada."
                    )
                    % {"id": raw}
                }
            )
        user = kwargs.get("user")
        if user is not None and not editable_agreements(user, existing).exists():
            raise ValidationError(
                {"id": _("Kesepakatan ID %(id)s bukan milik daerah biro Anda.") % {"id": raw}}
            )

    def import_row(self, row, instance_loader, **kwargs):
        result = super().import_row(row, instance_loader, **kwargs)
        if result.errors:
            # An unexpected failure: the user gets words, the log gets the exception.
            for error in result.errors:
                logger.warning("import row %s failed: %r", kwargs.get("row_number"), error.error)
            result.errors = []
            result.import_type = result.IMPORT_TYPE_INVALID
            result.validation_error = ValidationError(
                _("Baris ini tidak dapat disimpan; periksa isi setiap kolomnya.")
            )
        return result

    def dehydrate_parties(self, agreement: Agreement) -> str:
        return ";".join(p.region_code for p in agreement.parties.all() if p.region_code)

    def dehydrate_sectors(self, agreement: Agreement) -> str:
        codes = {s.code for item in agreement.scope_items.all() for s in item.sectors.all()}
        return ";".join(sorted(codes))

    def _party_codes(self, row) -> list[str]:
        raw = str(row.get("parties") or "")
        codes = [code.strip().zfill(2) for code in raw.replace(",", ";").split(";") if code.strip()]
        known = set(Province.objects.filter(code__in=codes).values_list("code", flat=True))
        known |= set(Regency.objects.filter(code__in=codes).values_list("code", flat=True))
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise ValidationError(
                {
                    "parties": _("Kode daerah tidak dikenal: %(codes)s.")
                    % {"codes": ", ".join(unknown)}
                }
            )
        return codes

    def before_save_instance(self, instance, row, **kwargs):
        codes = self._party_codes(row)
        try:
            validate_parties([(code, "") for code in codes], predecessor=instance.predecessor)
            if kwargs.get("user") is not None:
                require_parties_in_scope(kwargs["user"], codes)
        except ValidationError as error:
            raise ValidationError({"parties": error.messages}) from None
        except PermissionDenied as error:
            raise ValidationError({"parties": [str(error)]}) from None
        instance._import_party_codes = codes
        if instance.pk:
            # An import is an edit too: an admin page opened before it must see it as newer.
            instance.version = (
                Agreement.objects.filter(pk=instance.pk).values_list("version", flat=True).get() + 1
            )

    def after_save_instance(self, instance, row, **kwargs):
        agreement_regions_set(agreement=instance, region_codes=instance._import_party_codes)
        # The row's termination columns are recorded as the termination action.
        agreement_termination_set(
            agreement=instance,
            terminated_on=instance.terminated_on,
            reason=instance.termination_reason,
        )
