"""Who signed, in the sentence shapes that real reporting uses (invented names throughout)."""

import pytest

from agreements.extraction import extract


def _names(text, published="2024-06-14"):
    return sorted(s.name for s in extract(text, published=published).signatories if s.name)


@pytest.mark.parametrize(
    "text",
    [
        # passive, agent with "oleh"
        "Nota kesepakatan itu ditandatangani oleh Gubernur Jambi Arman Sulaiman dan Gubernur "
        "Bengkulu Dedi Kurnia di Jambi, Senin (10/6/2024).",
        # "masing-masing oleh"
        "Kesepakatan bersama Pemprov Jambi dan Pemprov Bengkulu ditandatangani masing-masing "
        "oleh Gubernur Jambi Arman Sulaiman dan Gubernur Bengkulu Dedi Kurnia, Senin (10/6/2024).",
        # title, comma, name
        "Gubernur Jambi, Arman Sulaiman, dan Gubernur Bengkulu, Dedi Kurnia, menandatangani "
        "kesepakatan bersama di Jambi, Senin (10/6/2024).",
        # the signing verb far from the names
        "Gubernur Jambi Arman Sulaiman dan Gubernur Bengkulu Dedi Kurnia, usai rapat koordinasi "
        "pembangunan wilayah perbatasan di aula kantor gubernur yang dihadiri para bupati, "
        "menandatangani kesepakatan bersama, Senin (10/6/2024).",
    ],
)
def test_both_governors_are_found(text):
    assert _names(text) == ["Arman Sulaiman", "Dedi Kurnia"]


def test_the_representative_signs_not_the_one_represented():
    names = _names(
        "Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama, Senin "
        "(10/6/2024). Gubernur Jambi Arman Sulaiman yang diwakili oleh Sekda Jambi Sri Wahyuni "
        "dan Gubernur Bengkulu Dedi Kurnia menandatangani naskah itu."
    )
    assert "Sri Wahyuni" in names
    assert "Arman Sulaiman" not in names


def test_a_title_without_a_name_is_named_from_elsewhere_in_the_article():
    names = _names(
        "Gubernur Kalimantan Utara Yusran Hadi menerima rombongan Gubernur Gorontalo Rahmat "
        "Daud di Tanjung Selor, Senin (10/6/2024).\n"
        "Kedua pemerintah provinsi sepakat bekerja sama dalam MoU yang ditandatangani Gubernur "
        "Kalimantan Utara dan Gubernur Gorontalo."
    )
    assert names == ["Rahmat Daud", "Yusran Hadi"]


def test_both_governors_named_elsewhere_sign_as_kedua_gubernur():
    r = extract(
        "Gubernur Jambi Arman Sulaiman menyambut Gubernur Bengkulu Dedi Kurnia di Jambi.\n"
        "Pemprov Jambi dan Pemprov Bengkulu sepakat bekerja sama di bidang perhubungan. "
        "Nota kesepakatan ditandatangani oleh kedua gubernur, Senin (10/6/2024).",
        published="2024-06-14",
    )
    assert sorted(s.title for s in r.signatories) == ["Gubernur Bengkulu", "Gubernur Jambi"]
    names = _names(
        "Gubernur Jambi Arman Sulaiman menyambut Gubernur Bengkulu Dedi Kurnia di Jambi.\n"
        "Pemprov Jambi dan Pemprov Bengkulu sepakat bekerja sama di bidang perhubungan. "
        "Nota kesepakatan ditandatangani oleh kedua gubernur, Senin (10/6/2024)."
    )
    assert names == ["Arman Sulaiman", "Dedi Kurnia"]


def test_a_dotted_degree_is_not_a_name():
    names = _names(
        "Kepala Dinas Pertanian Jambi Siti Rahma, K.Si dan Kepala Dinas Pertanian Bengkulu "
        "Budi Santoso, M.Si menandatangani perjanjian kerja sama, Senin (10/6/2024)."
    )
    assert names == ["Budi Santoso", "Siti Rahma"]


