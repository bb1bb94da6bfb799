"""Dormant agreements: in force, signed over DORMANT_AFTER_MONTHS ago, and no activity, no
monitoring report and no linked news article in as many months. Derived, never stored."""

import csv
import datetime as dt
import io

import pytest
from django.utils import timezone

from agreements.models import (
    Activity,
    Agreement,
    Article,
    ArticleAgreement,
    ArticleLink,
    MonitoringReport,
)
from agreements.models.querysets import months_before
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


def years_ago(years: float) -> dt.date:
    return timezone.localdate() - dt.timedelta(days=int(365 * years))


@pytest.fixture
def quiet():
    """In force, signed two years ago, nothing since."""
    return AgreementFactory(
        signed_on=years_ago(2), expires_on=timezone.localdate() + dt.timedelta(days=900)
    )


def dormant_ids():
    return set(Agreement.objects.dormant().values_list("pk", flat=True))


def test_an_agreement_goes_dormant_and_each_sign_of_life_revives_it(quiet):
    assert dormant_ids() == {quiet.pk}

    activity = Activity.objects.create(
        agreement=quiet, title="Rapat koordinasi", planned_start=timezone.localdate()
    )
    assert dormant_ids() == set()
    activity.delete()
    assert dormant_ids() == {quiet.pk}

    report = MonitoringReport.objects.create(
        agreement=quiet, year=timezone.localdate().year, summary="Berjalan baik"
    )
    assert dormant_ids() == set()
    report.delete()
    assert dormant_ids() == {quiet.pk}

    article = Article.objects.create(
        title="Kedua provinsi menindaklanjuti kesepakatan",
        url="https://berita.example.id/tindak-lanjut",
        canonical_url="https://berita.example.id/tindak-lanjut",
        text="...",
        content_hash="t",
        extraction={},
        published_at=timezone.now() - dt.timedelta(days=10),
    )
    ArticleAgreement.objects.create(
        article=article, agreement=quiet, linked_by=ArticleLink.ACCEPTED
    )
    assert dormant_ids() == set()


def test_old_signs_of_life_do_not_count_and_young_or_ended_agreements_are_not_dormant(quiet):
    Activity.objects.create(
        agreement=quiet,
        title="Kegiatan lama",
        planned_start=years_ago(1.8),
        actual_end=years_ago(1.7),
        created_at=timezone.now() - dt.timedelta(days=600),
    )
    young = AgreementFactory(signed_on=years_ago(0.5), expires_on=years_ago(-3))
    ended = AgreementFactory(signed_on=years_ago(4), expires_on=years_ago(1))
    terminated = AgreementFactory(
        signed_on=years_ago(3),
        expires_on=years_ago(-2),
        terminated_on=years_ago(1),
        termination_reason="Disepakati berakhir",
    )
    ids = dormant_ids()
    assert quiet.pk in ids
    assert not ids & {young.pk, ended.pk, terminated.pk}


def test_the_setting_moves_the_threshold(quiet, settings):
    settings.DORMANT_AFTER_MONTHS = 36
    assert dormant_ids() == set()


def test_months_before_keeps_the_day_or_the_months_last():
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 12, 2), 12) == dt.date(2025, 12, 2)
    assert months_before(dt.date(2026, 1, 15), 13) == dt.date(2024, 12, 15)


def test_list_filter_badge_and_export_show_the_same_rows(client, make_user, quiet):
    lively = AgreementFactory(signed_on=years_ago(2), expires_on=years_ago(-2))
    Activity.objects.create(agreement=lively, title="Pameran", planned_start=years_ago(0.1))
    client.force_login(make_user("Viewer"))

    page = client.get("/agreements/?status=dormant")
    assert page.status_code == 200
    assert list(page.context["table"].data) == [quiet]
    assert "badge-dormant" in page.content.decode()

    export = client.get("/agreements/export/?status=dormant&format=csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert [row[0] for row in body] == [str(quiet.pk)]
    assert body[0][header.index("Tidak ditindaklanjuti")] == "Ya"

    everything = client.get("/agreements/export/?format=csv")
    rows = list(csv.reader(io.StringIO(b"".join(everything.streaming_content).decode("utf-8-sig"))))
    flags = {row[0]: row[rows[0].index("Tidak ditindaklanjuti")] for row in rows[1:]}
    assert flags == {str(quiet.pk): "Ya", str(lively.pk): "Tidak"}


def test_home_page_counts_and_lists_dormant_agreements(client, make_user, quiet):
    client.force_login(make_user("Viewer"))
    page = client.get("/")
    assert page.context["implementation"].dormant == 1
    assert page.context["dormant"] == [quiet]
    assert "/agreements/?status=dormant" in page.content.decode()


def test_home_page_dormant_list_follows_each_write(client, make_user, quiet):
    """The list is a window patched after writes (``list_ids``): a sign of life takes an
    agreement off it, its removal puts it back, a newer quiet one joins in signing order."""
    client.force_login(make_user("Viewer"))
    assert client.get("/").context["dormant"] == [quiet]
    activity = Activity.objects.create(
        agreement=quiet, title="Rapat koordinasi", planned_start=timezone.localdate()
    )
    assert client.get("/").context["dormant"] == []
    activity.delete()
    older = AgreementFactory(
        signed_on=years_ago(3), expires_on=timezone.localdate() + dt.timedelta(days=900)
    )
    assert client.get("/").context["dormant"] == [older, quiet]


def test_agreement_page_shows_the_badge_only_while_dormant(client, make_user, quiet):
    client.force_login(make_user("Viewer"))
    assert "badge-dormant" in client.get(f"/agreements/{quiet.pk}/").content.decode()
    MonitoringReport.objects.create(agreement=quiet, year=2026, summary="Berjalan")
    assert "badge-dormant" not in client.get(f"/agreements/{quiet.pk}/").content.decode()
