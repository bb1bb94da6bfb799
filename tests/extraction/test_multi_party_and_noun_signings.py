"""Signings between several governments: at a council plenary, named only as a noun, by
units "dari" each province, "kedua provinsi" named in the lead, a forum's members named
through their governors, a shared border area; and deals with no government at all."""

from agreements.extraction import extract


def _run(text, published="2024-03-14"):
    return extract(text, published=published)


def _provinces(result):
    return {p.name for p in result.parties if p.level == "province"}


def test_two_governors_signing_at_a_council_plenary_is_cooperation():
    r = _run(
        "SERANG - Naskah kesepakatan bersama Banten dan Lampung diteken Gubernur Banten "
        "Rudi Hartono serta Gubernur Lampung Sari Wulandari di sela rapat paripurna HUT "
        "Banten di Gedung DPRD, Rabu (13/3/2024).\n"
    )
    assert r.is_agreement
    assert _provinces(r) == {"Banten", "Lampung"}


def test_offices_from_each_province_name_their_governments():
    r = _run(
        "MAKASSAR - Para kepala perangkat daerah dari Gorontalo, Sulbar, dan Sultra "
        "menandatangani perjanjian kerja sama teknis di Hotel Melati, Kota Makassar, "
        "Rabu (13/3/2024).\n"
    )
    assert r.is_agreement
    assert _provinces(r) == {"Gorontalo", "Sulawesi Barat", "Sulawesi Tenggara"}


def test_a_delegation_travelling_from_a_province_is_still_a_location_elsewhere():
    r = _run(
        "PADANG - Rombongan wisatawan dari Riau memadati pantai. Pemprov Sumbar dan Pemprov "
        "Jambi menandatangani kesepakatan bersama di Padang, Rabu (13/3/2024).\n"
    )
    assert _provinces(r) == {"Sumatera Barat", "Jambi"}


def test_both_provinces_of_an_anaphoric_signing_come_from_the_lead():
    r = _run(
        "PALU - Pemprov Sulawesi Tengah memperluas kemitraan dengan daerah tetangga. "
        "Sebelumnya Pemprov Sulteng telah bekerja sama dengan Pemprov Gorontalo. Dokumen "
        "kerja sama antar kedua provinsi ini diteken kedua gubernur dalam peringatan HUT "
        "Provinsi Kalimantan Timur, Rabu (13/3/2024).\n"
    )
    assert r.is_agreement
    assert _provinces(r) == {"Sulawesi Tengah", "Kalimantan Timur"}


_NOUN_SIGNING = (
    "KLATEN - Balai Desa Jetis jadi tempat penandatanganan kerja sama antardaerah, Kamis "
    "(14/3/2024). Dokumen itu mengikat pembangunan kawasan. Bupati Klaten, Rina Sartika, "
    "menyambut para tamu. Ia juga berterima kasih kepada panitia. {list}\n"
)


def test_a_signing_named_as_a_noun_takes_its_counted_regions_from_a_later_list():
    r = _run(
        _NOUN_SIGNING.format(
            list="Kesepakatan ini berlaku antara lima kabupaten tersebut, meliputi Kabupaten Klaten, "
            "Kabupaten Boyolali, Kabupaten Sukoharjo, Kabupaten Wonogiri dan Kabupaten "
            "Karanganyar."
        )
    )
    assert r.is_agreement
    assert {"Kabupaten Klaten", "Kabupaten Wonogiri"} <= {p.name for p in r.parties}


def test_a_list_of_regions_that_will_cooperate_does_not_make_the_noun_signing_count():
    r = _run(
        _NOUN_SIGNING.format(
            list="Kesepakatan nantinya akan berlaku antara lima kabupaten, yaitu Kabupaten Klaten, "
            "Kabupaten Boyolali, Kabupaten Sukoharjo, Kabupaten Wonogiri dan Kabupaten "
            "Karanganyar."
        )
    )
    assert not r.is_agreement


