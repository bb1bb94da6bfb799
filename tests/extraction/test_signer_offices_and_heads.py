"""Signers behind prosecutors' offices, degrees typed with commas, heads of "kedua provinsi",
and officials who sign a paper that is not the agreement."""

from agreements.extraction import extract
from agreements.extraction.persons import parse_person
from agreements.extraction.signatories import find_signatories


def _names(text: str, published: str = "2023-05-10") -> list[str | None]:
    return [s.name for s in extract(text, published=published).signatories]


def test_name_after_a_city_that_ends_the_title_is_the_name():
    # the article's loose local names take in the words after "Kota Tegal"
    local = frozenset({"Tegal", "Rudi", "Hartanto"})
    assert parse_person("Kepala Kejaksaan Negeri (Kejari) Kota Tegal Rudi Hartanto", local) == (
        "Rudi Hartanto",
        "Kepala Kejaksaan Negeri (Kejari) Kota Tegal",
    )


def test_three_word_regency_still_closes_the_title():
    local = frozenset({"Tulang", "Bawang", "Barat"})
    assert parse_person("Bupati Tulang Bawang Barat Sandi Wiratama", local) == (
        "Sandi Wiratama",
        "Bupati Tulang Bawang Barat",
    )


def test_prosecutors_office_acronym_is_no_name():
    assert parse_person("kepala Kejari") == (None, "kepala Kejari")


def test_degree_typed_with_a_comma():
    assert parse_person("Rektor Universitas Negeri Makassar, DR Arman Sidik M,Pd") == (
        "Arman Sidik",
        "Rektor Universitas Negeri Makassar",
    )


def test_mayor_and_prosecutor_sign_together():
    text = (
        "Wali Kota Tegal Dedi Santosa dan Kepala Kejaksaan Negeri (Kejari) Kota Tegal Rudi "
        "Hartanto melakukan penandatanganan kesepakatan bersama antara Pemkot Tegal dengan "
        "Kejari Kota Tegal, Kamis (4/5/2023)."
    )
    assert _names(text) == ["Dedi Santosa", "Rudi Hartanto"]


ACTING_GOVERNORS = (
    "Makassar - Sulawesi Selatan menjalin kerja sama perdagangan dengan Papua Barat Daya. "
    "Perjanjian kerja sama itu ditandatangani penjabat gubernur dari kedua provinsi tersebut "
    "pada Rabu (10/5/2023). Penjabat Gubernur Papua Barat Daya Yosias Mambrasar menyatakan "
    "provinsinya masih harus banyak berbenah. Penjabat Gubernur Sulawesi Selatan Andi "
    "Rahmat Saleh menyatakan kerja sama itu menindaklanjuti arahan Presiden."
)


def test_acting_governors_of_both_provinces_are_the_signers():
    assert sorted(_names(ACTING_GOVERNORS)) == ["Andi Rahmat Saleh", "Yosias Mambrasar"]


def test_heads_that_watch_or_may_be_represented_do_not_sign():
    people = {("gubernur", "73"): "Andi Rahmat Saleh", ("gubernur", "96"): "Yosias Mambrasar"}
    watched = "Perjanjian kerja sama kedua dinas itu disaksikan gubernur dari kedua provinsi."
    found = find_signatories([(watched, False)], people=people, party_keys=["73", "96"])
    assert [s.name for s in found if s.name] == []
    people = {("bupati", "blora"): "Hadi Sasongko", ("bupati", "tuban"): "Rina Lestari"}
    mixed = (
        "Kesepakatan ini ditandatangani oleh Bupati masing-masing kabupaten, maupun perwakilan "
        "sekda dan asisten."
    )
    found = find_signatories([(mixed, False)], people=people, party_keys=["blora", "tuban"])
    assert [s.name for s in found if s.name] == []


def test_hand_over_document_signed_at_the_same_event_names_no_signer():
    text = (
        "Penjabat Gubernur Papua Barat, Drs. H. Yakob Wanggai, M.Si, secara sah menandatangani "
        "Penyerahan pengalihan status aset kepada Pemerintah Provinsi Papua Barat Daya, Rabu "
        "(24/1/2024). Selain penyerahan aset, dilangsungkan pula penandatanganan kesepakatan "
        "bersama tentang kerja sama pembangunan daerah antara kedua provinsi."
    )
    assert "Yakob Wanggai" not in _names(text, "2024-01-25")
