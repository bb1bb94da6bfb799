"""sitemap.xml of the public portal: its pages, every published agreement, every province
and sector."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from agreements.models import Agreement, Province, Sector


class PortalPages(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["portal:home", "portal:list", "portal:map", "portal:open_data"]

    def location(self, item):
        return reverse(item)


class PublishedAgreements(Sitemap):
    changefreq = "weekly"
    limit = 10_000

    def items(self):
        return Agreement.objects.published().only("pk", "updated_at").order_by("pk")

    def location(self, agreement):
        return reverse("portal:agreement", args=[agreement.pk])

    def lastmod(self, agreement):
        return agreement.updated_at


class Provinces(Sitemap):
    def items(self):
        return Province.objects.only("code").order_by("code")

    def location(self, province):
        return reverse("portal:province", args=[province.code])


class Sectors(Sitemap):
    def items(self):
        return Sector.objects.only("code").order_by("code")

    def location(self, sector):
        return reverse("portal:sector", args=[sector.code])


SITEMAPS = {
    "pages": PortalPages,
    "agreements": PublishedAgreements,
    "provinces": Provinces,
    "sectors": Sectors,
}
