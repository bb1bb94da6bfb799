"""The agreement table writes its rows itself, for speed: exactly what django-tables2 does."""

import re
from datetime import date

import pytest
from django.test import RequestFactory

from agreements.selectors.agreements import agreement_list_queryset
from agreements.tables import AgreementTable
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


def test_the_rows_are_the_cells_django_tables2_renders():
    AgreementFactory(title="Kerja sama <b>pangan</b> & air", provinces=["15", "32.73"])
    AgreementFactory(signed_on=None, expires_on=None, provinces=["15", "bank:Bank Jambi"])
    AgreementFactory(terminated_on=date(2023, 1, 1))
    table = AgreementTable(agreement_list_queryset())
    table.paginate(per_page=25)
    ours = re.findall(r"<td (.*?)>(.*?)</td>", str(table.page_rows()), re.S)
    theirs = [
        (column.attrs["td"].as_html(), str(row.get_cell(column.name)))
        for row in table.paginated_rows
        for column in table.columns
    ]
    assert ours == theirs
    assert "&lt;b&gt;pangan&lt;/b&gt; &amp; air" in str(table.page_rows())


def test_an_empty_table_says_so(rf: RequestFactory):
    table = AgreementTable(agreement_list_queryset().none())
    table.paginate(per_page=25)
    html = table.as_html(rf.get("/"))
    assert "Tidak ada kesepakatan yang cocok" in html


def test_the_public_table_links_its_rows_to_the_portal_in_the_visitor_s_language():
    from agreements.portal.tables import PublicAgreementTable

    agreement = AgreementFactory(is_published=True)
    table = PublicAgreementTable(agreement_list_queryset(), lang_query="lang=en")
    table.paginate(per_page=25)
    assert f'href="/publik/agreements/{agreement.pk}/?lang=en"' in str(table.page_rows())
    [row] = table.paginated_rows
    assert str(row.get_cell("title")) in str(table.page_rows())
