"""The signing parties of an agreement: regions of the Kemendagri list, or organisations."""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from agreements.choices import PartyKind
from agreements.models.agreements import Agreement
from agreements.models.querysets import AgreementPartyQuerySet
from agreements.models.reference import Province
from agreements.models.regions import Regency

#: Party kinds that are a region of the Kemendagri list, the rest being named organisations.
REGION_PARTY_KINDS = (PartyKind.PROVINCE, PartyKind.REGENCY, PartyKind.CITY)


class AgreementParty(models.Model):
    """A signing party: a region (province, kabupaten or kota), or a named organisation."""

    agreement = models.ForeignKey(
        Agreement, on_delete=models.CASCADE, related_name="parties", verbose_name=_("kesepakatan")
    )
    kind = models.CharField(
        _("jenis pihak"), max_length=20, choices=PartyKind.choices, default=PartyKind.PROVINCE
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="parties",
        verbose_name=_("provinsi"),
    )
    regency = models.ForeignKey(
        Regency,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="parties",
        verbose_name=_("kabupaten/kota"),
    )
    organisation_name = models.CharField(
        _("nama organisasi"),
        max_length=255,
        blank=True,
        help_text=_("Untuk pihak selain daerah, mis. Universitas Jambi atau PT Bank X."),
    )
    document_number = models.CharField(_("nomor naskah pihak"), max_length=150, blank=True)
    signatory_name = models.CharField(_("nama penanda tangan"), max_length=200, blank=True)
    signatory_title = models.CharField(_("jabatan penanda tangan"), max_length=200, blank=True)
    on_behalf_of = models.CharField(
        _("mewakili"),
        max_length=200,
        blank=True,
        help_text=_("Bila penanda tangan mewakili pejabat lain, mis. 'Gubernur Jambi'."),
    )
    position = models.PositiveSmallIntegerField(_("urutan"), default=0)

    history = HistoricalRecords()
    objects = AgreementPartyQuerySet.as_manager()

    class Meta:
        ordering = ["agreement", "position", "id"]
        verbose_name = _("pihak")
        verbose_name_plural = pgettext_lazy("jamak", "pihak")
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "province"],
                condition=Q(province__isnull=False),
                name="party_one_row_per_province",
            ),
            models.UniqueConstraint(
                fields=["agreement", "regency"],
                condition=Q(regency__isnull=False),
                name="party_one_row_per_regency",
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind=PartyKind.PROVINCE) & Q(province__isnull=False) & Q(regency__isnull=True)
                )
                | (
                    Q(kind__in=[PartyKind.REGENCY, PartyKind.CITY])
                    & Q(regency__isnull=False)
                    & Q(province__isnull=True)
                )
                | (
                    ~Q(kind__in=REGION_PARTY_KINDS)
                    & Q(province__isnull=True)
                    & Q(regency__isnull=True)
                    & ~Q(organisation_name="")
                ),
                name="party_is_region_or_named_organisation",
            ),
        ]
        indexes = [
            # Province and pair pages, and the list's province/partner filters.
            models.Index(fields=["province", "agreement"], name="party_province_agreement"),
            # Regency pages, the list's region filter and the province page's kab/kota part.
            models.Index(fields=["regency", "agreement"], name="party_regency_agreement"),
            # The list's level and category filters (third parties by kind).
            models.Index(fields=["kind", "agreement"], name="party_kind_agreement"),
            # The list's text search matches organisation names by word similarity (%>).
            GinIndex(
                OpClass("organisation_name", name="gin_trgm_ops"), name="party_organisation_trgm"
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        if self.kind == PartyKind.PROVINCE and self.province_id:
            return str(self.province)
        if self.regency_id:
            return str(self.regency)
        return self.organisation_name

    @property
    def region_code(self) -> str | None:
        """The Kemendagri code of a region party ("32", "32.73"), None for an organisation."""
        return self.province_id or self.regency_id
