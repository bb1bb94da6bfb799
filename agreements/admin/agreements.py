"""Admin of reference data and agreements: an agreement with all its parts on one page."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX

from agreements.admin.agreement_forms import (
    AgreementOpdFormSet,
    AgreementPartyForm,
    AgreementPartyFormSet,
    DocumentForm,
)
from agreements.admin.followup import (
    ActivityInline,
    AgreementActionInline,
    MonitoringReportInline,
    save_follow_up_formset,
)
from agreements.admin.history import GuardedHistoryAdmin
from agreements.admin.importing import ImportGuardMixin, LimitedCSV, LimitedXLSX
from agreements.admin.locking import VersionedAgreementForm
from agreements.admin.publishing import publish_selected, unpublish_selected
from agreements.admin.resources import AgreementResource
from agreements.history_display import ReadableHistoryMixin
from agreements.models import (
    Agreement,
    AgreementOpd,
    AgreementParty,
    AgreementStatus,
    Document,
    Opd,
    Province,
    Regency,
    ScopeItem,
    Sector,
)
from agreements.scoping import can_edit_agreement, editable_agreements
from agreements.selectors.paging import AdminCountPaginator, signing_years
from agreements.selectors.reference import province_alias_codes
from agreements.selectors.search import agreement_search, match_ids
from agreements.services.agreements import agreement_after_write

# Shorter words are searched in the title, notes and place only.
SEARCH_WORD_MIN_LENGTH = 3


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "iso_3166_2", "capital", "island_group"]
    list_filter = ["island_group"]
    search_fields = ["code", "name", "iso_3166_2"]
    ordering = ["code"]


@admin.register(Regency)
class RegencyAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "province"]
    list_filter = ["kind", "province"]
    list_select_related = ["province"]
    # The party autocomplete: "bandung" lists Kabupaten and Kota Bandung, "kab bandung" and
    # "pemkot bandung" the one meant.
    search_fields = ["code", "name"]
    ordering = ["code"]

    def get_search_results(self, request, queryset, search_term):
        term = " ".join(search_term.split())
        lowered = term.lower()
        for prefixes, kind in REGENCY_KIND_WORDS:
            prefix = next((p for p in prefixes if lowered.startswith(p + " ")), None)
            if prefix:
                queryset, term = queryset.filter(kind=kind), term[len(prefix) :].strip()
                break
        return super().get_search_results(request, queryset, term)


# Longest first: "pemerintah kota" before "kota".
REGENCY_KIND_WORDS = [
    (("pemerintah kabupaten", "kabupaten", "pemkab", "kab.", "kab"), "regency"),
    (("pemerintah kota", "pemkot", "kota"), "city"),
]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["code", "name_id", "name_en", "category", "nomenclature_code"]
    list_filter = ["category"]
    search_fields = ["code", "name_id", "name_en"]


@admin.register(Opd)
class OpdAdmin(ReadableHistoryMixin, GuardedHistoryAdmin):
    list_display = ["name", "acronym", "kind", "province"]
    list_filter = ["kind", "province"]
    list_select_related = ["province"]
    # "Distan Riau", "Riau", "pangan": every word must match the name, acronym or province.
    search_fields = ["name", "acronym", "province__name"]
    autocomplete_fields = ["province"]

    def get_queryset(self, request):
        # Autocomplete labels name the province of each OPD.
        return super().get_queryset(request).select_related("province")

    def get_search_results(self, request, queryset, search_term):
        """Words naming a province by an alias ("Jabar") pick the province; an autocomplete
        from an agreement form (``provinces=15,32``, sent by opd_autocomplete.js) keeps to
        the parties' provinces, so "Dinas Pertanian" lists their two units, not 38."""
        codes = [c for c in request.GET.get("provinces", "").split(",") if c.isdigit()]
        if codes:
            queryset = queryset.filter(province_id__in=codes[:40])
        words, aliases = [], province_alias_codes()
        for word in search_term.split():
            if word.lower() in aliases:
                queryset = queryset.filter(province_id=aliases[word.lower()])
            else:
                words.append(word)
        return super().get_search_results(request, queryset, " ".join(words))


