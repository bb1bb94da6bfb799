"""Signers written before their offices ("X selaku Rektor"), office names that carry
"Kerja sama" in lower case, and a regency and a city that share a name."""

from agreements.extraction import extract
from agreements.extraction.opds import find_opds


def signers(text, published="2024-03-06"):
    return [(s.name, s.title) for s in extract(text, published=published).signatories]


def parties(text, published="2024-03-06"):
    return [(p.name, p.level) for p in extract(text, published=published).parties]


def test_each_name_before_selaku_signs_for_its_own_office():
    expected = [
        ("Hasan Basri", "Rektor Universitas Lambung Mangkurat"),
        ("Rudi Hartanto", "Gubernur Kalimantan Selatan"),
    ]
    for verb in ("menandatangani nota kesepakatan", "meneken nota kesepakatan"):
        text = (
            "Pemprov Kalsel Jalin Kerja Sama\n\nBANJARMASIN - Hasan Basri selaku Rektor "
            "Universitas Lambung Mangkurat dan Rudi Hartanto selaku Gubernur Kalimantan "
            f"Selatan {verb} di Banjarmasin, Senin (4/3/2024)."
        )
        assert signers(text) == expected
    text = (
        "Pemprov Kalsel Jalin Kerja Sama\n\nBANJARMASIN - Nota kesepakatan itu ditandatangani "
        "Prof. Dr. H. Hasan Basri, M.Si selaku Rektor Universitas Lambung Mangkurat, dan Rudi "
        "Hartanto selaku Gubernur Kalimantan Selatan, Senin (4/3/2024), disaksikan Ahmad Yani "
        "selaku Ketua DPRD Kalsel."
    )
    assert signers(text) == expected


def test_kerja_sama_in_lower_case_stays_inside_the_office_name():
    text = (
        "Kerja sama itu dilaksanakan oleh Badan Kerja sama Antar Daerah (BKAD) Provinsi "
        "Jawa Barat dan Biro Kerja sama antar Daerah Setda Jatim."
    )
    assert [(o.name, o.acronym) for o in find_opds([text])] == [
        ("Badan Kerja sama Antar Daerah Provinsi Jawa Barat", "BKAD"),
        ("Biro Kerja sama antar Daerah Setda Jatim", None),
    ]
    assert [o.name for o in find_opds(["Dinas Pariwisata kerja sama dengan Dinas Kesehatan."])] == [
        "Dinas Pariwisata",
        "Dinas Kesehatan",
    ]


def test_a_listed_name_shared_by_a_regency_and_a_city_follows_the_named_province():
    kalsel = (
        "Kerja Sama Daerah\n\nMARTAPURA - Pemprov Kalsel menandatangani kesepakatan bersama "
        "dengan Pemkot Banjarbaru, Banjar dan Tapin, Senin (4/3/2024)."
    )
    assert parties(kalsel) == [
        ("Kalimantan Selatan", "province"),
        ("Kota Banjarbaru", "city"),
        ("Kabupaten Banjar", "regency"),
        ("Kabupaten Tapin", "regency"),
    ]
    jabar = (
        "Kerja Sama Daerah\n\nCIAMIS - Pemprov Jabar menandatangani kesepakatan bersama dengan "
        "Kabupaten Ciamis, Pangandaran dan Banjar, Senin (4/3/2024)."
    )
    assert ("Kota Banjar", "city") in parties(jabar)
    assert ("Kabupaten Banjar", "regency") not in parties(jabar)


def test_never_both_namesakes_of_two_provinces_unless_each_is_written_out():
    text = (
        "Kerja Sama Daerah\n\nBANJARMASIN - Kota Banjarmasin dan Banjar menandatangani "
        "kesepakatan bersama, Senin (4/3/2024). Bupati Banjar Said Amin dan Wali Kota "
        "Banjarmasin Ibnu Hadi meneken kesepakatan itu."
    )
    found = parties(text)
    assert ("Kabupaten Banjar", "regency") in found
    assert ("Kota Banjar", "city") not in found
    bogor = (
        "Kerja Sama Daerah\n\nBOGOR - Pemprov Jabar menandatangani kesepakatan bersama dengan "
        "Kabupaten Bogor dan Kota Bogor, Senin (4/3/2024)."
    )
    assert {("Kabupaten Bogor", "regency"), ("Kota Bogor", "city")} <= set(parties(bogor))


