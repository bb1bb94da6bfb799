"""Turn ``ReportContent`` into the bytes of an XLSX workbook or a PDF document.

The PDF is an HTML template printed by WeasyPrint: the layout lives in
``templates/reports/periodic_report.html`` like any page, no drawing primitives here.
"""

from __future__ import annotations

import io

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from agreements.selectors.reports import ReportContent
from agreements.spreadsheet import neutralise_row


def report_title(content: ReportContent) -> str:
    where = content.province.name if content.province else _("Seluruh provinsi")
    return _("Laporan kerja sama daerah %(where)s, periode %(period)s") % {
        "where": where,
        "period": content.period.code,
    }


def render_report(content: ReportContent, fmt: str) -> bytes:
    if fmt == "xlsx":
        return _xlsx(content)
    if fmt == "pdf":
        return _pdf(content)
    raise ValueError(f"format must be xlsx or pdf, got {fmt!r}")


def _sheet(workbook, title: str, header: list[str], rows) -> None:
    sheet = workbook.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(neutralise_row(list(row)))
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            if cell.is_date:
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"


def _xlsx(content: ReportContent) -> bytes:
    workbook = Workbook()
    summary = workbook.active
    summary.title = _("Ringkasan")
    summary.append([report_title(content)])
    summary["A1"].font = Font(bold=True)
    summary.append([_("Periode dari"), content.period.start])
    summary.append([_("Periode sampai"), content.period.end])
    for row in summary.iter_rows(min_row=2, max_row=3, min_col=2):
        row[0].number_format = "yyyy-mm-dd"
    summary.append([])
    for label, count in content.summary:
        summary.append([str(label), count])
    summary.column_dimensions["A"].width = 48
    _sheet(
        workbook,
        _("Kesepakatan"),
        [
            _("ID"),
            _("Judul"),
            _("Jenis"),
            _("Mitra"),
            _("Ditandatangani"),
            _("Berakhir"),
            _("Status akhir periode"),
            _("OPD"),
            _("Kegiatan menurut keadaan"),
        ],
        (
            [
                row["id"],
                row["title"],
                row["type"],
                row["partners"],
                row["signed_on"],
                row["ends_on"],
                row["status"],
                row["opds"],
                row["activities"],
            ]
            for row in content.agreements
        ),
    )
    _sheet(
        workbook,
        _("OPD"),
        [_("OPD"), _("Provinsi"), _("Kesepakatan"), _("Berlaku"), _("Kegiatan menurut keadaan")],
        (
            [row["opd"], row["province"], row["count"], row["active"], row["activities"]]
            for row in content.opds
        ),
    )
    _sheet(workbook, _("Mitra"), [_("Mitra"), _("Kesepakatan")], content.partners)
    _sheet(workbook, _("Urusan"), [_("Urusan"), _("Kesepakatan")], content.sectors)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _pdf(content: ReportContent) -> bytes:
    # Imported here: WeasyPrint loads Pango through cffi, which only report workers need.
    from weasyprint import HTML

    html = render_to_string(
        "reports/periodic_report.html",
        {"content": content, "title": report_title(content), "generated": timezone.now()},
    )
    return HTML(string=html, url_fetcher=_refuse_fetch).write_pdf()


def _refuse_fetch(url: str, *args, **kwargs):
    # The template needs nothing from outside; text from news pages must not make the
    # renderer fetch anything.
    raise ValueError(f"the report fetches nothing: {url}")
