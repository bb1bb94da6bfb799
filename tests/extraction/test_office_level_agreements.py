"""Agreements signed by the heads of regional offices: the parties are the regions the
offices belong to. Invented sentences of real shapes."""

from agreements.extraction import extract
from agreements.extraction.office_regions import office_regions


def test_office_named_by_a_bare_regency_name_gives_its_regency():
    text = (
        "Kepala BPBD Purbalingga Joko Santosa dan Kepala BPBD Kabupaten Banyumas Rudi Hartanto "
        "menandatangani perjanjian kerja sama penanganan bencana di wilayah perbatasan.\n"
        "Penandatanganan dilakukan di aula kantor bupati, Senin (3/10/2022)."
    )
    result = extract(text, published="2022-10-04")
    assert result.is_agreement
    assert {(p.name, p.level) for p in result.parties} == {
        ("Kabupaten Purbalingga", "regency"),
        ("Kabupaten Banyumas", "regency"),
    }


def test_office_names_its_region_only_when_the_name_is_unambiguous():
    # Pekalongan is a kabupaten and a kota; Jatim is a province; "Dinas Pariwisata" has a field
    assert office_regions("Kepala BPBD Pekalongan dan BPBD Jatim hadir.") == []
    found = office_regions(
        "Dinas Pekerjaan Umum dan Penataan Ruang Sleman dan Dinas Kesehatan Bantul"
    )
    assert [(name, level) for name, level, _ in found] == [
        ("Kabupaten Sleman", "regency"),
        ("Kabupaten Bantul", "regency"),
    ]
    assert office_regions("Dinas Pariwisata Kabupaten Sleman") == []


def test_counted_provincial_offices_with_one_named_give_that_province():
    text = (
        "Lima Kepala Dinas Kelautan dan Perikanan di Pulau Kalimantan menandatangani perjanjian "
        "kerja sama pengelolaan perikanan di Palangka Raya, Rabu (9/8).\n"
        "Kepala Dinas Kelautan dan Perikanan Provinsi Kalteng Sutrisno Hadi mengatakan, kerja "
        "sama itu memperkuat pengawasan laut bersama."
    )
    result = extract(text, published="2023-08-10")
    assert result.is_agreement
    assert [(p.name, p.level) for p in result.parties] == [("Kalimantan Tengah", "province")]


def test_counted_offices_alone_name_no_party():
    text = (
        "Enam Kepala Dinas Pariwisata di Pulau Sumatra menandatangani perjanjian kerja sama "
        "promosi wisata, Selasa (8/8)."
    )
    assert not extract(text, published="2023-08-09").is_agreement


def test_pair_named_before_a_signing_by_one_sides_office_heads():
    text = (
        "Sumbar Terima Kunjungan Tim Riau\n"
        "Biro Pemerintahan Sumbar menerima tim dari Pemprov Riau di ruang rapat, Selasa "
        "(6/6/2023).\n"
        "Kunjungan ini membahas tindak lanjut pertemuan bulan lalu.\n"
        "Kepala Biro Pemerintahan Sumbar, Andi Putra, mengatakan, kerja sama antara Sumbar dan "
        "Riau berawal dari pertemuan kedua gubernur bulan lalu.\n"
        "Saat itu penandatanganan PKS belum bisa dilakukan sehingga ditunda.\n"
        "Kini PKS telah ditandatangani oleh para kepala OPD Riau lalu dibawa ke Padang."
    )
    result = extract(text, published="2023-06-06")
    assert result.is_agreement
    assert {p.province_code for p in result.parties} == {"13", "14"}


def test_two_governors_watching_a_memorandum_between_provinces_name_its_sides():
    text = (
        "Gubernur Jawa Barat Dedi Santosa dan Gubernur Banten Rahmat Hidayat menyaksikan "
        "penandatanganan nota kesepahaman untuk memperkuat kerja sama antar provinsi di Gedung "
        "Sate, Bandung, Senin (6/3/2023)."
    )
    result = extract(text, published="2023-03-07")
    assert result.is_agreement
    assert {p.province_code for p in result.parties} == {"32", "36"}
    assert not result.signatories


def test_one_governor_watching_a_memorandum_between_provinces_is_no_side_on_his_own():
    text = (
        "Gubernur Jawa Barat Dedi Santosa menyaksikan penandatanganan nota kesepahaman kerja "
        "sama antar provinsi di Gedung Sate, Bandung, Senin (6/3/2023)."
    )
    assert not extract(text, published="2023-03-07").is_agreement
