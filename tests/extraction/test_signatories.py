from extraction_samples import LOCAL_LOCAL, WITNESS_AND_DATELINE

from agreements.extraction import extract
from agreements.extraction.signatories import parse_person


def test_titles_and_degrees_are_stripped_from_names():
    assert parse_person("Gubernur Jambi Drs H Fachri Umar, M.Si") == (
        "Fachri Umar",
        "Gubernur Jambi",
    )
    assert parse_person("Gubernur Jawa Barat (Jabar) Ridwan Hakim") == (
        "Ridwan Hakim",
        "Gubernur Jawa Barat (Jabar)",
    )


def test_witnesses_do_not_sign_and_representatives_do():
    result = extract(WITNESS_AND_DATELINE, published="2020-03-10")
    names = [s.name for s in result.signatories]
    assert names == ["Heru Tjahjono", "Sutarmidji"]  # not the minister who witnessed


def test_represented_official_is_replaced_by_the_representative():
    text = (
        "Nota kesepahaman ditandatangani oleh Sekda Aceh yang diwakili Asisten I Setda Aceh "
        "Rahmat Jaya dengan Sekda Jatim Adi Karya di Banda Aceh."
    )
    result = extract(text, published="2022-10-25")
    assert [s.name for s in result.signatories] == ["Rahmat Jaya", "Adi Karya"]


def test_region_word_of_regent_is_not_part_of_the_name():
    result = extract(LOCAL_LOCAL, published="2022-11-10")
    assert [s.name for s in result.signatories] == ["Kustini Wibowo", "Muchamad Nur Aziz"]


def test_degrees_in_capitals_joined_by_dots_are_not_names():
    assert parse_person("Gubernur Maluku, Rudi Lewaherilla, S.H., LL.M") == (
        "Rudi Lewaherilla",
        "Gubernur Maluku",
    )
    assert parse_person("Gubernur Papua, Yan Mandenas, SIP.MH") == (
        "Yan Mandenas",
        "Gubernur Papua",
    )


def test_a_province_written_in_lower_case_stays_in_the_title():
    assert parse_person("Gubernur Sulawesi tenggara") == (None, "Gubernur Sulawesi Tenggara")


def signers(text, published="2024-03-06"):
    return [(s.name, s.title) for s in extract(text, published=published).signatories]


def test_a_foreign_representative_given_by_role_has_no_name():
    text = (
        "Pemprov Sultra Teken MoU dengan Investor\n\n"
        "KENDARI - Penandatanganan kerja sama dilakukan oleh Gubernur Sulawesi Tenggara "
        "H Rudi Mazi SH dan perwakilan investor asal Tiongkok di Kendari, Selasa (5/3/2024). "
        "Pemprov Sultra bekerja sama dengan PT Nusantara Nikel Makmur."
    )
    assert signers(text) == [
        ("Rudi Mazi", "Gubernur Sulawesi Tenggara"),
        (None, "perwakilan investor asal Tiongkok"),
    ]


def test_an_office_written_out_unnamed_and_then_named_is_one_signatory():
    text = (
        "Gubernur Maluku Rudi Lewaherilla dan Kepala Lembaga Layanan Pendidikan Tinggi "
        "(LLDIKTI) Wilayah XII menandatangani nota kesepakatan di Ambon, Jumat (1/3/2024). "
        "Usai sambutan, Gubernur Maluku, Rudi Lewaherilla, dan Kepala LLDIKTI Wilayah XII "
        "Johan Pattiasina menandatangani naskah kesepakatan itu."
    )
    assert signers(text) == [
        ("Rudi Lewaherilla", "Gubernur Maluku"),
        ("Johan Pattiasina", "Kepala LLDIKTI Wilayah XII"),
    ]


def test_detached_passive_prefix_and_a_side_named_by_pihak():
    text = (
        "Pemprov Sulteng menandatangani nota kesepahaman dengan BPKP, Rabu (26/11/2025). "
        "Penandatanganan MoU tersebut di wakili oleh Wakil Gubernur Sulawesi Tengah, "
        "dr. Rina Lamadjido, dan pihak BPKP yang di hadiri oleh Kepala BPKP, Yusuf Ateh."
    )
    assert signers(text, "2025-11-27") == [("Rina Lamadjido", "Wakil Gubernur Sulawesi Tengah")]


def test_regent_of_a_regency_written_short():
    assert parse_person("Bupati Kutim Ardi Sulaiman") == ("Ardi Sulaiman", "Bupati Kutim")


