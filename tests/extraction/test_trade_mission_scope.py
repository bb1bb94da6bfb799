"""An agreement signed at a trade mission has trade in its scope (eval-dev practice), unless
the agreement spells out a scope of its own."""

from agreements.extraction.sectors import find_sectors


def _sectors(*sentences: str) -> set[str]:
    codes, _, _ = find_sectors(list(sentences), {1}, [])
    return set(codes)


def test_an_agreement_signed_at_a_trade_mission_has_trade():
    codes = _sectors(
        "Misi Dagang Jambi-Bengkulu Catat Transaksi Rp120 Miliar",
        "Dalam misi dagang kali ini juga dilakukan penandatanganan MoU antara Provinsi Jambi "
        "dan Provinsi Bengkulu yang melibatkan 9 OPD.",
    )
    assert codes == {"perdagangan"}


def test_investment_when_the_signing_is_named_for_it():
    codes = _sectors(
        "Jambi dan Bengkulu Teken Kerja Sama",
        "Kedua gubernur menandatangani MoU Misi Dagang dan Investasi di Jambi, Senin (3/6/2024).",
    )
    assert codes == {"perdagangan", "penanaman_modal"}


def test_a_scope_spelled_out_is_the_agreements_own():
    codes = _sectors(
        "Diskominfo Jambi dan Diskominfo Bengkulu menjalin kerja sama saat Misi Dagang dan "
        "Investasi di Bengkulu, Kamis (6/6/2024).",
        "Perjanjian kerja sama itu ditandatangani dan disepakati terkait pelatihan teknis bidang "
        "komunikasi dan informatika.",
    )
    assert codes == {"kominfo", "diklat"}


def test_a_mission_mentioned_without_a_signing_adds_nothing():
    codes = _sectors(
        "Kerja sama Jambi dan Bengkulu terus berjalan.",
        "Gubernur berharap misi dagang tahun depan mencatat transaksi lebih besar.",
    )
    assert "perdagangan" not in codes
