"""Shapes that real news takes and the rules first missed: one invented case each (the
sentences are written for these tests, not taken from any article)."""

from agreements.extraction import extract
from agreements.extraction.dates import Published, find_dates
from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.noise import strip_noise
from agreements.extraction.opds import find_opds
from agreements.extraction.place import CEREMONY_SPEECH, find_place
from agreements.extraction.prior import find_prior_year
from agreements.extraction.sectors import find_sectors


def _provinces(result):
    return {p.name for p in result.parties if p.level == "province"}


# relevance


def test_renewal_planned_over_a_memorandum_signed_in_a_year_alone_is_no_signing():
    r = extract(
        "GARUT - Bupati Garut menerima kunjungan Wali Kota Tasikmalaya di Pendopo Garut. "
        "Keduanya sepakat akan memperbarui MoU kerja sama antara Pemkab Garut dengan Pemkot "
        "Tasikmalaya yang sempat ditandatangani pada 2020.\n"
    )
    assert not r.is_agreement


def test_signing_reported_with_its_day_still_counts_beside_a_relative_clause():
    r = extract(
        "GARUT - Pemkab Garut dan Pemkot Tasikmalaya menandatangani kesepakatan bersama "
        "bidang pariwisata di Pendopo Garut, Senin (3/6/2024). Kesepakatan ini menggantikan "
        "MoU yang ditandatangani pada 2019.\n",
        published="2024-06-04",
    )
    assert r.is_agreement
    assert str(r.signed_on) == "2024-06-03"


# parties


def test_region_abroad_named_with_its_country_is_the_counterpart():
    r = extract(
        "Pemprov Jateng-Kumamoto Jepang Teken MoU Sister Province\n"
        "Kerja sama ditandai penanda tanganan MoU bersama pihak Kumamoto Jepang pada Kamis "
        "(5/9/2024) secara virtual.\n",
        published="2024-09-06",
    )
    assert r.is_agreement
    assert _provinces(r) == {"Jawa Tengah"}
    assert any("Kumamoto" in p.name and p.level == "other" for p in r.parties)


def test_government_of_a_country_is_no_region_abroad():
    r = extract(
        "Pemprov Jateng menandatangani MoU dengan Pemerintah Jepang di Semarang, Kamis "
        "(5/9/2024).\n",
        published="2024-09-06",
    )
    assert not any(p.name.startswith("Pemerintah (") for p in r.parties)


def test_province_inside_a_company_name_after_pt_is_no_party():
    r = extract(
        "MATARAM - Pemprov NTB menandatangani kesepakatan bersama dengan PT. Bali Mina Lestari "
        "tentang perikanan di Mataram, Rabu (4/9/2024).\n",
        published="2024-09-05",
    )
    assert _provinces(r) == {"Nusa Tenggara Barat"}


def test_province_after_a_city_with_its_acronym_says_where_the_city_lies():
    r = extract(
        "Pemerintah Kota Serang dan Pemerintah Kota Tangerang Selatan (Tangsel), Banten, "
        "menandatangani nota kesepahaman di Kota Serang, Jumat (6/9/2024).\n",
        published="2024-09-07",
    )
    assert r.is_agreement
    assert not _provinces(r)
    assert r.place == "Kota Serang"


def test_short_form_of_a_regency_that_spells_a_province_is_no_regency():
    gaz = get_gazetteer()
    assert gaz.region_code("regency", "Banten") is None
    assert gaz.region_code("regency", "Kutim") is not None


def test_partner_named_late_in_a_line_of_a_multi_party_list():
    r = extract(
        "SAMARINDA - Penandatanganan MoU dilakukan oleh Gubernur Kaltim bersama tiga gubernur "
        "provinsi lain, Senin (2/9/2024).\n"
        "Provinsi Bali untuk bidang pariwisata.\n"
        "Kerjasama dengan Provinsi Maluku Utara untuk bidang perdagangan.\n"
        "Bidang pasokan batu bara untuk pembangkit dilakukan bersama Provinsi Sulteng.\n",
        published="2024-09-03",
    )
    assert _provinces(r) == {"Kalimantan Timur", "Bali", "Maluku Utara", "Sulawesi Tengah"}


def test_degree_after_rektor_is_no_university():
    r = extract(
        "Nota kesepahaman diteken Bupati Klaten Budi Santoso dan Rektor Prof Dr Ani Lestari "
        "di Klaten, Senin (2/9/2024).\n",
        published="2024-09-03",
    )
    assert not any(p.name in {"Prof", "Dr"} for p in r.parties)


# dates


def test_end_of_an_old_term_is_no_signing_date():
    mentions = find_dates(
        "Kerja sama kedua daerah selama ini berakhir pada 26 Oktober 2023.",
        Published.parse("2023-10-27"),
    )
    assert mentions and all(m.statement for m in mentions)


