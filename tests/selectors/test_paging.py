"""The lists' row count: cached per change of the data, bounded, and said so on the page."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(client, make_user):
    client.force_login(make_user("Viewer"))
    return client


def _counts(queries) -> int:
    # Counts of agreements: a COUNT, or the bounded read of the list's ids that gives it
    # (LIMIT LIST_COUNT_LIMIT + 1 and the window's margin); the header's bell counts the
    # user's unread reminders, and the read of the change log its own rows, apart.
    from django.conf import settings

    from agreements.selectors.list_ids import MARGIN

    bounded = f"LIMIT {settings.LIST_COUNT_LIMIT + 1 + MARGIN}"
    return sum(
        ("COUNT(" in query["sql"].upper() or bounded in query["sql"])
        and "agreements_reminder" not in query["sql"]
        and "agreements_listchange" not in query["sql"]
        for query in queries.captured_queries
    )


def test_the_list_counts_its_rows_once_until_the_data_changes(viewer):
    AgreementFactory.create_batch(3, provinces=["15", "32"])
    url = reverse("agreements:list") + "?q=Jambi"
    with CaptureQueriesContext(connection) as cold:
        assert viewer.get(url).context["table"].paginator.count == 3
    with CaptureQueriesContext(connection) as warm:
        assert viewer.get(url).context["table"].paginator.count == 3
    assert _counts(cold) == 1 and _counts(warm) == 0
    AgreementFactory(provinces=["15", "32"])
    assert viewer.get(url).context["table"].paginator.count == 4


def test_beyond_the_limit_the_count_says_more_than_and_pages_stop(viewer, settings):
    settings.LIST_COUNT_LIMIT = 4
    AgreementFactory.create_batch(6, provinces=["15", "32"])
    response = viewer.get(reverse("agreements:list"), {"per_page": 2, "page": 50})
    paginator = response.context["table"].paginator
    assert paginator.count == 4 and paginator.count_exceeds_limit
    assert response.context["table"].page.number == 2  # the last page there is, not page 50
    page = response.content.decode()
    assert "Lebih dari 4 kesepakatan" in page
    assert "Persempit saringan" in page


def test_rows_of_one_day_keep_their_place_between_pages(viewer):
    day = dt.date(2020, 3, 12)
    made = AgreementFactory.create_batch(6, provinces=["15", "32"], signed_on=day)
    seen = []
    for sort in (None, "signed_on", "-signed_on", "ends_on", "agreement_type"):
        ids = []
        for number in (1, 2, 3):
            query = {"per_page": 2, "page": number, **({"sort": sort} if sort else {})}
            response = viewer.get(reverse("agreements:list"), query)
            ids += [row.record.pk for row in response.context["table"].page.object_list]
        assert sorted(ids) == sorted(a.pk for a in made), sort
        seen.append(ids)
    # Newest first, the id breaking the tie.
    assert seen[0] == sorted((a.pk for a in made), reverse=True)
