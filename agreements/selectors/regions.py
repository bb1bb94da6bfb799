"""Reads of the kabupaten/kota pages: a regency's own page, and the province page's part for
the agreements of its kabupaten/kota. Each is a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from agreements.models import Agreement, AgreementParty, Regency
from agreements.selectors import agreements as reads
from agreements.selectors.cache import cached, data_fingerprint


@dataclass(frozen=True)
class RegionPartner:
    code: str
    name: str
    count: int
    # "province" or "regency": which page the partner's link goes to.
    level: str


@dataclass(frozen=True)
class RegencyPage:
    regency: Regency
    agreements: QuerySet[Agreement]
    partners: list[RegionPartner]
    per_year: list[dict]


def regency_partners(code: str) -> list[RegionPartner]:
    """Regions (provinces and kabupaten/kota) sharing agreements with the regency, most
    first; one query."""
    rows = (
        AgreementParty.objects.of_agreements(Agreement.objects.involving_region(code))
        .filter(Q(province__isnull=False) | Q(regency__isnull=False))
        .exclude(regency=code)
        .values("province", "province__name", "regency", "regency__name")
        .annotate(count=Count("agreement", distinct=True))
        .order_by("-count", "province", "regency")
    )
    return [
        RegionPartner(
            code=row["province"] or row["regency"],
            name=row["province__name"] or row["regency__name"],
            count=row["count"],
            level="province" if row["province"] else "regency",
        )
        for row in rows
    ]


def regency_page(code: str) -> RegencyPage | None:
    regency = Regency.objects.select_related("province").filter(code=code).first()
    if regency is None:
        return None
    involving = Agreement.objects.involving_region(code)
    return RegencyPage(
        regency=regency,
        agreements=reads.agreement_list_queryset().involving_region(code),
        partners=regency_partners(code),
        per_year=reads.agreements_per_year(involving, date_field="signed_on"),
    )


def regency_agreements_of_province(code: str) -> QuerySet[Agreement]:
    """Agreements of the province's kabupaten/kota to which the province itself is no party
    (those are the province's own, listed apart)."""
    # NOT EXISTS per row: ``exclude(pk__in=<the province's own>)`` was planned as a hashed
    # anti-join over every agreement.
    own = AgreementParty.objects.filter(agreement=OuterRef("pk"), province=code)
    return reads.agreement_list_queryset().of_regencies_in(code).filter(~Exists(own))


# A kabupaten/kota is party to an agreement at most once (``party_one_row_per_regency``):
# its agreements are its party rows, counted from the (regency, agreement) index alone. The
# join with COUNT(DISTINCT) read every party row's heap page (0.15 s, 0.9 s from disk, for
# Jawa Barat at a million agreements; 20 ms now).
_party_count = (
    AgreementParty.objects.filter(regency=OuterRef("code"))
    .order_by()
    .values("regency")
    .annotate(n=Count("agreement"))
    .values("n")
)


def regencies_with_counts(code: str) -> list[Regency]:
    """The province's kabupaten/kota that are party to an agreement, most agreements first.
    Cached under the summary tables' version: it counts parties, and every change of a party
    (or of a kabupaten/kota's name) moves that version (migration 0024), while a title
    corrected or a document uploaded does not."""
    return cached(
        "regencies_with_counts",
        (code,),
        lambda: [
            regency
            for regency in Regency.objects.filter(province=code)
            .annotate(agreement_count=Coalesce(Subquery(_party_count), 0))
            .order_by("-agreement_count", "code")
            if regency.agreement_count  # those party to none are not listed
        ],
        fingerprint=data_fingerprint("summaries"),
    )