# OPDs


def test_offices_in_an_attendance_list_are_not_offices_of_the_agreement():
    opds = find_opds(
        [
            "Pertemuan itu dihadiri para kepala dinas, inspektorat dan ketua Bappeda Provinsi "
            "Jambi serta Kepala Biro Administrasi dari Universitas Jambi."
        ]
    )
    assert all(o.quoted_only for o in opds)


# sectors


def _codes(sentence):
    return set(find_sectors([sentence], {0}, [])[0])


def test_scope_the_cooperation_is_directed_to():
    codes, _evidence, _conf = find_sectors(
        ["Kerja sama ini juga diarahkan untuk memperkuat ketahanan pangan."], set(), []
    )
    assert "pangan" in codes


def test_challenges_possibilities_and_offers_of_help_are_no_scope():
    assert not _codes(
        "Ia menambahkan bahwa tantangan pembangunan ibu kota adalah infrastruktur dan SDM."
    )
    assert not _codes("Kerja sama ini dapat dikembangkan pada bidang pertanian dan kesehatan.")
    assert not _codes(
        "Dalam kerja sama ini Jatim siap membantu dalam bidang digitalisasi pemerintahan."
    )


def test_absence_for_health_reasons_figures_of_speech_and_titles_are_no_scope():
    assert "kesehatan" not in _codes(
        "Kerja sama diteken, gubernur tidak hadir karena alasan kesehatan."
    )
    assert "pupr" not in _codes("Kesepakatan ini menjadi jembatan kerja sama kedua daerah.")
    assert "kominfo" not in _codes("Menurut Kabag Humas dan Protokol, MoU itu diteken hari ini.")


def test_downstream_processing_of_commodities_is_industry_not_trade():
    codes = _codes("Fokus ketiga yaitu hilirisasi komoditas unggulan.")
    assert "perindustrian" in codes and "perdagangan" not in codes


def test_search_and_rescue_land_grants_and_economic_empowerment():
    assert "trantibum_linmas" in _codes("MoU itu meliputi bidang pencarian dan pertolongan.")
    assert "keuangan" in _codes("Kesepakatan itu terkait penyerahan tanah hibah untuk kantor.")
    assert "pmd" in _codes("Kerja sama itu terkait pemberdayaan ekonomi masyarakat adat.")


# place


def test_quote_given_at_a_named_venue_tells_the_place():
    quote = '"Kerja sama ini kita mulai," ujar Gubernur di Sirkuit Mandalika, Selasa.'
    assert CEREMONY_SPEECH.search(quote)
    assert not CEREMONY_SPEECH.search('"Kita mulai," ujar Gubernur di Semarang, Selasa.')
    place, _evidence, _conf = find_place([[], [], [], [quote]], None)
    assert place == "Sirkuit Mandalika"


# signatories


def test_title_whose_direction_is_followed_is_no_signer():
    r = extract(
        "Dalam rangka menindaklanjuti arahan Presiden terkait kerja sama antardaerah, "
        "Pemerintah Provinsi Jambi melakukan penandatanganan nota kesepahaman dengan "
        "Pemerintah Provinsi Riau di Jambi, Senin (2/9/2024).\n",
        published="2024-09-03",
    )
    assert r.is_agreement
    assert not any(s.title == "Presiden" for s in r.signatories)


# noise and prior cooperation


def test_read_line_of_a_related_headline_is_furniture():
    kept = strip_noise("Pemprov Jatim meneken MoU.\nRead: Dinas Pariwisata Jatim Gelar Festival\n")
    assert "MoU" in kept and "Festival" not in kept


def test_agreement_of_an_earlier_year_the_new_one_rests_on():
    year, _ = find_prior_year(
        ["Kedua gubernur sepakat berdasarkan kesepakatan tahun 1995 antara kedua provinsi."],
        2024,
    )
    assert year == 1995


# parties, as regions name each other


def test_regency_located_by_its_province_without_a_comma():
    r = extract(
        "MURATARA - Kabupaten Musi Rawas Utara Provinsi Sumatera Selatan melakukan "
        "penandatanganan kerja sama dengan Kabupaten Sarolangun Provinsi Jambi, Senin "
        "(2/9/2024).\n",
        published="2024-09-03",
    )
    assert r.is_agreement
    assert not _provinces(r)


def test_governor_who_invites_the_regions_to_sign_is_no_party():
    r = extract(
        "JAMBI - Bupati Tanjab Barat bersama semua kepala daerah kabupaten/kota se-Provinsi "
        "Jambi, diundang Gubernur Jambi untuk menandatangani kesepakatan bersama antar "
        "kabupaten/kota di ruang Pola Gubernur, Senin (2/9/2024).\n",
        published="2024-09-03",
    )
    assert r.is_agreement
    assert not _provinces(r)
    assert any(p.name == "Kabupaten Tanjung Jabung Barat" for p in r.parties)


