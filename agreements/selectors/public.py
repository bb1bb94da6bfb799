"""Reads for the open-data side: the public portal, the API and the open dataset.

Everything starts from ``Agreement.objects.published()`` (or, for a staff token, every
agreement) and loads only what may leave: parties with their provinces, OPDs, scope items
with sectors and the documents an editor marked public. Internal notes are never selected,
so no template or serializer can show them by mistake. Each function is a fixed number of
queries whatever the number of rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from agreements.models import (
    Agreement,
    AgreementOpd,
    AgreementParty,
    AgreementStatus,
    Document,
    Opd,
    Province,
    Regency,
    ScopeItem,
    Sector,
    status_condition,
)

#: Columns that never leave (the open side defers them, so they are not even read).
INTERNAL_FIELDS = ("notes", "search_vector", "termination_reason", "provenance", "version")


def visible_agreements(*, staff: bool = False) -> QuerySet[Agreement]:
    """Published agreements; every agreement for a staff token (still without notes)."""
    agreements = Agreement.objects.all() if staff else Agreement.objects.published()
    return agreements.defer(*INTERNAL_FIELDS)


def open_agreements(*, staff: bool = False) -> QuerySet[Agreement]:
    """Agreements with every public part prefetched: five queries for any number of rows."""
    parties = AgreementParty.objects.select_related("province", "regency").order_by(
        "position", "id"
    )
    opds = AgreementOpd.objects.select_related("opd").order_by("opd__province", "opd__name")
    scope = ScopeItem.objects.prefetch_related("sectors").order_by("position", "id")
    documents = Document.objects.order_by("-uploaded_at", "id")
    if not staff:
        documents = documents.filter(is_public=True)
    return (
        visible_agreements(staff=staff)
        .with_status()
        .prefetch_related(
            Prefetch("parties", queryset=parties),
            Prefetch("agreement_opds", queryset=opds),
            Prefetch("scope_items", queryset=scope),
            Prefetch("documents", queryset=documents, to_attr="open_documents"),
        )
        .order_by("-signed_on", "-id")
    )


def open_agreement(pk: int, *, staff: bool = False) -> Agreement | None:
    return open_agreements(staff=staff).filter(pk=pk).first()


def open_document(agreement_id: int, document_id: int) -> Document | None:
    """A public document of a published agreement, or None."""
    return (
        Document.objects.filter(
            pk=document_id, agreement_id=agreement_id, is_public=True, agreement__is_published=True
        )
        .only("file", "title", "content_type")
        .first()
    )


@dataclass(frozen=True)
class PublicFigures:
    agreements: int
    active: int
    provinces_involved: int
    sectors: int


def public_figures() -> PublicFigures:
    today = timezone.localdate()
    published = Agreement.objects.published()
    counts = published.aggregate(
        agreements=Count("id"),
        active=Count("id", filter=status_condition(AgreementStatus.ACTIVE, today=today)),
    )
    provinces = (
        AgreementParty.objects.filter(province__isnull=False, agreement__is_published=True)
        .values("province")
        .distinct()
        .count()
    )
    sectors = Sector.objects.filter(scope_items__agreement__is_published=True).distinct().count()
    return PublicFigures(provinces_involved=provinces, sectors=sectors, **counts)


def provinces_with_counts() -> QuerySet[Province]:
    """Every province, with how many published agreements it is a party to."""
    return Province.objects.annotate(
        agreement_count=Count(
            "parties__agreement",
            filter=Q(parties__agreement__is_published=True),
            distinct=True,
        )
    ).order_by("code")


def regencies_with_counts() -> QuerySet[Regency]:
    """Every kabupaten and kota, with how many published agreements it is a party to."""
    return Regency.objects.annotate(
        agreement_count=Count(
            "parties__agreement",
            filter=Q(parties__agreement__is_published=True),
            distinct=True,
        )
    ).order_by("code")


def sectors_with_counts() -> QuerySet[Sector]:
    return Sector.objects.annotate(
        agreement_count=Count(
            "scope_items__agreement",
            filter=Q(scope_items__agreement__is_published=True),
            distinct=True,
        )
    ).order_by("code")


def opds_with_counts(*, province: str | None = None) -> QuerySet[Opd]:
    """OPDs taking part in at least one published agreement (the API's OPD list)."""
    opds = Opd.objects.annotate(
        agreement_count=Count(
            "agreement_links__agreement",
            filter=Q(agreement_links__agreement__is_published=True),
            distinct=True,
        )
    ).filter(agreement_count__gt=0)
    if province:
        opds = opds.filter(province_id=province)
    return opds.order_by("province_id", "name", "id")


def province_counts() -> dict[str, int]:
    """Published agreements per province code, for the public map."""
    return {p.code: p.agreement_count for p in provinces_with_counts() if p.agreement_count}


def top_public_sectors(agreements: QuerySet[Agreement], limit: int = 10) -> list[Sector]:
    return list(
        Sector.objects.filter(scope_items__agreement__in=agreements.values("pk"))
        .annotate(agreement_count=Count("scope_items__agreement", distinct=True))
        .order_by("-agreement_count", "code")[:limit]
    )


def top_public_partners(code: str, limit: int = 10) -> list[dict]:
    return list(
        AgreementParty.objects.filter(agreement__is_published=True)
        .partners_of(code)
        .exclude(province=None)
        .values("province", "province__name")
        .annotate(count=Count("agreement", distinct=True))
        .order_by("-count", "province")[:limit]
    )


def newest_published_at():
    """When the open data last changed (Last-Modified of the sitemap)."""
    return (
        Agreement.objects.published()
        .order_by("-updated_at")
        .values_list("updated_at", flat=True)
        .first()
    )
