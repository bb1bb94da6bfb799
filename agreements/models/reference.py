"""Reference data: provinces, sectors (urusan pemerintahan) and government units (OPD)."""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models import Func
from django.db.models.functions import Cast, Upper
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from agreements.choices import (
    OpdKind,
    SectorCategory,
)


class Province(models.Model):
    """One of the 38 provinces; its Kemendagri code is the key in addresses (/provinces/32/)."""

    code = models.CharField(_("kode Kemendagri"), max_length=2, primary_key=True)
    name = models.CharField(_("nama"), max_length=100, unique=True)
    iso_3166_2 = models.CharField(_("kode ISO 3166-2"), max_length=5, unique=True)
    capital = models.CharField(_("ibu kota"), max_length=100)
    island_group = models.CharField(_("kelompok pulau"), max_length=30)
    aliases = ArrayField(
        models.CharField(max_length=100), verbose_name=_("nama lain"), default=list, blank=True
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("provinsi")
        verbose_name_plural = pgettext_lazy("jamak", "provinsi")

    def __str__(self) -> str:
        return self.name


class Sector(models.Model):
    """An urusan pemerintahan (UU 23/2014 Pasal 12) or a supporting function."""

    code = models.SlugField(_("kode"), max_length=40, primary_key=True)
    name_id = models.CharField(_("nama (Indonesia)"), max_length=150)
    name_en = models.CharField(_("nama (Inggris)"), max_length=150)
    category = models.CharField(_("kategori"), max_length=30, choices=SectorCategory.choices)
    nomenclature_code = models.CharField(_("kode nomenklatur"), max_length=10, blank=True)
    keywords = ArrayField(
        models.CharField(max_length=100), verbose_name=_("kata kunci"), default=list, blank=True
    )

    class Meta:
        ordering = ["nomenclature_code", "code"]
        verbose_name = _("urusan/sektor")
        verbose_name_plural = pgettext_lazy("jamak", "urusan/sektor")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the active interface language (the reference data has both)."""
        from django.utils.translation import get_language

        return self.name_en if (get_language() or "").startswith("en") else self.name_id

    @property
    def is_urusan(self) -> bool:
        return self.category in {
            SectorCategory.WAJIB_PELAYANAN_DASAR,
            SectorCategory.WAJIB_NON_PELAYANAN_DASAR,
            SectorCategory.PILIHAN,
        }


class NormalizedName(Func):
    """lower(name) with every run of non-alphanumerics folded to one space, trimmed.

    Immutable, so PostgreSQL can store it as a generated column that backs the uniqueness of
    an OPD per province: "Dinas  Kehutanan" and "dinas kehutanan." are one unit.
    """

    template = "btrim(regexp_replace(lower(%(expressions)s), '[^a-z0-9]+', ' ', 'g'))"
    output_field = models.CharField()


class Opd(models.Model):
    """Organisasi Perangkat Daerah: a government unit of one province."""

    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="opds", verbose_name=_("provinsi")
    )
    kind = models.CharField(_("jenis"), max_length=30, choices=OpdKind.choices)
    name = models.CharField(_("nama lengkap"), max_length=255)
    acronym = models.CharField(_("singkatan"), max_length=50, blank=True)
    aliases = ArrayField(
        models.CharField(max_length=255), verbose_name=_("nama lain"), default=list, blank=True
    )
    normalized_name = models.GeneratedField(
        expression=NormalizedName("name"),
        output_field=models.CharField(max_length=255),
        db_persist=True,
    )

    history = HistoricalRecords(excluded_fields=["normalized_name"])

    class Meta:
        ordering = ["province", "name"]
        verbose_name = _("perangkat daerah (OPD)")
        verbose_name_plural = pgettext_lazy("jamak", "perangkat daerah (OPD)")
        constraints = [
            models.UniqueConstraint(
                fields=["province", "normalized_name"], name="opd_unique_name_per_province"
            ),
        ]
        indexes = [
            # Admin search and OPD autocomplete match names and acronyms by trigram.
            GinIndex(
                OpClass(Upper(Cast("name", models.TextField())), name="gin_trgm_ops"),
                name="opd_name_trgm",
            ),
            GinIndex(
                OpClass(Upper(Cast("acronym", models.TextField())), name="gin_trgm_ops"),
                name="opd_acronym_trgm",
            ),
        ]

    def __str__(self) -> str:
        label = f"{self.name} ({self.acronym})" if self.acronym else self.name
        return f"{label} ({self.province})"
