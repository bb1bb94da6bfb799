"""The periodic report rendered as XLSX (openpyxl) and PDF (WeasyPrint, from a template)."""

from agreements.reporting.render import render_report

__all__ = ["render_report"]
