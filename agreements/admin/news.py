"""Admin of news ingestion: sources with their schedules, runs and the articles they found.

Ingested text is untrusted: it is only ever rendered escaped. Sources are written through
``services.sources`` so their beat schedules stay in step.
"""

from __future__ import annotations

from django.contrib import admin
from django.db import models, transaction
from django.db.models import Count
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from agreements.models import (
    Article,
    IngestRun,
    Source,
)
from agreements.services import sources


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "kind",
        "enabled",
        "interval_minutes",
        "last_success_at",
        "error_short",
        "article_count",
    ]
    list_filter = ["enabled", "kind"]
    search_fields = ["name", "url"]
    readonly_fields = [
        "last_run_at",
        "last_success_at",
        "last_error",
        "last_error_at",
        "article_count",
        "periodic_task",
    ]
    fields = [
        "name",
        "kind",
        "url",
        "enabled",
        ("interval_minutes", "politeness_seconds", "max_items_per_run"),
        *readonly_fields,
    ]
    actions = ["run_now"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_articles=Count("articles"))

    @admin.display(description=_("artikel"), ordering="n_articles")
    def article_count(self, source: Source) -> int:
        return getattr(source, "n_articles", 0)

    @admin.display(description=_("galat terakhir"))
    def error_short(self, source: Source) -> str:
        return source.last_error[:80]

    def save_model(self, request, obj, form, change):
        data = {name: form.cleaned_data[name] for name in sources.SOURCE_FIELDS}
        if change:
            sources.source_update(source=obj, **data)
        else:
            created = sources.source_create(**data)
            obj.pk = created.pk
            obj.periodic_task = created.periodic_task

    def delete_model(self, request, obj):
        sources.source_delete(source=obj)

    def delete_queryset(self, request, queryset):
        for source in queryset:
            sources.source_delete(source=source)

    @admin.action(description=_("Jalankan sekarang"), permissions=["change"])
    def run_now(self, request, queryset):
        from agreements.tasks import ingest_source

        ids = list(queryset.values_list("pk", flat=True))
        transaction.on_commit(lambda: [ingest_source.delay(pk, trigger="admin") for pk in ids])
        self.message_user(request, _("%(n)d sumber dijadwalkan.") % {"n": len(ids)})


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = [
        "started_at",
        "source",
        "status",
        "discovered",
        "new",
        "duplicate",
        "failed",
        "candidates",
        "error_count",
    ]
    list_filter = ["status", "source"]
    list_select_related = ["source"]
    date_hierarchy = "started_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("galat"))
    def error_count(self, run: IngestRun) -> int:
        return len(run.errors or [])


def language_name(code: str) -> str:
    """ "Indonesia" / "Indonesian" for "id": the admin shows languages by name, not code."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code or "—"


class LanguageFilter(admin.SimpleListFilter):
    title = _("bahasa")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        codes = Article.objects.order_by("language").values_list("language", flat=True)
        return [(code, language_name(code)) for code in codes.distinct()]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        return queryset.filter(language=self.value())


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "published_at", "is_relevant", "source", "duplicate_of"]
    list_filter = ["is_relevant", "source", LanguageFilter]
    list_select_related = ["source", "duplicate_of"]
    search_fields = ["title", "canonical_url"]
    date_hierarchy = "published_at"
    exclude = ["raw_html", "agreements"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in Article._meta.fields if f.name != "raw_html"]

    def has_add_permission(self, request):
        return False
