"""CSV/XLSX import and export of agreements (django-import-export).

One row is one agreement; ``parties`` holds the province codes of its parties separated by
``;`` (e.g. ``15;32``). An import runs in one transaction: a bad row is reported with its
row number and nothing of the file is saved.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources

from agreements.models import Agreement, Province
from agreements.services.agreements import agreement_provinces_set
from agreements.validation import validate_parties


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

    def get_queryset(self):
        return Agreement.objects.prefetch_related("parties", "scope_items__sectors")

    def dehydrate_parties(self, agreement: Agreement) -> str:
        return ";".join(p.province_id for p in agreement.parties.all() if p.province_id)

    def dehydrate_sectors(self, agreement: Agreement) -> str:
        codes = {s.code for item in agreement.scope_items.all() for s in item.sectors.all()}
        return ";".join(sorted(codes))

    def _party_codes(self, row) -> list[str]:
        raw = str(row.get("parties") or "")
        codes = [code.strip().zfill(2) for code in raw.replace(",", ";").split(";") if code.strip()]
        known = set(Province.objects.filter(code__in=codes).values_list("code", flat=True))
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise ValidationError(
                {
                    "parties": _("Kode provinsi tidak dikenal: %(codes)s.")
                    % {"codes": ", ".join(unknown)}
                }
            )
        return codes

    def before_save_instance(self, instance, row, **kwargs):
        codes = self._party_codes(row)
        try:
            validate_parties([(code, "") for code in codes], predecessor=instance.predecessor)
        except ValidationError as error:
            raise ValidationError({"parties": error.messages}) from None
        instance._import_party_codes = codes

    def after_save_instance(self, instance, row, **kwargs):
        agreement_provinces_set(agreement=instance, province_codes=instance._import_party_codes)