def test_a_balinese_name_keeps_its_birth_order_word():
    names = _names(
        "Gubernur Bali I Made Sudarsana dan Gubernur NTB Lalu Hamzah menandatangani "
        "kesepakatan bersama di Denpasar, Senin (10/6/2024)."
    )
    assert names == ["I Made Sudarsana", "Lalu Hamzah"]


def test_signers_named_without_titles_right_before_the_verb():
    names = _names(
        "Gubernur Jambi Arman Sulaiman berkunjung ke Sleman, Senin (10/6/2024).\n"
        "Arman dan Wiratno menandatangani kesepakatan kerja sama antara Pemprov Jambi dan "
        "Pemkab Sleman."
    )
    assert names == ["Arman", "Wiratno"]


def test_regions_before_the_verb_are_not_people():
    names = _names(
        "Jambi dan Bengkulu menandatangani kesepakatan bersama di Jambi, Senin (10/6/2024)."
    )
    assert names == []


def test_names_in_scraped_link_brackets():
    names = _names(
        "Gubernur Jambi, [Arman Sulaiman], dan Gubernur Bengkulu, [Dedi Kurnia], menandatangani "
        "kesepakatan bersama, Senin (10/6/2024)."
    )
    assert names == ["Arman Sulaiman", "Dedi Kurnia"]


def test_one_who_came_to_sign_is_no_witness():
    names = _names(
        "Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama, Senin "
        "(10/6/2024).\n"
        "Gubernur Bengkulu, Dr. drh. H. Dedi Kurnia, M.M.A., hadir langsung untuk melakukan "
        "penandatanganan kesepakatan bersama tersebut."
    )
    assert names == ["Dedi Kurnia"]


def test_who_accompanies_a_governor_is_not_part_of_his_name():
    names = _names(
        "Rombongan diterima oleh Gubernur Kalimantan Barat Hendra Wijaya bersama OPD Kalbar.\n"
        "Pemprov Kalbar dan Pemprov Jateng sepakat bekerja sama dalam MoU yang ditandatangani "
        "Gubernur Kalimantan Barat, Senin (10/6/2024)."
    )
    assert names == ["Hendra Wijaya"]


def test_a_list_of_governors_signing_a_joint_declaration():
    r = extract(
        "Deklarasi bersama itu ditandatangani oleh Gubernur Sumsel Hadi Prasetyo, Gubernur "
        "Jambi Arman Sulaiman, Gubernur Bengkulu Dedi Kurnia, Gubernur Lampung Rizal Akbar dan "
        "Gubernur Babel Yudi Permana di Palembang, Senin (10/6/2024).",
        published="2024-06-14",
    )
    assert r.is_agreement
    assert {p.province_code for p in r.parties} == {"16", "15", "17", "18", "19"}
    assert sorted(s.name for s in r.signatories) == [
        "Arman Sulaiman",
        "Dedi Kurnia",
        "Hadi Prasetyo",
        "Rizal Akbar",
        "Yudi Permana",
    ]


def test_a_stray_full_stop_between_title_and_name():
    names = _names(
        "KabarJambi.id - Gubernur Sumatera Selatan. Hadi Prasetyo, menandatangani kerja sama "
        "(MoU) antardaerah dengan Provinsi Jambi, Senin (10/6/2024)."
    )
    assert names == ["Hadi Prasetyo"]


def test_the_name_ends_where_the_clause_goes_on():
    names = _names(
        "Penandatanganan MoU antara Rektor UNJA dengan Gubernur Jambi dilaksanakan Senin "
        "(10/6/2024).\nDalam pertemuan itu, Gubernur Jambi H. Arman Sulaiman, SH. M.Hum "
        "menyambut positif kedatangan para Pimpinan UNJA beserta jajaran."
    )
    assert names == ["Arman Sulaiman"]


