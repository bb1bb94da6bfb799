"""CSV and XLSX exports of exactly the filtered agreements.

CSV streams row by row (chunks of ``CHUNK`` from a server-side cursor), so an export starts
at once and finishes without holding rows in memory; above ``EXPORT_CSV_MAX_ROWS`` rows it is
refused in the request, because a stream cut off by the worker timeout would reach the user
as a truncated file with HTTP 200. XLSX cannot be streamed and costs about a millisecond a
row to build; above ``EXPORT_XLSX_MAX_ROWS`` rows it is refused too. A refused export is
offered as a background export instead (``services.export_jobs``), written by a task with the
same functions. Every text cell is neutralised against formula injection
(agreements.spreadsheet).
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable, Iterator

from django.conf import settings
from django.contrib.postgres.aggregates import StringAgg
from django.db.models import Case, F, OuterRef, QuerySet, Subquery, TextField, When
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook

from agreements.models import (
    ORGANISATION_PARTY_KINDS,
    Agreement,
    AgreementCategory,
    AgreementParty,
    AgreementStatus,
    AgreementType,
    CompletenessItem,
    CooperationClass,
    PartyKind,
    ScopeItem,
)
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
        _("Tidak ditindaklanjuti"), _("Kelengkapan (%)"), _("Belum dicatat"),
        # Added after the first columns, so spreadsheets built on those keep working.
        _("Kode kabupaten/kota"), _("Kategori"), _("Jenis pihak ketiga"),
    ]  # fmt: skip


_FIELDS = (
    "pk", "title", "agreement_type", "cooperation_class", "party_names", "party_codes",
    "signed_on", "place", "effective_from", "ends_on", "status", "sector_codes", "parent_id",
    "predecessor_id", "is_dormant", "completeness",
    *(f"has_{item.value}" for item in CompletenessItem),
    "predecessor_id", "regency_codes", "category", "third_party_kinds",
)  # fmt: skip


def _joined(queryset: QuerySet, expression, delimiter: str, order_by) -> Subquery:
    """One text cell per agreement, aggregated in SQL (no model instances, no prefetch)."""
    return Subquery(
        queryset.order_by()
        .values("agreement_id")
        .annotate(joined=StringAgg(expression, delimiter, order_by=order_by))
        .values("joined")[:1],
        output_field=TextField(),
    )


def _rows(agreements: QuerySet[Agreement]) -> Iterator[list]:
    # Everything is computed by PostgreSQL and read as tuples from a server-side cursor: about
    # ten times faster than model instances with prefetched parties and sectors, which is
    # what lets an export of 100,000 rows finish well inside the worker timeout.
    parties = AgreementParty.objects.filter(agreement_id=OuterRef("pk"))
    party_name = Case(
        When(kind=PartyKind.PROVINCE, province__isnull=False, then=F("province__name")),
        When(regency__isnull=False, then=F("regency__name")),
        default=F("organisation_name"),
    )
    sectors = ScopeItem.sectors.through.objects.filter(scopeitem__agreement_id=OuterRef("pk"))
    rows = (
        agreements.with_status()
        .with_dormant()
        .with_completeness()
        .with_category()
        .annotate(
            regency_codes=_joined(
                parties.filter(regency__isnull=False), "regency_id", ";", ("position", "id")
            ),
            third_party_kinds=_joined(
                parties.filter(kind__in=ORGANISATION_PARTY_KINDS), "kind", ";", ("position", "id")
            ),
            party_names=_joined(parties, party_name, "; ", ("position", "id")),
            party_codes=_joined(
                parties.filter(province__isnull=False), "province_id", ";", ("position", "id")
            ),
            sector_codes=Subquery(
                sectors.annotate(agreement_id=F("scopeitem__agreement_id"))
                .order_by()
                .values("agreement_id")
                .annotate(joined=StringAgg("sector_id", ";", distinct=True, order_by="sector_id"))
                .values("joined")[:1],
                output_field=TextField(),
            ),
        )
        .order_by("-signed_on", "-id")
        .values(*_FIELDS)
    )
    types, classes = dict(AgreementType.choices), dict(CooperationClass.choices)
    statuses = dict(AgreementStatus.choices)
    yes, no = _("Ya"), _("Tidak")
    statuses, categories = dict(AgreementStatus.choices), dict(AgreementCategory.choices)
    party_kinds = dict(PartyKind.choices)
    for row in rows.iterator(chunk_size=CHUNK):
        missing = "; ".join(
            str(item.label) for item in CompletenessItem if not row[f"has_{item.value}"]
        )
        yield neutralise_row([
            row["pk"], row["title"],
            str(types.get(row["agreement_type"], row["agreement_type"])),
            str(classes.get(row["cooperation_class"], row["cooperation_class"])),
            row["party_names"] or "", row["party_codes"] or "",
            _day(row["signed_on"]), row["place"], _day(row["effective_from"]),
            _day(row["ends_on"]), str(statuses.get(row["status"], row["status"])),
            row["sector_codes"] or "", row["parent_id"] or "", row["predecessor_id"] or "",
            yes if row["is_dormant"] else no, row["completeness"], missing,
            row["regency_codes"] or "", str(categories.get(row["category"], row["category"])),
            "; ".join(
                str(party_kinds.get(kind, kind))
                for kind in dict.fromkeys((row["third_party_kinds"] or "").split(";"))
                if kind
            ),
        ])  # fmt: skip


def _day(value) -> str:
    return value.isoformat() if value else ""


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_lines(agreements: QuerySet[Agreement]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    # A byte-order mark lets spreadsheet programs read the UTF-8 names correctly.
    yield "\ufeff" + writer.writerow(_columns())
    for row in _rows(agreements):
        yield writer.writerow(row)


def export_filename(extension: str) -> str:
    return f"kerja-sama-{timezone.localdate():%Y-%m-%d}.{extension}"


def _refuse_beyond(agreements: QuerySet[Agreement], limit: int, message: str) -> None:
    if agreements.order_by().values("pk")[: limit + 1].count() > limit:
        raise ExportTooLarge(message % {"limit": limit})


def write_csv(agreements: QuerySet[Agreement], out, on_rows: Callable[[int], None]) -> int:
    """Write the CSV to the text file ``out``; ``on_rows(n)`` after every ``CHUNK`` rows."""
    written = 0
    for line in _csv_lines(agreements):
        out.write(line)
        written += 1
        if written % CHUNK == 0:
            on_rows(written - 1)
    return written - 1


def write_xlsx(agreements: QuerySet[Agreement], out, on_rows: Callable[[int], None]) -> int:
    """Write the workbook to the binary file ``out``; write-only mode keeps memory flat."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Kerja sama"))
    sheet.append(_columns())
    written = 0
    for row in _rows(agreements):
        sheet.append(row)
        written += 1
        if written % CHUNK == 0:
            on_rows(written)
    workbook.save(out)
    return written


def _ignore(_rows: int) -> None:
    return None


def export_response(agreements: QuerySet[Agreement], *, export_format: str):
    if export_format == "csv":
        # A stream cut by the worker timeout arrives as a file that looks complete (HTTP 200,
        # rows up to the cut): refused up front instead; the list offers a background export.
        _refuse_beyond(
            agreements,
            settings.EXPORT_CSV_MAX_ROWS,
            _("Ekspor CSV dibatasi %(limit)d baris."),
        )
        response = StreamingHttpResponse(
            _csv_lines(agreements), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{export_filename("csv")}"'
        return response
    # XLSX cannot be written as a stream of bytes; the file is spooled to disk before it is
    # sent. The cap keeps it inside the worker timeout.
    _refuse_beyond(
        agreements,
        settings.EXPORT_XLSX_MAX_ROWS,
        _("Ekspor XLSX dibatasi %(limit)d baris."),
    )
    # Closed by the FileResponse once sent, so no context manager here.
    spool = tempfile.TemporaryFile()  # noqa: SIM115
    write_xlsx(agreements, spool, _ignore)
    spool.seek(0)
    return FileResponse(
        spool,
        as_attachment=True,
        filename=export_filename("xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
