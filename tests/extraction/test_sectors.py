from extraction_samples import SIGNED_ABBREVIATIONS

from agreements.extraction import extract
from agreements.extraction.sectors import find_sectors


def test_scope_items_map_to_reference_codes():
    codes, evidence, _ = find_sectors(
        ["Kerja sama ini meliputi bidang perhubungan, pariwisata serta ketahanan pangan."],
        set(),
        [],
    )
    assert set(codes) == {"perhubungan", "pariwisata", "pangan"}
    assert evidence


def test_wishes_and_office_names_are_not_scope():
    result = extract(SIGNED_ABBREVIATIONS, published="2020-03")
    assert "kepemudaan_olahraga" not in result.sectors  # "berharap ... sektor olahraga"
    assert "keuangan" not in result.sectors  # only inside "Badan Keuangan Daerah"


def test_word_boundaries():
    codes, _, _ = find_sectors(["Kesepakatan di bidang pendidikan."], set(), [])
    assert codes == ["pendidikan"]


def test_programme_and_theme_wording_of_a_scope():
    from agreements.extraction import extract

    r = extract(
        "Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama di Jambi, Senin "
        "(10/6/2024). Kerja sama itu meliputi hilirisasi, ekonomi hijau, pelatihan aparatur dan "
        "swasembada pangan.",
        published="2024-06-14",
    )
    assert {"perindustrian", "lingkungan_hidup", "diklat", "pangan"} <= set(r.sectors)


def test_the_short_office_names_of_an_skpd_list_give_their_fields():
    from agreements.extraction import extract

    r = extract(
        "Pemprov Jambi dan Pemprov Bengkulu memperkuat kerja sama melalui misi dagang, Senin "
        "(10/6/2024). Dilakukan penandatanganan kerja sama antara enam SKPD dari kedua "
        "provinsi. SKPD yang terlibat meliputi PMD dan Infokom.",
        published="2024-06-14",
    )
    assert {"pmd", "kominfo"} <= set(r.sectors)


def test_a_bumd_is_a_vehicle_not_the_finance_sector():
    from agreements.extraction import extract

    r = extract(
        "Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama bidang "
        "perdagangan melalui BUMD masing-masing, Senin (10/6/2024).",
        published="2024-06-14",
    )
    assert "keuangan" not in r.sectors
    assert "perdagangan" in r.sectors


def test_the_field_named_after_the_cooperation_word_anywhere_in_the_article():
    from agreements.extraction import extract

    r = extract(
        "Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama, Senin "
        "(10/6/2024).\nGubernur Jambi menyebut kerja sama perikanan tangkap itu penting bagi "
        "nelayan di pantai barat.",
        published="2024-06-14",
    )
    assert "kelautan_perikanan" in r.sectors


def test_a_scope_list_after_the_attribution_of_a_quote():
    from agreements.extraction import extract

    r = extract(
        "Gubernur Banten dan Gubernur Jatim menandatangani kesepakatan bersama, Senin "
        "(10/6/2024). Objek kesepakatan itu, kata Kepala Biro Pemerintahan, meliputi industri, "
        "perdagangan dan pariwisata.",
        published="2024-06-14",
    )
    assert {"perindustrian", "perdagangan", "pariwisata"} <= set(r.sectors)


def test_places_figures_of_speech_and_guest_lists_give_no_sector():
    from agreements.extraction import extract

    r = extract(
        "Pemprov Bengkulu dan Pemprov Jambi menandatangani kesepakatan bersama bidang "
        "pariwisata, Senin (10/6/2024). Kerja sama ini membawa energi positif, dan lahan "
        "disiapkan di Kelurahan Bentiring. Hadir dalam penandatanganan itu Karo Humas dan Kepala "
        "Dinas Pertanian, serta peserta rapat paripurna.",
        published="2024-06-14",
    )
    assert r.sectors == ["pariwisata"]


