"""One decision per event: articles of several outlets about one signing form one group.

The first proposal of an event leads its group; later ones join it when they name the same
provinces, a signing date a few days apart and similar words. A reviewer decides the lead and
the decision covers every member. A report arriving after the decision takes it over, so a
replayed or late feed never reopens an event already decided.
"""

from __future__ import annotations

import datetime as dt
import re

from django.utils import timezone

from agreements.facts import ExtractedFacts
from agreements.models import Article, ArticleAgreement, ArticleLink, Candidate, CandidateStatus

# Outlets disagree on the date by a day or two ("Kamis (12/3)" against the publication day).
EVENT_WINDOW_DAYS = 3
# Shared words of the headline and opening: low, because outlets reword; it only has to
# tell two events of the same provinces in the same week apart.
MIN_SIMILARITY = 0.12
_WORD = re.compile(r"[a-z]{4,}")


def _words(article: Article) -> set[str]:
    return set(_WORD.findall(f"{article.title} {article.text[:1500]}".lower()))


def text_similarity(a: Article, b: Article) -> float:
    first, second = _words(a), _words(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def _same_event(facts: ExtractedFacts, other: ExtractedFacts, article, other_article) -> bool:
    if len(facts.province_codes) < 2 or facts.province_codes != other.province_codes:
        return False
    if facts.signed_on and other.signed_on:
        if abs((facts.signed_on - other.signed_on).days) > EVENT_WINDOW_DAYS:
            return False
        threshold = MIN_SIMILARITY
    else:
        # Without both dates the text has to carry more of the proof.
        threshold = MIN_SIMILARITY * 2
    return text_similarity(article, other_article) >= threshold


def event_lead_find(*, article: Article, facts: ExtractedFacts) -> Candidate | None:
    """The lead proposal of the event this article reports, decided or not, if any."""
    codes = sorted(facts.province_codes)
    if len(codes) < 2:
        return None
    leads = Candidate.objects.filter(event_of__isnull=True).exclude(article=article)
    for code in codes:
        leads = leads.filter(facts__parties__contains=[{"province_code": code}])
    if facts.signed_on:
        window = dt.timedelta(days=EVENT_WINDOW_DAYS + 1)
        # The stored facts hold the ISO date as text; ISO text sorts as dates do.
        leads = leads.filter(
            facts__signed_on__gte=(facts.signed_on - window).isoformat(),
            facts__signed_on__lte=(facts.signed_on + window).isoformat(),
        )
    for lead in leads.select_related("article").order_by("created_at", "id")[:20]:
        if _same_event(facts, lead.extracted_facts, article, lead.article):
            return lead
    return None


def event_join_fields(lead: Candidate, *, article: Article, facts: ExtractedFacts) -> dict:
    """The fields of a new proposal that joins ``lead``'s group: its decision, if taken."""
    fields = {"event_of": lead}
    if lead.status == CandidateStatus.PENDING:
        return fields
    fields.update(
        status=lead.status,
        decided_by=lead.decided_by,
        decided_at=timezone.now(),
        rejection_reason=lead.rejection_reason,
        agreement=lead.agreement,
    )
    if lead.agreement_id is not None:
        ArticleAgreement.objects.get_or_create(
            article=article,
            agreement_id=lead.agreement_id,
            defaults={"evidence": facts.evidence_dict(), "linked_by": ArticleLink.MERGED},
        )
        fields["status"] = CandidateStatus.MERGED
    return fields
