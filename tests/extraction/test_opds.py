from agreements.extraction.opds import find_opds


def names(text):
    return [(o.name, o.acronym, o.province_code) for o in find_opds([text])]


def test_list_joined_by_commas_serta_and_dan():
    text = (
        "Mulai dari Inspektorat, Badan Keuangan Daerah (Bakeuda), Dinas Perindustrian dan "
        "Perdagangan (Disperindag), Dinas Kehutanan serta Biro Pembangunan dan Kerjasama."
    )
    assert names(text) == [
        ("Inspektorat", None, None),
        ("Badan Keuangan Daerah", "Bakeuda", None),
        ("Dinas Perindustrian dan Perdagangan", "Disperindag", None),
        ("Dinas Kehutanan", None, None),
        ("Biro Pembangunan dan Kerjasama", None, None),
    ]


def test_office_from_an_official_title_is_attributed_to_its_province():
    assert names("Kepala Dinas Perhubungan Jatim Wahyu Pratama hadir.") == [
        ("Dinas Perhubungan Jatim", None, "35")
    ]


def test_acronym_only_mentions_and_variants_merge():
    found = find_opds(
        [
            "PKS antara Disperindag Provinsi Jatim dengan Disperindag Provinsi Sumsel.",
            "Dinas Perindustrian dan Perdagangan (Disperindag) Provinsi Jatim menyiapkan pameran.",
        ]
    )
    assert [(o.acronym, o.province_code) for o in found] == [
        ("Disperindag", "35"),
        ("Disperindag", "16"),
    ]


def test_national_bodies_are_not_regional_offices():
    assert names("Badan Pusat Statistik dan Badan Usaha Milik Desa hadir.") == []


def test_offices_sharing_one_head_word_in_a_list():
    from agreements.extraction.opds import find_opds

    names = [
        o.name
        for o in find_opds(
            ["SKPD yang terlibat meliputi Dinas Perikanan, Peternakan, Pertanian dan Ketahanan "
             "Pangan, PMD, dan Infokom."]
        )
    ]  # fmt: skip
    assert names == [
        "Dinas Perikanan",
        "Peternakan",
        "Pertanian dan Ketahanan Pangan",
        "PMD",
        "Infokom",
    ]


def test_a_person_after_an_office_is_no_sibling_office():
    from agreements.extraction.opds import find_opds

    names = [
        o.name for o in find_opds(["Kepala Dinas Pariwisata, Budi Santoso, menandatangani naskah."])
    ]
    assert names == ["Dinas Pariwisata"]


def test_an_office_named_as_the_venue_is_not_a_participant():
    from agreements.extraction.opds import find_opds

    assert not find_opds(["MoU diteken di Kantor Badan Penghubung Provinsi Jambi, Jakarta."])


def test_a_bagian_is_a_region_or_a_part_of_its_biro():
    from agreements.extraction.opds import find_opds

    names = [
        o.name
        for o in find_opds(
            ["Konektivitas Sumatera Bagian Selatan dibahas.",
             "Biro Pemerintahan Setda Jambi melalui Bagian Kerja Sama menyiapkan naskah."]
        )
    ]  # fmt: skip
    assert names == ["Biro Pemerintahan Setda Jambi"]


def test_a_short_office_name_carried_on_by_dan():
    from agreements.extraction.opds import find_opds

    names = [o.name for o in find_opds(["Penandatanganan oleh Diskop dan UKM Provinsi Jambi."])]
    assert names == ["Diskop dan UKM Provinsi Jambi"]


def test_a_name_with_commas_closed_by_its_province():
    from agreements.extraction.opds import find_opds

    names = [
        o.name
        for o in find_opds(
            ["PKS ditandatangani Dinas Komunikasi, Informatika, dan Persandian Provinsi "
             "Maluku Utara dan Dinas Pangan, Tanaman Pangan dan Hortikultura Provinsi Riau."]
        )
    ]  # fmt: skip
    assert names == [
        "Dinas Komunikasi, Informatika, dan Persandian Provinsi Maluku Utara",
        "Dinas Pangan, Tanaman Pangan dan Hortikultura Provinsi Riau",
    ]


def test_the_head_of_an_office_is_not_part_of_its_name():
    from agreements.extraction.opds import find_opds

    names = [
        o.name
        for o in find_opds(
            ["Perjanjian diteken Kepala Dinas Sosial Andi Muhammad Ishak dan Kepala Dinas "
             "PUPR-PERA Aji Muhammad Fitra."]
        )
    ]  # fmt: skip
    assert names == ["Dinas Sosial", "Dinas PUPR-PERA"]