def test_headline_verbs_and_regions_after_se_are_not_names():
    assert parse_person("Gubernur Sumbar Tanda Tangani Kesepakatan") == (None, "Gubernur Sumbar")
    assert parse_person("wali kota se-Sumatra Barat (Sumbar)")[0] is None
    assert parse_person("Wakil Wa")[0] is None  # a text cut off mid-title


def test_signers_after_para_pihak_and_after_masing_masing():
    listed = (
        "MAMUJU - Kerja sama Pemprov Sulbar dengan Pemprov Kalsel resmi dilaksanakan melalui "
        "penandatanganan nota kesepakatan dengan para pihak, Gubernur Sulbar Andi Masdar dan "
        "Wakil Gubernur Kalsel Rudi Resna, di Mamuju, Jumat (9/3/2018)."
    )
    assert [name for name, _t in signers(listed, "2018-03-10")] == ["Andi Masdar", "Rudi Resna"]
    each = (
        "Kesepakatan Bersama antara Pemerintah Provinsi Papua Barat dan Yayasan Amungme resmi "
        "ditandatangani, Jumat (25/4/2025). Dokumen itu ditandatangani masing-masing Ketua "
        "Yayasan Leo Tumuka dan Gubernur Papua Barat Domi Mandacan."
    )
    assert {name for name, _t in signers(each, "2025-04-26")} >= {"Leo Tumuka", "Domi Mandacan"}


def test_a_party_named_in_a_headline_is_no_signatory():
    text = (
        "Gubernur Papua dan Sandaun Teken LoI\n\n"
        "JAYAPURA - Gubernur Papua, Indonesia, Yan Enembe, dan Gubernur Sandaun, Papua Nugini "
        "(PNG), Tony Wouwou, menandatangani Letter of Intent di Jayapura, Minggu (3/3/2024)."
    )
    assert [name for name, _t in signers(text, "2024-03-04")] == ["Yan Enembe", "Tony Wouwou"]


def test_signers_listed_with_semicolons_named_after_yakni_or_by_a_foreign_title():
    listed = (
        "MoU itu ditandatangani oleh Pj Gubernur DKI Jakarta, Hadi Budi; Pj Gubernur Aceh, "
        "Safri Ali; dan Pj Gubernur Papua, Ramli Limbong, di Yogyakarta, Rabu (28/8/2024)."
    )
    assert [n for n, _t in signers(listed, "2024-08-28")] == [
        "Hadi Budi",
        "Safri Ali",
        "Ramli Limbong",
    ]
    yakni = (
        "Provinsi Papua dan Provinsi Morobe, Papua Nugini, menandatangani LoI provinsi kembar di "
        "Jayapura, Senin (4/3/2024). Pihak yang menandatangani LoI itu yakni Wakil Gubernur "
        "Papua Kleo Tinal dan Gubernur Morobe Gino Sauno."
    )
    assert {n for n, _t in signers(yakni, "2024-03-05")} == {"Kleo Tinal", "Gino Sauno"}
    foreign = (
        "Pemerintah Provinsi NTB yang diwakili oleh Gubernur NTB, Zul Kifli, menandatangani MoU "
        "dengan Pemerintah Wilayah Australia Utara yang diwakili oleh Chief Minister Northern "
        "Territory, Nata Fyles, Senin (10/7/2023)."
    )
    assert {n for n, _t in signers(foreign, "2023-07-11")} == {"Zul Kifli", "Nata Fyles"}


def test_the_company_after_pt_is_not_its_directors_name():
    assert parse_person("Direktur Operasional PT Semen Tonasa (Persero)") == (
        None,
        "Direktur Operasional PT Semen Tonasa (Persero)",
    )
    assert parse_person("Direktur Utama PT Semen Tonasa, Budi Hartono") == (
        "Budi Hartono",
        "Direktur Utama PT Semen Tonasa",
    )


def test_names_set_in_quotes_after_their_titles():
    result = extract(
        'Kepala Dinas Pertanian Provinsi Jambi "Budi Santoso, SE.,M.Si" menandatangani dokumen '
        '"Perjanjian Kerja Sama (PKS)" bersama Kepala Dinas Pertanian Provinsi Riau "Dr. Ir. '
        'Agus Salim, M.T", Kamis (13/6/2024).',
        published="2024-06-14",
    )
    assert [s.name for s in result.signatories] == ["Budi Santoso", "Agus Salim"]