def test_province_left_unnamed_before_its_own_regencies_is_the_party():
    r = extract(
        "GORONTALO - Pemerintah Provinsi bersama Pemerintah Daerah Kabupaten/Kota se Provinsi "
        "Gorontalo menandatangani perjanjian kerja sama bidang kesehatan di Hotel Aston, "
        "Selasa (3/9/2024).\n",
        published="2024-09-04",
    )
    assert r.is_agreement
    assert _provinces(r) == {"Gorontalo"}


def test_outlet_name_before_the_city_dateline():
    r = extract(
        "Kabarjambi.co.id - JAMBI - Pemkab Merangin dan Pemkab Bungo menandatangani "
        "kesepakatan bersama di Bangko, Senin (2/9/2024).\n",
        published="2024-09-03",
        url="unknown (kabarjambi.co.id)",
    )
    assert r.is_agreement
    assert not _provinces(r)


def test_companies_named_as_such_are_the_counterpart():
    r = extract(
        "PONTIANAK - Gubernur Kalbar menandatangani kesepakatan bersama dengan Perusahaan "
        "Perkebunan Karet di Kalbar, di Balai Petitih, Kamis (5/9/2024).\n",
        published="2024-09-06",
    )
    assert r.is_agreement
    assert any(p.level == "other" and p.name.startswith("Perusahaan") for p in r.parties)


# signatories


def test_first_and_second_party_of_the_document():
    r = extract(
        "MURATARA - Kabupaten Musi Rawas Utara melakukan penandatanganan kerja sama dengan "
        "Kabupaten Sarolangun, Senin (2/9/2024).\n"
        "Drs H Budi Santoso MM Bupati Musi Rawas Utara sebagai pihak pertama, H. Ali Akbar "
        "Bupati Sarolangun sebagai pihak kedua.\n",
        published="2024-09-03",
    )
    names = {s.name for s in r.signatories}
    assert {"Budi Santoso", "Ali Akbar"} <= names


# noise


def test_bare_headlines_after_the_editor_line_are_the_page_s_list():
    kept = strip_noise(
        "Pemkab A dan Pemkab B menandatangani MoU di A, Senin.\n"
        "Bupati A mengatakan kerja sama ini penting.\n"
        "Editor : Budi\n"
        "DLH Kota C Kekurangan Tong Sampah Layak Pakai\n"
    )
    assert "Tong Sampah" not in kept and "MoU" in kept


# sectors


def test_scope_of_a_collaboration_and_what_is_to_be_cooperated_on():
    codes, _e, _c = find_sectors(
        [
            "Kolaborasi ini tidak hanya fokus pada satu sektor saja.",
            "Diantaranya, sektor pendidikan, kesehatan dan perikanan.",
            "Hal yang perlu dikerjasamakan adalah kerusakan lingkungan dan air baku.",
        ],
        set(),
        [],
    )
    assert {"pendidikan", "kesehatan", "kelautan_perikanan", "lingkungan_hidup"} <= set(codes)


def test_lines_of_bidang_and_letters_beyond_h_continue_a_list():
    codes, _e, _c = find_sectors(
        [
            "Kedua pihak siap melakukan kerjasama.",
            "Bidang Pendidikan",
            "Bidang kesehatan",
            "Bidang periwisata",
            "Bidang tenaga kerja",
        ],
        set(),
        [],
    )
    assert {"pendidikan", "kesehatan", "pariwisata", "tenaga_kerja"} <= set(codes)
    codes, _e, _c = find_sectors(
        ["Berikut 10 poin perjanjian kerja sama:", "i. Penggunaan bahan bakar gas."], set(), []
    )
    assert "esdm" in codes


def test_headline_part_that_names_the_priorities():
    codes, _e, _c = find_sectors(
        ["Pemprov A dan B MoU : Prioritas Pelabuhan dan Pertanian"], set(), []
    )
    assert {"perhubungan", "pertanian"} <= set(codes)


def test_misspellings_agribusiness_markets_and_prevention_monitoring():
    assert "pupr" in _codes("Kerja sama meliputi bidang infrastriktur dan jalan.")
    assert "pertanian" in _codes("MoU itu mencakup pengembangan agrobisnis.")
    assert "perdagangan" in _codes("Kerja sama itu meliputi pengembangan pasar.")
    assert "pengawasan" in _codes(
        "Kerja sama meliputi monitoring, controlling, surveillance for prevention."
    )


# dates


def test_date_of_the_meeting_the_signing_follows_is_not_its_date():
    mentions = find_dates(
        "Penandatanganan ini tindak lanjut pertemuan kedua gubernur di Denpasar pada 12 Juli "
        "2025 lalu.",
        Published.parse("2025-08-05"),
    )
    assert mentions and all(m.statement for m in mentions)


