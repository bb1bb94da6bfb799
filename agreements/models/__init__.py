"""Cooperation agreements between Indonesian regional governments.

Derived states (active, expiring, expired) are computed from dates by ``AgreementQuerySet``;
only what a person decides (an early termination) is stored. Invariants that must hold for
every writer live in the database as constraints. The models live in ``reference``,
``agreements`` and ``news``; their choices in ``agreements.choices``; all are importable
from here, where Django (and the migrations) look for them.
"""

from agreements.choices import (
    UMBRELLA_TYPES,
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
    AgreementParty,
    Document,
    ScopeItem,
    document_upload_to,
)
from agreements.models.following import Follow, Reminder, ReminderKind, ReminderProfile
from agreements.models.news import Article, ArticleAgreement, Candidate, IngestRun, Source
from agreements.models.querysets import AddMonths, AgreementQuerySet, status_condition
from agreements.models.reference import NormalizedName, Opd, Province, Sector
from agreements.models.reports import PeriodicReport, ReportFormat, ReportState

__all__ = [
    "SEARCH_CONFIG",
    "UMBRELLA_TYPES",
    "AddMonths",
    "Agreement",
    "AgreementOpd",
    "AgreementParty",
    "AgreementQuerySet",
    "AgreementStatus",
    "AgreementType",
    "Article",
    "ArticleAgreement",
    "ArticleLink",
    "Candidate",
    "CandidateStatus",
    "CooperationClass",
    "Document",
    "DocumentKind",
    "Follow",
    "IngestRun",
    "IngestRunStatus",
    "IslandGroup",
    "NormalizedName",
    "Opd",
    "OpdKind",
    "PartyKind",
    "PeriodicReport",
    "Provenance",
    "Province",
    "Reminder",
    "ReminderKind",
    "ReminderProfile",
    "ReportFormat",
    "ReportState",
    "ScopeItem",
    "Sector",
    "SectorCategory",
    "Source",
    "SourceKind",
    "document_upload_to",
    "status_condition",
]
