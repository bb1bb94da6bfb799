"""The review queue: a reviewer reads a candidate beside its article and decides.

Ingested text is untrusted: it is only ever rendered escaped; the evidence highlighting is
built from escaped pieces with format_html, never with mark_safe on article text. Every
decision is a POST to a small view that checks permissions and calls one service.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from agreements.admin.history import GuardedHistoryAdmin
from agreements.admin.review_forms import AcceptForm, MergeForm, RejectForm, accept_initial
from agreements.evidence import highlight_evidence
from agreements.facts import ExtractedFacts
from agreements.models import (
    Candidate,
    CandidateStatus,
)
from agreements.selectors.agreements import merge_suggestions
from agreements.services import review


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
class CandidateAdmin(GuardedHistoryAdmin):
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
        return ", ".join(party.name for party in candidate.extracted_facts.parties)

    @admin.display(description=_("tanggal penandatanganan"))
    def signed_on(self, candidate: Candidate) -> str:
        return candidate.extracted_facts.signed_on_text or "-"

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
        facts = candidate.extracted_facts
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Tinjau usulan"),
            "candidate": candidate,
            "article": article,
            "highlighted": highlight_evidence(article.text, facts.evidence_dict()),
            "fact_rows": _fact_rows(facts),
            "pending": candidate.status == CandidateStatus.PENDING,
            "can_decide": self.has_change_permission(request, candidate),
            "reject_form": RejectForm(),
            "merge_form": MergeForm(),
            "suggestions": merge_suggestions(facts),
        }
        return TemplateResponse(request, "admin/agreements/candidate/review.html", context)

    def _decision_allowed(self, request, candidate) -> None:
        # Deciding (accept included) is the Reviewer's job: change_candidate is the permission.
        if not self.has_change_permission(request, candidate):
            raise PermissionDenied

    def _back(self, candidate) -> HttpResponseRedirect:
        return HttpResponseRedirect(
            reverse("admin:agreements_candidate_change", args=[candidate.pk])
        )

    def accept_view(self, request, pk):
        candidate = get_object_or_404(Candidate.objects.select_related("article"), pk=pk)
        self._decision_allowed(request, candidate)
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


def _fact_rows(facts: ExtractedFacts) -> list[tuple[str, str, str]]:
    """(label, value, confidence) rows for the review page; values are plain strings."""

    def conf(key):
        value = facts.field_confidence(key)
        return f"{value:.2f}" if value is not None else ""

    def join(items, fmt):
        return "; ".join(fmt(item) for item in items)

    return [
        (_("relevan"), _("ya") if facts.is_agreement else _("tidak"), conf("is_agreement")),
        (_("jenis"), facts.agreement_type or "-", ""),
        (
            _("pihak"),
            join(facts.parties, lambda p: f"{p.name} ({p.province_code or '-'})"),
            conf("parties"),
        ),
        (_("tanggal"), facts.signed_on_text or "-", conf("signed_on")),
        (_("tempat"), facts.place or "-", conf("place")),
        (
            _("penanda tangan"),
            join(facts.signatories, lambda s: f"{s.name}, {s.title}"),
            conf("signatories"),
        ),
        (_("OPD"), join(facts.opds, lambda o: o.name), conf("opds")),
        (_("sektor"), ", ".join(facts.sectors), conf("sectors")),
        (
            _("kerja sama sejak"),
            str(facts.prior_cooperation_since or "-"),
            conf("prior_cooperation_since"),
        ),
    ]
