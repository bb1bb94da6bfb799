"""Sector words beside the agreed scope: fields left for later, a speech's own themes, one
side's role, figures of speech and the partner named after the cooperation word."""

from agreements.extraction.sectors import find_sectors


def _sectors(*sentences: str) -> set[str]:
    """The first sentence reports the signing; the others are read as the article goes on."""
    codes, _, _ = find_sectors(list(sentences), {0}, [])
    return set(codes)


def test_fields_that_may_be_added_later_are_not_the_scope():
    codes = _sectors(
        "Gubernur Bengkulu dan Gubernur Jambi menandatangani kesepakatan bersama di Bengkulu.",
        "Untuk tahap awal, bidang yang dikerjasamakan meliputi investasi dan UMKM.",
        "Masih ada dua bidang yang bisa dikerja samakan lagi, meliputi pariwisata dan perikanan.",
        "Ia menambahkan, sektor lain berpotensi dikembangkan: perdagangan dan pertanian.",
    )
    assert codes == {"penanaman_modal", "kukm"}


def test_what_the_agreement_may_open_up_is_not_the_scope():
    codes = _sectors(
        "Sekda Jambi menandatangani kesepakatan bersama dengan Pemprov Riau.",
        "Sektor pariwisata akan menjadi fokus utama dari kerja sama tersebut.",
        "Kerja sama dengan Riau akan memperkuat promosi wisata dan membuka peluang investasi "
        "di sektor perikanan.",
    )
    assert codes == {"pariwisata"}


def test_the_partner_after_the_cooperation_word_is_not_a_field():
    codes = _sectors(
        "Gubernur Lampung dan Gubernur Bengkulu menandatangani kesepakatan bersama.",
        "Kerja sama dengan Pemprov Lampung akan memperkuat pemasaran hasil perkebunan.",
        "Menurut Sekda, kerja sama ini akan membangun konektivitas antardaerah.",
    )
    assert codes == set()


def test_the_field_after_bekerja_sama_dalam_is_the_scope():
    codes = _sectors(
        "Bupati Kaur dan Wali Kota Bengkulu menandatangani kesepakatan bersama.",
        "Terima kasih telah memberi kesempatan bekerja sama dalam pengelolaan kepariwisataan.",
    )
    assert codes == {"pariwisata"}


def test_a_speech_on_its_own_themes_gives_no_scope():
    codes = _sectors(
        "Pemprov Bengkulu dan 5 pemda menandatangani kesepakatan bersama, Senin (4/3/2024).",
        "Dalam sambutannya, Gubernur Bengkulu Arman Suteja mengatakan, ada tiga hal yang "
        "membuat daerah maju yaitu ekonomi, sumber daya manusia dan reformasi birokrasi.",
    )
    assert codes == set()


def test_one_sides_role_and_why_a_thing_matters_are_not_the_scope():
    codes = _sectors(
        "Sekda Jambi dan Sekda Riau menandatangani perjanjian kerja sama di Jambi.",
        "Fokus kerja sama adalah menjaga ketersediaan air baku, terutama sebagai daerah "
        "penopang pangan dan industri nasional.",
        "Tapal batas ini sangat penting artinya bagi warga dan juga menyangkut keamanan.",
    )
    assert codes == {"pupr", "perbatasan"}


def test_figures_of_speech_and_the_business_world_are_not_fields():
    codes = _sectors(
        "BPBD Kabupaten Kaur dan BPBD Kabupaten Seluma menandatangani perjanjian kerja sama "
        "penanggulangan bencana.",
        '"Kerja sama ini akan menjadi arsip tanpa makna jika tidak ada aksi," katanya.',
        "Kerja sama lintas batas ini melibatkan dunia usaha dan dunia industri.",
    )
    assert codes == {"trantibum_linmas"}


def test_an_expertise_is_not_a_field_and_digital_literacy_is_not_a_library():
    codes = _sectors(
        "Diskominfo Jambi dan Diskominfo Riau menandatangani perjanjian kerja sama.",
        "Lingkup kerja sama meliputi penguatan literasi digital.",
        "Pusat data dikelola oleh tenaga non ASN yang memiliki keahlian di bidang jaringan.",
    )
    assert codes == {"kominfo"}


def test_a_list_whose_bullets_stand_on_lines_of_their_own_is_read():
    codes = _sectors(
        "Gubernur Jambi dan Gubernur Bengkulu menandatangani kesepakatan bersama.",
        "Tiga bidang prioritas tahap awal meliputi:",
        "-",
        "Investasi",
        "-",
        "Ketahanan pangan",
        "Penandatanganan dilakukan di Jambi.",
        "Pengembangan pariwisata masih dijajaki.",
    )
    assert codes == {"penanaman_modal", "pangan"}
