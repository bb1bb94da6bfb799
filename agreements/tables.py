"""django-tables2 tables of the dashboard. Sortable columns are the indexed ones."""

from __future__ import annotations

import django_tables2 as tables
from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_tables2.data import TableQuerysetData

from agreements.models import Agreement, Article
from agreements.selectors.search import list_window, ranked_ids, rows_by_id


def labelled(label) -> dict:
    """Cell attributes naming the column: a phone shows rows as cards, without the header."""
    return {"td": {"data-label": label}}


class RankedRows(TableQuerysetData):
    """The rows of an agreement list read by id (``search.ranked_ids``): the ids of its
    first LIST_COUNT_LIMIT + 1 rows are read once per change of the data and give the
    count; with ``words`` (a text search without a sort) the best matches come first."""

    def __init__(self, data, words: str):
        super().__init__(data)
        self.words = words
        # Rows of the first page, kept with an unranked list's window (``search.list_window``).
        self.kept: dict = {}

    def order_by(self, aliases):
        super().order_by(aliases)
        self.__dict__.pop("ids", None)  # another order, other ids
        self.kept = {}

    @cached_property
    def ids(self) -> list[int]:
        try:
            if self.words:
                return ranked_ids(self.data, self.words)
            window = list_window(self.data)
            self.kept = window.rows
            return list(window.ids[: settings.LIST_COUNT_LIMIT + 1])
        except EmptyResultSet:  # ``.none()``: the filter form was invalid
            return []

    def __getitem__(self, key):
        if isinstance(key, slice):
            wanted = self.ids[key]
            if wanted and all(pk in self.kept for pk in wanted):
                return [self.kept[pk] for pk in wanted]
            return rows_by_id(self.data, self.words, wanted)
        return rows_by_id(self.data, self.words, [self.ids[key]])[0]

    def __iter__(self):
        return iter(self[0 : len(self)])

    def bounded_count(self) -> int:
        """The rows, counted no further than LIST_COUNT_LIMIT + 1 (for the paginator)."""
        return len(self.ids)


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
        # django-tables2's header, sorting and pagination; the rows come from ``page_rows``.
        template_name = "django_tables2/agreement_table.html"

    def page_rows(self) -> str:
        """The page's rows, as django-tables2 renders them (a test compares the two).

        Its own path per cell looked up each render method's signature, resolved the
        accessor, built the column's attributes and rendered a template: 70 % of the page's
        time went there (25 rows x 6 cells). Here attributes are built once per column and
        each row is one ``format_html``."""
        columns = {column.name: column for column in self.columns}
        td = {name: column.attrs["td"].as_html() for name, column in columns.items()}
        default = {name: column.default for name, column in columns.items()}

        def day(value, name):
            return date_filter(value, "j M Y") if value else default[name]

        rows = []
        for row in self.paginated_rows:
            record = row.record
            cells = {
                "title": format_html('<a href="{}">{}</a>', self.title_url(record), record.title)
                if record.title
                else default["title"],
                "agreement_type": record.get_agreement_type_display() or default["agreement_type"],
                "parties": self.render_parties(record),
                "signed_on": day(record.signed_on, "signed_on"),
                "ends_on": day(record.ends_on, "ends_on"),
                "status": self.render_status(record),
            }
            rows.append(
                format_html(
                    "<tr {}>{}</tr>",
                    row.attrs.as_html(),
                    format_html_join("", "<td {}>{}</td>", ((td[n], cells[n]) for n in columns)),
                )
            )
        return format_html_join("\n", "{}", ((row,) for row in rows))

    def title_url(self, record: Agreement) -> str:
        """Where a row's title links (as the title column's ``linkify``)."""
        return record.get_absolute_url()

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
