# ruff: noqa: RUF001 - real news text uses en dashes in datelines
"""Realistic Indonesian news articles written for these tests (not copied from any outlet).

Each one sets a trap the extractor must handle; the names of people are invented.
"""

# Signed, abbreviations everywhere, relative date, OPDs in titles and in a list.
SIGNED_ABBREVIATIONS = """Jatim dan Kaltara Teken Kesepakatan Bersama

SURABAYA, kabarjatim.id – Pemerintah Provinsi (Pemprov) Jatim dan Pemprov Kaltara menandatangani kesepakatan bersama tentang perhubungan laut dan pengembangan pariwisata, Kamis kemarin (12/3) di Gedung Negara Grahadi, Surabaya.
Penandatanganan dilakukan oleh Gubernur Jatim Drs. H. Budi Santoso, M.Si dan Gubernur Kaltara Andi Rahman Hakim, SH.
Kerja sama ini meliputi bidang perhubungan, pariwisata serta ketahanan pangan.
Kepala Dinas Perhubungan Jatim Wahyu Pratama mengatakan, rute kapal Surabaya-Tarakan akan ditambah.
Hadir pula Badan Keuangan Daerah (Bakeuda), Dinas Kelautan dan Perikanan serta Biro Pemerintahan dan Kerja Sama.
"Kami berharap kerja sama ini juga menyentuh sektor olahraga," ujar Budi.
"""

# A plan: the signing is scheduled, nothing signed yet.
PLANNED = """MATARAM - Pemprov NTB dan Pemprov Bali dijadwalkan akan menandatangani nota kesepahaman kerja sama pariwisata pada Jumat (29/1/2021) mendatang di Kota Mataram.
"Draf kesepakatan sudah kami bahas bersama," kata Sekda NTB Lalu Hendra.
Rencananya penandatanganan dilakukan langsung oleh kedua gubernur.
"""

# A courtesy visit: friendly words about cooperation, no signing.
COURTESY_VISIT = """PADANG - Gubernur Sumbar Rahmat Hidayat menerima kunjungan kehormatan Gubernur Jambi Ahmad Fauzi di Istana Gubernuran, Senin (3/2/2020).
Dalam pertemuan itu kedua gubernur berbincang soal peluang kerja sama di bidang pariwisata.
"Kunjungan ini silaturahmi, kerja samanya nanti kita jajaki," ujar Rahmat.
"""

# A deal between two regional banks, with the governor only attending.
BANK_DEAL = """PALEMBANG - Bank Sumsel Babel dan Bank BJB menandatangani nota kesepahaman Kelompok Usaha Bank di Palembang, Rabu (4/5/2022).
Penandatanganan MoU antara Bank Sumsel Babel dengan Bank BJB itu disaksikan Gubernur Sumsel Herman Saputra.
"Ini memperkuat perbankan daerah," kata Direktur Utama Bank Sumsel Babel, Rudi Hartono.
"""

# Kepulauan Riau signs with Kalimantan Barat; Riau only appears inside names.
KEPRI_NOT_RIAU = """TANJUNGPINANG (kepripos.id) - Pemerintah Provinsi Kepri dan Pemprov Kalbar resmi menandatangani perjanjian kerja sama (PKS) bidang perdagangan dan perikanan di Gedung Daerah Tanjungpinang, Selasa (6/9/2022).
PKS ditandatangani Sekda Kepri Rudi Santoso dan Sekda Kalbar Hendra Gunawan.
Acara itu juga dihadiri Direktur Bank Riau Kepri Syariah dan Rektor Universitas Riau.
"""

# One province signs with six others at one ceremony.
MULTI_PARTY = """JAKARTA - Pemprov DKI Jakarta menandatangani kesepakatan bersama dengan enam pemerintah provinsi di Balai Kota DKI Jakarta, Rabu (5/10/2022).
Keenam provinsi itu adalah Pemprov Jabar, Pemprov Jateng, Pemprov Sulsel, Pemprov Sultra, Pemprov Malut dan Pemprov NTT.
Kesepakatan itu meliputi bidang pangan, perdagangan dan pendidikan.
Gubernur DKI Jakarta Rudi Wijaya menyebut pertumbuhan ekonomi Jakarta tercepat se-Indonesia.
"""

# Signatory represents the governor; a minister only witnesses; dateline elsewhere.
WITNESS_AND_DATELINE = """SURABAYA - Pemerintah Provinsi Jawa Timur dan Pemerintah Provinsi Kalimantan Barat menandatangani kesepakatan bersama di Hotel Santika, Pontianak, Senin (9/3/2020).
Mewakili Gubernur Jatim, Sekda Jatim Heru Tjahjono menandatangani kesepakatan bersama Gubernur Kalbar Sutarmidji, disaksikan Menteri Dalam Negeri Tito Karnavian.
Kerja sama sudah terjalin sejak tahun 2016 di bidang perdagangan.
"""

# The weekday in the text contradicts the explicit date: 12 March 2020 was a Thursday.
WEEKDAY_CONFLICT = """BANDUNG - Pemprov Jabar dan Pemprov Banten meneken kesepakatan bersama tentang pengelolaan sampah regional di Gedung Sate, Bandung, Selasa (12/3/2020).
"""

# An old agreement recalled during an evaluation meeting.
OLD_AGREEMENT = """YOGYAKARTA - Pemda DIY dan Pemprov Kaltim menggelar rapat evaluasi kerja sama di Hotel Tentrem, Rabu (20/9).
Kesepakatan bersama kedua daerah sudah ditandatangani pada 2015 dan diperbarui pada 2019.
Evaluasi membahas capaian kerja sama bidang pendidikan.
"""

# A regency and a city sign, with typos and an English province name.
LOCAL_LOCAL = """Pemkab Sleman dan Pemkot Magelang Teken MoU

SLEMAN - Pemerintah Kabupaten Sleman dan Pemerintah Kota Magelang menandatangani MoU tentang pengelolaan sampah dan transportasi di Pendopo Rumah Dinas Bupati Sleman, Kamis (10/11/2022).
MoU diteken Bupati Sleman Kustini Wibowo dan Wali Kota Magelang Muchamad Nur Aziz.
"""

# Names that contain a province but are not provinces; "Pemrov" typo.
CONTAINED_NAMES = """SEMARANG - Pemrov Jateng dan Pemprov Sumsel menandatangani perjanjian kerja sama bidang energi di Semarang, Jumat (2/12/2022).
Sebelumnya, PT Jateng Petro Energi dan Kadin Jateng juga bertemu Jamkrida Jatim.
"""
