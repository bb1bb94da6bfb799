"""Kabupaten and kota (Kepmendagri 2025), parties of agreements beside the provinces."""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from agreements.models.reference import Province


class RegencyKind(models.TextChoices):
    REGENCY = "regency", _("Kabupaten")
    CITY = "city", _("Kota")


class Regency(models.Model):
    """A kabupaten or kota; its Kemendagri code, with the dot, is its address (/regions/32.73/).

    Loaded from agreements/data/regencies.csv by a data migration and by
    ``load_reference_data`` (idempotent: pemekaran adds rows, renames update them).
    """

    code = models.CharField(_("kode Kemendagri"), max_length=5, primary_key=True)
    name = models.CharField(_("nama"), max_length=100, unique=True)
    kind = models.CharField(_("jenis"), max_length=10, choices=RegencyKind.choices)
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="regencies", verbose_name=_("provinsi")
    )
    # The forms the news writes ("Kab. Bandung", "Pemkab Bandung"); never the bare "Bandung",
    # which a kabupaten and a kota share.
    aliases = ArrayField(
        models.CharField(max_length=120), verbose_name=_("nama lain"), default=list, blank=True
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("kabupaten/kota")
        verbose_name_plural = _("kabupaten/kota")
        constraints = [
            # NN.NN: the province's code, a dot, two digits.
            models.CheckConstraint(
                condition=Q(code__regex=r"^[0-9]{2}\.[0-9]{2}$"), name="regency_code_shape"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["regency", "city"]), name="regency_kind_known"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def short_name(self) -> str:
        """The name without its kind word: "Bandung" for both Kabupaten and Kota Bandung."""
        return self.name.split(" ", 1)[1] if " " in self.name else self.name
