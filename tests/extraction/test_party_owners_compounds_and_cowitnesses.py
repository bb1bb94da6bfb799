"""Parties behind a compound headline, regencies that an agreement "also involves", lists
with "Kabupaten/Kota X", caucuses of legislators, owners of BUMD and co-witnesses.
Invented sentences of real shapes."""

from agreements.extraction import extract
from agreements.extraction.text import split_dateline


def names(text, published="2024-03-14"):
    result = extract(text, published=published)
    return result.is_agreement, [(p.name, p.level) for p in result.parties]


def test_compound_of_acronyms_in_a_headline_is_no_dateline():
    head = "Sinergi Baru, Jateng\u2013Kalsel Bangun Lumbung Pangan Bersama"
    assert split_dateline(head) == (None, head, False)
    assert split_dateline("SEMARANG\u2014Pemprov Jateng menandatangani MoU")[2]


def test_outlet_dateline_after_a_compound_headline_names_no_party():
    text = (
        "Sinergi Baru, Jateng\u2013Kalsel Bangun Lumbung Pangan Bersama\n"
        "kabarku.com, JAKARTA - Dua provinsi, yakni Jawa Tengah (Jateng) dan Kalimantan "
        "Selatan (Kalsel), menandatangani kesepakatan bersama di Hotel Merapi Semarang, "
        "Kamis (14/3)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Jawa Tengah", "province"), ("Kalimantan Selatan", "province")]


