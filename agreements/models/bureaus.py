"""Which regions a user's bureau answers for: the scope of their writes (agreements.scoping)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from agreements.models.reference import Province
from agreements.models.regions import Regency


class BureauRegion(models.Model):
    """One region of a user's bureau: a province (optionally with its kabupaten/kota) or one
    kabupaten/kota. A user may hold several (a bureau covering two provinces, a secondment)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="bureau_regions",
        verbose_name=_("pengguna"),
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("provinsi"),
    )
    regency = models.ForeignKey(
        Regency,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kabupaten/kota"),
    )
    covers_regencies = models.BooleanField(
        _("termasuk kabupaten/kota"),
        default=False,
        help_text=_("Biro provinsi yang juga mengelola kesepakatan kabupaten/kota di provinsinya."),
    )

    class Meta:
        ordering = ["user", "province", "regency"]
        verbose_name = _("wilayah biro")
        verbose_name_plural = _("wilayah biro")
        constraints = [
            models.CheckConstraint(
                condition=(Q(province__isnull=False) & Q(regency__isnull=True))
                | (Q(province__isnull=True) & Q(regency__isnull=False) & Q(covers_regencies=False)),
                name="bureau_region_is_province_or_regency",
            ),
            models.UniqueConstraint(
                fields=["user", "province"],
                condition=Q(province__isnull=False),
                name="bureau_region_province_once",
            ),
            models.UniqueConstraint(
                fields=["user", "regency"],
                condition=Q(regency__isnull=False),
                name="bureau_region_regency_once",
            ),
        ]

    def __str__(self) -> str:
        return str(self.province or self.regency)
