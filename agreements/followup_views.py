"""The agreement page's follow-up entry for editors, and the completeness table.

Each form has its own address: GET shows it, POST saves through the services and returns
to the agreement page (pages work without JavaScript). Viewers may read the follow-up on the
agreement page but are refused here.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from agreements.followup_forms import ActionForm, ActivityForm, ReportForm
from agreements.models import Activity, Agreement, CompletenessItem
from agreements.scoping import require_editable
from agreements.selectors import followup as follow_up_reads
from agreements.selectors.pages import PageAggregates
from agreements.services.actions import action_record
from agreements.services.implementation import activity_save, report_file


def _editable(request, pk: int) -> Agreement:
    """The agreement, if the user's bureau answers for it (403 otherwise, GET included)."""
    agreement = get_object_or_404(Agreement, pk=pk)
    require_editable(request.user, agreement)
    return agreement


def _form_page(request, agreement, form, *, title: str):
    context = {"agreement": agreement, "form": form, "title": title}
    return render(request, "agreements/follow_up_form.html", context)


def _saved(request, agreement, message: str, anchor: str):
    messages.success(request, message)
    return redirect(f"{agreement.get_absolute_url()}#{anchor}")


def _saving(form, save) -> bool:
    """Run ``save`` if the form is valid; a rule the service enforces lands on the form."""
    if not form.is_valid():
        return False
    try:
        save()
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


@require_http_methods(["GET", "POST"])
@permission_required("agreements.add_agreementaction", raise_exception=True)
def action_add(request, pk: int):
    agreement = _editable(request, pk)
    form = ActionForm(request.POST or None, agreement=agreement)

    def save():
        data = form.cleaned_data
        action_record(agreement=agreement, user=request.user, **data)

    if request.method == "POST" and _saving(form, save):
        return _saved(request, agreement, _("Tindakan dicatat."), "timeline-title")
    return _form_page(request, agreement, form, title=_("Catat tindakan"))


@require_http_methods(["GET", "POST"])
@permission_required("agreements.add_activity", raise_exception=True)
def activity_add(request, pk: int):
    return _activity_form(request, _editable(request, pk), Activity())


@require_http_methods(["GET", "POST"])
@permission_required("agreements.change_activity", raise_exception=True)
def activity_edit(request, pk: int, activity_id: int):
    activity = get_object_or_404(Activity, pk=activity_id, agreement_id=pk)
    require_editable(request.user, activity.agreement)
    return _activity_form(request, activity.agreement, activity)


def _activity_form(request, agreement, activity):
    form = ActivityForm(request.POST or None, instance=activity, agreement=agreement)

    def save():
        activity_save(
            activity=form.save(commit=False),
            evidence=form.cleaned_data["evidence"],
            user=request.user,
        )

    if request.method == "POST" and _saving(form, save):
        return _saved(request, agreement, _("Kegiatan disimpan."), "activities-title")
    title = _("Ubah kegiatan") if activity.pk else _("Tambah kegiatan")
    return _form_page(request, agreement, form, title=title)


@require_http_methods(["GET", "POST"])
@permission_required("agreements.add_monitoringreport", raise_exception=True)
def report_add(request, pk: int):
    agreement = _editable(request, pk)
    form = ReportForm(request.POST or None, agreement=agreement)

    def save():
        report_file(report=form.save(commit=False), user=request.user)

    if request.method == "POST" and _saving(form, save):
        return _saved(request, agreement, _("Laporan monev disampaikan."), "reports-title")
    return _form_page(request, agreement, form, title=_("Sampaikan laporan monev"))


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def completeness(request):
    rows = PageAggregates().get(
        "completeness_by_province", (), follow_up_reads.completeness_by_province
    )
    context = {"rows": rows, "items": list(CompletenessItem)}
    return render(request, "agreements/completeness.html", context)
