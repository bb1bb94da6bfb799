"""django-tables2 tables of the dashboard. Sortable columns are the indexed ones."""

from __future__ import annotations

import django_tables2 as tables
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from agreements.models import Agreement, Article


def labelled(label) -> dict:
    """Cell attributes naming the column: a phone shows rows as cards, without the header."""
    return {"td": {"data-label": label}}


class AgreementTable(tables.Table):
    title = tables.Column(
        verbose_name=_("Judul"), linkify=lambda record: record.get_absolute_url(), orderable=False
    )
    agreement_type = tables.Column(
        verbose_name=_("Jenis"),
        # Every order ends with the id: rows of the same day keep their place between pages.
        order_by=("agreement_type", "-signed_on", "-id"),
        attrs=labelled(_("Jenis")),
    )
    parties = tables.Column(
        verbose_name=_("Pihak"), empty_values=(), orderable=False, attrs=labelled(_("Pihak"))
    )
    signed_on = tables.DateColumn(
        verbose_name=_("Ditandatangani"),
        format="j M Y",
        order_by=("signed_on", "id"),
        attrs=labelled(_("Ditandatangani")),
    )
    ends_on = tables.DateColumn(
        verbose_name=pgettext_lazy("tanggal berakhir", "Berakhir"),
        format="j M Y",
        order_by=("ends_on", "id"),
        attrs=labelled(pgettext_lazy("tanggal berakhir", "Berakhir")),
    )
    status = tables.Column(verbose_name=_("Status"), empty_values=(), orderable=False)

    class Meta:
        model = Agreement
        fields = ("title", "agreement_type", "parties", "signed_on", "ends_on", "status")
        # No default order here: it would override the filters' own (best text matches, soonest
        # expiry); the list's queryset is newest first until a filter or `sort` says otherwise.
        attrs = {"class": "table"}
        empty_text = _("Tidak ada kesepakatan yang cocok dengan saringan ini.")
        template_name = "django_tables2/table.html"

    def render_parties(self, record: Agreement):
        return format_html_join(
            ", ",
            "{}",
            ((party.display_name,) for party in record.parties.all()),
        )

    def render_status(self, record: Agreement):
        badge = format_html(
            '<span class="badge badge-{}">{}</span>', record.status, record.get_status_display()
        )
        if getattr(record, "is_dormant", False):
            badge += format_html(
                ' <span class="badge badge-dormant">{}</span>', _("Tidak ditindaklanjuti")
            )
        return badge


class ArticleTable(tables.Table):
    title = tables.Column(
        verbose_name=_("Judul"),
        linkify=lambda record: reverse("agreements:article", args=[record.pk]),
        orderable=False,
    )
    publisher = tables.Column(verbose_name=_("Penerbit"), orderable=False)
    published_at = tables.DateTimeColumn(
        verbose_name=_("Diterbitkan"), format="j M Y", order_by=("published_at", "id")
    )
    is_relevant = tables.BooleanColumn(verbose_name=_("Melaporkan kesepakatan"), orderable=False)
    agreement_count = tables.Column(verbose_name=_("Kesepakatan tertaut"), orderable=False)

    class Meta:
        model = Article
        fields = ("title", "publisher", "published_at", "is_relevant", "agreement_count")
        order_by = ("-published_at",)  # the column's order ends with the id
        attrs = {"class": "table"}
        empty_text = _("Belum ada artikel. Tambahkan sumber berita di Admin.")
        template_name = "django_tables2/table.html"

    def render_title(self, record: Article):
        return record.title or record.canonical_url