def test_a_numbered_scope_list_and_boundaries():
    from agreements.extraction import extract

    r = extract(
        "Gubernur Malut dan Gubernur Bali menandatangani MoU, Senin (10/6/2024), yang mencakup "
        "kerja sama tiga sektor, yakni:\n1. Pencegahan korupsi melalui pengawasan;\n"
        "2. Pemerintahan digital;\n3. Pengembangan pariwisata.\n"
        "Bupati Banjar dan Bupati Tapin juga sepakat atas batas-batas daerah kedua kabupaten "
        "melalui penandatanganan kesepakatan.",
        published="2024-06-14",
    )
    assert {"pariwisata", "kominfo", "perbatasan"} <= set(r.sectors)


def test_company_names_written_with_a_dotted_pt_are_not_scope():
    codes, _, _ = find_sectors(
        [
            "Turut ditandatangani kerja sama antara PT. Riau Petro Energi (Perseroda) dengan "
            "PT. Sumbar Agro Lestari di bidang perdagangan."
        ],
        set(),
        [],
    )
    assert codes == ["perdagangan"]


def test_a_field_still_being_explored_is_not_scope():
    codes, _, _ = find_sectors(
        [
            "Kedua provinsi menandatangani kesepakatan bersama bidang pariwisata.",
            "Ke depan, kerja sama yang dijajaki juga mencakup bidang perkebunan.",
        ],
        {0},
        [],
    )
    assert codes == ["pariwisata"]


def test_what_one_side_has_to_show_is_not_scope():
    codes, _, _ = find_sectors(
        [
            "Kedua provinsi menandatangani nota kesepahaman misi dagang.",
            "Menurutnya, Riau memiliki beberapa potensi yakni karet, kopi, perikanan dan "
            "kehutanan, juga destinasi wisata seperti Danau Kaco.",
        ],
        {0},
        [],
    )
    assert codes == ["perdagangan"]


def test_scope_written_as_a_focus_materials_or_a_university_duty():
    focus, _, _ = find_sectors(
        ["Kerja sama ini difokuskan pada pertanian dan hortikultura."], set(), []
    )
    assert focus == ["pertanian"]
    duty, _, _ = find_sectors(["MoU itu tentang Tri Dharma Perguruan Tinggi."], {0}, [])
    assert set(duty) == {"pendidikan", "litbang"}
    material, _, _ = find_sectors(
        ["Materi MoU tersebut adalah pembangunan bandara dan galangan kapal."], set(), []
    )
    assert material == ["perhubungan"]


def test_offices_named_as_the_focus_give_their_fields():
    codes, _, _ = find_sectors(
        [
            "Kerja sama ini difokuskan pada beberapa perangkat daerah, seperti Dinas "
            "Kominfotik dan DPMPTSP."
        ],
        set(),
        [],
    )
    assert set(codes) == {"kominfo", "penanaman_modal"}


def test_social_affairs_but_not_social_life_in_general():
    codes, _, _ = find_sectors(
        ["Kesepakatan itu meliputi bidang infrastruktur dan sosial."], set(), []
    )
    assert set(codes) == {"pupr", "sosial"}
    codes, _, _ = find_sectors(
        ["Kesepakatan itu mempererat hubungan sosial kemasyarakatan kedua daerah."], set(), []
    )
    assert codes == []


def test_a_village_named_as_a_place_is_not_village_affairs():
    codes, _, _ = find_sectors(
        ["Perjanjian kerja sama pangan diteken di gudang wilayah Desa Tolengas."], {0}, []
    )
    assert codes == ["pangan"]


def test_the_usual_misspellings_of_sector_words():
    codes, _, _ = find_sectors(
        ["Ruang lingkup MoU itu adalah bidang parawisata serta tanaman pangan dan holtikultura."],
        set(),
        [],
    )
    assert set(codes) == {"pariwisata", "pertanian"}


def test_business_associations_are_parties_not_fields():
    codes, _, _ = find_sectors(
        [
            "Kerja sama juga mencakup Kamar Dagang dan Industri (Kadin) dan Himpunan Pengusaha "
            "Muda Indonesia di bidang pariwisata."
        ],
        set(),
        [],
    )
    assert codes == ["pariwisata"]
