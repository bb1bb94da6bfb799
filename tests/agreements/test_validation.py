from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from agreements.models import AgreementType
from agreements.services.agreements import OpdSpec, PartySpec, ScopeItemSpec, agreement_create
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

TWO_PROVINCES = [PartySpec(province_code="15"), PartySpec(province_code="32")]


def messages(error: ValidationError) -> str:
    return " ".join(error.messages)


def test_one_party_is_not_an_agreement():
    with pytest.raises(ValidationError) as error:
        agreement_create(title="X", parties=[PartySpec(province_code="15")])
    assert "sekurang-kurangnya dua pihak" in messages(error.value)


def test_the_same_province_twice_counts_once():
    with pytest.raises(ValidationError) as error:
        agreement_create(title="X", parties=[PartySpec(province_code="15")] * 2)
    assert "dua kali" in messages(error.value)


def test_expiry_must_follow_signing():
    with pytest.raises(ValidationError) as error:
        agreement_create(
            title="X",
            parties=TWO_PROVINCES,
            signed_on=date(2022, 1, 1),
            expires_on=date(2021, 1, 1),
        )
    assert error.value.message_dict["expires_on"] == [
        "Tanggal berakhir harus sesudah tanggal penandatanganan."
    ]


def test_a_pks_parent_must_be_an_umbrella_agreement_and_contain_its_dates():
    pks_parent = AgreementFactory(agreement_type=AgreementType.PERJANJIAN_KERJA_SAMA)
    with pytest.raises(ValidationError) as error:
        agreement_create(
            title="PKS",
            agreement_type=AgreementType.PERJANJIAN_KERJA_SAMA,
            parent=pks_parent,
            parties=TWO_PROVINCES,
        )
    assert "Induk harus berupa Kesepakatan Bersama" in messages(error.value)

    umbrella = AgreementFactory(signed_on=date(2022, 5, 10), expires_on=date(2027, 5, 9))
    with pytest.raises(ValidationError) as error:
        agreement_create(
            title="PKS",
            agreement_type=AgreementType.PERJANJIAN_KERJA_SAMA,
            parent=umbrella,
            signed_on=date(2023, 1, 1),
            expires_on=date(2028, 1, 1),
            parties=TWO_PROVINCES,
        )
    assert "melewati Kesepakatan Bersama" in messages(error.value)
    with pytest.raises(ValidationError) as error:
        agreement_create(
            title="PKS",
            agreement_type=AgreementType.PERJANJIAN_KERJA_SAMA,
            parent=umbrella,
            signed_on=date(2021, 1, 1),
            parties=TWO_PROVINCES,
        )
    assert "sebelum Kesepakatan Bersama" in messages(error.value)


def test_an_opd_must_belong_to_a_party_province():
    with pytest.raises(ValidationError) as error:
        agreement_create(
            title="X",
            parties=TWO_PROVINCES,
            opds=[OpdSpec(province_code="35", name="Dinas Perhubungan")],
        )
    assert "Dinas Perhubungan" in messages(error.value)


def test_a_predecessor_must_share_a_party():
    previous = AgreementFactory(provinces=["31", "36"])
    with pytest.raises(ValidationError) as error:
        agreement_create(title="X", parties=TWO_PROVINCES, predecessor=previous)
    assert "tidak memiliki pihak yang sama" in messages(error.value)


def test_a_valid_agreement_is_created_with_its_parts_and_is_searchable():
    agreement = agreement_create(
        title="Kesepakatan Bersama Jambi dan Jawa Barat",
        parties=TWO_PROVINCES,
        signed_on=date(2020, 3, 12),
        opds=[
            OpdSpec(province_code="15", name="Dinas Kehutanan"),
            OpdSpec(province_code="15", name="dinas kehutanan"),  # the same unit
        ],
        scope_items=[ScopeItemSpec("Pembangunan kehutanan", ("kehutanan",))],
    )
    assert agreement.parties.count() == 2
    assert agreement.agreement_opds.count() == 1
    assert list(agreement.scope_items.get().sectors.values_list("code", flat=True)) == ["kehutanan"]
    from django.contrib.postgres.search import SearchQuery

    from agreements.models import Agreement

    # "kehutanan" is stemmed by the indonesian configuration and found through the scope item.
    found = Agreement.objects.filter(search_vector=SearchQuery("hutan", config="indonesian"))
    assert list(found) == [agreement]


def test_a_signed_agreement_is_never_signed_in_the_future():
    tomorrow = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        agreement_create(title="X", parties=TWO_PROVINCES, signed_on=date(2052, 1, 1))
    assert "masa depan" in " ".join(error.value.message_dict["signed_on"])
    # The admin form runs the same rule (through the model's clean).
    agreement = AgreementFactory()
    agreement.signed_on = tomorrow
    with pytest.raises(ValidationError) as error:
        agreement.full_clean()
    assert "signed_on" in error.value.message_dict
    # Today is fine; a draft (still to be signed) has no signing date at all.
    assert agreement_create(title="Y", parties=TWO_PROVINCES, signed_on=timezone.localdate())
    assert agreement_create(title="Z", parties=TWO_PROVINCES, signed_on=None)
