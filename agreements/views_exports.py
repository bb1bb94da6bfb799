"""Background exports: the offer when an export is too large for one request, the user's
own list of exports and the download. Each user sees and downloads only their own."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from agreements.models import ExportFormat, ExportJob, ReportState
from agreements.querystrings import with_query
from agreements.services import export_jobs
from agreements.tasks import generate_export

EXPORT = "agreements.export_agreement"
LISTED = 50


@require_http_methods(["GET", "POST"])
@permission_required(EXPORT, raise_exception=True)
def export_prepare(request):
    data = request.POST if request.method == "POST" else request.GET
    fmt = data.get("format", ExportFormat.CSV)
    if fmt not in ExportFormat.values:
        return HttpResponseBadRequest(_("Format ekspor tidak dikenal."))
    query = export_jobs.export_query(data) if request.method == "GET" else data.get("query", "")
    if request.method == "POST":
        try:
            export_jobs.export_job_request(
                user=request.user,
                query=query,
                fmt=fmt,
                language=request.LANGUAGE_CODE,
                enqueue=generate_export.delay,
            )
        except export_jobs.ExportRejected:
            messages.error(request, _("Saringan ekspor tidak sah; buka daftar dan coba lagi."))
            return redirect("agreements:list")
        messages.success(
            request, _("Ekspor sedang disiapkan; unduh berkasnya di sini setelah selesai.")
        )
        return redirect("agreements:exports")
    context = {
        "query": query,
        "format": fmt,
        "format_label": ExportFormat(fmt).label,
        "list_url": with_query(reverse("agreements:list"), query),
    }
    return render(request, "exports/export_prepare.html", context)


@require_GET
@permission_required(EXPORT, raise_exception=True)
def exports_page(request):
    jobs = list(ExportJob.objects.filter(requested_by=request.user)[:LISTED])
    for job in jobs:
        job.list_url = with_query(reverse("agreements:list"), job.query)
    context = {
        "jobs": jobs,
        "pending": any(job.pending for job in jobs),
        "retention_days": settings.EXPORT_JOB_RETENTION_DAYS,
    }
    return render(request, "exports/export_list.html", context)


@require_GET
@permission_required(EXPORT, raise_exception=True)
def export_download(request, pk: int):
    job = get_object_or_404(ExportJob, pk=pk, requested_by=request.user, state=ReportState.DONE)
    if not job.file:
        raise Http404
    # Named as a direct export of that day is; the stored name may carry a storage suffix.
    name = f"kerja-sama-{timezone.localtime(job.created_at):%Y-%m-%d}.{job.format}"
    return FileResponse(job.file.open("rb"), as_attachment=True, filename=name)
