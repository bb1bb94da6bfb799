"""Bounds and plain-language errors of the admin import and export (django-import-export).

The import validates and saves every row inside one web request. A file larger than
``IMPORT_MAX_UPLOAD_MB`` or longer than ``IMPORT_MAX_ROWS`` rows is refused before any row
is processed, with a message saying the limit, instead of dying at the worker timeout.
Errors are shown in words a user can act on, never as Python exception names
(``decimal.ConversionSyntax``, ``'UnicodeDecodeError'``); the detail goes to the log.
"""

from __future__ import annotations

import logging
from decimal import InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import widgets
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ImportForm

logger = logging.getLogger(__name__)


class ImportTooLarge(ValueError):
    """Raised while reading a file with more rows than the import accepts."""


def _check_rows(dataset):
    if dataset.height > settings.IMPORT_MAX_ROWS:
        raise ImportTooLarge(
            _(
                "Berkas berisi %(rows)d baris; impor menerima paling banyak %(limit)d baris "
                "sekaligus. Bagi berkas menjadi beberapa bagian."
            )
            % {"rows": dataset.height, "limit": settings.IMPORT_MAX_ROWS}
        )
    return dataset


class LimitedCSV(CSV):
    def create_dataset(self, in_stream, **kwargs):
        return _check_rows(super().create_dataset(in_stream, **kwargs))


class LimitedXLSX(XLSX):
    def create_dataset(self, in_stream):
        return _check_rows(super().create_dataset(in_stream))


class LimitedImportForm(ImportForm):
    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        limit = settings.IMPORT_MAX_UPLOAD_MB * 1024 * 1024
        if upload.size > limit:
            raise ValidationError(
                _("Berkas impor terlalu besar (%(size).1f MB); batasnya %(limit)d MB.")
                % {"size": upload.size / 1024 / 1024, "limit": settings.IMPORT_MAX_UPLOAD_MB}
            )
        return upload


class ImportGuardMixin:
    """For a ModelAdmin with ImportExportMixin."""

    import_form_class = LimitedImportForm

    def get_export_data(self, file_format, request, queryset, **kwargs):
        # The admin export builds the whole file in memory inside the request; the dashboard's
        # CSV export streams any size, so point there beyond the cap.
        limit = settings.EXPORT_XLSX_MAX_ROWS
        if queryset.order_by()[: limit + 1].count() > limit:
            raise ValueError(
                _(
                    "Ekspor admin dibatasi %(limit)d baris. Pilih lebih sedikit baris, atau "
                    "gunakan ekspor CSV di halaman Kesepakatan (tanpa batas)."
                )
                % {"limit": limit}
            )
        return super().get_export_data(file_format, request, queryset, **kwargs)

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, ImportTooLarge):
            form.add_error("import_file", str(e))
            return
        logger.info("import file unreadable: %r", e)
        form.add_error(
            "import_file",
            _(
                "Berkas tidak dapat dibaca. Pastikan formatnya (CSV berkode UTF-8 atau XLSX) "
                "sesuai dengan pilihan format, dan baris pertamanya berisi nama kolom."
            ),
        )


class IntegerWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except (InvalidOperation, ValueError, TypeError, OverflowError):
            raise ValueError(_("“%(value)s” bukan bilangan bulat.") % {"value": value}) from None


class DateWidget(widgets.DateWidget):
    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except (ValueError, TypeError):
            raise ValueError(
                _("“%(value)s” bukan tanggal; tulis sebagai TTTT-BB-HH (misalnya 2020-03-12).")
                % {"value": value}
            ) from None