class AgreementPartyInline(admin.StackedInline):
    model = AgreementParty
    form = AgreementPartyForm
    formset = AgreementPartyFormSet
    autocomplete_fields = ["province", "regency"]
    extra = 0
    min_num = 2
    fields = [
        ("kind", "province", "regency", "organisation_name"),
        ("signatory_name", "signatory_title", "on_behalf_of"),
        ("document_number", "position"),
    ]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        # The party rows must keep one of the user's regions (AgreementPartyFormSet.clean).
        formset.scope_user = request.user
        return formset


class AgreementOpdInline(admin.TabularInline):
    model = AgreementOpd
    formset = AgreementOpdFormSet
    autocomplete_fields = ["opd"]
    extra = 0


class ScopeItemInline(admin.TabularInline):
    model = ScopeItem
    autocomplete_fields = ["sectors"]
    extra = 0
    fields = ["position", "description", "sectors"]


class DocumentInline(admin.TabularInline):
    model = Document
    form = DocumentForm
    extra = 0
    fields = [
        "title",
        "kind",
        "file",
        "held_upload",
        "is_public",
        "content_type",
        "size",
        "uploaded_at",
    ]
    readonly_fields = ["content_type", "size", "uploaded_at"]


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return AgreementStatus.choices

    def queryset(self, request, queryset):
        if self.value() in AgreementStatus.values:
            return queryset.with_status_value(self.value())
        return queryset


class ProvinceFilter(admin.SimpleListFilter):
    title = _("provinsi")
    parameter_name = "province"

    def lookups(self, request, model_admin):
        return list(Province.objects.values_list("code", "name"))

    def queryset(self, request, queryset):
        if self.value():
            return queryset.involving(self.value())
        return queryset


class SectorFilter(admin.SimpleListFilter):
    title = _("urusan/sektor")
    parameter_name = "sector"

    def lookups(self, request, model_admin):
        # In the interface's language, as everywhere else (Sector.label).
        return [
            (sector.code, sector.label)
            for sector in Sector.objects.only("code", "name_id", "name_en")
        ]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.in_sector(self.value())
        return queryset


class YearFilter(admin.SimpleListFilter):
    title = _("tahun penandatanganan")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        return [(str(year), str(year)) for year in signing_years()]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(signed_on__year=int(self.value()))
        return queryset