def test_the_representative_of_a_company_signs_for_it():
    names = _names(
        "Gubernur Jambi Arman Sulaiman teken MoU dengan PT. Batanghari Beton diwakili Direktur "
        "Utamanya, Hari Utama, Senin (10/6/2024)."
    )
    assert names == ["Arman Sulaiman", "Hari Utama"]


def test_a_regnal_name_with_its_abbreviation_in_brackets():
    names = _names(
        "Kesepakatan bersama ditandatangani Gubernur Jabar Andi Saputra dan Gubernur DIY Sri "
        "Sultan Hamengku Buwono (HB) X di Yogyakarta, Rabu (5/6/2024)."
    )
    assert names == ["Andi Saputra", "Sri Sultan Hamengku Buwono X"]


def test_words_of_a_headline_are_no_name():
    names = _names(
        "Gubernur Jambi dan Bengkulu Tandatangani MoU, Tahap Awal Fokus Lima Sektor\n"
        "Gubernur Jambi Arman Sulaiman dan Gubernur Bengkulu Dedi Kurnia menandatangani MoU "
        "di Jambi, Senin (10/6/2024)."
    )
    assert names == ["Arman Sulaiman", "Dedi Kurnia"]


def test_a_signing_at_a_plenary_between_two_provinces_is_no_budget_document():
    names = _names(
        "Gubernur Sumbar Rahmat Hidayat dan Gubernur Jambi Arman Sulaiman hadir di Jambi.\n"
        "Nota kesepahaman antar kedua provinsi ini ditandantangani langsung oleh kedua gubernur "
        "dalam Rapat Paripurna HUT Provinsi Jambi, Senin (10/6/2024)."
    )
    assert names == ["Arman Sulaiman", "Rahmat Hidayat"]


def test_signed_by_n_governors_namely():
    names = _names(
        "Kerja sama itu ditandai dengan penandatanganan perjanjian oleh tiga gubernur, yakni "
        "Gubernur NTT Melki Laka, Gubernur Bali Wayan Sudira, dan Gubernur NTB Lalu Iqbal, "
        "Senin (10/6/2024)."
    )
    assert names == ["Lalu Iqbal", "Melki Laka", "Wayan Sudira"]


def test_an_acting_title_with_its_abbreviation_in_brackets():
    names = _names(
        "Penandatanganan PKS ini dilakukan Gubernur Sulteng Rusdi Mastar dan Penjabat (Pj) "
        "Bupati Donggala Moh. Rifai, Senin (10/6/2024)."
    )
    assert names == ["Moh Rifai", "Rusdi Mastar"]


def test_the_first_title_that_names_someone_before_a_distant_verb():
    names = _names(
        "Usai jamuan makan malam bersama empat gubernur di Lagoi, Gubernur Kepri Ansar Hamid "
        "langsung menindaklanjuti hasil pertemuan dengan menandatangani nota kesepahaman, Sabtu "
        "(8/6/2024)."
    )
    assert names == ["Ansar Hamid"]


def test_slips_of_the_keyboard_in_the_signing_verb():
    assert _names(
        "Gubernur Sulteng Rusdi Mastar dan Gubernur Kaltim Irwan Noor mendatangani MoU, Senin "
        "(10/6/2024)."
    ) == ["Irwan Noor", "Rusdi Mastar"]
    assert _names(
        "Gubernur NTB, Lalu Iqbal dan Gubernur Bali, Wayan Sudira menandatangi MoU, Senin "
        "(10/6/2024)."
    ) == ["Lalu Iqbal", "Wayan Sudira"]


def test_the_other_party_after_dan_is_no_part_of_the_name():
    assert _names(
        "Gubernur Malut KH Abdul Gani dan Yayasan Penabulu di Ternate menandatangani MoU, Senin "
        "(10/6/2024)."
    ) == ["Abdul Gani"]