def test_offices_that_need_no_more_words():
    from agreements.extraction.opds import find_opds

    names = [
        o.name
        for o in find_opds(
            ["Perjanjian kerja sama antara Satuan Polisi Pamong Praja kedua daerah diteken, "
             "disusul Bakorwil Madiun."]
        )
    ]  # fmt: skip
    assert names == ["Satuan Polisi Pamong Praja", "Bakorwil Madiun"]


def test_an_acronym_and_its_full_name_are_one_office():
    from agreements.extraction.opds import find_opds

    names = [
        o.name
        for o in find_opds(
            ["PKS diteken Dinas Pariwisata Provinsi NTB.", "Dispar NTB menyiapkan paket wisata."]
        )
    ]
    assert names == ["Dinas Pariwisata Provinsi NTB"]


def test_a_ministry_agency_and_a_list_of_fields_are_no_regional_offices():
    from agreements.extraction.opds import find_opds

    assert not find_opds(
        ["Acara dihadiri Kepala BPSDM Kemendagri.",
         "Kerja sama meliputi bidang Perdagangan, Pelayanan Publik, Inspektorat, Perpustakaan "
         "dan Kearsipan."]
    )  # fmt: skip


def all_names(sentences):
    return [o.name for o in find_opds(sentences) if not o.quoted_only]


def test_photo_credit_inside_a_caption_is_not_an_office():
    assert (
        all_names(["Kedua gubernur bertukar naskah usai penandatanganan. foto Dinas Kominfo"]) == []
    )
    assert all_names(["Gubernur berjabat tangan. Dok. Biro Adpim Setda Riau"]) == []


def test_office_of_an_official_only_quoted_about_the_agreement_is_left_out():
    quoted = [
        "Gubernur Riau dan Gubernur Jambi menandatangani kesepakatan bersama di Pekanbaru.",
        "Kerja sama itu penting, kata Kasubbag Humas Biro Pemerintahan Setda Riau, Andi Putra.",
        "Kepala Badan Penghubung Riau, Sari Dewi, mengatakan naskah akan segera diedarkan.",
    ]
    assert all_names(quoted) == []


def test_quoted_office_that_also_takes_part_is_kept():
    sentences = [
        "Kepala Dinas Pariwisata Riau Budi Santoso menandatangani perjanjian kerja sama itu.",
        "Kepala Dinas Pariwisata Riau, Budi Santoso, mengatakan promosi dimulai tahun depan.",
    ]
    assert all_names(sentences) == ["Dinas Pariwisata Riau"]


def test_office_reporting_at_the_ceremony_organised_it():
    text = (
        "Dalam laporannya, Kepala Biro Pemerintahan dan Otonomi Daerah, Rina Wati, menjelaskan "
        "bahwa kesepakatan ini yang kelima tahun ini."
    )
    assert all_names([text]) == ["Biro Pemerintahan dan Otonomi Daerah"]


def test_a_comma_inside_a_name_closed_by_a_province_name():
    text = (
        "PKS ditandatangani Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kalbar dengan "
        "Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI Jakarta."
    )
    assert all_names([text]) == [
        "Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kalbar",
        "Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI Jakarta",
    ]


def test_short_office_name_with_its_field_written_after_it():
    assert all_names(["PKS antara Diskop UMKM Sumbar dengan Diskop UKM Jatim."]) == [
        "Diskop UMKM Sumbar",
        "Diskop UKM Jatim",
    ]


def test_units_of_universities_and_their_foundations_are_not_regional_offices():
    text = "Rakor Badan Penyelenggara Perguruan Tinggi Swasta digelar di Ambon."
    assert all_names([text]) == []


def test_offices_of_an_entourage_or_guests_are_not_taking_part():
    assert (
        all_names(
            [
                "Pada kesempatan itu, Gubernur didampingi Plt Kepala Bappeda, Suandi, dan Kepala "
                "Biro Pemerintahan dan Otda, Arfan.",
                "Turut hadir Kepala Dinas Pariwisata Bali I Ketut Sudarma.",
            ]
        )
        == []
    )


def test_regency_office_of_a_regency_that_did_not_sign_is_left_out():
    from agreements.extraction import extract

    text = (
        "PONTIANAK - Pemerintah Provinsi Kalbar menandatangani MoU dengan Universitas "
        "Tanjungpura, Rabu (10/2/2021). Penandatanganan dihadiri Bappeda Kabupaten Sambas "
        "dan Dinas Pendidikan Kalbar yang akan melaksanakan program itu."
    )
    assert [o.name for o in extract(text, published="2021-02-11").opds] == [
        "Dinas Pendidikan Kalbar"
    ]


