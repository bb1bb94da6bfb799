"""Reads of news articles for the pages: each function is a fixed, small number of queries."""

from __future__ import annotations

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.utils import timezone

from agreements.models import Agreement, Article, ArticleAgreement, Candidate, CandidateStatus


def articles_this_month() -> int:
    today = timezone.localdate()
    return Article.objects.filter(
        published_at__year=today.year, published_at__month=today.month
    ).count()


def latest_articles(limit: int = 8, *, province: str | None = None) -> list[Article]:
    articles = Article.objects.filter(is_relevant=True, duplicate_of__isnull=True)
    if province is not None:
        involving = Agreement.objects.involving(province).values("pk")
        linked = ArticleAgreement.objects.filter(agreement__in=involving)
        articles = articles.filter(pk__in=linked.values("article_id"))
    return list(
        articles.select_related("source")
        .defer("raw_html", "text")
        .order_by(F("published_at").desc(nulls_last=True), "-id")[:limit]
    )


def article_list_queryset() -> QuerySet[Article]:
    return (
        Article.objects.select_related("source")
        .defer("raw_html", "text")
        .annotate(agreement_count=Count("agreement_links"))
        .order_by(F("published_at").desc(nulls_last=True), "-id")
    )


def article_detail(pk: int) -> Article:
    links = ArticleAgreement.objects.select_related("agreement").order_by("agreement__title")
    return (
        Article.objects.select_related("source", "duplicate_of")
        .defer("raw_html")
        .prefetch_related(Prefetch("agreement_links", queryset=links))
        .get(pk=pk)
    )


def source_articles(agreement: Agreement) -> list[ArticleAgreement]:
    """The articles that reported an agreement, with the evidence kept when they were linked."""
    return list(
        ArticleAgreement.objects.filter(agreement=agreement)
        .select_related("article")
        .defer("article__raw_html", "article__text")
        .order_by(F("article__published_at").desc(nulls_last=True))
    )


def pending_candidate_count() -> int:
    """Proposals waiting for a reviewer (home page and admin index)."""
    return Candidate.objects.filter(status=CandidateStatus.PENDING).count()


def event_variants(candidate: Candidate) -> list[dict]:
    """Each outlet's version of the event (the lead first), side by side on the review page:
    outlets disagree on the date and the venue. Empty when only one outlet reported it."""
    lead_id = candidate.event_of_id or candidate.pk
    group = list(
        Candidate.objects.filter(Q(pk=lead_id) | Q(event_of_id=lead_id))
        .select_related("article__source")
        .order_by("created_at", "id")
    )
    if len(group) < 2:
        return []
    return [
        {
            "candidate": member,
            "article": member.article,
            "facts": member.extracted_facts,
            "is_lead": member.pk == lead_id,
        }
        for member in group
    ]
