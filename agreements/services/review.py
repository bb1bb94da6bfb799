"""Writes of the review queue: a reviewer accepts, merges or rejects a candidate.

Accepting creates the agreement through ``services.agreements.agreement_create`` (with its
validation and after-write hook) and links the article to it; each decision locks the
candidate, so two reviewers cannot both decide it.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from agreements.models import (
    Agreement,
    ArticleAgreement,
    ArticleLink,
    Candidate,
    CandidateStatus,
    CooperationClass,
    Provenance,
)
from agreements.scoping import require_editable
from agreements.services.agreements import OpdSpec, PartySpec, ScopeItemSpec, agreement_create


def _decide(candidate: Candidate, *, user, status: str, **fields) -> Candidate:
    candidate.status = status
    candidate.decided_by = user
    candidate.decided_at = timezone.now()
    for key, value in fields.items():
        setattr(candidate, key, value)
    candidate._history_user = user
    candidate.save()
    return candidate


def _lock_pending(candidate_id: int) -> Candidate:
    """The proposal to decide, locked: the lead of its event group when it belongs to one."""
    candidate = Candidate.objects.select_for_update().select_related("article").get(pk=candidate_id)
    if candidate.event_of_id is not None:
        candidate = (
            Candidate.objects.select_for_update()
            .select_related("article")
            .get(pk=candidate.event_of_id)
        )
    if candidate.status != CandidateStatus.PENDING:
        raise CandidateAlreadyDecided(candidate)
    return candidate


def _pending_members(lead: Candidate) -> list[Candidate]:
    return list(
        Candidate.objects.select_for_update()
        .select_related("article")
        .filter(event_of=lead, status=CandidateStatus.PENDING)
    )


def _link_members(lead: Candidate, agreement: Agreement, *, user, status: str, linked_by: str):
    """Every other outlet's report of the event becomes a source of the agreement too."""
    for member in _pending_members(lead):
        ArticleAgreement.objects.get_or_create(
            article=member.article,
            agreement=agreement,
            defaults={"evidence": member.extracted_facts.evidence_dict(), "linked_by": linked_by},
        )
        _decide(member, user=user, status=status, agreement=agreement)


class CandidateAlreadyDecided(Exception):
    def __init__(self, candidate: Candidate):
        super().__init__(f"candidate {candidate.pk} is already {candidate.status}")
        self.candidate = candidate


@transaction.atomic
def candidate_accept(
    *,
    candidate_id: int,
    user,
    title: str,
    parties: list[PartySpec],
    agreement_type: str,
    cooperation_class: str = CooperationClass.KSDD,
    signed_on: dt.date | None = None,
    place: str = "",
    effective_from: dt.date | None = None,
    expires_on: dt.date | None = None,
    duration_months: int | None = None,
    predecessor: Agreement | None = None,
    opds: list[OpdSpec] = (),
    scope_items: list[ScopeItemSpec] = (),
    notes: str = "",
) -> Agreement:
    """A reviewer's corrected facts become an agreement, linked to its article."""
    candidate = _lock_pending(candidate_id)
    article = candidate.article
    source_note = f"Sumber: {article.title} — {article.canonical_url}"
    agreement = agreement_create(
        title=title,
        parties=parties,
        agreement_type=agreement_type,
        cooperation_class=cooperation_class,
        signed_on=signed_on,
        place=place,
        effective_from=effective_from,
        expires_on=expires_on,
        duration_months=duration_months,
        predecessor=predecessor,
        opds=list(opds),
        scope_items=list(scope_items),
        notes=f"{notes}\n\n{source_note}".strip(),
        provenance=Provenance.ARTICLE,
        created_by=user,
    )
    ArticleAgreement.objects.get_or_create(
        article=article,
        agreement=agreement,
        defaults={
            "evidence": candidate.extracted_facts.evidence_dict(),
            "linked_by": ArticleLink.ACCEPTED,
        },
    )
    _decide(candidate, user=user, status=CandidateStatus.ACCEPTED, agreement=agreement)
    _link_members(
        candidate,
        agreement,
        user=user,
        status=CandidateStatus.ACCEPTED,
        linked_by=ArticleLink.ACCEPTED,
    )
    return agreement


@transaction.atomic
def candidate_merge(*, candidate_id: int, user, agreement: Agreement) -> Candidate:
    """The article reports an agreement already recorded: attach it as another source."""
    require_editable(user, agreement)
    candidate = _lock_pending(candidate_id)
    ArticleAgreement.objects.get_or_create(
        article=candidate.article,
        agreement=agreement,
        defaults={
            "evidence": candidate.extracted_facts.evidence_dict(),
            "linked_by": ArticleLink.MERGED,
        },
    )
    _link_members(
        candidate, agreement, user=user, status=CandidateStatus.MERGED, linked_by=ArticleLink.MERGED
    )
    return _decide(candidate, user=user, status=CandidateStatus.MERGED, agreement=agreement)


@transaction.atomic
def candidate_reject(*, candidate_id: int, user, reason: str) -> Candidate:
    reason = reason.strip()
    if not reason:
        raise ValueError("a rejection needs a reason")
    candidate = _lock_pending(candidate_id)
    for member in _pending_members(candidate):
        _decide(member, user=user, status=CandidateStatus.REJECTED, rejection_reason=reason)
    return _decide(candidate, user=user, status=CandidateStatus.REJECTED, rejection_reason=reason)


@transaction.atomic
def candidates_reject(*, candidate_ids: list[int], user, reason: str) -> int:
    """Bulk rejection; already decided candidates are left as they are."""
    rejected = 0
    pending = Candidate.objects.filter(pk__in=candidate_ids, status=CandidateStatus.PENDING)
    for candidate_id in pending.values_list("pk", flat=True):
        try:
            candidate_reject(candidate_id=candidate_id, user=user, reason=reason)
        except CandidateAlreadyDecided:
            continue
        rejected += 1
    return rejected
