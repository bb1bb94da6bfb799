"""Recalled, planned and anaphoric signings, budget memoranda and located regencies: one
small case each."""

from agreements.extraction import extract


def _run(text, published="2023-05-10"):
    return extract(text, published=published)


def test_follow_up_of_an_agreement_signed_months_ago_is_not_a_signing():
    r = _run(
        "SAMARINDA - Pemprov Kaltim dan Pemprov Sulsel menggelar rapat koordinasi implementasi "
        "nota kesepahaman yang ditandatangani pada Maret lalu, di Kantor Gubernur Kaltim, "
        "Selasa (9/5/2023).\n"
    )
    assert not r.is_agreement


def test_budget_memorandum_with_parliament_is_not_cooperation():
    r = _run(
        "JAMBI - Gubernur Jambi dan pimpinan DPRD Provinsi Jambi menandatangani nota "
        "kesepakatan KUA-PPAS APBD 2024 dalam rapat paripurna, Senin (8/5/2023).\n"
    )
    assert not r.is_agreement


def test_province_in_brackets_after_a_regency_locates_it():
    r = _run(
        "BANTUL - Pemkab Bantul (DIY) dan Pemkot Magelang (Jawa Tengah) meneken kesepakatan "
        "bersama bidang pariwisata di Bantul, Selasa (9/5/2023).\n"
    )
    assert r.is_agreement
    assert not [p for p in r.parties if p.level == "province"]


def test_parties_named_in_the_sentence_before_an_anaphoric_signing():
    r = _run(
        "SEMARANG - Pemprov Jateng dan Pemprov Jatim sepakat menangani banjir bersama. "
        "Kesepakatan itu dituangkan dalam nota kesepahaman yang diteken di Semarang, "
        "Selasa (9/5/2023), oleh kedua sekda.\n"
    )
    assert r.is_agreement
    assert {p.province_code for p in r.parties} == {"33", "35"}


def test_bullet_lines_continue_the_scope():
    r = _run(
        "PEKANBARU - Pemprov Riau dan Pemprov Jambi menandatangani kesepakatan bersama di "
        "Pekanbaru, Selasa (9/5/2023).\n"
        "Kesepakatan ini meliputi sejumlah sektor, antara lain:\n"
        "- pariwisata;\n- kelautan dan perikanan.\n"
    )
    assert {"pariwisata", "kelautan_perikanan"} <= set(r.sectors)


def test_release_credit_line_is_not_an_office_taking_part():
    r = _run(
        "KENDARI - Pemprov Sultra dan Pemprov Jateng menandatangani kesepakatan bersama di "
        "Kendari, Selasa (9/5/2023).\n(Biro Adpim Setda Sultra)\n"
    )
    assert r.opds == []


def test_the_next_sentence_on_this_signing_gives_its_date():
    text = (
        "Bupati Tebo bersama Bupati Bungo menandatangani kesepakatan bersama antara Pemkab "
        "Tebo dengan Pemkab Bungo tentang pembangunan jalan antar daerah.\n"
        "Proses penandatanganan ini dilakukan di Muara Bungo pada Selasa (9/5/2023).\n"
        '"Hari ini kita melakukan MoU yang menjadi awal kerja sama Pemkab Tebo dan Bungo," ujarnya.'
    )
    result = extract(text, published="2023-05-10")
    assert result.is_agreement
    assert str(result.signed_on) == "2023-05-09"
