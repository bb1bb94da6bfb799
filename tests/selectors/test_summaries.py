"""The summary tables always equal the counts of the agreements themselves.

Every figure the dashboard reads from ``SummaryCount`` is compared with the plain aggregate
over the agreements (the queries the pages ran before), after writes through each kind of
writer: the services, model saves and deletes, many-to-many changes, queryset updates,
bulk inserts, raw SQL, and random sequences of all of them.
"""

import datetime as dt

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agreements.models import (
    ActionKind,
    Activity,
    ActivityState,
    Agreement,
    AgreementFacts,
    AgreementOpd,
    AgreementParty,
    Article,
    ArticleAgreement,
    ArticleLink,
    MonitoringReport,
    Opd,
    PartyKind,
    Regency,
    ScopeItem,
    SummaryCount,
)
from agreements.models.querysets import dormant_condition_from_events
from agreements.selectors import aggregates, followup, summaries
from agreements.selectors import agreements as reads
from agreements.services.actions import action_delete, action_record, agreement_termination_set
from agreements.services.agreements import (
    OpdSpec,
    PartySpec,
    ScopeItemSpec,
    agreement_create,
    agreement_regions_set,
)
from agreements.services.implementation import activity_delete, activity_save, report_file
from tests.factories import AgreementFactory, ScopeItemFactory, sector

pytestmark = pytest.mark.django_db

PROVINCES = ["11", "15", "32", "33", "51", "91"]
SECTORS = ["pariwisata", "pendidikan", "kesehatan", "pertanian"]


def everything():
    """All agreements, spelled with a filter: the counting path, not the summaries."""
    return Agreement.objects.filter(pk__gt=0)


def assert_summaries_match(today=None):
    days = [today] if today else [dt.date(2020, 1, 1), dt.date(2027, 3, 1), dt.date.today()]
    for day in days:
        counted = Agreement.objects.aggregate(
            **{
                status: reads.Count("id", filter=reads.status_condition(status, today=day))
                for status in ("active", "expiring")
            }
        )
        assert summaries.status_counts(day) == {"agreements": Agreement.objects.count(), **counted}
    assert reads.key_figures() == reads.key_figures_counted()
    assert summaries.signings_per_year() == list(Agreement.objects.per_year("signed_on"))
    assert summaries.province_counts() == aggregates.province_counts(everything())
    assert summaries.province_counts_with_regencies() == reads.province_counts_with_regencies(
        everything()
    )
    assert summaries.province_pairs() == aggregates.province_pairs(everything())
    assert summaries.province_pairs(
        with_regencies=True
    ) == aggregates.province_pairs_with_regencies(everything())
    assert summaries.sector_counts(limit=50) == aggregates.sector_counts(everything(), limit=50)
    for code in PROVINCES:
        involving = Agreement.objects.involving(code)
        assert summaries.partner_counts(code) == aggregates.partner_ranking_counted(code)
        assert summaries.partner_counts(code) == reads.partner_counts(everything(), code)
        assert summaries.province_signings_per_year(code) == list(involving.per_year("signed_on"))
        assert summaries.province_expiries_per_year(code) == list(involving.per_year("ends_on"))
        assert [(o.pk, o.agreement_count) for o in summaries.opds_involved(code)] == [
            (o.pk, o.agreement_count) for o in reads.opds_involved(code)
        ]
        assert summaries.sector_counts(province=code, limit=50) == aggregates.sector_counts(
            everything(), province=code, limit=50
        )
    for day in days:
        dormant = Agreement.objects.filter(dormant_condition_from_events(today=day))
        assert set(Agreement.objects.dormant(today=day)) == set(dormant)
        assert summaries.dormant_count(today=day) == dormant.count()
        for code in PROVINCES[:3]:
            assert summaries.dormant_count(province=code, today=day) == (
                dormant.involving(code).count()
            )
    assert followup.dormant_agreements(Agreement.objects.all()) == list(
        Agreement.objects.filter(dormant_condition_from_events()).order_by("signed_on", "id")[:8]
    )
    assert followup.implementation_from_summaries() == followup.implementation_summary(everything())
    for code in PROVINCES:
        assert followup.implementation_from_summaries(province=code) == (
            followup.implementation_summary(Agreement.objects.involving(code))
        )
    for code in SECTORS:
        in_sector = Agreement.objects.in_sector(code)
        assert summaries.sector_signings_per_year(code) == list(in_sector.per_year("signed_on"))
        assert (
            summaries.sector_province_counts(code, 10)
            == (aggregates.province_counts(in_sector)[:10])
        )


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return day.replace(year=index // 12, month=index % 12 + 1)


def create(provinces=("15", "32"), sectors=("pariwisata",), **dates):
    return agreement_create(
        title="Kerja sama uji",
        parties=[PartySpec(province_code=code) for code in provinces],
        scope_items=[ScopeItemSpec(description="Bidang", sector_codes=list(sectors))],
        opds=[OpdSpec(province_code=code, name="Dinas Pariwisata") for code in provinces[:2]],
        **dates,
    )


def test_the_services_keep_the_summaries_current():
    first = create(signed_on=dt.date(2021, 3, 1), expires_on=dt.date(2026, 2, 28))
    create(("32", "33", "51"), ("pendidikan", "kesehatan"), signed_on=dt.date(2024, 7, 1))
    create(("11", "91"), (), signed_on=None)
    assert summaries.province_counts()[0] == {
        "province": "32",
        "province__name": "Jawa Barat",
        "count": 2,
    }
    assert_summaries_match()
    agreement_regions_set(agreement=first, region_codes=["15", "33", "32.73"])
    assert_summaries_match()
    agreement_termination_set(agreement=first, terminated_on=dt.date(2025, 1, 1), reason="Uji")
    assert Agreement.objects.get(pk=first.pk).terminated_on == dt.date(2025, 1, 1)
    assert_summaries_match()


def test_saves_deletes_and_sector_links_keep_the_summaries_current():
    agreement = AgreementFactory(provinces=["15", "32", "32.73"])
    item = ScopeItemFactory(agreement=agreement, sectors=["pariwisata", "pertanian"])
    ScopeItemFactory(agreement=agreement, sectors=["pariwisata"])
    assert_summaries_match()
    item.sectors.remove(sector("pertanian"))
    item.sectors.add(sector("kesehatan"))
    assert_summaries_match()
    agreement.expires_on = dt.date(2030, 12, 31)
    agreement.signed_on = dt.date(2019, 1, 2)
    agreement.save()
    assert summaries.province_expiries_per_year("15") == [{"year": 2030, "count": 1}]
    party = agreement.parties.get(province_id="32")
    party.province_id = "51"
    party.save()
    assert_summaries_match()
    item.delete()
    assert_summaries_match()
    agreement.delete()
    assert SummaryCount.objects.filter(n__gt=0).count() == 0
    assert not AgreementFacts.objects.exists()
    assert_summaries_match()


def test_bulk_writes_and_raw_sql_keep_the_summaries_current():
    agreements = Agreement.objects.bulk_create(
        [Agreement(title=f"Massal {n}", signed_on=dt.date(2018 + n, 1, 1)) for n in range(4)]
    )
    AgreementParty.objects.bulk_create(
        [
            AgreementParty(agreement=a, kind=PartyKind.PROVINCE, province_id=code, position=i)
            for a in agreements
            for i, code in enumerate(["91", "11"])
        ]
    )
    items = ScopeItem.objects.bulk_create(
        [ScopeItem(agreement=a, description="Bidang", position=0) for a in agreements]
    )
    through = ScopeItem.sectors.through
    through.objects.bulk_create([through(scopeitem=i, sector_id="pertanian") for i in items])
    assert_summaries_match()
    Agreement.objects.filter(pk__in=[a.pk for a in agreements[:2]]).update(signed_on=None)
    AgreementParty.objects.filter(agreement=agreements[3], province_id="11").update(
        province_id="33"
    )
    assert_summaries_match()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_agreement SET expires_on = signed_on + 400 WHERE id = %s",
            [agreements[3].pk],
        )
        cursor.execute(
            "DELETE FROM agreements_scopeitem_sectors WHERE scopeitem_id = %s", [items[2].pk]
        )
    assert_summaries_match()


