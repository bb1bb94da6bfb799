"""Signings whose parties are written around the signing sentence, not in it, and the
single-party events that only look like agreements. Each case is a sentence shape seen in
real reporting, written here with invented details."""

from agreements.extraction import extract


def _run(text, published="2024-06-14"):
    return extract(text, published=published)


def _codes(result):
    return {p.province_code for p in result.parties if p.level == "province"}


def test_mou_used_as_a_verb_in_the_headline_reports_a_signing():
    r = _run(
        "Kaltara dan Gorontalo Lakukan MoU Perdagangan\n\n"
        "Pemprov Kaltara menggelar temu usaha dengan pelaku usaha dari Gorontalo di Tanjung "
        "Selor, Rabu (12/6/2024).\n"
    )
    assert r.is_agreement
    assert _codes(r) == {"65", "75"}


def test_parties_of_an_anaphoric_signing_come_from_the_lead():
    r = _run(
        "MANOKWARI - Pemerintah Provinsi Papua Barat menjalin kerja sama dengan Pemerintah "
        "Provinsi Maluku Utara di bidang perikanan.\n"
        "Kedua perwakilan pemerintah provinsi tersebut telah menandatangani nota kesepahaman "
        "di Manokwari, Kamis (13/6).\n"
    )
    assert r.is_agreement
    assert _codes(r) == {"92", "82"}
    assert r.signed_on.isoformat() == "2024-06-13"


def test_parties_of_a_signing_that_names_nobody_come_from_the_officials_listed_after_it():
    r = _run(
        "Sebagai langkah awal dilakukan penandatanganan perjanjian kerja sama di Gedung Sate, "
        "Bandung.\n"
        "Acara dihadiri Gubernur Jawa Barat, Sekda Provinsi Banten dan Sekda Provinsi DKI "
        "Jakarta.\n"
    )
    assert r.is_agreement
    assert _codes(r) == {"32", "36", "31"}


def test_government_units_of_both_provinces_sign_at_a_trade_mission():
    r = _run(
        "Pemerintah Provinsi Bali dan Nusa Tenggara Barat (NTB) memperkuat kerja sama ekonomi "
        "melalui misi dagang di Mataram, Selasa (11/6).\n"
        "Dalam kegiatan itu dilakukan penandatanganan komitmen transaksi dan kerja sama antara "
        "enam OPD dari kedua provinsi.\n"
    )
    assert r.is_agreement
    assert _codes(r) == {"51", "52"}


def test_a_planning_meeting_before_the_signing_is_no_agreement():
    r = _run(
        "Pemprov Bengkulu dan Pemprov Lampung sepakat membangun kerja sama pariwisata.\n"
        "Mewakili proses awal penandatanganan MoU, Lampung mengirim Kepala Dinas Pariwisata "
        "untuk rapat koordinasi bersama.\n"
    )
    assert not r.is_agreement


def test_an_association_resolution_signed_by_its_chair_is_no_agreement():
    r = _run(
        "Penandatanganan kesepakatan oleh Ketua Asosiasi Gubernur se-Kalimantan, Gubernur "
        "Kalimantan Utara, di Tarakan, Senin (10/6/2024).\n"
        "Rapat kerja itu menghasilkan lima kesepakatan bersama.\n"
    )
    assert not r.is_agreement


def test_a_memorandum_within_one_government_is_no_agreement():
    r = _run(
        "Penandatanganan MoU tersebut dilakukan langsung Ketua DPRD Bali dan Gubernur Bali di "
        "Gedung DPRD Bali, Senin (10/6/2024).\n"
    )
    assert not r.is_agreement


def test_a_province_and_a_vertical_agency_are_two_parties():
    r = _run(
        "KUPANG - Pemerintah Provinsi NTT dan Kejaksaan Tinggi (Kejati) NTT menandatangani "
        "nota kesepakatan bidang perdata dan tata usaha negara, Senin (10/6/2024).\n"
    )
    assert r.is_agreement
    assert _codes(r) == {"53"}
    assert any(p.level == "other" for p in r.parties)


def test_a_signing_by_several_governors_counts_though_one_is_named():
    r = _run(
        "Wakil Gubernur Riau, disaksikan Menteri Dalam Negeri dan sejumlah gubernur, "
        "menandatangani nota kesepahaman bersama pada rapat koordinasi gubernur se-Sumatera di "
        "Padang, Senin (10/6/2024).\n"
    )
    assert r.is_agreement


