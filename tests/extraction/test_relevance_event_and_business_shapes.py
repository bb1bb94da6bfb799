"""Signings done just before a ceremony, and signings between counted banks that a governor
only watches. Invented sentences of real shapes."""

from agreements.extraction import dates, extract, relevance


def test_signing_just_before_the_ceremony_is_not_an_old_one():
    text = (
        "Dinas Pariwisata Provinsi Bali dengan Dinas Pariwisata Provinsi NTT menjalin kerja "
        "sama saat Festival Budaya di Kupang, Jumat (12/5/2023).\n"
        "Kerja sama disepakati dalam Perjanjian Kerja Sama (PKS) tentang promosi wisata.\n"
        "PKS disaksikan langsung oleh Gubernur Bali dan Wakil Gubernur NTT.\n"
        "Penandatanganan dilakukan sebelum seremoni pembukaan festival dimulai."
    )
    result = extract(text, published="2023-05-13")
    assert result.is_agreement
    assert {p.province_code for p in result.parties} == {"51", "53"}
    assert str(result.signed_on) == "2023-05-12"


def test_counted_banks_signing_before_a_governor_are_no_government_agreement():
    text = (
        "JAMBI - Gubernur Jambi mengapresiasi direksi Bank Jambi yang menggandeng bank daerah "
        "lain dalam pembiayaan sindikasi.\n"
        "Kerja sama ketiga bank daerah tersebut ditandai dengan penandatanganan nota "
        "kesepahaman yang disaksikan Gubernur Jambi di Hotel Swarna, Selasa (9/5).\n"
        "Dalam penandatanganan itu hadir Direktur Utama Bank Riau Kepri dan Direktur Utama "
        "Bank Sumut."
    )
    assert not extract(text).is_agreement


def test_a_government_with_two_banks_still_signs():
    text = (
        "Pemprov Jambi bersama kedua bank daerah menandatangani nota kesepahaman pembiayaan "
        "UMKM di Kantor Gubernur, Selasa (9/5/2023)."
    )
    (info,) = relevance.classify([text], dates.Published.parse("2023-05-10"))
    assert info.signing and not info.nongov


def test_berencana_meneken_is_a_plan():
    text = (
        "Pemprov Kalbar dan Pemprov Kalteng berencana meneken nota kesepahaman kerja sama "
        "perbatasan pada Juni 2023."
    )
    assert not extract(text, published="2023-05-10").is_agreement


def test_a_signed_pledge_is_no_agreement():
    text = (
        "Gubernur Bengkulu dan para bupati se-Provinsi Bengkulu menandatangani pakta "
        "integritas pencegahan korupsi di Bengkulu, Senin (8/5/2023)."
    )
    assert not extract(text, published="2023-05-09").is_agreement


def test_the_province_visited_is_the_other_of_both_provinces():
    text = (
        "Kunjungan kerja Gubernur Kalsel ke Kalteng, Senin (8/5/2023), sekaligus "
        "penandatanganan kesepakatan bersama kedua provinsi."
    )
    result = extract(text, published="2023-05-09")
    assert result.is_agreement
    assert {p.province_code for p in result.parties} == {"63", "62"}


def test_a_refused_signing_did_not_take_place():
    text = (
        "Gubernur Jambi menolak menandatangani kesepakatan bagi hasil antara Pemprov Jambi "
        "dengan Pemerintah Kabupaten Tebo di Muara Tebo, Senin (8/5/2023).\n"
        "Para pejabat Pemprov Jambi menjelaskan, namun gubernur tetap tak mau tanda tangan.\n"
        "Naskah kesepakatan yang ditolak untuk ditandatangani itu akan dibahas ulang."
    )
    assert not extract(text, published="2023-05-09").is_agreement


def test_comments_on_a_bank_to_bank_signing_stay_non_government():
    text = (
        "Bank Jambi bersama Bank Sumsel Babel menandatangani nota kesepahaman kerja sama "
        "layanan kas daerah.\n"
        "Penandatanganan dilakukan Direktur Utama kedua bank di Jambi, Selasa (9/5/2023).\n"
        "Gubernur Jambi mengatakan, dengan ditandatangani nota kesepahaman ini, sinergi antara "
        "Pemprov Jambi dengan Pemprov Sumatera Selatan makin kuat."
    )
    assert not extract(text, published="2023-05-10").is_agreement


def test_an_asset_hand_over_record_is_no_agreement():
    text = (
        "Penyerahan aset ditandai dengan penandatanganan berita acara serah terima barang milik "
        "negara antara Pemerintah Kota Jambi bersama Pemerintah Provinsi Jambi dengan "
        "kementerian di Jakarta, Kamis (11/5/2023).\n"
        "Tanda tangan berita acara ini dilakukan oleh Pemprov Jambi dan sebelas kabupaten/kota."
    )
    assert not extract(text, published="2023-05-12").is_agreement


def test_a_hand_over_signed_with_a_cooperation_agreement_still_counts():
    text = (
        "Pemprov Jambi dan Pemkab Tebo menandatangani perjanjian kerja sama pengelolaan pasar "
        "serta berita acara serah terima aset di Jambi, Kamis (11/5/2023)."
    )
    assert extract(text, published="2023-05-12").is_agreement