def test_the_follow_up_keeps_implementation_and_dormancy_current():
    old = create(signed_on=dt.date(2019, 1, 10))
    create(("32", "51"), signed_on=dt.date(2018, 6, 1), expires_on=dt.date(2030, 1, 1))
    young = create(("33", "51"), signed_on=dt.date.today() - dt.timedelta(days=30))
    today = dt.date.today()
    months = django_settings.DORMANT_AFTER_MONTHS
    # The edges that the summary's months leave to the facts: the first day ``old`` is
    # dormant (its signing day is ``since``) and the day before, the last days of the 2018
    # agreement and a day in its final month, the first day of this month.
    first_dormant = add_months(dt.date(2019, 1, 10), months)
    edges = [first_dormant, first_dormant - dt.timedelta(days=1), first_dormant.replace(day=1)]
    edges += [dt.date(2030, 1, 1), dt.date(2029, 12, 31), dt.date(2030, 1, 2), today.replace(day=1)]
    for day in edges:
        assert_summaries_match(today=day)
    assert summaries.dormant_count(today=first_dormant) == 2
    assert summaries.dormant_count(today=first_dormant - dt.timedelta(days=1)) == 1
    assert summaries.dormant_count() == 2
    activity = activity_save(
        activity=Activity(agreement=old, title="Pameran", planned_start=today, state="planned")
    )
    assert summaries.dormant_count() == 1
    activity.state = ActivityState.DONE
    activity.planned_start = dt.date(2020, 1, 1)
    activity_save(activity=activity)
    assert_summaries_match()
    report_file(
        report=MonitoringReport(agreement=young, year=2026, period="year", summary="Berjalan")
    )
    action = action_record(agreement=old, kind=ActionKind.MONEV_FILED, date=today)
    assert_summaries_match()
    action_delete(action=action)
    activity_delete(activity=activity)
    assert_summaries_match()
    article = Article.objects.create(
        title="Berita",
        url="https://b.example.id/1",
        canonical_url="https://b.example.id/1",
        content_hash="x",
        published_at=dt.datetime(2020, 5, 1, tzinfo=dt.UTC),
    )
    ArticleAgreement.objects.create(article=article, agreement=old, linked_by=ArticleLink.MERGED)
    assert_summaries_match()
    article.published_at = dt.datetime.now(dt.UTC)
    article.save()
    assert_summaries_match()
    for day in (dt.date(2021, 5, 1), dt.date(2022, 5, 1), dt.date(2022, 4, 30)):
        assert_summaries_match(today=day)