def test_the_province_after_a_list_of_regencies_says_where_they_lie():
    r = _run(
        "Mereka adalah bupati Sanggau, Sekadau, Sintang (Kalimantan Barat), Kapuas Hulu dan "
        "Malinau (Kalimantan Utara).\n"
        "Penandatanganan kesepakatan bersama itu dilakukan di Pontianak, Senin (10/6/2024).\n"
    )
    assert not _codes(r)


def test_a_signing_said_to_come_later_in_the_sentence_is_planned():
    r = _run(
        "Tinggal penandatanganan oleh kedua gubernur pada Senin (17/6) nanti, kata Kepala Biro "
        "Pemerintahan Setda Jambi.\n"
    )
    assert not r.is_agreement


def test_an_executive_that_signs_after_two_banks_signed_is_not_a_party():
    r = _run(
        "PT Bank Jateng dan PT Bank DKI menandatangani perjanjian kelompok usaha bank.\n"
        "Penandatanganan dilakukan Direktur Utama Bank Jateng dan Direktur Utama Bank DKI, "
        "disaksikan Gubernur Jawa Tengah.\n"
    )
    assert not r.is_agreement


def test_markdown_image_lines_are_page_furniture():
    r = _run(
        "![Pemprov Jatim teken MoU](https://example.org/foto/jatim-dki.jpg)\n"
        "SURABAYA - Pemprov Jawa Timur dan Pemkot Surabaya menandatangani kesepakatan bersama "
        "bidang pendidikan, Senin (10/6/2024).\n"
    )
    assert r.is_agreement
    assert _codes(r) == {"35"}


def test_a_renewal_names_the_earlier_year_and_is_still_a_new_signing():
    r = _run(
        "Pemprov Jambi dan Pemprov Bengkulu memperpanjang kerja sama yang dimulai pada 2018 "
        "dengan menandatangani kesepakatan bersama di Jambi, Senin (10/6/2024).\n"
    )
    assert r.is_agreement
    assert r.prior_cooperation_since == 2018


def test_bekerja_sama_sejak_gives_the_prior_year():
    r = _run(
        "Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama di Jambi, Senin "
        "(10/6/2024). Kedua provinsi telah bekerja sama sejak 2019.\n"
    )
    assert r.prior_cooperation_since == 2019


def test_a_signing_in_a_relative_clause_deep_in_a_long_story():
    filler = " ".join(
        f"Paragraf {i} membahas harga bahan pokok di pasar tradisional." for i in range(20)
    )
    r = _run(
        filler + " Gubernur Jambi Arman Sulaiman, yang menandatangani nota kesepahaman dengan "
        "Gubernur Bengkulu Dedi Kurnia di Jambi, Senin (10/6/2024), mengatakan kerja sama itu "
        "penting.\n"
    )
    assert r.is_agreement
    assert _codes(r) == {"15", "17"}
    assert r.signed_on.isoformat() == "2024-06-10"


def test_a_rector_signs_for_the_university():
    r = _run(
        "Penandatanganan MoU antara Rektor UNJA dengan Gubernur Jambi dilaksanakan di ruang "
        "rapat gubernur, Senin (10/6/2024).\n"
    )
    assert r.is_agreement
    assert [p.name for p in r.parties if p.level == "other"] == ["UNJA"]


def test_a_company_written_pt_with_a_dot():
    r = _run(
        "Gubernur Jambi Arman Sulaiman teken MoU dengan PT. Batanghari Beton Lestari, Senin "
        "(10/6/2024).\n"
    )
    assert r.is_agreement
    assert [p.name for p in r.parties if p.level == "other"] == ["PT. Batanghari Beton Lestari"]


def test_a_governor_speaking_after_two_banks_signed_is_no_party():
    r = _run(
        "JAKARTA - Gubernur Jambi mengungkapkan alasan Bank Jambi menjadi bank induk dalam "
        "kelompok usaha bank (KUB) dengan PT BPD Bengkulu.\n"
        "Usai penandatanganan shareholder agreement di Hotel Mulia, Jakarta, Senin (10/6/2024), "
        "gubernur menyebut KUB itu kebijakan bersama.\n"
    )
    assert not r.is_agreement


def test_agreeing_to_sign_over_a_story_of_the_signing_to_come():
    r = _run(
        "Pemprov Jambi bersama Pemprov Bengkulu menyepakati perjanjian kerja sama di berbagai "
        "sektor.\n"
        '"Rencananya Pemprov Bengkulu akan berkunjung ke Jambi untuk melakukan penandatanganan '
        'kesepakatan bersama," kata Sekda Jambi.\n'
    )
    assert not r.is_agreement


