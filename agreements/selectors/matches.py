"""Recorded agreements a proposal may duplicate or renew, each with a score and its reasons."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from agreements.facts import ExtractedFacts
from agreements.models import Agreement, AgreementParty, ScopeItem
from agreements.scope_phrases import scope_phrases

_WORD = re.compile(r"[a-z]{4,}")
_RENEWAL = re.compile(r"\b(?:diperpanjang|perpanjangan|memperpanjang|diperbarui|pembaruan)\b", re.I)
# Words of every agreement title; they say nothing about which one this is.
_COMMON = {"kesepakatan", "bersama", "pemerintah", "provinsi", "antara", "tentang", "kerja"}


@dataclass
class Match:
    agreement: Agreement
    score: float
    reasons: list[str] = field(default_factory=list)
    renewal: bool = False


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower())) - _COMMON


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _score(agreement: Agreement, facts: ExtractedFacts, words: set[str], renewal_text: bool):
    reasons, score = [], 0.0
    theirs = {p.province_id for p in agreement.parties.all() if p.province_id}
    ours = facts.province_codes
    shared = _jaccard(ours, theirs)
    score += 0.4 * shared
    if ours == theirs:
        reasons.append(_("pihak yang sama"))
    elif ours & theirs:
        reasons.append(_("sebagian pihak sama"))
    renewal = False
    if facts.signed_on and agreement.signed_on:
        days = abs((facts.signed_on - agreement.signed_on).days)
        if days <= 7:
            score += 0.3
            reasons.append(_("ditandatangani %(n)d hari terpaut") % {"n": days})
        elif agreement.signed_on < facts.signed_on:
            since = facts.prior_cooperation_since
            if (since and agreement.signed_on.year >= since) or renewal_text:
                renewal = True
                score += 0.15
                reasons.append(_("lebih awal: mungkin kerja sama yang diperpanjang"))
    their_words = _words(
        agreement.title + " " + " ".join(s.description for s in agreement.scope_items.all())
    )
    similarity = _jaccard(words, their_words)
    score += 0.3 * min(1.0, similarity * 3)
    if similarity >= 0.1:
        reasons.append(
            _("judul dan ruang lingkup mirip (%(p)d%%)") % {"p": round(similarity * 100)}
        )
    # The sectors by name in the interface's language (the page shows labels, never codes).
    sectors = {s.code: s for item in agreement.scope_items.all() for s in item.sectors.all()}
    common = sorted(set(sectors) & set(facts.sectors))
    if common:
        names = ", ".join(sectors[code].label for code in common)
        reasons.append(_("urusan sama: %(codes)s") % {"codes": names})
    return round(score, 2), reasons, renewal


def agreement_matches(facts: ExtractedFacts, *, text: str = "", limit: int = 5) -> list[Match]:
    """The best-scoring recorded agreements of the proposal's provinces (three queries)."""
    codes = facts.province_codes
    if len(codes) < 2:
        return []
    agreements = Agreement.objects.all()
    for code in sorted(codes):
        agreements = agreements.involving(code)
    agreements = agreements.order_by("-signed_on", "-id").prefetch_related(
        Prefetch("parties", queryset=AgreementParty.objects.order_by()),
        Prefetch("scope_items", queryset=ScopeItem.objects.prefetch_related("sectors")),
    )[:30]
    words = _words(text[:2000] + " " + " ".join(p.description for p in scope_phrases(facts)))
    renewal_text = bool(_RENEWAL.search(text))
    matches = []
    for agreement in agreements:
        score, reasons, renewal = _score(agreement, facts, words, renewal_text)
        matches.append(Match(agreement, score, reasons, renewal))
    matches.sort(key=lambda match: match.score, reverse=True)
    return matches[:limit]
