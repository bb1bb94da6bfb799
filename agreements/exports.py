"""CSV and XLSX exports of exactly the filtered agreements.

CSV streams row by row (chunks of ``CHUNK`` from a server-side cursor), so an export of any
size starts at once and finishes without holding rows in memory. XLSX cannot be streamed and
costs about a millisecond a row to build; above ``EXPORT_XLSX_MAX_ROWS`` rows it is refused
with a message pointing to CSV or narrower filters, so it always finishes inside the worker
timeout. Every text cell is neutralised against formula injection (agreements.spreadsheet).
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterator

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook

from agreements.models import Agreement, AgreementParty, ScopeItem
from agreements.spreadsheet import neutralise_row

FORMATS = ("csv", "xlsx")


class ExportTooLarge(Exception):
    """The filtered rows are more than the format can deliver in one request."""


CHUNK = 2000


def _columns() -> list[str]:
    return [
        _("ID"), _("Judul"), _("Jenis"), _("Kelas"), _("Pihak"), _("Kode provinsi"),
        _("Ditandatangani"), _("Tempat"), _("Berlaku mulai"),
        pgettext("tanggal berakhir", "Berakhir"), _("Status"),
        _("Urusan/sektor"), _("Induk"), _("Kerja sama sebelumnya"),
    ]  # fmt: skip


def _rows(agreements: QuerySet[Agreement]) -> Iterator[list]:
    parties = AgreementParty.objects.select_related("province").order_by("position", "id")
    scope = ScopeItem.objects.prefetch_related("sectors")
    rows = (
        agreements.with_status()
        .prefetch_related(
            Prefetch("parties", queryset=parties), Prefetch("scope_items", queryset=scope)
        )
        .order_by("-signed_on", "-id")
    )
    for agreement in rows.iterator(chunk_size=CHUNK):
        party_list = list(agreement.parties.all())
        sectors = sorted(
            {sector.code for item in agreement.scope_items.all() for sector in item.sectors.all()}
        )
        yield neutralise_row([
            agreement.pk,
            agreement.title,
            str(agreement.get_agreement_type_display()),
            str(agreement.get_cooperation_class_display()),
            "; ".join(party.display_name for party in party_list),
            ";".join(party.province_id for party in party_list if party.province_id),
            agreement.signed_on.isoformat() if agreement.signed_on else "",
            agreement.place,
            agreement.effective_from.isoformat() if agreement.effective_from else "",
            agreement.ends_on.isoformat() if agreement.ends_on else "",
            str(agreement.get_status_display()),
            ";".join(sectors),
            agreement.parent_id or "",
            agreement.predecessor_id or "",
        ])  # fmt: skip


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_lines(agreements: QuerySet[Agreement]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    # A byte-order mark lets spreadsheet programs read the UTF-8 names correctly.
    yield "\ufeff" + writer.writerow(_columns())
    for row in _rows(agreements):
        yield writer.writerow(row)


def _filename(extension: str) -> str:
    return f"kerja-sama-{timezone.localdate():%Y-%m-%d}.{extension}"


def export_response(agreements: QuerySet[Agreement], *, export_format: str):
    if export_format == "csv":
        response = StreamingHttpResponse(
            _csv_lines(agreements), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
        return response
    # XLSX cannot be written as a stream of bytes; write-only mode keeps memory flat and the
    # file is spooled to disk before it is sent. The cap keeps it inside the worker timeout.
    limit = settings.EXPORT_XLSX_MAX_ROWS
    if agreements.order_by()[: limit + 1].count() > limit:
        raise ExportTooLarge(
            _(
                "Ekspor XLSX dibatasi %(limit)d baris. Persempit saringan, atau pilih CSV "
                "(tanpa batas)."
            )
            % {"limit": limit}
        )
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Kerja sama"))
    sheet.append(_columns())
    for row in _rows(agreements):
        sheet.append(row)
    # Closed by the FileResponse once sent, so no context manager here.
    spool = tempfile.TemporaryFile()  # noqa: SIM115
    workbook.save(spool)
    spool.seek(0)
    return FileResponse(
        spool,
        as_attachment=True,
        filename=_filename("xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
