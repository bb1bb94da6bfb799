"""The review queue's list: what waits comes first, surest and newest on top, with filters
a reviewer narrows by (source, province, confidence)."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _

from agreements.facts import PREFILL_CONFIDENCE
from agreements.models import CandidateStatus, Province, Source


class StatusFilter(admin.SimpleListFilter):
    """The queue opens on what waits for a decision."""

    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [*CandidateStatus.choices, ("all", _("Semua"))]

    def choices(self, changelist):
        value = self.value() or CandidateStatus.PENDING
        for lookup, title in self.lookup_choices:
            yield {
                "selected": value == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value() or CandidateStatus.PENDING
        return queryset if value == "all" else queryset.filter(status=value)


class SourceFilter(admin.SimpleListFilter):
    title = _("sumber berita")
    parameter_name = "source"

    def lookups(self, request, model_admin):
        return [(str(pk), name) for pk, name in Source.objects.values_list("pk", "name")]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(article__source_id=int(self.value()))
        return queryset


class ProvinceFilter(admin.SimpleListFilter):
    """Proposals naming a province among their parties (the stored facts, a JSON list)."""

    title = _("provinsi")
    parameter_name = "province"

    def lookups(self, request, model_admin):
        return list(Province.objects.values_list("code", "name"))

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(facts__parties__contains=[{"province_code": self.value()}])
        return queryset


class ConfidenceFilter(admin.SimpleListFilter):
    title = _("keyakinan")
    parameter_name = "confidence"
    BANDS = {
        "high": (PREFILL_CONFIDENCE, None),
        "mid": (0.5, PREFILL_CONFIDENCE),
        "low": (None, 0.5),
    }

    def lookups(self, request, model_admin):
        return [
            ("high", _("tinggi (≥ 0,80)")),
            ("mid", _("sedang (0,50 sampai 0,80)")),
            ("low", _("rendah (< 0,50)")),
        ]

    def queryset(self, request, queryset):
        if self.value() not in self.BANDS:
            return queryset
        low, high = self.BANDS[self.value()]
        if low is not None:
            queryset = queryset.filter(confidence__gte=low)
        if high is not None:
            queryset = queryset.filter(confidence__lt=high)
        return queryset


# Pending first; then the surest, then the newest article (the changelist's default order).
QUEUE_ORDERING = [
    Case(
        When(status=CandidateStatus.PENDING, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    ).asc(),
    "-confidence",
    "-article__published_at",
]
