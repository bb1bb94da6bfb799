"""A signing by "para pimpinan daerah ini": the heads listed in the sentences before it
sign, a head named only after the signing does not (all invented)."""

from agreements.extraction import extract

_TEXT = (
    "PADANG - Lima Gubernur se Kalimantan menghadiri Rapat Koordinasi Gubernur se Kalimantan "
    "Tahun 2021 di Banjarmasin kemarin Senin (05/07).\n"
    "Yakni Gubernur Kalimantan Barat, Rudi Santosa, Gubernur Kalimantan Tengah Budi Hartanto "
    "dan Gubernur Kalimantan Timur Andi Pratama.\n"
    "Sedangkan Gubernur Kalimantan Utara diwakilkan oleh Wakil Gubernur Kalimantan Utara, "
    "Yusuf Hamdani.\n"
    "Dalam kegiatan itu para pimpinan daerah ini melakukan penandatanganan terhadap lima "
    "point Piagam Kalimantan tentang pembangunan jalan dan konektivitas.\n"
    "Disampaikan Gubernur Kalimantan Selatan, Joko Susilo usai mengikuti kegiatan itu, hasil "
    "rakor akan disampaikan kepada Presiden."
)


def test_the_listed_heads_provinces_are_the_parties():
    result = extract(_TEXT)
    assert result.is_agreement
    assert {p.name for p in result.parties} == {
        "Kalimantan Barat",
        "Kalimantan Tengah",
        "Kalimantan Timur",
        "Kalimantan Utara",
    }


def test_the_listed_governors_sign():
    names = {s.name for s in extract(_TEXT).signatories}
    assert {"Rudi Santosa", "Budi Hartanto", "Andi Pratama"} <= names
    assert "Joko Susilo" not in names


def test_a_deputy_standing_in_for_a_listed_governor_signs():
    names = {s.name for s in extract(_TEXT).signatories}
    assert "Yusuf Hamdani" in names


def test_listed_heads_who_only_watch_a_business_signing_are_no_parties():
    text = (
        "Rapat kerja digelar di Palu, Senin (3/7/2023). Hadir Gubernur Sulawesi Tengah Andi "
        "Pratama dan Gubernur Gorontalo Budi Hartanto.\n"
        "Para kepala daerah tersebut menyaksikan penandatanganan nota kesepahaman antara Bank "
        "Sulteng dan PT Maju Jaya."
    )
    result = extract(text)
    assert not {p.name for p in result.parties} & {"Sulawesi Tengah", "Gorontalo"}
    assert not result.signatories


def test_listed_heads_who_will_sign_later_report_no_agreement():
    text = (
        "Hadir Gubernur Sulawesi Tengah Andi Pratama dan Gubernur Gorontalo Budi Hartanto.\n"
        "Para kepala daerah tersebut akan melakukan penandatanganan nota kesepakatan pekan depan."
    )
    assert not extract(text).is_agreement
