"""Names run together with degrees, Balinese names, companions and look-alike names among the
signatories; venues written without a preposition, fronted, or of another event (all invented)."""

import pytest

from agreements.extraction import extract
from agreements.extraction.persons import parse_person


def _names(text, published="2024-06-14"):
    return [s.name for s in extract(text, published=published).signatories if s.name]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # an honorific and an acting mark glued onto what follows
        ("Pj.Bupati Lamsel Dr.Rudianto,M.Si ", ("Rudianto", "Pj. Bupati Lamsel")),
        ("Bupati Ciamis Dr.H.Asep Munandar, S.T.,MM.", ("Asep Munandar", "Bupati Ciamis")),
        ("Bupati Kerinci, Hj.Siti Rahma,SE., M.Tr.IP", ("Siti Rahma", "Bupati Kerinci")),
        # degrees run together with dots
        ("Rektor Sutrisno Wibowo SKM.M.Kes ", ("Sutrisno Wibowo", "Rektor")),
        # Balinese names that open with a title of birth
        ("Bupati Gianyar Anak Agung Gde Rai", ("Anak Agung Gde Rai", "Bupati Gianyar")),
        ("Bupati Badung AA Ngurah Putra", ("AA Ngurah Putra", "Bupati Badung")),
        ("Wali Kota Denpasar IB Made Sudarma", ("IB Made Sudarma", "Wali Kota Denpasar")),
        (
            "Plt Bupati Tabanan Ir. H. Anak Agung Oka, K.Si",
            ("Anak Agung Oka", "Plt Bupati Tabanan"),
        ),
        # a degree's full stop may end the sentence; initials before a name do not
        (
            "Bupati Ciamis Dr. H. Asep Munandar, S.T.,MM. Kerja sama",
            ("Asep Munandar", "Bupati Ciamis"),
        ),
        ("Sekda Provinsi Riau, S.F. Hariyanto", ("S.F Hariyanto", "Sekda Provinsi Riau")),
        # the words between the office and the honorific still belong to the title
        ("Rektor Unsri Prof. Dr. Ir. Budi Santoso, Ph.D", ("Budi Santoso", "Rektor Unsri")),
    ],
)
def test_names_come_apart_from_degrees_and_titles(phrase, expected):
    assert parse_person(phrase) == expected


def test_two_governors_sharing_a_name_are_two_people():
    names = _names(
        "Gubernur Jambi Ahmad Fauzi bersama tiga gubernur, yakni Gubernur Riau Rahmat Ahmad, "
        "Gubernur Bengkulu Dedi Kurnia dan Gubernur Lampung Arif Santoso menandatangani "
        "kesepakatan bersama di Jambi, Senin (10/6/2024)."
    )
    assert "Ahmad Fauzi" in names
    assert "Rahmat Ahmad" in names


def test_the_companion_of_the_signer_does_not_sign():
    names = _names(
        "Ketua DPRD Kabupaten Sarolangun H. Budi Hartono mendampingi Bupati saat menandatangani "
        "MoU kerja sama antara Pemkab Sarolangun dan Pemerintah Provinsi Jambi, Senin "
        "(10/6/2024)."
    )
    assert "Budi Hartono" not in names


def test_a_region_abbreviation_in_a_headline_is_no_name():
    text = (
        "Pj Bupati Tubaru Teken MoU dengan Bupati Ciamis\n"
        "Jalin kerja sama dengan Pemerintah Kabupaten Ciamis Jawa Barat, Pj Bupati Tubaru "
        "Lampung menandatangani MoU penyelenggaraan pemerintahan, Rabu (5/6/2024). Penandatanganan MoU itu dilaksanakan di Kabupaten "
        "Ciamis, antar Pj.Bupati Tubaru Dr.Sutarno,M.Si dengan Bupati Ciamis Dr.H.Asep Munandar, "
        "S.T.,MM. Kerja sama memperluas mitra Kabupaten Tubaru."
    )
    names = _names(text)
    assert "Tubaru" not in names
    assert "Asep Munandar" in names


def test_a_clipped_verb_of_signing_after_the_name():
    names = _names(
        "Bupati Kerinci Siti Rahma SE.MM laksanakan penandatanganan nota kesepahaman dengan "
        "Universitas Jambi di Aula Kantor Bupati Kerinci, Jumat (31/1/2020).",
        published="2020-01-31",
    )
    assert names == ["Siti Rahma"]


def _place(text, published="2024-06-14"):
    return extract(text, published=published).place


