"""Which sentences give an agreement's sectors, and how sure the scope read is."""

from agreements.extraction import extract
from agreements.extraction.opds import find_opds
from agreements.extraction.sectors import find_sectors


def test_what_a_speaker_stresses_is_no_agreed_scope():
    codes, _, _ = find_sectors(
        [
            "Gubernur Jambi dan Gubernur Riau menandatangani nota kesepahaman tentang promosi "
            "pariwisata.",
            "Ia juga menekankan pentingnya kerja sama di sektor energi terbarukan serta "
            "perdagangan.",
        ],
        {0},
        [],
    )
    assert codes == ["pariwisata"]


def test_one_sides_own_efforts_are_no_agreed_scope():
    codes, _, _ = find_sectors(
        [
            "Pemkab Solok dan Pemkab Agam menandatangani kesepakatan bersama tentang pasokan "
            "pangan.",
            "Pemkab Solok selalu berupaya meningkatkan industri pengolahan yakni kopi dan kakao.",
        ],
        {0},
        [],
    )
    assert codes == ["pangan"]


def test_the_meeting_a_signing_was_held_at_is_no_scope():
    codes, _, _ = find_sectors(
        [
            "Kedua bupati menandatangani kesepakatan bersama tentang pengendalian inflasi.",
            "Kegiatan itu merupakan bagian dari rangkaian Rapat Koordinasi terkait Peningkatan "
            "Kapasitas aparatur pengelola pasar.",
        ],
        {0},
        [],
    )
    assert codes == ["pangan"]


def test_inflation_control_and_food_supply_chains_are_food_not_trade():
    codes, _, _ = find_sectors(
        ["Kerja sama itu meliputi penguatan rantai pasok pangan untuk pengendalian inflasi."],
        set(),
        [],
    )
    assert codes == ["pangan"]


def test_a_joint_commitment_is_a_cooperation_whose_list_is_its_scope():
    codes, _, _ = find_sectors(
        [
            "Lima sekda menandatangani komitmen bersama di Banjarmasin.",
            "Komitmen bersama itu meliputi pemerintahan digital bagi layanan perizinan.",
        ],
        set(),
        [],
    )
    assert "kominfo" in codes


def test_a_short_scope_spelled_out_is_surest_but_still_left_to_the_reviewer():
    _, _, spelled_out = find_sectors(
        ["Kedua gubernur menandatangani kesepakatan bersama di bidang pariwisata."], {0}, []
    )
    _, _, nearby = find_sectors(
        ["Kedua gubernur menandatangani kerja sama pariwisata di Batam."], {0}, []
    )
    assert nearby < spelled_out < 0.8


def test_a_field_only_near_the_signing_is_not_sure():
    _, _, confidence = find_sectors(
        ["Kedua gubernur menandatangani kerja sama pariwisata di Batam."], {0}, []
    )
    assert 0.5 <= confidence < 0.8


def test_a_scope_a_speaker_reports_is_not_sure():
    _, _, confidence = find_sectors(
        [
            "Kedua gubernur menandatangani kesepakatan bersama di Surabaya.",
            "Menurut gubernur, kerja sama itu terkait pasokan beras ke Surabaya.",
        ],
        {0},
        [],
    )
    assert confidence < 0.8


def test_a_long_scope_list_is_not_sure():
    codes, _, confidence = find_sectors(
        [
            "Kesepakatan bersama itu meliputi bidang pariwisata, perhubungan, pendidikan, "
            "kesehatan dan perikanan."
        ],
        {0},
        [],
    )
    assert len(codes) == 5
    assert confidence < 0.8


def test_no_scope_found_is_least_sure():
    _, _, confidence = find_sectors(["Kedua gubernur menandatangani kesepakatan."], {0}, [])
    assert confidence == 0.5


def test_the_reporting_office_is_no_office_of_the_agreement():
    opds = find_opds(
        [
            "Keterangan Diskominfo Sleman, penandatanganan dilakukan Bupati Sleman dengan "
            "Bupati Klaten di Pendopo."
        ]
    )
    assert opds == []


def test_a_regency_qualifier_stops_before_the_officials_name():
    r = extract(
        "Pemkot Palembang dan Pemkab Kulon Progo menandatangani kesepakatan bersama di Wates, "
        "Kamis (18/7/2024). Selain itu, penandatanganan perjanjian kerja sama dilakukan Kepala "
        "Dinas Perdagangan Kota Palembang Budi Santoso dengan Kepala Dinas Perdagangan "
        "Kabupaten Kulon Progo Rina Wati.",
        published="2024-07-19",
    )
    names = [o.name for o in r.opds]
    assert "Dinas Perdagangan Kota Palembang" in names
    assert "Dinas Perdagangan Kabupaten Kulon Progo" in names