def test_a_kabupaten_moved_to_another_province_moves_its_agreements():
    AgreementFactory(provinces=["15", "32.73"])
    regency = Regency.objects.get(code="32.73")
    regency.province_id = "33"
    regency.save()
    assert dict(summaries.province_counts_with_regencies()) == {"15": 1, "33": 1}
    assert_summaries_match()


def test_rebuild_repairs_the_summaries_and_is_idempotent():
    create(signed_on=dt.date(2022, 1, 1))
    create(("32", "51"), ("kesehatan",), signed_on=dt.date(2023, 1, 1))
    SummaryCount.objects.filter(measure="pair").update(n=99)
    AgreementFacts.objects.all().delete()
    call_command("rebuild_summaries")
    call_command("rebuild_summaries")
    assert_summaries_match()
    assert summaries.province_pairs()[0] == {"province": "15", "partner": "32", "count": 1}


def test_a_deferred_bulk_load_is_counted_by_the_rebuild():
    from agreements.services.summaries import summaries_deferred, summaries_rebuild

    create(signed_on=dt.date(2022, 1, 1))
    with transaction.atomic(), summaries_deferred():
        create(("32", "51"), ("kesehatan",), signed_on=dt.date(2023, 1, 1))
    assert summaries.status_counts()["agreements"] == 1
    summaries_rebuild()
    assert_summaries_match()
    create(("11", "91"), signed_on=dt.date(2024, 1, 1))
    assert_summaries_match()


WRITES = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "create",
                "dates",
                "party",
                "unparty",
                "sector",
                "unsector",
                "activity",
                "opd",
                "delete",
            ]
        ),
        st.integers(0, 30),
        st.sampled_from([*PROVINCES, "32.73", "33.74", "51.71"]),
        st.sampled_from(SECTORS),
        st.one_of(st.none(), st.dates(dt.date(2015, 1, 1), dt.date(2032, 12, 31))),
    ),
    min_size=1,
    max_size=12,
)


def _apply(kind, number, region, sector_code, day):
    agreements = list(Agreement.objects.order_by("pk"))
    if kind == "create" or not agreements:
        other = PROVINCES[number % len(PROVINCES)]
        ends = day + dt.timedelta(days=number * 45) if day else None
        AgreementFactory(
            provinces=[region] if region == other else [region, other],
            signed_on=day,
            expires_on=ends,
        )
        return
    agreement = agreements[number % len(agreements)]
    if kind == "dates":
        agreement.signed_on = day
        agreement.expires_on = day + dt.timedelta(days=number * 60) if day else None
        agreement.save()
    elif kind == "party":
        if "." in region:
            if not agreement.parties.filter(regency_id=region).exists():
                AgreementParty.objects.create(
                    agreement=agreement, kind=PartyKind.CITY, regency_id=region, position=9
                )
        elif not agreement.parties.filter(province_id=region).exists():
            AgreementParty.objects.create(
                agreement=agreement, kind=PartyKind.PROVINCE, province_id=region, position=9
            )
    elif kind == "unparty":
        agreement.parties.filter(pk__in=agreement.parties.values("pk")[:1]).delete()
    elif kind == "sector":
        ScopeItemFactory(agreement=agreement, sectors=[sector_code])
    elif kind == "activity":
        states = list(ActivityState)
        Activity.objects.create(
            agreement=agreement,
            title="Kegiatan",
            planned_start=day,
            state=states[number % len(states)],
        )
    elif kind == "opd":
        link = agreement.agreement_opds.first()
        if link and number % 2:
            link.delete()
        elif not link:
            opd = Opd.objects.get_or_create(province_id="15", name=f"Dinas Uji {number % 3}")[0]
            AgreementOpd.objects.create(agreement=agreement, opd=opd)
    elif kind == "unsector":
        item = agreement.scope_items.first()
        if item:
            item.sectors.remove(sector(sector_code))
    else:
        agreement.delete()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(WRITES)
def test_random_writes_keep_the_summaries_equal_to_counting(writes):
    for write in writes:
        _apply(*write)
    assert_summaries_match(today=dt.date(2026, 6, 1))
    assert_summaries_match(today=dt.date(2017, 3, 1))