def test_a_market_in_the_plural_is_no_venue():
    place = _place(
        "Gubernur Jambi Arman Sulaiman dan Gubernur Riau Rahmat Ahmad menandatangani MoU, Senin "
        "(10/6/2024).\nGubernur Jambi menitipkan warga Jambi yang berjualan di pasar-pasar Riau."
    )
    assert place is None or "pasar" not in place.lower()


def test_a_fronted_venue_ends_before_the_subject():
    assert (
        _place(
            "Bertempat di Aula Rumah Dinas Bupati Kerinci, Pemerintah Kabupaten Kerinci melakukan "
            "penandatanganan kesepakatan bersama dengan Pemerintah Kabupaten Merangin, Senin "
            "(10/6/2024)."
        )
        == "Aula Rumah Dinas Bupati Kerinci"
    )


def test_a_room_named_without_a_preposition():
    assert (
        _place(
            "Bupati Kerinci Siti Rahma menandatangani nota kesepahaman dengan Universitas Jambi, "
            "Ruang Rapat Utama Bupati, Jumat (31/1/2020).",
            published="2020-01-31",
        )
        == "Ruang Rapat Utama Bupati"
    )


def test_the_venue_of_a_later_hand_over_is_not_the_signing_place():
    text = (
        "BALI, kabarkita.com - Pemprov Kalteng dan Pemprov Jateng sepakat bekerja sama di bidang "
        "transmigrasi.\nBertempat di Hotel Samudra Nusa Dua, Kamis (27/1/2022), naskah kerja "
        "sama itu diserahkan Kabag Kerja Sama Setda Jateng kepada Wagub Kalteng.\nSeperti "
        "diketahui, pada 28 September 2021 lalu, Gubernur Kalteng Agus Santoso dan Gubernur "
        "Jateng Budi Prasetyo telah menandatangani naskah kesepakatan bersama."
    )
    assert _place(text, published="2022-01-28") is None


def test_where_people_work_is_not_where_the_signing_was():
    place = _place(
        "Gubernur Jambi Arman Sulaiman dan Gubernur Riau Rahmat Ahmad menandatangani MoU, Senin "
        "(10/6/2024), dan memperhatikan warga Jambi yang berkarier di Provinsi Riau."
    )
    assert place != "Provinsi Riau"


def test_officials_accompanying_after_the_signers_do_not_sign():
    names = _names(
        "Penandatanganan kerja sama tersebut dilakukan langsung oleh Pj Wali Kota Sukabumi Rudi "
        "Hartono dan Bupati Sukabumi Asep Saepul, didampingi Sekda Kota Sukabumi Dedi Irawan "
        "serta Sekda Kabupaten Sukabumi Nana Suryana, Selasa (10/6/2024)."
    )
    assert names == ["Rudi Hartono", "Asep Saepul"]


def test_both_heads_of_region_sign_when_named_in_the_next_sentences():
    names = _names(
        "Pemerintah Kabupaten Serang dan Kota Cilegon menjalin kerja sama. Kesepakatan itu "
        "ditandatangani langsung oleh dua pimpinan daerah masing-masing, Selasa (1/8/2023). "
        "Wali Kota Cilegon, Budi Santoso, menyatakan kerja sama ini bermanfaat. Bupati Serang, "
        "Siti Aminah, berterima kasih.",
        published="2023-08-02",
    )
    assert sorted(names) == ["Budi Santoso", "Siti Aminah"]


def test_fellow_guests_of_a_witness_do_not_sign():
    result = extract(
        "Pemprov Kalbar dan Pemprov Kalteng menandatangani nota kesepakatan di Ruang Praja, "
        "Senin (10/6/2024). Gubernur Kalbar Arman Sulaiman menyaksikan penandatanganan tersebut "
        "bersama Kepala OJK Kalbar dan perwakilan Bank Indonesia.",
        published="2024-06-14",
    )
    assert not any("OJK" in s.title for s in result.signatories)


def test_a_name_with_its_office_after_selaku_signs():
    names = _names(
        "Pemprov Jambi dan Universitas Jambi menandatangani MoU. Naskah ditandatangani Sekda "
        "Jambi Sudirman atas nama Gubernur Jambi dan Helmi selaku Rektor Universitas Jambi di "
        "Jambi, Senin (10/6/2024)."
    )
    assert names == ["Sudirman", "Helmi"]


def test_each_province_represented_by_its_secretary():
    names = _names(
        "Pemprov Sumbar yang diwakili oleh Sekda Sumbar Hendra Putra dan Pemprov Riau yang "
        "diwakili oleh Sekda Riau Indra Jaya menandatangani kesepakatan bersama di Pekanbaru, "
        "Senin (10/6/2024)."
    )
    assert names == ["Hendra Putra", "Indra Jaya"]
