"""Admin for news ingestion: sources with their schedules, runs, articles and the review queue.

Ingested text is untrusted: it is only ever rendered escaped; the evidence highlighting is
built from escaped pieces with format_html, never with mark_safe on article text. Every
decision is a POST to a small view that checks permissions and calls one service.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from agreements.evidence import highlight_evidence
from agreements.models import (
    Agreement,
    AgreementType,
    Article,
    Candidate,
    CandidateStatus,
    IngestRun,
    Province,
    Sector,
    Source,
)
from agreements.services import review, sources
from agreements.services.agreements import OpdSpec, PartySpec, ScopeItemSpec

# --- sources ----------------------------------------------------------------------------------


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


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "published_at", "is_relevant", "source", "duplicate_of"]
    list_filter = ["is_relevant", "source", "language"]
    list_select_related = ["source", "duplicate_of"]
    search_fields = ["title", "canonical_url"]
    date_hierarchy = "published_at"
    exclude = ["raw_html", "agreements"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in Article._meta.fields if f.name != "raw_html"]

    def has_add_permission(self, request):
        return False


# --- the review queue -------------------------------------------------------------------------


class AcceptForm(forms.Form):
    title = forms.CharField(label=_("judul"), max_length=500)
    agreement_type = forms.ChoiceField(label=_("jenis dokumen"), choices=AgreementType.choices)
    signed_on = forms.DateField(label=_("tanggal penandatanganan"), required=False)
    place = forms.CharField(label=_("tempat penandatanganan"), max_length=255, required=False)
    provinces = forms.ModelMultipleChoiceField(
        label=_("provinsi pihak"), queryset=Province.objects.all()
    )
    signatories = forms.CharField(
        label=_("penanda tangan"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Satu per baris: kode provinsi | nama | jabatan"),
    )
    opds = forms.CharField(
        label=_("OPD"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Satu per baris: kode provinsi | nama | singkatan"),
    )
    scope_items = forms.CharField(
        label=_("ruang lingkup"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Satu per baris: uraian | kode sektor, kode sektor"),
    )
    notes = forms.CharField(
        label=_("catatan"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_signatories(self):
        rows = _rows(self.cleaned_data["signatories"], 3, _("penanda tangan"))
        return {code: (name, title) for code, name, title in rows}

    def clean_opds(self):
        return [
            OpdSpec(province_code=code, name=name, acronym=acronym)
            for code, name, acronym in _rows(self.cleaned_data["opds"], 3, _("OPD"))
        ]

    def clean_scope_items(self):
        known = set(Sector.objects.values_list("code", flat=True))
        items = []
        for description, codes in _rows(self.cleaned_data["scope_items"], 2, _("ruang lingkup")):
            sector_codes = tuple(c.strip() for c in codes.split(",") if c.strip())
            unknown = set(sector_codes) - known
            if unknown:
                raise ValidationError(
                    _("Kode sektor tidak dikenal: %(codes)s")
                    % {"codes": ", ".join(sorted(unknown))}
                )
            items.append(ScopeItemSpec(description=description, sector_codes=sector_codes))
        return items

    def party_specs(self) -> list[PartySpec]:
        signatories = self.cleaned_data["signatories"]
        return [
            PartySpec(
                province_code=province.code,
                signatory_name=signatories.get(province.code, ("", ""))[0],
                signatory_title=signatories.get(province.code, ("", ""))[1],
            )
            for province in self.cleaned_data["provinces"]
        ]


def _rows(value: str, width: int, label) -> list[tuple[str, ...]]:
    rows = []
    for number, line in enumerate(value.splitlines(), start=1):
        if not line.strip():
            continue
        cells = [cell.strip() for cell in line.split("|")]
        cells += [""] * (width - len(cells))
        if len(cells) > width or not cells[0] or not cells[1]:
            raise ValidationError(
                _("%(label)s baris %(n)d: isi %(w)d kolom dipisah '|'.")
                % {"label": label, "n": number, "w": width}
            )
        rows.append(tuple(cells[:width]))
    return rows


def accept_initial(candidate: Candidate) -> dict:
    """The accept form pre-filled from the extracted facts."""
    facts = candidate.facts or {}
    parties = [p for p in facts.get("parties", []) if p.get("province_code")]
    names = {p["province_code"]: p.get("name", "") for p in parties}
    signatory_lines = []
    for signatory in facts.get("signatories", []):
        title = signatory.get("title") or ""
        code = next((c for c, n in names.items() if n and n.lower() in title.lower()), "")
        if code:
            signatory_lines.append(f"{code} | {signatory.get('name', '')} | {title}")
    opd_lines = [
        f"{o.get('province_code') or ''} | {o.get('name', '')} | {o.get('acronym') or ''}"
        for o in facts.get("opds", [])
    ]
    sectors = Sector.objects.in_bulk(facts.get("sectors", []))
    scope_lines = [
        f"{_('Kerja sama bidang')} {sector.name_id.lower()} | {code}"
        for code, sector in sectors.items()
    ]
    agreement_type = facts.get("agreement_type") or AgreementType.KESEPAKATAN_BERSAMA
    if agreement_type not in AgreementType.values:
        agreement_type = AgreementType.OTHER
    return {
        "title": candidate.article.title[:500],
        "agreement_type": agreement_type,
        "signed_on": facts.get("signed_on"),
        "place": facts.get("place") or "",
        "provinces": list(names),
        "signatories": "\n".join(signatory_lines),
        "opds": "\n".join(opd_lines),
        "scope_items": "\n".join(scope_lines),
    }


class RejectForm(forms.Form):
    reason = forms.CharField(label=_("alasan penolakan"), widget=forms.Textarea(attrs={"rows": 2}))


class MergeForm(forms.Form):
    agreement = forms.ModelChoiceField(
        label=_("kesepakatan"), queryset=Agreement.objects.all(), widget=forms.NumberInput
    )


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


@admin.register(Candidate)
class CandidateAdmin(SimpleHistoryAdmin):
    list_display = [
        "article_title",
        "parties",
        "signed_on",
        "confidence",
        "status",
        "published",
        "decided_by",
    ]
    list_filter = [StatusFilter]
    list_select_related = ["article", "decided_by"]
    search_fields = ["article__title"]
    actions = ["bulk_reject"]
    readonly_fields = [
        "article",
        "facts",
        "confidence",
        "status",
        "agreement",
        "decided_by",
        "decided_at",
        "rejection_reason",
    ]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("artikel"), ordering="article__title")
    def article_title(self, candidate: Candidate) -> str:
        return candidate.article.title or candidate.article.canonical_url

    @admin.display(description=_("pihak"))
    def parties(self, candidate: Candidate) -> str:
        return ", ".join(p.get("name", "") for p in (candidate.facts or {}).get("parties", []))

    @admin.display(description=_("tanggal penandatanganan"))
    def signed_on(self, candidate: Candidate) -> str:
        return (candidate.facts or {}).get("signed_on") or "-"

    @admin.display(description=_("diterbitkan"), ordering="article__published_at")
    def published(self, candidate: Candidate):
        return candidate.article.published_at

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/accept/", wrap(self.accept_view), name="agreements_candidate_accept"),
            path(
                "<int:pk>/merge/",
                wrap(require_POST(self.merge_view)),
                name="agreements_candidate_merge",
            ),
            path(
                "<int:pk>/reject/",
                wrap(require_POST(self.reject_view)),
                name="agreements_candidate_reject",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        candidate = get_object_or_404(
            Candidate.objects.select_related("article", "agreement", "decided_by"), pk=object_id
        )
        if not self.has_view_or_change_permission(request, candidate):
            raise PermissionDenied
        article = candidate.article
        facts = candidate.facts or {}
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Tinjau usulan"),
            "candidate": candidate,
            "article": article,
            "highlighted": highlight_evidence(article.text, facts.get("evidence", {})),
            "fact_rows": _fact_rows(facts),
            "pending": candidate.status == CandidateStatus.PENDING,
            "can_decide": self.has_change_permission(request, candidate),
            "reject_form": RejectForm(),
            "merge_form": MergeForm(),
            "suggestions": _merge_suggestions(facts),
        }
        return TemplateResponse(request, "admin/agreements/candidate/review.html", context)

    def _decision_allowed(self, request, candidate, *, accept=False) -> None:
        if not self.has_change_permission(request, candidate):
            raise PermissionDenied
        if accept and not request.user.has_perm("agreements.add_agreement"):
            raise PermissionDenied

    def _back(self, candidate) -> HttpResponseRedirect:
        return HttpResponseRedirect(
            reverse("admin:agreements_candidate_change", args=[candidate.pk])
        )

    def accept_view(self, request, pk):
        candidate = get_object_or_404(Candidate.objects.select_related("article"), pk=pk)
        self._decision_allowed(request, candidate, accept=True)
        if candidate.status != CandidateStatus.PENDING:
            messages.warning(request, _("Usulan ini sudah diputuskan."))
            return self._back(candidate)
        form = AcceptForm(request.POST or None, initial=accept_initial(candidate))
        if request.method == "POST" and form.is_valid():
            try:
                agreement = review.candidate_accept(
                    candidate_id=candidate.pk,
                    user=request.user,
                    title=form.cleaned_data["title"],
                    parties=form.party_specs(),
                    agreement_type=form.cleaned_data["agreement_type"],
                    signed_on=form.cleaned_data["signed_on"],
                    place=form.cleaned_data["place"],
                    opds=form.cleaned_data["opds"],
                    scope_items=form.cleaned_data["scope_items"],
                    notes=form.cleaned_data["notes"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            except review.CandidateAlreadyDecided:
                messages.warning(request, _("Usulan ini sudah diputuskan."))
                return self._back(candidate)
            else:
                messages.success(request, _("Kesepakatan dibuat dari usulan."))
                return HttpResponseRedirect(
                    reverse("admin:agreements_agreement_change", args=[agreement.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Terima usulan"),
            "candidate": candidate,
            "form": form,
        }
        return TemplateResponse(request, "admin/agreements/candidate/accept.html", context)

    def merge_view(self, request, pk):
        candidate = get_object_or_404(Candidate, pk=pk)
        self._decision_allowed(request, candidate)
        form = MergeForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Pilih kesepakatan yang ada (ID)."))
            return self._back(candidate)
        try:
            review.candidate_merge(
                candidate_id=candidate.pk,
                user=request.user,
                agreement=form.cleaned_data["agreement"],
            )
        except review.CandidateAlreadyDecided:
            messages.warning(request, _("Usulan ini sudah diputuskan."))
        else:
            messages.success(request, _("Artikel ditautkan ke kesepakatan."))
        return self._back(candidate)

    def reject_view(self, request, pk):
        candidate = get_object_or_404(Candidate, pk=pk)
        self._decision_allowed(request, candidate)
        form = RejectForm(request.POST)
        if not form.is_valid() or not form.cleaned_data["reason"].strip():
            messages.error(request, _("Tuliskan alasan penolakan."))
            return self._back(candidate)
        try:
            review.candidate_reject(
                candidate_id=candidate.pk, user=request.user, reason=form.cleaned_data["reason"]
            )
        except review.CandidateAlreadyDecided:
            messages.warning(request, _("Usulan ini sudah diputuskan."))
        else:
            messages.success(request, _("Usulan ditolak."))
        return HttpResponseRedirect(reverse("admin:agreements_candidate_changelist"))

    @admin.action(description=_("Tolak usulan terpilih"), permissions=["change"])
    def bulk_reject(self, request, queryset):
        if "reason" in request.POST and request.POST.get("confirm") == "1":
            form = RejectForm(request.POST)
            if form.is_valid() and form.cleaned_data["reason"].strip():
                count = review.candidates_reject(
                    candidate_ids=list(queryset.values_list("pk", flat=True)),
                    user=request.user,
                    reason=form.cleaned_data["reason"],
                )
                self.message_user(request, _("%(n)d usulan ditolak.") % {"n": count})
                return None
        else:
            form = RejectForm()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Tolak usulan terpilih"),
            "candidates": queryset.select_related("article"),
            "form": form,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/agreements/candidate/bulk_reject.html", context)


def _fact_rows(facts: dict) -> list[tuple[str, str, str]]:
    """(label, value, confidence) rows for the review page; values are plain strings."""
    confidence = facts.get("confidence") or {}

    def conf(key):
        value = confidence.get(key)
        return f"{value:.2f}" if isinstance(value, int | float) else ""

    def join(items, fmt):
        return "; ".join(fmt(item) for item in items or [])

    return [
        (_("relevan"), _("ya") if facts.get("is_agreement") else _("tidak"), conf("is_agreement")),
        (_("jenis"), facts.get("agreement_type") or "-", ""),
        (
            _("pihak"),
            join(
                facts.get("parties"), lambda p: f"{p.get('name')} ({p.get('province_code') or '-'})"
            ),
            conf("parties"),
        ),
        (_("tanggal"), facts.get("signed_on") or "-", conf("signed_on")),
        (_("tempat"), facts.get("place") or "-", conf("place")),
        (
            _("penanda tangan"),
            join(facts.get("signatories"), lambda s: f"{s.get('name')}, {s.get('title')}"),
            conf("signatories"),
        ),
        (_("OPD"), join(facts.get("opds"), lambda o: o.get("name") or ""), conf("opds")),
        (_("sektor"), ", ".join(facts.get("sectors") or []), conf("sectors")),
        (
            _("kerja sama sejak"),
            str(facts.get("prior_cooperation_since") or "-"),
            conf("prior_cooperation_since"),
        ),
    ]


def _merge_suggestions(facts: dict) -> list[Agreement]:
    """Agreements between the same provinces, nearest signing date first (at most 10)."""
    codes = {p.get("province_code") for p in facts.get("parties", []) if p.get("province_code")}
    if len(codes) < 2:
        return []
    agreements = Agreement.objects.all()
    for code in codes:
        agreements = agreements.filter(parties__province_id=code)
    return list(agreements.distinct().order_by("-signed_on")[:10])
