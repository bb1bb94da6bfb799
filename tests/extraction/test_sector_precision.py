"""Sector precision: words near the signing that are not its agreed scope."""

from agreements.extraction import extract
from agreements.extraction.opds import find_opds
from agreements.extraction.sectors import find_sectors


def _sectors(*sentences: str, offices: list[str] | None = None) -> set[str]:
    pks_opds = find_opds(offices) if offices else []
    codes, _, _ = find_sectors(list(sentences), set(range(len(sentences))), pks_opds)
    return set(codes)


def test_an_office_adds_nothing_when_the_text_names_its_field():
    codes = _sectors(
        "Pemkot Lubuk Raya dan Pemkab Tanjung Sari menandatangani perjanjian kerja sama "
        "pasokan bahan pangan, Senin (3/6/2024).",
        "Perjanjian itu ditandatangani Dinas Pertanian dan Ketahanan Pangan Kota Lubuk Raya "
        "dan Dinas Ketahanan Pangan dan Perikanan Kabupaten Tanjung Sari.",
        offices=[
            "Perjanjian itu ditandatangani Dinas Pertanian dan Ketahanan Pangan Kota Lubuk Raya "
            "dan Dinas Ketahanan Pangan dan Perikanan Kabupaten Tanjung Sari."
        ],
    )
    assert codes == {"pangan"}


def test_offices_give_the_fields_when_no_scope_is_written():
    offices = [
        "Dinas Koperasi dan UKM Provinsi Riau dan Dinas Koperasi dan UKM Provinsi Jambi.",
        "Badan Kepegawaian Provinsi Riau dan Badan Kepegawaian Daerah Provinsi Jambi.",
    ]
    codes = _sectors(
        "Sekda Riau yang diwakili Asisten I bidang pemerintahan dan kesejahteraan Riau "
        "menyambut baik kegiatan misi dagang ini.",
        *offices,
        offices=offices,
    )
    assert codes == {"kukm", "kepegawaian"}


def test_one_planning_office_taking_part_gives_no_planning_scope():
    offices = ["Perjanjian itu ditandatangani Bappeda Provinsi Riau dan Dinas Pariwisata Jambi."]
    assert "perencanaan" not in _sectors(*offices, offices=offices)


def test_offices_listed_as_scope_give_no_support_work():
    codes = _sectors(
        "Kerja sama ini difokuskan pada perangkat daerah seperti Diskominfo, Bappeda dan BKD "
        "di kedua daerah."
    )
    assert "kominfo" in codes
    assert not codes & {"perencanaan", "kepegawaian"}


def test_support_work_spelled_out_as_the_scope_stays():
    codes = _sectors(
        "Kesepakatan bersama itu meliputi bidang perencanaan pembangunan dan kepegawaian."
    )
    assert {"perencanaan", "kepegawaian"} <= codes


def test_a_passing_mention_gives_no_field_without_a_label():
    codes = _sectors(
        "Kedua gubernur menandatangani kesepakatan bersama pariwisata, disaksikan para PNS "
        "dan pemuda kedua provinsi."
    )
    assert codes == {"pariwisata"}


def test_the_event_a_signing_is_held_at_is_no_scope():
    codes = _sectors(
        "Kerja sama perikanan itu ditandatangani saat Misi Dagang dan Investasi Sulbar di "
        "Kota Mamuju.",
        "Penandatanganan berlangsung pada acara Forum Bisnis dan Investasi yang digelar di Ambon.",
        'Kegiatan itu bagian dari misi dagang yang bertajuk "Jejaring Konektivitas Dua Provinsi".',
    )
    assert codes == {"kelautan_perikanan"}


def test_an_offer_to_cooperate_is_no_scope():
    assert (
        _sectors(
            "Pemprov Riau menyambut baik kesepakatan ini dan siap melakukan kerja sama perdagangan."
        )
        == set()
    )


def test_food_staples_of_a_food_supply_deal_are_food():
    codes = _sectors(
        "Kerja sama itu difokuskan pada pemenuhan kebutuhan pangan warga kota.",
        "Komoditas yang diprioritaskan antara lain beras, cabai, telur dan bawang merah untuk "
        "kebutuhan pangan.",
        "Kesepakatan itu menyangkut pengendalian inflasi cabai merah dan distribusi bahan pokok.",
    )
    assert codes == {"pangan"}


def test_staples_outside_a_food_deal_still_count():
    assert "pertanian" in _sectors("Kerja sama ini meliputi budidaya cabai dan bawang merah.")


