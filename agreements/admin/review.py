"""The review queue: a reviewer reads a candidate beside its article and decides.

Ingested text is untrusted: it is only ever rendered escaped; the evidence highlighting is
built from escaped pieces with format_html, never with mark_safe on article text. Every
decision is a POST to a small view that checks permissions and calls one service.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from agreements.admin.accept_forms import AcceptAgreementForm, accept_formsets, label_widgets
from agreements.admin.accept_initial import accept_initial, known_opds_for
from agreements.admin.history import GuardedHistoryAdmin
from agreements.admin.review_facts import fact_rows, signed_on_display
from agreements.admin.review_forms import MergeForm, RejectForm
from agreements.admin.review_queue import (
    QUEUE_ORDERING,
    ConfidenceFilter,
    ProvinceFilter,
    SourceFilter,
    StatusFilter,
)
from agreements.evidence import highlight_evidence
from agreements.history_display import ReadableHistoryMixin
from agreements.models import Candidate, CandidateStatus
from agreements.selectors.articles import event_variants
from agreements.selectors.matches import agreement_matches
from agreements.services import review


@admin.register(Candidate)
class CandidateAdmin(ReadableHistoryMixin, GuardedHistoryAdmin):
    list_display = [
        "article_title",
        "parties",
        "signed_on",
        "confidence",
        "status",
        "published",
        "source",
        "reports",
        "decided_by",
    ]
    list_filter = [StatusFilter, ConfidenceFilter, SourceFilter, ProvinceFilter]
    list_select_related = ["article", "article__source", "decided_by"]
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

    def get_ordering(self, request):
        return QUEUE_ORDERING

    def get_queryset(self, request):
        # One row per event: other outlets' reports are decided with their group's lead.
        return (
            super()
            .get_queryset(request)
            .filter(event_of__isnull=True)
            .annotate(report_count=Count("event_members") + 1)
        )

    @admin.display(description=_("laporan"), ordering="report_count")
    def reports(self, candidate: Candidate) -> int:
        return candidate.report_count

    @admin.display(description=_("artikel"), ordering="article__title")
    def article_title(self, candidate: Candidate) -> str:
        return candidate.article.title or candidate.article.canonical_url

    @admin.display(description=_("pihak"))
    def parties(self, candidate: Candidate) -> str:
        return ", ".join(party.name for party in candidate.extracted_facts.parties)

    @admin.display(description=_("tanggal penandatanganan"))
    def signed_on(self, candidate: Candidate) -> str:
        return signed_on_display(candidate.extracted_facts)

    @admin.display(description=_("sumber berita"), ordering="article__source__name")
    def source(self, candidate: Candidate) -> str:
        source = candidate.article.source
        return source.name if source else "—"

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
            "fact_rows": fact_rows(facts),
            "pending": candidate.status == CandidateStatus.PENDING,
            "can_decide": self.has_change_permission(request, candidate),
            "reject_form": RejectForm(),
            "merge_form": MergeForm(),
            "matches": agreement_matches(facts, text=article.text),
            "variants": event_variants(candidate),
        }
        return TemplateResponse(request, "admin/agreements/candidate/review.html", context)

    # A decision is made by accept, merge or reject (services.review: the event's group, the
    # agreement created, who and when), never by restoring an old row of the proposal: the
    # history lists the decisions, and its revert form is closed.
    def revert_disabled(self, request, obj=None):
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "GET":
            raise PermissionDenied
        return self._back(get_object_or_404(Candidate, pk=object_id))

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
        known_opds = known_opds_for(candidate)
        initial = accept_initial(candidate, known_opds=known_opds)
        data = request.POST if request.method == "POST" else None
        predecessor = request.GET.get("predecessor", "")
        if predecessor.isdigit():  # "accept as a renewal of" from the possible matches
            initial["agreement"]["predecessor"] = int(predecessor)
        form = AcceptAgreementForm(data, initial=initial["agreement"])
        formsets = accept_formsets(data, initial=initial)
        label_widgets(formsets, opds=known_opds)
        refused = False
        if data is not None and form.is_valid() and _all_valid(formsets):
            try:
                agreement = self._accept(request, candidate, form, formsets)
            except PermissionDenied as error:
                # Another bureau's regions: said on the form, the reviewer's input kept (a
                # party changed to the bureau's own region makes it theirs to record).
                form.add_error(None, str(error))
                agreement, refused = None, True
            if agreement is not None:
                messages.success(request, _("Kesepakatan dibuat dari usulan."))
                return HttpResponseRedirect(
                    reverse("admin:agreements_agreement_change", args=[agreement.pk])
                )
        media = form.media
        for formset in formsets.values():
            media += formset.media
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Terima usulan"),
            "candidate": candidate,
            "form": form,
            "formsets": formsets,
            "notes": initial["notes"],
            "media": media,
            "matches": agreement_matches(candidate.extracted_facts, text=candidate.article.text),
            "variants": event_variants(candidate),
        }
        return TemplateResponse(
            request,
            "admin/agreements/candidate/accept.html",
            context,
            status=403 if refused else 200,
        )

    def _accept(self, request, candidate, form, formsets):
        data = form.cleaned_data
        try:
            return review.candidate_accept(
                candidate_id=candidate.pk,
                user=request.user,
                title=data["title"],
                parties=formsets["parties"].specs(),
                agreement_type=data["agreement_type"],
                cooperation_class=data["cooperation_class"],
                signed_on=data["signed_on"],
                place=data["place"],
                effective_from=data["effective_from"],
                expires_on=data["expires_on"],
                duration_months=data["duration_months"],
                predecessor=data["predecessor"],
                opds=formsets["opds"].specs(),
                scope_items=formsets["scope"].specs(),
                notes=data["notes"],
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error)
        except review.CandidateAlreadyDecided:
            messages.warning(request, _("Usulan ini sudah diputuskan."))
        return None

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


def _all_valid(formsets) -> bool:
    # Every formset validated, so each shows its errors at once.
    return all([formset.is_valid() for formset in formsets.values()])
