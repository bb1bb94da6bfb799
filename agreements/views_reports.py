"""Periodic reports: the list with who asked for each, the request form, the download."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from agreements.models import PeriodicReport, Province, ReportFormat, ReportState
from agreements.selectors.reports import period_parse
from agreements.services import reports as report_service
from agreements.tasks import generate_report

EXPORT = "agreements.export_agreement"


class ReportForm(forms.Form):
    province = forms.ModelChoiceField(
        label=gettext_lazy("Provinsi"),
        queryset=Province.objects.order_by("name"),
        required=False,
        empty_label=gettext_lazy("Seluruh provinsi"),
    )
    period = forms.CharField(
        label=gettext_lazy("Periode"),
        max_length=7,
        help_text=gettext_lazy("YYYY-S1, YYYY-S2 atau YYYY, mis. 2020-S1"),
    )
    format = forms.ChoiceField(label=gettext_lazy("Format"), choices=ReportFormat.choices)

    def clean_period(self):
        value = self.cleaned_data["period"].strip().upper()
        try:
            period_parse(value)
        except ValueError:
            raise forms.ValidationError(
                _("Periode harus YYYY-S1, YYYY-S2 atau YYYY (mis. 2020-S1).")
            ) from None
        return value


@require_http_methods(["GET", "POST"])
@permission_required(EXPORT, raise_exception=True)
def reports_page(request):
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        province = form.cleaned_data["province"]
        report_service.report_request(
            user=request.user,
            province_code=province.pk if province else None,
            period=form.cleaned_data["period"],
            fmt=form.cleaned_data["format"],
            language=request.LANGUAGE_CODE,
            enqueue=generate_report.delay,
        )
        messages.success(request, _("Laporan sedang dibuat; muat ulang halaman untuk melihatnya."))
        return redirect("agreements:reports")
    reports = PeriodicReport.objects.select_related("province", "requested_by")[:100]
    context = {
        "form": form,
        "reports": reports,
        "pending": any(report.pending for report in reports),
    }
    return render(request, "reports/report_list.html", context, status=400 if form.errors else 200)


@require_GET
@permission_required(EXPORT, raise_exception=True)
def report_download(request, pk: int):
    report = get_object_or_404(PeriodicReport, pk=pk, state=ReportState.DONE)
    if not report.file:
        raise Http404
    return FileResponse(
        report.file.open("rb"), as_attachment=True, filename=report.file.name.rsplit("/", 1)[-1]
    )
