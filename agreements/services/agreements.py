"""Writes of agreements: creation with all their parts, OPDs, and the after-write hook.

Views, the admin, the import, the review queue (``services.review.candidate_accept`` creates
an agreement through ``agreement_create``), commands and the demo call these. They validate
with ``agreements.validation`` and write inside one transaction. Every writer, including the
admin's forms and the bulk demo loader that save rows themselves, ends with
``agreement_after_write``, the one place that keeps derived data (the search vector) in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from django.contrib.postgres.search import SearchVector
from django.db import transaction
from django.db.models import Q, TextField, Value
from django.db.models.functions import Coalesce

from agreements.models import (
    SEARCH_CONFIG,
    Agreement,
    AgreementOpd,
    AgreementParty,
    AgreementType,
    CooperationClass,
    NormalizedName,
    Opd,
    OpdKind,
    PartyKind,
    Provenance,
    Province,
    ScopeItem,
    Sector,
)
from agreements.scoping import require_parties_in_scope
from agreements.validation import (
    validate_agreement_dates,
    validate_opd_provinces,
    validate_parties,
)


@dataclass(frozen=True)
class PartySpec:
    """A province (``province_code``), a kabupaten/kota (``regency_code``, kind regency or
    city) or a named organisation (``organisation_name`` with its kind)."""

    province_code: str | None = None
    kind: str = PartyKind.PROVINCE
    organisation_name: str = ""
    document_number: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    on_behalf_of: str = ""
    regency_code: str | None = None

    @property
    def region_code(self) -> str | None:
        return self.province_code or self.regency_code


@dataclass(frozen=True)
class OpdSpec:
    province_code: str
    name: str
    acronym: str = ""
    kind: str = ""
    role: str = ""


@dataclass(frozen=True)
class ScopeItemSpec:
    description: str
    sector_codes: tuple[str, ...] = field(default_factory=tuple)


def opd_kind_for_name(name: str) -> str:
    """Guess the kind from the leading word of the name ("Dinas ...", "Badan ...")."""
    lowered = name.strip().lower()
    prefixes = [
        ("sekretariat dprd", OpdKind.SEKRETARIAT_DPRD),
        ("sekretariat daerah", OpdKind.SEKRETARIAT_DAERAH),
        ("asisten", OpdKind.ASISTEN_SETDA),
        ("biro", OpdKind.BIRO),
        ("inspektorat", OpdKind.INSPEKTORAT),
        ("satuan polisi", OpdKind.SATPOL_PP),
        ("satpol", OpdKind.SATPOL_PP),
        ("cabang dinas", OpdKind.CABANG_DINAS),
        ("dinas", OpdKind.DINAS),
        ("badan", OpdKind.BADAN),
        ("rumah sakit", OpdKind.RSUD),
        ("rsud", OpdKind.RSUD),
        ("uptd", OpdKind.UPTD),
        ("unit pelaksana", OpdKind.UPTD),
    ]
    for prefix, kind in prefixes:
        if lowered.startswith(prefix):
            return kind
    return OpdKind.OTHER


def opd_get_or_create(*, province_code: str, name: str, acronym: str = "", kind: str = "") -> Opd:
    """The one row for a real unit: matched by normalised name, alias or acronym, else created."""
    name = " ".join(name.split())
    acronym = acronym.strip()
    normalized = Opd.objects.annotate(candidate=NormalizedName(Value(name))).values("candidate")
    match = Q(normalized_name=normalized[:1]) | Q(aliases__contains=[name])
    if acronym:
        match |= Q(acronym__iexact=acronym)
    existing = Opd.objects.filter(match, province_id=province_code).order_by("id").first()
    if existing is not None:
        return existing
    opd, _created = Opd.objects.get_or_create(
        province_id=province_code,
        name=name,
        defaults={"acronym": acronym, "kind": kind or opd_kind_for_name(name)},
    )
    return opd


def opd_standard_units_ensure() -> int:
    """Create, in every province, the units every province has (``standard_opd_rows``) that
    are not recorded yet under that name; return how many were created. Idempotent: a unit
    already entered by hand, or under one of its aliases, is left as it is."""
    from agreements.reference import standard_opd_rows

    rows = standard_opd_rows()
    existing = set(Opd.objects.values_list("province_id", "normalized_name"))
    aliased = {
        (province, alias.lower())
        for province, aliases in Opd.objects.exclude(aliases=[]).values_list("province", "aliases")
        for alias in aliases
    }
    new = [
        Opd(province_id=code, **row)
        for code in Province.objects.values_list("code", flat=True)
        for row in rows
        if (code, _normalized(row["name"])) not in existing
        if not any((code, alias.lower()) in aliased for alias in [row["name"], *row["aliases"]])
    ]
    Opd.objects.bulk_create(new, ignore_conflicts=True, batch_size=1000)
    return len(new)


def _normalized(name: str) -> str:
    # The Python twin of NormalizedName, to compare with the stored generated column.
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split())


@transaction.atomic
def agreement_create(
    *,
    title: str,
    parties: list[PartySpec],
    agreement_type: str = AgreementType.KESEPAKATAN_BERSAMA,
    cooperation_class: str = CooperationClass.KSDD,
    signed_on: date | None = None,
    place: str = "",
    effective_from: date | None = None,
    expires_on: date | None = None,
    duration_months: int | None = None,
    parent: Agreement | None = None,
    predecessor: Agreement | None = None,
    notes: str = "",
    provenance: str = Provenance.MANUAL,
    opds: list[OpdSpec] = (),
    scope_items: list[ScopeItemSpec] = (),
    created_by=None,
) -> Agreement:
    validate_agreement_dates(
        agreement_type=agreement_type,
        signed_on=signed_on,
        effective_from=effective_from,
        expires_on=expires_on,
        terminated_on=None,
        parent=parent,
        predecessor=predecessor,
    )
    parties = [_party_kind_from_region(party) for party in parties]
    validate_parties(
        [(p.region_code, p.organisation_name) for p in parties], predecessor=predecessor
    )
    if created_by is not None:
        # A bureau records only agreements of its own regions (agreements.scoping).
        require_parties_in_scope(created_by, [p.region_code for p in parties])
    party_codes = [p.province_code for p in parties if p.province_code]
    validate_opd_provinces([(o.name, o.province_code) for o in opds], party_codes)

    agreement = Agreement(
        agreement_type=agreement_type,
        cooperation_class=cooperation_class,
        title=title,
        signed_on=signed_on,
        place=place,
        effective_from=effective_from,
        expires_on=expires_on,
        duration_months=duration_months,
        parent=parent,
        predecessor=predecessor,
        notes=notes,
        provenance=provenance,
    )
    _save(agreement, created_by)
    for position, party in enumerate(parties):
        party_row = AgreementParty(
            agreement=agreement,
            kind=party.kind,
            province_id=party.province_code,
            regency_id=party.regency_code,
            organisation_name="" if party.regency_code else party.organisation_name,
            document_number=party.document_number,
            signatory_name=party.signatory_name,
            signatory_title=party.signatory_title,
            on_behalf_of=party.on_behalf_of,
            position=position,
        )
        _save(party_row, created_by)
    linked = set()
    for spec in opds:
        opd = opd_get_or_create(
            province_code=spec.province_code, name=spec.name, acronym=spec.acronym, kind=spec.kind
        )
        if opd.pk not in linked:
            linked.add(opd.pk)
            _save(AgreementOpd(agreement=agreement, opd=opd, role=spec.role), created_by)
    sectors = Sector.objects.in_bulk()
    for position, item in enumerate(scope_items):
        scope_item = ScopeItem(agreement=agreement, description=item.description, position=position)
        _save(scope_item, created_by)
        scope_item.sectors.set([sectors[code] for code in item.sector_codes])
    agreement_after_write(agreement_ids=[agreement.pk])
    return agreement


def _party_kind_from_region(party: PartySpec) -> PartySpec:
    """A kabupaten/kota party takes its kind from the reference row ("Kota Bandung" is a
    city whatever the caller said); an unknown code is an error, not a silent organisation."""
    from dataclasses import replace

    from django.core.exceptions import ValidationError
    from django.utils.translation import gettext as _

    from agreements.models import Regency

    if not party.regency_code:
        return party
    kind = Regency.objects.filter(code=party.regency_code).values_list("kind", flat=True).first()
    if kind is None:
        raise ValidationError(
            _("Kabupaten/kota dengan kode %(code)s tidak dikenal.") % {"code": party.regency_code}
        )
    return replace(party, kind=kind, province_code=None)


@transaction.atomic
def agreement_regions_set(*, agreement: Agreement, region_codes: list[str]) -> None:
    """The region parties of an agreement become exactly ``region_codes`` (the import's
    ``parties`` column: provinces "32" and kabupaten/kota "32.73"); organisation parties and
    the details of rows that stay are kept."""
    from agreements.models import Regency

    province_codes = [code for code in region_codes if "." not in code]
    regency_kinds = dict(Regency.objects.filter(code__in=region_codes).values_list("code", "kind"))
    agreement.parties.filter(kind=PartyKind.PROVINCE).exclude(
        province_id__in=province_codes
    ).delete()
    agreement.parties.filter(kind__in=[PartyKind.REGENCY, PartyKind.CITY]).exclude(
        regency_id__in=list(regency_kinds)
    ).delete()
    existing = {
        province or regency
        for province, regency in agreement.parties.values_list("province_id", "regency_id")
    }
    for position, code in enumerate(region_codes):
        if code in existing:
            continue
        if code in regency_kinds:
            row = AgreementParty(kind=regency_kinds[code], regency_id=code)
        else:
            row = AgreementParty(kind=PartyKind.PROVINCE, province_id=code)
        row.agreement, row.position = agreement, position
        row.save()
    agreement_after_write(agreement_ids=[agreement.pk])


def agreement_after_write(*, agreement_ids: list[int]) -> None:
    """Derived data of agreements after any write to them or their parts.

    The one hook every writer calls (services, admin, import, review, demo): the stored search
    vector is derived from the title, place, notes, scope items and signatories, which live in
    three tables.
    """
    agreement_refresh_search(agreement_ids=agreement_ids)


def _save(instance, user) -> None:
    # simple_history reads the author from this attribute outside a request.
    if user is not None:
        instance._history_user = user
    instance.save()


def search_vector_expression():
    """Title weighs most, then scope items, the venue and the signatories, then notes
    (indonesian stemming): staff look an agreement up by where it was signed and who signed."""
    from django.contrib.postgres.aggregates import StringAgg

    def joined(path):
        return Coalesce(
            StringAgg(path, delimiter=" ", distinct=True), Value(""), output_field=TextField()
        )

    return (
        SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector(joined("scope_items__description"), weight="B", config=SEARCH_CONFIG)
        + SearchVector("place", weight="B", config=SEARCH_CONFIG)
        + SearchVector(joined("parties__signatory_name"), weight="B", config=SEARCH_CONFIG)
        + SearchVector("notes", weight="C", config=SEARCH_CONFIG)
    )


def agreement_refresh_search(*, agreement_ids: list[int] | None = None) -> int:
    """Recompute the stored search vector (all agreements when no ids are given)."""
    from django.db.models import OuterRef, Subquery

    agreements = Agreement.objects.all()
    if agreement_ids is not None:
        agreements = agreements.filter(pk__in=agreement_ids)
    vectors = (
        Agreement.objects.filter(pk=OuterRef("pk"))
        .annotate(vector=search_vector_expression())
        .values("vector")
    )
    return agreements.update(search_vector=Subquery(vectors[:1]))