def test_quote_at_a_named_venue_dates_a_signing_dated_nowhere_else():
    r = extract(
        "PEKANBARU - Gubernur Riau menandatangani kesepakatan bersama dengan Pemkot Pekanbaru "
        "dan Pemkab Siak.\n"
        "Penandatanganan itu dihadiri para kepala daerah.\n"
        "Kesepakatan ini terkait pembangunan daerah secara terpadu.\n"
        "Para kepala daerah memberikan paparan.\n"
        '"Kami berharap kesepakatan ini bermanfaat," kata Gubernur di ruang melati Kantor '
        "Gubernur Riau, Jumat (12/7/2024).\n",
        published="2024-07-13",
    )
    assert str(r.signed_on) == "2024-07-12"


# dates, parties and signatories that later real pages showed


def test_caption_without_a_year_does_not_hide_the_body_s_dated_signing():
    r = extract(
        "Bupati Garut Budi Santoso dan Walikota Tasikmalaya Ani Lestari saat penandatanganan "
        "MoU di Pendopo Garut, Selasa (28/6).\n"
        "GARUT - Pemkab Garut dan Pemkot Tasikmalaya melakukan penandatanganan kesepakatan "
        "bersama.\n"
        "Penandatanganan kerjasama tersebut dilakukan Bupati Garut Budi Santoso dan Walikota "
        "Tasikmalaya Ani Lestari di Pendopo Garut, Selasa (28/6/16) lalu.\n"
    )
    assert str(r.signed_on) == "2016-06-28"


def test_page_stamp_after_a_dash_is_no_signing_date():
    r = extract(
        "Kota dan Kabupaten Garut Lakukan Kesepakatan\n\n- 16 November 2021, 07:04 WIB\n\n"
        "Pemerintah Kota Tasikmalaya dan Kabupaten Garut melakukan penandatanganan "
        "kesepakatan di Aula Pendopo Garut.\n",
        published="2021-11-16",
    )
    assert r.is_agreement
    assert r.signed_on is None


def test_county_abroad_is_the_counterpart_and_its_earlier_term_the_prior_year():
    r = extract(
        "MEDAN - Pemerintah Provinsi Sumatera Utara dan Pemerintah Kent County, Inggris kembali "
        "menjalin kerja sama sister province yang pernah dilakukan tahun 2011-2016 lalu. Kerja "
        "sama ini ditandai dengan penandatangan MoU di Gubernuran, Rabu (6/12/2017).\n"
    )
    assert r.is_agreement
    assert any(p.name == "Kent County" for p in r.parties)
    assert r.prior_cooperation_since == 2011


def test_signing_between_two_heads_named_after_yakni():
    r = extract(
        "NGAMPRAH - Pemerintah Kota Cimahi dan Pemerintah Kabupaten Bandung Barat sepakat "
        "bekerja sama. Penandatanganan naskah kesepakatan dilakukan antara dua kepala daerah yakni "
        "Bupati Bandung Barat Asep Sutisna dan Wali Kota Cimahi Ajat Priatna di Gedung Bupati, "
        "Rabu (12/2/2020).\n"
    )
    assert {s.name for s in r.signatories} >= {"Asep Sutisna", "Ajat Priatna"}


def test_regency_written_in_lower_case_before_its_province():
    r = extract(
        "MURATARA - Pemkab Musi Rawas Utara melakukan penandatanganan kerja sama dengan "
        "Pemkab Sarolangun, kabupaten Sarolangun Provinsi Jambi, Senin (2/9/2024).\n",
        published="2024-09-03",
    )
    assert r.is_agreement
    assert not _provinces(r)


def test_lead_naming_the_held_agenda_gives_the_parties_of_both_provinces():
    r = extract(
        "Agenda misi dagang dan investasi antara Pemerintah Provinsi Jawa Tengah dan Kalimantan "
        "Barat menandai era baru kerja sama ekonomi.\n"
        "Digelar di Pontianak, pada Kamis 8/5/2025, kegiatan tersebut membukukan transaksi.\n"
        "Sebagai bagian dari misi tersebut, juga dilakukan penandatanganan kerja sama "
        "antarperangkat daerah dari kedua provinsi.\n",
        published="2025-05-09",
    )
    assert r.is_agreement
    assert _provinces(r) == {"Jawa Tengah", "Kalimantan Barat"}


def test_doubled_syllable_typo_and_regents_and_mayors_of_the_province():
    r = extract(
        "Ada dua penenandatanganan MOU, pertama Gubernur NTB dengan Bupati Walikota se NTB "
        "tentang informasi publik, di Gedung Sangkareang, Mataram (17/12/21).\n"
    )
    assert r.is_agreement
    assert _provinces(r) == {"Nusa Tenggara Barat"}
