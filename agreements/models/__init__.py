"""Cooperation agreements between Indonesian regional governments.

Derived states (active, expiring, expired) are computed from dates by ``AgreementQuerySet``;
only what a person decides (an early termination) is stored. Invariants that must hold for
every writer live in the database as constraints. The models live in ``reference``,
``agreements`` and ``news``; their choices in ``agreements.choices``; all are importable
from here, where Django (and the migrations) look for them.
"""

from agreements.choices import (
    ORGANISATION_PARTY_KINDS,
    UMBRELLA_TYPES,
    AgreementCategory,
    AgreementStatus,
    AgreementType,
    ArticleLink,
    CandidateStatus,
    CooperationClass,
    DocumentKind,
    IngestRunStatus,
    IslandGroup,
    OpdKind,
    PartyKind,
    Provenance,
    SectorCategory,
    SourceKind,
)
from agreements.models.agreements import (
    SEARCH_CONFIG,
    Agreement,
    AgreementOpd,
    Document,
    ScopeItem,
    document_upload_to,
)
from agreements.models.bureaus import BureauRegion
from agreements.models.news import Article, ArticleAgreement, Candidate, IngestRun, Source
from agreements.models.parties import REGION_PARTY_KINDS, AgreementParty
from agreements.models.querysets import (
    AddMonths,
    AgreementQuerySet,
    agreement_category,
    status_condition,
)
from agreements.models.reference import NormalizedName, Opd, Province, Sector
from agreements.models.regions import Regency, RegencyKind

__all__ = [
    "ORGANISATION_PARTY_KINDS",
    "REGION_PARTY_KINDS",
    "SEARCH_CONFIG",
    "UMBRELLA_TYPES",
    "AddMonths",
    "Agreement",
    "AgreementCategory",
    "AgreementOpd",
    "AgreementParty",
    "AgreementQuerySet",
    "AgreementStatus",
    "AgreementType",
    "Article",
    "ArticleAgreement",
    "ArticleLink",
    "BureauRegion",
    "Candidate",
    "CandidateStatus",
    "CooperationClass",
    "Document",
    "DocumentKind",
    "IngestRun",
    "IngestRunStatus",
    "IslandGroup",
    "NormalizedName",
    "Opd",
    "OpdKind",
    "PartyKind",
    "Provenance",
    "Province",
    "Regency",
    "RegencyKind",
    "ScopeItem",
    "Sector",
    "SectorCategory",
    "Source",
    "SourceKind",
    "agreement_category",
    "document_upload_to",
    "status_condition",
]