def test_a_service_at_the_border_is_no_border_management():
    codes = _sectors(
        "Kesepakatan itu tentang pelayanan kesehatan di wilayah perbatasan kedua kabupaten.",
        "Perjanjian kerja sama lain meliputi ketertiban umum wilayah perbatasan serta bidang "
        "kebencanaan.",
    )
    assert "perbatasan" not in codes
    assert "kesehatan" in codes
    assert "perbatasan" in _sectors("Kerja sama itu meliputi penegasan batas wilayah perbatasan.")


def test_a_region_named_without_its_kind_is_a_place():
    codes = _sectors(
        "Batu Bara dan Gianyar teken kesepakatan bersama tentang bidang peternakan, Senin "
        "(3/6/2024)."
    )
    assert codes == {"pertanian"}


def test_funding_vehicles_and_distancing_are_no_fields():
    codes = _sectors(
        "Bupati menandatangani kerja sama Bantuan Keuangan Khusus untuk angkutan umum terpadu.",
        "Penandatanganan terkait transportasi itu digelar dengan sosial distancing.",
    )
    assert "keuangan" not in codes
    assert "sosial" not in codes
    assert "perhubungan" in codes


def test_whole_article_food_deal_with_an_agriculture_office():
    r = extract(
        "Pemkot Lubuk Raya dan Pemkab Tanjung Sari menandatangani kesepakatan bersama tentang "
        "ketahanan pangan, Senin (3/6/2024). Selain itu, perjanjian kerja sama ditandatangani "
        "Kepala Dinas Pertanian dan Ketahanan Pangan Kota Lubuk Raya dengan Kepala Dinas "
        "Ketahanan Pangan Kabupaten Tanjung Sari.",
        published="2024-06-04",
    )
    assert r.sectors == ["pangan"]


def test_a_request_to_one_side_is_no_scope():
    codes = _sectors(
        "Lewat kesepakatan bersama bidang pariwisata itu, pihaknya meminta semacam pelatihan "
        "dari Pemkab Sukamaju.",
        "Usai penandatanganan kerja sama itu, Gubernur menyampaikan kepada Kepala BPKAD agar "
        "segera menyerahkan laporan APBD.",
    )
    assert codes == {"pariwisata"}


def test_an_institution_named_as_a_party_is_no_field():
    codes = _sectors(
        "MoU tentang pengembangan pendidikan juga ditandatangani dengan Lembaga Penyiaran "
        "Publik Daerah."
    )
    assert codes == {"pendidikan"}


def test_forest_fires_are_disaster_response():
    assert _sectors("Kerja sama itu meliputi penanganan kebakaran hutan dan lahan.") == {
        "trantibum_linmas"
    }


def test_an_office_of_another_field_adds_nothing_to_a_named_scope():
    offices = [
        "Perjanjian kerja sama itu antara Dinas Ketahanan Pangan Kabupaten Tanjung Sari dengan "
        "Dinas Perdagangan Kota Lubuk Raya."
    ]
    codes = _sectors(
        "Penandatanganan itu tindak lanjut Tim Pengendalian Inflasi Daerah kedua daerah.",
        *offices,
        offices=offices,
    )
    assert codes == {"pangan"}


def test_staples_named_after_the_cooperation_word_of_a_food_deal_are_food():
    codes, _, _ = find_sectors(
        [
            "Kedua wali kota menandatangani kesepakatan bersama, Senin (3/6/2024).",
            "Rapat itu membahas kerja sama distribusi bahan pokok untuk pengendalian inflasi.",
        ],
        {0},
        [],
    )
    assert "perdagangan" not in codes


def test_an_offer_carried_on_in_the_next_sentence_is_no_scope():
    codes, _, _ = find_sectors(
        [
            "Kedua gubernur menandatangani kesepakatan bersama bidang pariwisata, Senin "
            "(3/6/2024).",
            "Provinsi Sukamaju siap membantu provinsi baru ini.",
            "Termasuk di bidang pemerintahan digital dan pengembangan SDM.",
        ],
        {0},
        [],
    )
    assert codes == ["pariwisata"]


def test_offices_listed_as_scope_are_a_guess_at_it():
    _, _, confidence = find_sectors(
        ["Kerja sama ini difokuskan pada perangkat daerah seperti Diskominfo dan DPMPTSP."],
        {0},
        [],
    )
    assert confidence < 0.8