def test_offices_of_those_only_present_or_addressed_do_not_take_part():
    text = (
        "Hadir pada kesempatan itu, Sekda Provinsi Sulteng, Dr. H. Andi Sapri, M.Si, Kepala "
        "Biro Humas dan Protokol, Drs. Moh. Rahmat, Kepala Biro Hukum, Dr. Yosi, SH, MH, serta "
        "pejabat terkait lainnya."
    )
    # a list of those present: being there is not taking part, whatever the office's field
    assert find_opds([text]) == []
    text = (
        "Usai penandatanganan MoU, Gubernur menyampaikan kepada Kepala BPKAD agar anggaran "
        "pendampingan segera disiapkan."
    )
    assert all(o.quoted_only for o in find_opds([text]))


def test_a_numbered_regional_office_is_the_same_office():
    found = find_opds(
        [
            "Kepala Bakorwil Bojonegoro Budi Santoso menandatangani kesepakatan itu.",
            "Delapan kabupaten di lingkup Bakorwil 2 Bojonegoro hadir dalam penandatanganan MoU.",
        ]
    )
    assert len(found) == 1


def test_a_representative_named_before_an_office_written_in_lower_case():
    text = (
        "Pemkab Madiun Teken MoU dengan Pemkot Bandung\n\nBANDUNG - Rabu, 9-5-2018 bertempat "
        "di Balaikota Bandung, pemerintah Kabupaten Madiun dengan pemerintah kota Bandung "
        "melaksanakan penandatangan MOU. Pada penandatangan ini pemerintah Kabupaten Madiun "
        "di wakili Ir. Budi santoso sekda kabupaten madiun, di saksikan oleh beberapa peserta."
    )
    assert [name for name, _title in signers(text)] == ["Budi"]


def test_a_signer_named_with_the_company_she_comes_from():
    text = (
        "Wali Kota Batu Teken MoU dengan PT Sinar Abadi\n\nBATU - Untuk mempercepat "
        "pengelolaan sampah, Wali Kota Batu, Dra Hj Sri Wahyuni, bersama Melinda, dari PT Sinar "
        "Abadi Putra melaksanakan penandatangan kesepakatan bersama, di Balaikota, Senin "
        "(4/3/2024)."
    )
    assert signers(text) == [("Sri Wahyuni", "Wali Kota Batu"), ("Melinda", "PT Sinar Abadi Putra")]


def test_a_passive_signing_verb_with_slipped_letters_still_names_its_agent():
    text = (
        "Pemkab Muna Jalin Kerja Sama dengan STP Bandung\n\nBANDUNG - Kerja sama dibuktikan "
        "dengan penandatanganan MoU yang ditandatanagni langsung Bupati Muna, Rudi Hamka dengan "
        "Ketua Sekolah Tinggi Pariwisata Bandung, Dr. Fadli Rasyid, Selasa (1/5/2018)."
    )
    assert [name for name, _title in signers(text, "2018-05-03")] == ["Rudi Hamka", "Fadli Rasyid"]


def test_a_name_before_selaku_who_speaks_or_watches_does_not_sign():
    from agreements.extraction.name_as_office import name_office_pairs

    said = (
        "Usai penandatanganan MoU di Aula Dinas, Budi Santoso selaku Kepala Dinas Pariwisata "
        "mengatakan kerja sama itu penting."
    )
    assert name_office_pairs(said) == []
    watched = (
        "MoU ditandatangani Andi Wijaya selaku Gubernur Jambi, sementara Budi Harun selaku Ketua "
        "DPRD hadir menyaksikan."
    )
    assert [(n, o) for _p, n, o in name_office_pairs(watched)] == [
        ("Andi Wijaya", "Gubernur Jambi")
    ]
