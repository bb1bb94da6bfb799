from datetime import date

import pytest
import time_machine
from django.db import IntegrityError, transaction

from agreements.models import (
    Agreement,
    AgreementParty,
    AgreementStatus,
    AgreementType,
    Opd,
    OpdKind,
    PartyKind,
)
from tests.factories import AgreementFactory, OpdFactory

pytestmark = pytest.mark.django_db


def test_database_refuses_expiry_before_signing():
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementFactory(signed_on=date(2022, 1, 10), expires_on=date(2021, 1, 1))


def test_database_refuses_the_same_province_twice_in_one_agreement():
    agreement = AgreementFactory(provinces=["15", "32"])
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementParty.objects.create(agreement=agreement, province_id="15")


def test_database_refuses_a_province_party_without_a_province():
    agreement = AgreementFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementParty.objects.create(agreement=agreement, kind=PartyKind.PROVINCE)
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementParty.objects.create(
            agreement=agreement, kind=PartyKind.CITY, organisation_name=""
        )
    # A kota is a region of the list, not a typed name.
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementParty.objects.create(
            agreement=agreement, kind=PartyKind.CITY, organisation_name="Kota Jambi"
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        AgreementParty.objects.create(
            agreement=agreement, kind=PartyKind.CITY, regency_id="15.71", province_id="15"
        )
    AgreementParty.objects.create(agreement=agreement, kind=PartyKind.CITY, regency_id="15.71")
    AgreementParty.objects.create(
        agreement=agreement, kind=PartyKind.UNIVERSITY, organisation_name="Universitas Jambi"
    )


def test_one_opd_row_per_real_unit_whatever_the_spelling():
    OpdFactory(province_id="15", name="Dinas Kehutanan")
    with pytest.raises(IntegrityError), transaction.atomic():
        Opd.objects.create(province_id="15", kind=OpdKind.DINAS, name="  dinas   KEHUTANAN.")
    # Another province may have its own unit of the same name.
    Opd.objects.create(province_id="32", kind=OpdKind.DINAS, name="Dinas Kehutanan")


def test_end_date_comes_from_duration_when_no_expiry_is_given():
    agreement = AgreementFactory(
        signed_on=date(2020, 3, 12), expires_on=None, duration_months=60, effective_from=None
    )
    agreement.refresh_from_db()
    assert agreement.ends_on == date(2025, 3, 12)
    agreement.effective_from = date(2020, 4, 1)
    agreement.save()
    agreement.refresh_from_db()
    assert agreement.ends_on == date(2025, 4, 1)


@time_machine.travel(date(2024, 6, 1), tick=False)
def test_status_is_derived_from_dates():
    active = AgreementFactory(signed_on=date(2022, 1, 1), expires_on=date(2026, 1, 1))
    expiring = AgreementFactory(signed_on=date(2020, 1, 1), expires_on=date(2024, 7, 15))
    expired = AgreementFactory(signed_on=date(2018, 1, 1), expires_on=date(2023, 1, 1))
    open_ended = AgreementFactory(signed_on=date(2023, 1, 1), expires_on=None)
    terminated = AgreementFactory(
        signed_on=date(2022, 1, 1),
        expires_on=date(2027, 1, 1),
        terminated_on=date(2024, 2, 1),
        termination_reason="Disepakati berakhir lebih awal",
    )
    draft = AgreementFactory(signed_on=None, expires_on=None)

    assert set(Agreement.objects.active()) == {active, expiring, open_ended}
    assert set(Agreement.objects.expiring_within(90)) == {expiring}
    assert set(Agreement.objects.expired()) == {expired}
    assert set(Agreement.objects.terminated()) == {terminated}
    statuses = dict(Agreement.objects.with_status().values_list("pk", "status"))
    assert statuses == {
        active.pk: AgreementStatus.ACTIVE,
        expiring.pk: AgreementStatus.EXPIRING,
        expired.pk: AgreementStatus.EXPIRED,
        open_ended.pk: AgreementStatus.ACTIVE,
        terminated.pk: AgreementStatus.TERMINATED,
        draft.pk: AgreementStatus.DRAFT,
    }
    # The property on a single row follows the same rules as the annotation.
    for agreement in Agreement.objects.all():
        assert agreement.status == statuses[agreement.pk]


def test_status_moves_with_the_calendar_without_any_write():
    agreement = AgreementFactory(signed_on=date(2020, 1, 1), expires_on=date(2024, 12, 31))
    with time_machine.travel(date(2024, 1, 1), tick=False):
        assert Agreement.objects.with_status().get().status == AgreementStatus.ACTIVE
    with time_machine.travel(date(2024, 11, 1), tick=False):
        assert Agreement.objects.with_status().get().status == AgreementStatus.EXPIRING
    with time_machine.travel(date(2025, 1, 1), tick=False):
        assert Agreement.objects.with_status().get().status == AgreementStatus.EXPIRED
    assert agreement.pk


def test_history_records_every_change():
    agreement = AgreementFactory(agreement_type=AgreementType.KESEPAKATAN_BERSAMA)
    agreement.title = "Judul yang diperbaiki"
    agreement.save()
    assert [h.title for h in agreement.history.order_by("history_date")][
        -1
    ] == "Judul yang diperbaiki"
    assert agreement.history.count() == 2