@admin.register(Agreement)
class AgreementAdmin(
    ImportGuardMixin, ImportExportMixin, ReadableHistoryMixin, GuardedHistoryAdmin
):
    resource_classes = [AgreementResource]
    import_formats = [LimitedCSV, LimitedXLSX]
    export_formats = [CSV, XLSX]
    form = VersionedAgreementForm
    list_display = [
        "title",
        "agreement_type",
        "cooperation_class",
        "party_names",
        "signed_on",
        "ends_on",
        "status_label",
        "is_published",
    ]
    actions = [publish_selected, unpublish_selected]
    list_filter = [
        "is_published",
        "agreement_type",
        "cooperation_class",
        StatusFilter,
        ProvinceFilter,
        SectorFilter,
        YearFilter,
        "provenance",
    ]
    search_fields = ["title", "notes", "place"]
    # No date_hierarchy: its list of years read every row (twice with the year filter,
    # which chooses the same years by an index). Counts stop at LIST_COUNT_LIMIT, are
    # cached, and the changelist says "more than" beyond (pagination.html).
    show_full_result_count = False
    paginator = AdminCountPaginator
    list_per_page = 50
    autocomplete_fields = ["parent", "predecessor"]
    # A termination is recorded as a "terminated" action (the timeline inline); the two
    # fields show the date and reason kept from it (services.actions). Publishing is an
    # action (with its own history entry), never a field edited in passing.
    readonly_fields = [
        "ends_on",
        "terminated_on",
        "termination_reason",
        "provenance",
        "created_at",
        "updated_at",
        "is_published",
        "published_at",
    ]
    inlines = [
        AgreementPartyInline,
        AgreementOpdInline,
        ScopeItemInline,
        DocumentInline,
        AgreementActionInline,
        ActivityInline,
        MonitoringReportInline,
    ]
    fieldsets = [
        (None, {"fields": ["agreement_type", "cooperation_class", "title", "seen_version"]}),
        (
            _("Penandatanganan dan masa berlaku"),
            {
                "fields": [
                    ("signed_on", "place"),
                    ("effective_from", "expires_on", "duration_months", "ends_on"),
                    "notice_days",
                ]
            },
        ),
        (_("Keterkaitan"), {"fields": ["parent", "predecessor"]}),
        (
            _("Penghentian lebih awal"),
            {
                "fields": [("terminated_on", "termination_reason")],
                "classes": ["collapse"],
                "description": _(
                    'Catat penghentian sebagai tindakan "Dihentikan" di lini masa di bawah; '
                    "tanggal dan alasannya tampil di sini."
                ),
            },
        ),
        (_("Publikasi"), {"fields": [("is_published", "published_at")]}),
        (_("Catatan"), {"fields": ["notes", "provenance", "created_at", "updated_at"]}),
    ]

    class Media:
        # Narrows the OPD autocomplete to the provinces of the parties on the form.
        js = ["js/opd_autocomplete.js"]

    def get_queryset(self, request):
        parties = AgreementParty.objects.select_related("province", "regency").order_by(
            "position", "id"
        )
        # A bureau's admin lists, opens, changes and deletes its own regions' agreements only
        # (agreements.scoping); another region's agreement is "not found" here.
        return editable_agreements(
            request.user,
            super()
            .get_queryset(request)
            .with_status()
            .prefetch_related(Prefetch("parties", queryset=parties)),
        )

    def get_search_results(self, request, queryset, search_term):
        """Any part of the title, notes or place (``search_fields``, each with a trigram
        index), or what the public list's search finds: every word in the text, a sector,
        an OPD or a party ("pariwisata", "jabar kehutanan"). The words' matches arrive as
        the list's bounded window of ids, so the count and the pages stay index reads. A
        word of one or two letters means "contains" only (the list would match it to names)."""
        by_fields, duplicates = super().get_search_results(request, queryset, search_term)
        words = search_term.split()
        if not words or min(len(word) for word in words) < SEARCH_WORD_MIN_LENGTH:
            return by_fields, duplicates
        by_words = match_ids(agreement_search(queryset.order_by("-signed_on", "-id"), search_term))
        return by_fields | queryset.filter(pk__in=by_words), duplicates

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or can_edit_agreement(request.user, obj))

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        # Another bureau's agreement is no secret (the dashboard shows it to everyone): say
        # why it does not open here and lead to its page, rather than "perhaps deleted".
        try:
            title = Agreement.objects.filter(pk=int(object_id)).values_list("title", flat=True)
            title = title.first()
        except (TypeError, ValueError, OverflowError):
            title = None
        if title is None:
            return super()._get_obj_does_not_exist_redirect(request, opts, object_id)
        self.message_user(
            request,
            _(
                "“%(title)s” bukan kesepakatan daerah biro Anda, jadi tidak dapat diubah di "
                "sini. Halamannya di dasbor tetap dapat dibaca."
            )
            % {"title": title},
            messages.WARNING,
        )
        return HttpResponseRedirect(reverse("agreements:detail", args=[int(object_id)]))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or can_edit_agreement(request.user, obj))

    @admin.display(description=_("pihak"))
    def party_names(self, agreement: Agreement) -> str:
        return ", ".join(party.display_name for party in agreement.parties.all())

    @admin.display(description=_("status"))
    def status_label(self, agreement: Agreement) -> str:
        return AgreementStatus(agreement.status).label

    def save_model(self, request, obj, form, change):
        # The row is locked since the form's clean(); see agreements.admin.locking.
        if form.locked_version is not None:
            obj.version = form.locked_version + 1
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if not save_follow_up_formset(request, formset):
            super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        agreement_after_write(agreement_ids=[form.instance.pk])

    def after_revert(self, request, object_id) -> None:
        agreement_after_write(agreement_ids=[int(object_id)])