def test_the_fields_a_cooperation_is_chiefly_about_are_its_scope():
    codes, _, _ = find_sectors(
        [
            "Pemprov Riau dan Pemprov Jambi menjalin kerja sama dalam pengembangan kawasan, "
            "terutama pencegahan kerusakan lingkungan dan penyediaan air baku.",
            "Kerja sama itu ditandai penandatanganan perjanjian oleh kedua sekda.",
        ],
        {1},
        [],
    )
    assert {"lingkungan_hidup", "pupr"} <= set(codes)


def test_a_speaker_on_cooperation_that_already_runs_gives_no_scope():
    codes, _, _ = find_sectors(
        [
            "Kedua sekda menandatangani perjanjian kerja sama tentang pengelolaan sampah.",
            '"Kabupaten di perbatasan sudah menjalin kerja sama, termasuk dalam hal budaya," '
            "katanya.",
        ],
        {0},
        [],
    )
    assert codes == ["lingkungan_hidup"]


def test_meat_supplied_to_a_city_is_food_not_livestock_farming():
    codes, _, _ = find_sectors(
        [
            "Untuk mencukupi kebutuhan bahan pangan, khususnya daging sapi, Pemkot Kediri "
            "menjalin kerja sama dengan Pemkab Blitar."
        ],
        set(),
        [],
    )
    assert codes == ["pangan"]


def test_the_office_of_an_official_who_attended_and_spoke_is_not_a_party_office():
    opds = find_opds(
        [
            "Kepala Dinas Pariwisata Provinsi Bengkulu, Andi Rahman, yang turut hadir dalam "
            "acara penandatanganan mengatakan kerja sama itu membuka peluang promosi."
        ]
    )
    assert opds == []


def test_the_office_of_an_attending_official_stays_out_even_when_its_field_is_the_scope():
    r = extract(
        "Gubernur Bengkulu dan Gubernur Lampung menandatangani kesepakatan bersama di bidang "
        "pariwisata di Bengkulu, Senin (2/6/2025). Kepala Dinas Pariwisata Provinsi Lampung, "
        "Andi Rahman, yang turut hadir dalam acara itu mengatakan promosi bersama segera "
        "dimulai.",
        published="2025-06-03",
    )
    assert "pariwisata" in r.sectors
    assert r.opds == []


def test_items_of_a_scope_list_written_as_sentences_of_their_own():
    codes, _, _ = find_sectors(
        [
            "Komitmen bersama itu meliputi penguatan cadangan pangan daerah.",
            "Memperkuat jaringan transportasi antarprovinsi.",
        ],
        set(),
        [],
    )
    assert set(codes) == {"pangan", "perhubungan"}


def test_a_speakers_own_plans_are_no_agreed_scope():
    codes, _, _ = find_sectors(
        [
            "Kedua gubernur menandatangani kesepakatan bersama di bidang perkebunan.",
            "Gubernur juga menyinggung rencananya untuk berkunjung guna meninjau sektor "
            "pariwisata.",
        ],
        {0},
        [],
    )
    assert codes == ["pertanian"]


def test_an_office_whose_field_is_written_in_lower_case():
    names = [
        o.name
        for o in find_opds(
            ["PKS ditandatangani oleh Dinas perindustrian Jambi dan Dinas Perindustrian Riau."]
        )
    ]
    assert "Dinas perindustrian Jambi" in names
    assert "Dinas Perindustrian Riau" in names


def test_a_generic_office_mention_in_lower_case_is_no_office():
    assert find_opds(["Kerja sama itu akan ditindaklanjuti Dinas terkait masing-masing."]) == []


def test_what_one_side_takes_over_from_the_other_is_scope_read_with_less_certainty():
    codes, _, confidence = find_sectors(
        [
            "Bupati Lahat dan Bupati Sleman menandatangani nota kesepahaman di Sleman.",
            "Kolaborasi ini melibatkan 10 perangkat daerah untuk mempelajari dan mengadopsi "
            "sistem pemerintahan digital Sleman.",
        ],
        {0},
        [],
    )
    assert codes == ["kominfo"]
    assert confidence < 0.8


def test_a_sentence_that_only_follows_the_scope_is_not_sure_evidence():
    codes, _, confidence = find_sectors(
        [
            "Kesepakatan bersama itu meliputi bidang perhubungan.",
            "Kedua gubernur juga membahas promosi pariwisata.",
        ],
        set(),
        [],
    )
    assert set(codes) == {"perhubungan", "pariwisata"}
    assert confidence < 0.8


def test_the_lines_of_a_scope_list_are_the_surest_evidence():
    codes, _, confidence = find_sectors(
        ["Ruang lingkup kesepakatan bersama ini meliputi:", "1. perhubungan;", "2. pariwisata."],
        set(),
        [],
    )
    assert set(codes) == {"perhubungan", "pariwisata"}
    assert confidence == 0.75
