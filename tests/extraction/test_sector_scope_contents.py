"""Sector scope written as a memorandum's contents, a theme that is only a slogan, a working
principle, and field names the reference lists lack."""

from agreements.extraction.sectors import find_sectors


def _sectors(*sentences: str, signing: set[int] | None = None) -> set[str]:
    codes, _, _ = find_sectors(list(sentences), {0} if signing is None else signing, [])
    return set(codes)


def test_the_contents_of_a_signed_memorandum_are_its_scope():
    codes = _sectors(
        "Para gubernur membahas pembangunan daerah.",
        "Dalam pertemuan itu para gubernur melakukan penandatanganan terhadap lima poin "
        "Memorandum Danau Toba yang isinya meningkatkan ruas jalan, membangun jalan tol dan "
        "pusat perdagangan komoditas.",
        signing=set(),
    )
    assert {"pupr", "perdagangan"} <= codes


def test_the_theme_of_a_mission_is_a_slogan_not_a_field():
    codes = _sectors(
        "Kedua gubernur menandatangani nota kesepahaman perdagangan.",
        'Kegiatan itu digelar dengan tema "Memperkuat Jejaring Konektivitas Nusantara".',
    )
    assert "perhubungan" not in codes


def test_a_working_principle_is_not_a_field():
    codes = _sectors(
        "Ruang lingkup kesepakatan meliputi pembangunan ruas jalan penghubung kedua provinsi "
        "dengan tetap mengedepankan prinsip keseimbangan lingkungan."
    )
    assert "pupr" in codes
    assert "lingkungan_hidup" not in codes


def test_information_services_civil_service_and_ports_are_fields():
    codes = _sectors(
        "Kesepakatan itu ditindaklanjuti antara lain di bidang layanan komunikasi dan "
        "informasi, pengembangan sumber daya aparatur serta pelabuhan."
    )
    assert {"kominfo", "kepegawaian", "perhubungan"} <= codes


def test_a_road_running_along_the_border_is_not_border_affairs():
    codes = _sectors(
        "Ruang lingkup kesepakatan meliputi pembangunan ruas jalan yang melintasi kabupaten "
        "yang berada pada batas wilayah kedua provinsi."
    )
    assert "pupr" in codes
    assert "perbatasan" not in codes


def test_an_organisations_capacity_is_not_training():
    codes = _sectors(
        "Kerja sama kedua asosiasi itu tentang peningkatan kapasitas kelembagaan di bidang "
        "perikanan."
    )
    assert "kelautan_perikanan" in codes
    assert "diklat" not in codes


def test_a_briefing_on_one_sides_programmes_is_not_scope():
    codes = _sectors(
        "Pemprov Jambi menandatangani MoU dengan bank daerah tentang layanan jasa keuangan.",
        "Dalam pertemuan itu Gubernur Jambi mendengarkan penjelasan direktur bank terkait "
        "program kredit usaha rakyat dan koperasi.",
    )
    assert "keuangan" in codes
    assert "kukm" not in codes


def test_a_signing_framed_in_a_trade_and_investment_mission():
    codes = _sectors(
        "Berita Daerah",
        "Pemprov Bengkulu menjalin kerja sama dengan Pemprov Jambi.",
        "Hal itu ditandai dengan penandatanganan nota kesepahaman.",
        "Ini dalam rangka Misi Dagang dan Investasi di Kota Bengkulu.",
        signing={2},
    )
    assert {"perdagangan", "penanaman_modal"} <= codes
