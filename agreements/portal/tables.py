"""The public list's table: the dashboard's columns, linked to the portal's pages."""

from __future__ import annotations

import django_tables2 as tables
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from agreements.querystrings import with_query
from agreements.tables import AgreementTable


class PublicAgreementTable(AgreementTable):
    title = tables.Column(
        verbose_name=_("Judul"),
        linkify=lambda record, table: with_query(
            reverse("portal:agreement", args=[record.pk]), table.lang_query
        ),
        orderable=False,
    )

    class Meta(AgreementTable.Meta):
        pass

    def title_url(self, record) -> str:
        return with_query(reverse("portal:agreement", args=[record.pk]), self.lang_query)

    def __init__(self, *args, lang_query: str = "", **kwargs):
        # Links keep the visitor's language (?lang=en): it lives in the address, not a cookie.
        self.lang_query = lang_query
        super().__init__(*args, **kwargs)
