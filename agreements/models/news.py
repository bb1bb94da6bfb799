"""News ingestion: sources, runs, articles, their links to agreements, and candidates."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from agreements.choices import (
    ArticleLink,
    CandidateStatus,
    IngestRunStatus,
    SourceKind,
)
from agreements.evidence import distinct_evidence
from agreements.facts import ExtractedFacts
from agreements.models.agreements import Agreement


class Source(models.Model):
    """A news source read on a schedule; its beat entry is kept in step by services.sources."""

    name = models.CharField(_("nama"), max_length=200)
    kind = models.CharField(
        _("jenis"), max_length=20, choices=SourceKind.choices, default=SourceKind.FEED
    )
    url = models.URLField(_("alamat"), max_length=1000, unique=True)
    enabled = models.BooleanField(_("aktif"), default=True)
    interval_minutes = models.PositiveIntegerField(_("selang (menit)"), default=60)
    politeness_seconds = models.PositiveIntegerField(
        _("jeda antarpermintaan (detik)"),
        default=5,
        help_text=_("Jeda minimum antara dua permintaan ke host yang sama."),
    )
    max_items_per_run = models.PositiveIntegerField(
        _("artikel baru maksimum per putaran"), default=50
    )
    # Conditional GET of the feed itself: the validators the server sent last time.
    etag = models.CharField(_("ETag"), max_length=500, blank=True, editable=False)
    last_modified = models.CharField(_("Last-Modified"), max_length=100, blank=True, editable=False)
    last_run_at = models.DateTimeField(_("terakhir dijalankan"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("terakhir berhasil"), null=True, blank=True)
    last_error = models.TextField(_("galat terakhir"), blank=True)
    last_error_at = models.DateTimeField(_("waktu galat terakhir"), null=True, blank=True)
    periodic_task = models.OneToOneField(
        "django_celery_beat.PeriodicTask",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("jadwal"),
    )
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sumber berita")
        verbose_name_plural = pgettext_lazy("jamak", "sumber berita")
        constraints = [
            models.CheckConstraint(
                condition=Q(interval_minutes__gte=1), name="source_interval_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class IngestRun(models.Model):
    """One read of a source; article tasks add their outcomes to the counters as they finish."""

    source = models.ForeignKey(
        Source,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="runs",
        verbose_name=_("sumber"),
    )
    trigger = models.CharField(_("pemicu"), max_length=20, default="schedule")
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=IngestRunStatus.choices,
        default=IngestRunStatus.RUNNING,
    )
    started_at = models.DateTimeField(_("mulai"), default=timezone.now)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)
    discovered = models.PositiveIntegerField(_("ditemukan"), default=0)
    new = models.PositiveIntegerField(_("baru"), default=0)
    duplicate = models.PositiveIntegerField(_("duplikat"), default=0)
    failed = models.PositiveIntegerField(_("gagal"), default=0)
    candidates = models.PositiveIntegerField(_("usulan"), default=0)
    # [{"url": ..., "error": ..., "transient": bool}], capped so a hostile feed cannot bloat it.
    errors = models.JSONField(_("galat"), default=list, blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("putaran pengambilan")
        verbose_name_plural = pgettext_lazy("jamak", "putaran pengambilan")
        indexes = [
            # Source admin: latest run per source.
            models.Index(fields=["source", "-started_at"], name="ingestrun_source_started"),
        ]

    def __str__(self) -> str:
        return f"{self.source or '-'} {self.started_at:%Y-%m-%d %H:%M}"


class Article(models.Model):
    """A news item as fetched: clean text, metadata, and the facts the extractor found."""

    title = models.CharField(_("judul"), max_length=1000, blank=True)
    # As discovered (feed link, tracking parameters removed); canonical_url is what dedupes.
    url = models.URLField(_("alamat"), max_length=2000)
    canonical_url = models.URLField(_("alamat kanonik"), max_length=2000)
    publisher = models.CharField(_("penerbit"), max_length=300, blank=True)
    author = models.CharField(_("penulis"), max_length=300, blank=True)
    published_at = models.DateTimeField(_("diterbitkan"), null=True, blank=True)
    text = models.TextField(_("teks"), blank=True)
    language = models.CharField(_("bahasa"), max_length=10, blank=True)
    # sha256 of the normalised text: syndicated copies share it.
    content_hash = models.CharField(_("hash isi"), max_length=64, db_index=True)
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("duplikat dari"),
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("sumber"),
    )
    extraction = models.JSONField(_("hasil ekstraksi"), default=dict, blank=True)
    is_relevant = models.BooleanField(_("relevan"), default=False)
    extracted_at = models.DateTimeField(_("diekstraksi"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("diambil"), default=timezone.now)
    # zlib-compressed original HTML, kept for re-extraction and purged after the retention.
    raw_html = models.BinaryField(_("HTML asli (terkompresi)"), null=True, blank=True)
    agreements = models.ManyToManyField(
        Agreement,
        through="ArticleAgreement",
        related_name="articles",
        blank=True,
        verbose_name=_("kesepakatan"),
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = pgettext_lazy("tunggal", "artikel")
        verbose_name_plural = pgettext_lazy("jamak", "artikel")
        constraints = [
            # Concurrent workers race to insert the same article; the database decides.
            models.UniqueConstraint(fields=["canonical_url"], name="article_unique_canonical_url"),
            models.CheckConstraint(
                condition=~Q(duplicate_of=F("id")), name="article_not_its_own_duplicate"
            ),
            # /articles/<int:pk>/ cannot address a negative or zero id.
            models.CheckConstraint(condition=Q(id__gt=0), name="article_id_positive"),
        ]
        indexes = [
            # Article list (/articles/) and home "latest articles": newest first, relevant only.
            models.Index(fields=["-published_at", "-id"], name="article_published"),
            models.Index(
                fields=["is_relevant", "-published_at"], name="article_relevant_published"
            ),
            # The feed reader asks which discovered URLs it has already seen.
            models.Index(fields=["url"], name="article_url"),
        ]

    def __str__(self) -> str:
        return self.title or self.canonical_url

    @property
    def extracted_facts(self) -> ExtractedFacts:
        return ExtractedFacts.from_dict(self.extraction)


class ArticleAgreement(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="agreement_links", verbose_name=_("artikel")
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        related_name="article_links",
        verbose_name=_("kesepakatan"),
    )
    evidence = models.JSONField(_("kalimat bukti"), default=dict, blank=True)
    linked_by = models.CharField(_("cara ditautkan"), max_length=20, choices=ArticleLink.choices)
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("artikel kesepakatan")
        verbose_name_plural = pgettext_lazy("jamak", "artikel kesepakatan")
        constraints = [
            models.UniqueConstraint(fields=["article", "agreement"], name="article_agreement_once"),
        ]

    def __str__(self) -> str:
        return f"{self.article} → {self.agreement}"

    @property
    def distinct_evidence(self) -> list[tuple[str, list[str]]]:
        return distinct_evidence(self.evidence)


class Candidate(models.Model):
    """What extraction proposed from one article; only a reviewer turns it into an agreement."""

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, related_name="candidate", verbose_name=_("artikel")
    )
    facts = models.JSONField(_("fakta"), default=dict)
    confidence = models.FloatField(_("keyakinan"), default=0.0)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CandidateStatus.choices,
        default=CandidateStatus.PENDING,
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="candidates",
        verbose_name=_("kesepakatan hasil"),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("diputuskan oleh"),
    )
    decided_at = models.DateTimeField(_("diputuskan pada"), null=True, blank=True)
    # Outlets reporting the same signing make one proposal: the first is the group's lead,
    # the others point to it and are decided with it (services.events).
    event_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_members",
        verbose_name=_("laporan lain dari peristiwa"),
    )
    rejection_reason = models.TextField(_("alasan penolakan"), blank=True)
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("usulan kesepakatan")
        verbose_name_plural = pgettext_lazy("jamak", "usulan kesepakatan")
        constraints = [
            models.CheckConstraint(
                condition=Q(status=CandidateStatus.PENDING) | Q(decided_at__isnull=False),
                name="candidate_decided_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status=CandidateStatus.REJECTED) | ~Q(rejection_reason=""),
                name="candidate_rejection_has_reason",
            ),
        ]
        indexes = [
            # Review queue in the admin: pending first, newest first.
            models.Index(fields=["status", "-created_at"], name="candidate_status_created"),
        ]

    def __str__(self) -> str:
        return str(self.article)

    @property
    def extracted_facts(self) -> ExtractedFacts:
        """The proposal as extracted (a copy of the article's facts when it was proposed)."""
        return ExtractedFacts.from_dict(self.facts)