def test_regencies_the_agreement_also_involves_are_parties():
    text = (
        "Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama di Hotel "
        "Ratu Jambi, Kamis (14/3). Kesepakatan itu juga melibatkan Kabupaten Kerinci dan "
        "Kabupaten Lebong dari kedua provinsi."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert ("Kabupaten Kerinci", "regency") in parties
    assert ("Kabupaten Lebong", "regency") in parties


def test_list_item_for_both_the_regency_and_the_city_of_one_name():
    text = (
        "Penandatanganan kesepakatan bersama kerja sama daerah digelar di Pendopo Kabupaten "
        "Kediri, Kamis (14/3). Kerja sama dilakukan antar 5 kabupaten/kota itu, meliputi "
        "Kabupaten Kediri, Nganjuk, Kabupaten/Kota Blitar, Tulungagung."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [
        ("Kabupaten Kediri", "regency"),
        ("Kabupaten Nganjuk", "regency"),
        ("Kabupaten Blitar", "regency"),
        ("Kota Blitar", "city"),
        ("Kabupaten Tulungagung", "regency"),
    ]


def test_caucus_of_legislators_signs_with_a_province():
    text = (
        "Gubernur Bengkulu Helmi Hasan menandatangani nota kesepahaman percepatan "
        "pembangunan dengan Ketua Forum Bersama (Forbes) DPR RI asal Bengkulu, Ahmad Yani, "
        "di Jakarta, Kamis (14/3)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Bengkulu", "province"), ("Forum Bersama (Forbes) DPR RI", "other")]


def test_province_that_owns_the_signing_companies_is_no_party():
    text = (
        "Dua Badan Usaha Milik Daerah (BUMD) yang dimiliki oleh Pemerintah Provinsi Riau "
        "menandatangani nota kesepakatan di Kantor Gubernur, Kamis (14/3). Kedua BUMD "
        "tersebut adalah PT Bank Riau Kepri Syariah dan PT Jamkrida Riau. Gubernur Riau, "
        "Abdul Wahid, menyaksikan penandatanganan tersebut bersama Kepala OJK Riau dan "
        "kepala perangkat daerah terkait."
    )
    is_agreement, parties = names(text)
    assert not is_agreement
    assert parties == []


def test_co_witnesses_of_an_earlier_signing_are_no_parties():
    text = (
        "Pemprov Sulteng dan PT Bank Sulteng menandatangani perjanjian kerja sama di Palu, "
        "Kamis (14/3). Gubernur Sulteng menyaksikan penandatanganan itu bersama Kepala "
        "Kejati Sulteng dan Kapolda Sulteng."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Sulawesi Tengah", "province"), ("PT Bank Sulteng", "other")]


def test_campuses_that_took_part_in_the_signing_are_listed_later():
    text = (
        "Sebanyak 20 perguruan tinggi di Sulawesi Tenggara (Sultra) menandatangani nota "
        "kesepahaman dengan Pemerintah Provinsi (Pemprov) Sultra, Kamis (14/3/2024). "
        "Acara digelar di Kendari. Penandatanganan ini mendukung program beasiswa daerah. "
        "Gubernur menyambut baik kerja sama itu. Beberapa kampus yang turut berpartisipasi "
        "dalam penandatanganan ini antara lain Universitas Halu Oleo, Politeknik Negeri "
        "Kendari, Politeknik Negeri Kolaka, serta kampus swasta lainnya."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [
        ("Sulawesi Tenggara", "province"),
        ("Universitas Halu Oleo", "other"),
        ("Politeknik Negeri Kendari", "other"),
        ("Politeknik Negeri Kolaka", "other"),
    ]


def test_campuses_that_receive_grants_are_no_parties():
    text = (
        "Pemprov Jambi dan Universitas Jambi (Unja) menandatangani nota kesepakatan di "
        "Kampus Unja, Kamis (14/3/2024). Penandatanganan dilakukan Gubernur Al Haris dan "
        "Rektor Unja Helmi. Acara dirangkai penyerahan beasiswa kepada mahasiswa dari tiga "
        "kampus, yakni Unja, Universitas Batanghari, dan Institut Agama Islam Negeri Kerinci."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Jambi", "province"), ("Universitas Jambi", "other")]


def test_rector_named_after_the_campus_acronym_is_no_part_of_its_name():
    text = (
        "Penandatanganan nota kesepakatan dilakukan Gubernur Riau Abdul Wahid dan Rektor "
        "UNRI Sri Indarti di Pekanbaru, Kamis (14/3/2024)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Riau", "province"), ("UNRI", "other")]


def test_region_abroad_with_the_form_of_its_state():
    text = (
        "Gubernur Jawa Timur menandatangani MoU sister province dengan Negara Bagian "
        "Johor Kerajaan Malaysia di Surabaya, Kamis (14/3/2024)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Jawa Timur", "province"), ("Negara Bagian Johor (Malaysia)", "other")]


def test_regions_listed_bare_before_a_signing_by_their_heads():
    text = (
        "Empat kabupaten dan kota yang tergabung tersebut diantaranya Salatiga, Semarang, "
        "Kendal, dan Demak. Pemerintah Provinsi Jateng memfasilitasi penandatanganan "
        "kesepakatan antara empat kepala daerah itu di Semarang, Kamis (14/3/2024)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    for region in [
        ("Kota Salatiga", "city"),
        ("Kota Semarang", "city"),
        ("Kabupaten Kendal", "regency"),
        ("Kabupaten Demak", "regency"),
    ]:
        assert region in parties


def test_pairs_of_regions_joined_by_a_hyphen_and_signed_also_by_the_governor():
    text = (
        "Rapat koordinasi digelar di Padang, Kamis (14/3/2024). Dalam kesempatan itu telah "
        "bersepakat empat kepala daerah, diantaranya SPAM Regional Kab.Agam-Kota Bukittinggi "
        "dan Kota Solok-Kab.Solok. Kesepakatan ini ikut ditandatangani oleh Gubernur "
        "Sumatera Barat."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert sorted(parties) == [
        ("Kabupaten Agam", "regency"),
        ("Kabupaten Solok", "regency"),
        ("Kota Bukittinggi", "city"),
        ("Kota Solok", "city"),
        ("Sumatera Barat", "province"),
    ]


def test_vertical_units_named_by_a_place_name_no_province():
    text = (
        "Bupati Batanghari menyaksikan penandatanganan perjanjian kerja sama antara Rutan "
        "Kelas II B Jambi, Polres Batanghari, dan Kodim 0415 Jambi di Muara Bulian, Kamis "
        "(14/3/2024)."
    )
    is_agreement, parties = names(text)
    assert not is_agreement
    assert ("Jambi", "province") not in parties


def test_works_contract_let_beside_the_agreement_names_no_party():
    text = (
        "Penandatanganan MoU antara Kepala Dinas Pertanian Provinsi Bengkulu dengan Danrem "
        "041/Gamas digelar di Bengkulu, Kamis (14/3/2024). Kegiatan itu dirangkai dengan "
        "penandatanganan kontrak konstruksi irigasi antara PPK Dinas PUPR Kabupaten Kaur "
        "dengan Dandim 0408/Bengkulu Selatan."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Bengkulu", "province"), ("Korem 041/Gamas", "other")]