def test_a_prosecutors_office_signing_with_a_regional_bank_is_no_government_agreement():
    r = _run(
        "Kejaksaan Tinggi Maluku kembali meneken MoU. Kali ini jaksa pengacara negara "
        "Kejaksaan Tinggi Maluku menandatangani nota kesepahaman bidang perdata bersama Bank "
        "Maluku Malut (Maluku-Maluku Utara). Kegiatan di aula Kejati itu dihadiri Wali Kota "
        "Ambon dan Bupati Buru.\n"
    )
    assert not r.is_agreement


def test_a_prosecutors_office_signing_with_a_province_is_still_an_agreement():
    r = _run(
        "AMBON - Kejaksaan Tinggi Maluku dan Pemprov Maluku menandatangani nota kesepahaman "
        "bidang perdata dan tata usaha negara di Kantor Gubernur Maluku, Rabu (13/3/2024).\n"
    )
    assert r.is_agreement


def test_regencies_sharing_a_border_area_named_in_an_mou_event_are_its_parties():
    r = _run(
        "SRAGEN - Pekan ini berlangsung penandatanganan nota kesepakatan pembangunan di "
        "Kawasan Perbatasan Kabupaten Sragen, Grobogan dan Blora. Acara digelar di Gedung "
        "Sukowati, Senin (11/3/2024).\n"
    )
    assert r.is_agreement
    assert {"Kabupaten Sragen", "Kabupaten Grobogan", "Kabupaten Blora"} <= {
        p.name for p in r.parties
    }


def test_an_agreement_between_provinces_officially_completed_is_a_signing():
    r = _run(
        "AMBON - Naskah perjanjian kerja sama kawasan antara Provinsi Maluku, Maluku Utara, "
        "dan Papua Barat akhirnya resmi dituntaskan. Seremoni itu dilaksanakan di Hotel "
        "Kenari, Kota Ambon, Rabu (13/3/2024).\n"
    )
    assert r.is_agreement
    assert _provinces(r) == {"Maluku", "Maluku Utara", "Papua Barat"}


def test_talks_officially_completed_without_a_document_are_no_signing():
    r = _run(
        "AMBON - Pembahasan kerja sama regional Provinsi Maluku dan Maluku Utara resmi "
        "dituntaskan, naskahnya akan diteken bulan depan.\n"
    )
    assert not r.is_agreement


def test_right_after_a_signing_is_not_a_plan_to_sign():
    r = _run(
        "AMBON - Segera setelah diteken Gubernur Maluku dan Gubernur Maluku Utara, "
        "kesepakatan bersama itu dijalankan, Rabu (13/3/2024).\n"
    )
    assert r.is_agreement


_FORUM = (
    "JAKARTA - Wakil Gubernur Bali, Made Santika, menandatangani Kesepakatan Bersama dengan "
    "{partner} di Hotel Cempaka, Jakarta Pusat, Selasa 12 Maret 2024. Tuan rumah, Gubernur "
    "DKI Jakarta Budi Santoso, membuka pertemuan. Gubernur Jatim, Gubernur NTT, dan Banten "
    "menyampaikan dukungan bagi program bersama.\n"
)


def test_forum_members_named_through_their_governors_are_parties():
    r = _run(_FORUM.format(partner="Pemerintah Provinsi anggota Forum Kerja Sama Daerah"))
    assert r.is_agreement
    assert _provinces(r) == {"Bali", "DKI Jakarta", "Jawa Timur", "Nusa Tenggara Timur", "Banten"}


def test_governors_speaking_at_a_two_party_signing_are_not_parties():
    r = _run(_FORUM.format(partner="Pemerintah Provinsi Jawa Tengah"))
    assert r.is_agreement
    assert {"Jawa Timur", "Nusa Tenggara Timur", "Banten"}.isdisjoint(_provinces(r))
