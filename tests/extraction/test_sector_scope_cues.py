"""Sector scope: cue words inside field names, lists that go on, and sentences that describe
one side, a support already in place or the guests rather than the agreed scope."""

from agreements.extraction.sectors import find_sectors


def _sectors(*sentences: str) -> set[str]:
    """Codes of a short article whose first sentence reports the signing."""
    codes, _, _ = find_sectors(list(sentences), {0}, [])
    return set(codes)


def test_family_planning_is_a_field_not_a_plan():
    codes = _sectors(
        "Kerja sama Pemkab Tanjung Sari dan Pemkab Lubuk Raya meliputi bidang keluarga "
        "berencana, transportasi, hingga pemberdayaan masyarakat."
    )
    assert {"ppkb", "perhubungan", "pmd"} <= codes


def test_a_prioritised_field_and_a_list_that_starts_with_mulai_dari():
    codes = _sectors(
        "Kedua kabupaten sepakat menjalin kerja sama.",
        "Keduanya akan memprioritaskan pembangunan infrastruktur dan kesehatan.",
    )
    assert {"pupr", "kesehatan"} <= codes
    codes = _sectors(
        "Kedua bupati menandatangani kesepakatan bersama, Senin.",
        "Objek kerja sama itu meliputi seluruh urusan pemerintahan daerah.",
        "Mulai dari pendidikan, perhubungan, hingga penanaman modal.",
    )
    assert {"pendidikan", "perhubungan", "penanaman_modal"} <= codes


def test_one_side_presenting_its_potential_is_not_scope():
    codes = _sectors(
        "Gubernur Maluku Utara Rinto Halim menyambut kerja sama ini, serta menjelaskan potensi "
        "daerahnya dalam bidang perikanan dan perkebunan.",
        '"Ekonomi kami sangat ditopang dari perikanan, terutama ikan tuna," kata Rinto.',
    )
    assert not codes


def test_a_support_already_in_place_is_not_scope():
    codes = _sectors(
        "Gubernur Jatim optimistis kerja sama dagang kedua provinsi meningkat.",
        "Terlebih dengan adanya dukungan sektor pelayaran yang telah tersedia melalui "
        "Pelabuhan Lembar.",
    )
    assert "perhubungan" not in codes


def test_guests_across_sectors_and_target_figures_are_not_scope():
    codes = _sectors(
        "Seluruh bupati sepakat memperkuat ketahanan pangan, mulai dari produksi hingga "
        "distribusi.",
        "Kegiatan penandatanganan kesepakatan itu dihadiri unsur lintas sektor, mulai dari "
        "Polda Jawa Tengah hingga Badan Pusat Statistik (BPS).",
        "Ia menjelaskan, target kerja sama pangan itu mencakup lahan sawah seluas 900.000 hektare.",
    )
    assert codes == {"pangan"}


def test_trade_misspelt_in_a_scope_list():
    assert "perdagangan" in _sectors("Ruang lingkup kerja sama meliputi industri, perdangan.")