def test_quoted_head_of_the_office_whose_field_is_the_scope_is_kept():
    from agreements.extraction import extract

    text = (
        "Jateng dan Jatim Sepakati Pengendalian Penyakit Ternak\n\n"
        "SEMARANG - Pemerintah Provinsi Jawa Tengah dan Pemerintah Provinsi Jawa Timur "
        "menandatangani kesepakatan bersama di bidang peternakan, Senin (3/10/2022).\n"
        "Kepala Dinas Peternakan Jateng, Tri Wahyu, mengatakan pos pemeriksaan dibangun.\n"
        "Kepala Badan Penghubung Jatim, Sari Dewi, mengatakan naskah segera diedarkan."
    )
    result = extract(text, published="2022-10-04")
    assert [o.name for o in result.opds] == ["Dinas Peternakan Jateng"]


def test_an_office_named_in_a_longer_venue_is_not_a_participant():
    assert (
        all_names(["Naskah ditandatangani kedua gubernur di Ruang Pertemuan UPTD DPUPR, Belitung."])
        == []
    )


def test_a_comma_name_read_once_with_its_province_is_one_office_again_without_it():
    from agreements.extraction.opds import find_opds

    found = find_opds(
        [
            "Dinas Komunikasi, Informatika, Persandian dan Statistik Provinsi Jambi menandatangani "
            "perjanjian kerja sama.",
            "Masing-masing provinsi diwakili Kepala Dinas Komunikasi, Informatika, Persandian dan "
            "Statistik.",
        ]
    )
    assert [o.name for o in found] == [
        "Dinas Komunikasi, Informatika, Persandian dan Statistik Provinsi Jambi"
    ]


def test_a_bare_name_takes_the_province_of_a_later_mention():
    found = find_opds(
        [
            "Dinas Perhubungan dari lima provinsi menandatangani perjanjian kerja sama.",
            "Kepala Dinas Perhubungan Provinsi Sulteng, Rahmat Lasido, mengatakan hal itu.",
        ]
    )
    assert [(o.name, o.province_code) for o in found] == [
        ("Dinas Perhubungan Provinsi Sulteng", "72")
    ]


def test_a_bare_acronym_takes_the_province_of_a_later_mention():
    found = find_opds(
        [
            "Diskominfo menandatangani perjanjian kerja sama dengan sepuluh kabupaten.",
            "Kepala Diskominfo Provinsi Jawa Timur, Wulan Sari, menyampaikan apresiasi.",
        ]
    )
    assert [(o.name, o.province_code) for o in found] == [("Diskominfo Provinsi Jawa Timur", "35")]


def test_a_forum_of_regional_governments_is_not_an_office():
    text = (
        "Pertemuan itu digagas Badan Kerja Sama Pemerintah Regional Kalimantan (BKPRK) "
        "bersama Dinas Perhubungan se-Kalimantan."
    )
    assert names(text) == [("Dinas Perhubungan", None, None)]
    assert names("Badan Kerja Sama Regional Kalimantan menggelar rapat tahunan.") == []


def test_an_acronym_keeps_a_regency_written_without_kabupaten():
    text = (
        "Perjanjian diteken Kepala BPBD Wonosobo Hendra Saputro dan Kepala BPBD "
        "Kabupaten Temanggung Rudi Hartono."
    )
    assert names(text) == [
        ("BPBD Wonosobo", "BPBD", None),
        ("BPBD Kabupaten Temanggung", "BPBD", None),
    ]


def test_a_bare_acronym_takes_the_regency_of_a_later_mention():
    found = find_opds(
        [
            "BPBD kedua kabupaten menandatangani perjanjian kerja sama.",
            "Kepala BPBD Wonosobo Hendra Saputro mengatakan hal itu.",
        ]
    )
    assert [o.name for o in found] == ["BPBD Wonosobo"]


def test_a_regency_named_after_its_province_is_not_the_province():
    assert names("BPBD Tulang Bawang bekerja sama dengan BPBD Lampung Barat.") == [
        ("BPBD Tulang Bawang", "BPBD", None),
        ("BPBD Lampung Barat", "BPBD", None),
    ]


def test_a_regency_office_and_a_province_office_stay_apart():
    found = find_opds(
        [
            "Diskominfo Ngawi menandatangani perjanjian kerja sama.",
            "Kepala Diskominfo Provinsi Jawa Timur, Wulan Sari, menyampaikan apresiasi.",
        ]
    )
    assert [(o.name, o.province_code) for o in found] == [
        ("Diskominfo Ngawi", None),
        ("Diskominfo Provinsi Jawa Timur", "35"),
    ]
