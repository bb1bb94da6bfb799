"""Admin of the follow-up: dated actions, activities (kegiatan) and monitoring reports.

Each is an inline on the agreement's page and has its own list (across agreements, with
filters by kind, state, period and province) for the bureau's weekly review. Choices of a
party, a document or evidence are the agreement's own, never the whole table.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from agreements.admin.history import GuardedHistoryAdmin
from agreements.models import (
    Activity,
    Agreement,
    AgreementAction,
    AgreementParty,
    Document,
    MonitoringReport,
)
from agreements.scoping import editable_agreements
from agreements.services.actions import agreement_termination_refresh
from agreements.services.implementation import report_file


def _object_id(request):
    """The id in the admin change form's address (an agreement's for an inline)."""
    match = request.resolver_match
    object_id = match.kwargs.get("object_id") if match else None
    return int(object_id) if object_id and str(object_id).isdigit() else None


class OwnChoicesMixin:
    """Party, document and evidence choices limited to one agreement's rows."""

    def _own(self, request, queryset):
        agreement_id = self._current_agreement(request)
        if agreement_id is None:
            return queryset.none()
        return queryset.filter(agreement_id=agreement_id)

    def _current_agreement(self, request):
        """An inline's agreement is the page's object; an own admin's is its row's agreement
        (none on the add page: save once, then choose the party or document)."""
        object_id = _object_id(request)
        if object_id is None or isinstance(self, admin.options.InlineModelAdmin):
            return object_id
        row = self.model.objects.filter(pk=object_id).values("agreement_id").first()
        return row["agreement_id"] if row else None

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model in (AgreementParty, Document):
            kwargs["queryset"] = self._own(request, db_field.related_model.objects.all())
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.related_model is Document:
            kwargs["queryset"] = self._own(request, Document.objects.all())
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class AgreementActionInline(OwnChoicesMixin, admin.TabularInline):
    model = AgreementAction
    extra = 0
    fields = ["date", "kind", "party", "note", "document"]
    verbose_name_plural = _("tindakan (lini masa)")
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2})}}


class ActivityInline(OwnChoicesMixin, admin.StackedInline):
    model = Activity
    extra = 0
    autocomplete_fields = ["opd"]
    fields = [
        ("title", "opd"),
        ("state", "progress", "budget"),
        ("planned_start", "planned_end", "actual_start", "actual_end"),
        "outputs",
        "evidence",
    ]
    classes = ["collapse"]


class MonitoringReportInline(OwnChoicesMixin, admin.StackedInline):
    model = MonitoringReport
    extra = 0
    fields = [("year", "period", "filed_on", "document"), "summary", "problems", "follow_up"]
    classes = ["collapse"]


def save_follow_up_formset(request, formset) -> bool:
    """Save an inline of the agreement page; return whether it was one of the follow-up ones.

    New reports are filed through ``report_file`` (author, timeline action); a changed
    termination action refreshes the agreement's termination date.
    """
    if formset.model is MonitoringReport:
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        for report in instances:
            if report.pk is None:
                report_file(report=report, user=request.user)
            else:
                report.save()
        formset.save_m2m()
        return True
    if formset.model is AgreementAction:
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        for action in instances:
            if action.recorded_by_id is None:
                action.recorded_by = request.user
            action.save()
        formset.save_m2m()
        agreement_termination_refresh(agreement_ids=[formset.instance.pk])
        return True
    return False


class PerAgreementAdmin(OwnChoicesMixin, GuardedHistoryAdmin):
    autocomplete_fields = ["agreement"]
    list_select_related = ["agreement"]
    date_hierarchy = None

    def get_queryset(self, request):
        # A bureau's follow-up rows are those of its own regions' agreements (as the
        # agreement admin's list); another region's row is "not found" here.
        editable = editable_agreements(request.user, Agreement.objects.all())
        return super().get_queryset(request).filter(agreement__in=editable)


@admin.register(AgreementAction)
class AgreementActionAdmin(PerAgreementAdmin):
    list_display = ["date", "kind", "agreement", "party", "recorded_by"]
    list_filter = ["kind"]
    list_select_related = ["agreement", "party__province", "recorded_by"]
    search_fields = ["agreement__title", "note"]
    date_hierarchy = "date"
    fields = ["agreement", "date", "kind", "party", "note", "document"]

    def save_model(self, request, obj, form, change):
        if obj.recorded_by_id is None:
            obj.recorded_by = request.user
        super().save_model(request, obj, form, change)
        agreement_termination_refresh(agreement_ids=[obj.agreement_id])

    def delete_model(self, request, obj):
        agreement_id = obj.agreement_id
        super().delete_model(request, obj)
        agreement_termination_refresh(agreement_ids=[agreement_id])

    def delete_queryset(self, request, queryset):
        agreement_ids = list(queryset.values_list("agreement_id", flat=True).distinct())
        super().delete_queryset(request, queryset)
        agreement_termination_refresh(agreement_ids=agreement_ids)


@admin.register(Activity)
class ActivityAdmin(PerAgreementAdmin):
    list_display = ["title", "agreement", "opd", "state", "progress", "planned_start"]
    list_filter = ["state", "opd__province"]
    list_select_related = ["agreement", "opd"]
    search_fields = ["title", "outputs", "agreement__title"]
    autocomplete_fields = ["agreement", "opd"]
    fields = [
        "agreement",
        ("title", "opd"),
        ("state", "progress", "budget"),
        ("planned_start", "planned_end", "actual_start", "actual_end"),
        "outputs",
        "evidence",
    ]


@admin.register(MonitoringReport)
class MonitoringReportAdmin(PerAgreementAdmin):
    list_display = ["__str__", "agreement", "filed_on", "filed_by"]
    list_filter = ["period", "year"]
    list_select_related = ["agreement", "filed_by"]
    search_fields = ["agreement__title", "summary", "problems"]
    fields = [
        "agreement",
        ("year", "period", "filed_on"),
        "summary",
        "problems",
        "follow_up",
        "document",
    ]

    def save_model(self, request, obj, form, change):
        if obj.pk is None:
            report_file(report=obj, user=request.user)
        else:
            super().save_model(request, obj, form, change)