def test_side_agreements_at_the_same_event():
    r = _run(
        "Nota kesepahaman Pemprov Sumbar dan Pemprov Jambi ditandatangani kedua gubernur di "
        "Jambi, Senin (10/6/2024).\n"
        "Pada saat yang sama juga dilakukan hal serupa antara Gubernur Jambi dengan tiga "
        "provinsi lainnya, yakni Riau, Bengkulu dan Lampung.\n"
    )
    assert _codes(r) == {"13", "15", "14", "17", "18"}


def test_one_line_per_partner_after_a_multi_party_signing():
    r = _run(
        "Penandatanganan MoU dilakukan oleh Gubernur Kaltim bersama para lima gubernur "
        "provinsi lain, Senin (10/6/2024).\n"
        "Kerja sama dilakukan Provinsi Bali untuk bidang pariwisata.\n"
        "Provinsi Kalteng untuk kerja sama kesehatan rujukan.\n"
        "Provinsi NTT bidang peternakan.\n"
        "Gubernur berharap MoU itu segera ditindaklanjuti.\n"
    )
    assert _codes(r) == {"64", "51", "62", "53"}


def test_the_list_of_parties_two_sentences_after_the_signing():
    r = _run(
        "Sebanyak empat kabupaten melakukan penandatanganan kesepakatan bersama tentang kerja "
        "sama antardaerah.\n"
        "Kesepakatan tersebut digelar di Pendopo Kabupaten Sleman, Senin (10/6/2024).\n"
        "Empat daerah tersebut meliputi Kabupaten Sleman, Kabupaten Bantul, Kabupaten Klaten "
        "dan Kabupaten Magelang.\n"
    )
    assert r.is_agreement
    assert sorted(p.region_code for p in r.parties) == ["33.08", "33.10", "34.02", "34.04"]


def test_a_governor_who_comments_or_chairs_is_no_party_of_a_regency_agreement():
    r = _run(
        "Pemkab Parigi Moutong dan Pemkab Tojo Una-Una menandatangani MoU batas daerah, Senin "
        "(10/6/2024).\n"
        "Gubernur Sulteng mengatakan, penandatanganan MoU ini adalah momentum strategis bagi "
        "kedua kabupaten.\n"
        "Penandatanganan itu dilakukan di sela rapat koordinasi yang dipimpin Gubernur Sulteng.\n"
    )
    assert r.is_agreement
    assert not _codes(r)


def test_a_bank_named_first_and_a_vertical_agency_in_lower_case_are_parties():
    r = _run(
        "MANADO - PT Bank Sulteng Jaya dan Pemerintah Provinsi Gorontalo telah meneken perjanjian "
        "kerja sama pengelolaan kas daerah, Senin (10/6/2024).\n"
    )
    assert r.is_agreement
    assert [p.name for p in r.parties if p.level == "other"] == ["PT Bank Sulteng Jaya"]
    r = _run(
        "Samarinda - Pemprov Kaltim telah menandatangani kerja sama dengan kejaksaan tinggi "
        "(kejati) setempat, Senin (10/6/2024).\n"
    )
    assert r.is_agreement


def test_counted_signers_named_in_the_next_sentence_without_a_copula():
    text = (
        "Para kepala dinas pendidikan dari lima kabupaten yang tergabung dalam forum kerja sama "
        "wilayah menandatangani perjanjian kerja sama bidang pendidikan di Garut, Rabu (10/5/2023).\n"
        "Lima daerah itu Kabupaten Garut, Kabupaten Tasikmalaya, Kabupaten Ciamis, "
        "Kabupaten Sumedang dan Kabupaten Majalengka."
    )
    result = extract(text, published="2023-05-11")
    assert result.is_agreement
    assert len(result.parties) == 5


def test_both_governors_are_named_the_sentence_before_the_meeting():
    text = (
        "Gubernur Jambi beserta jajarannya, Kamis (11/5/2023), berkunjung ke Kota Padang dan "
        "bertemu dengan Gubernur Sumatera Barat.\n"
        "Dalam pertemuan itu, kedua gubernur membahas pembangunan jalan penghubung.\n"
        "Hasil pembahasan dituangkan dalam kesepakatan yang ditandatangani bersama."
    )
    result = extract(text, published="2023-05-12")
    assert result.is_agreement
    assert {p.province_code for p in result.parties} == {"15", "13"}
    assert {p.level for p in result.parties} == {"province"}  # the city visited is no party
