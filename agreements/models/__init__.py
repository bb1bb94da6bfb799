"""Cooperation agreements between Indonesian regional governments.

Derived states (active, expiring, expired) are computed from dates by ``AgreementQuerySet``;
what a person decides is recorded as a dated action (``AgreementAction``); dormancy and
completeness are derived too (``dormant_condition``, ``completeness_conditions``).
Invariants that must hold for every writer live in the database as constraints. The models
live in ``reference``, ``agreements``, ``actions``, ``implementation`` and ``news``; their
choices in ``agreements.choices``; all are importable from here, where Django (and the
migrations) look for them.
"""

from agreements.choices import (
    ORGANISATION_PARTY_KINDS,
    UMBRELLA_TYPES,
    ActionKind,
    ActivityState,
    AgreementCategory,
    AgreementStatus,
    AgreementType,
    ArticleLink,
    CandidateStatus,
    CompletenessItem,
    CooperationClass,
    DocumentKind,
    IngestRunStatus,
    IslandGroup,
    OpdKind,
    PartyKind,
    Provenance,
    ReportPeriod,
    SectorCategory,
    SourceKind,
)
from agreements.models.actions import AgreementAction
from agreements.models.agreements import (
    SEARCH_CONFIG,
    Agreement,
    AgreementOpd,
    Document,
    ScopeItem,
    document_upload_to,
)
from agreements.models.bureaus import BureauRegion
from agreements.models.exports import ExportFormat, ExportJob
from agreements.models.following import Follow, Reminder, ReminderKind, ReminderProfile
from agreements.models.implementation import Activity, MonitoringReport
from agreements.models.news import Article, ArticleAgreement, Candidate, IngestRun, Source
from agreements.models.parties import REGION_PARTY_KINDS, AgreementParty
from agreements.models.querysets import (
    AddMonths,
    AgreementQuerySet,
    agreement_category,
    completeness_conditions,
    dormant_condition,
    status_condition,
)
from agreements.models.reference import NormalizedName, Opd, Province, Sector
from agreements.models.regions import Regency, RegencyKind
from agreements.models.reports import PeriodicReport, ReportFormat, ReportState
from agreements.models.summaries import AgreementFacts, SummaryCount

__all__ = [
    "ORGANISATION_PARTY_KINDS",
    "REGION_PARTY_KINDS",
    "SEARCH_CONFIG",
    "UMBRELLA_TYPES",
    "ActionKind",
    "Activity",
    "ActivityState",
    "AddMonths",
    "Agreement",
    "AgreementAction",
    "AgreementCategory",
    "AgreementFacts",
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
    "CompletenessItem",
    "CooperationClass",
    "Document",
    "DocumentKind",
    "ExportFormat",
    "ExportJob",
    "Follow",
    "IngestRun",
    "IngestRunStatus",
    "IslandGroup",
    "MonitoringReport",
    "NormalizedName",
    "Opd",
    "OpdKind",
    "PartyKind",
    "PeriodicReport",
    "Provenance",
    "Province",
    "Regency",
    "RegencyKind",
    "Reminder",
    "ReminderKind",
    "ReminderProfile",
    "ReportFormat",
    "ReportPeriod",
    "ReportState",
    "ScopeItem",
    "Sector",
    "SectorCategory",
    "Source",
    "SourceKind",
    "SummaryCount",
    "agreement_category",
    "completeness_conditions",
    "document_upload_to",
    "dormant_condition",
    "status_condition",
]
