# ruff: noqa: RUF001 - real news text uses en dashes in datelines
"""Articles written for the project, one per trap, with their expected facts.

The texts are invented (people, quotes and most venues are made up) in the style of regional
online media, Antara, Kompas/Detik regional pages and provincial press releases. They were
written, and their expected facts fixed, before the extractor was run on them. They are
unit tests of the rules (``test_written_core_traps.py``), not evidence of quality on real
news: that is measured on real articles only (``make eval``).

Expected facts follow the extraction contract with the judgment calls of the dev truth:
- ``parties``: every party; provinces by canonical name (only provinces are scored).
- ``opds``: offices of the regional governments taking part, as written in the text.
- ``sectors``: items of the agreed scope; an item is a sector code or a tuple of codes any
  of which counts (like the English labels of the dev truth). Generic scope ("pembangunan
  daerah", "pelayanan publik") is not listed.
- ``signatories``: people said to sign; ``other_officials``: named officials present who
  may or may not have signed (a prediction naming them is not counted wrong).
- ``signed_on``: null when the text does not allow a day to be resolved; then
  ``signed_on_partial`` ("--MM-DD") is what is known.
"""


def _p(name, level="province"):
    return {"name": name, "level": level}


def _s(name, title):
    return {"name": name, "title": title}


def _no():
    return {"is_agreement": False}


ARTICLES = [
    # --- two provinces, Antara style, academic and religious titles
    {
        "id": "h01",
        "published": "2020-03-09",
        "text": """Riau dan Sumbar Teken Kesepakatan Bersama Pembangunan Daerah

Pekanbaru (ANTARA) - Pemerintah Provinsi Riau dan Pemerintah Provinsi Sumatera Barat menandatangani kesepakatan bersama tentang kerja sama pembangunan daerah di Gedung Daerah Balai Serindit, Pekanbaru, Senin (9/3/2020).
Kesepakatan itu ditandatangani langsung oleh Gubernur Riau Drs. H. Amril Sjahputra, M.Si dan Gubernur Sumatera Barat Prof. Dr. H. Irwan Mahdi, M.Sc.
Ruang lingkup kesepakatan meliputi bidang pendidikan, kesehatan, pariwisata, perhubungan serta pertanian dan perkebunan.
"Riau dan Sumbar ini bertetangga, banyak urusan yang bisa kita kerjakan bersama, terutama jalan tol Pekanbaru-Padang," ujar Amril.
Menurut dia, setelah kesepakatan bersama, masing-masing organisasi perangkat daerah akan menyusun perjanjian kerja sama teknis.
Irwan mengatakan Sumbar memasok sebagian besar kebutuhan sayur dan beras Riau. "Kita ingin rantai pasok ini lebih lancar," katanya.

Pewarta: Fulan Rahman
Editor: Budi Setiawan
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Riau"), _p("Sumatera Barat")],
            "opds": [],
            "sectors": ["pendidikan", "kesehatan", "pariwisata", "perhubungan", "pertanian"],
            "signed_on": "2020-03-09",
            "place": "Gedung Daerah Balai Serindit, Pekanbaru",
            "signatories": [
                _s("Amril Sjahputra", "Gubernur Riau"),
                _s("Irwan Mahdi", "Gubernur Sumatera Barat"),
            ],
        },
    },
    # --- PKS between offices, photo caption, "Baca juga", Kompas style, long date
    {
        "id": "h02",
        "published": "2023-02-14",
        "text": """Jateng dan Kalsel Teken Tiga PKS, Dari Ikan hingga Beras

Kepala DKP Jateng Fendi Kurniawan (kiri) dan Kepala DKP Kalsel Rusdiansyah menunjukkan naskah perjanjian kerja sama di Semarang, Selasa (14/2/2023). KOMPAS.com/RIKA ANGGRAINI

SEMARANG, KOMPAS.com - Pemerintah Provinsi Jawa Tengah dan Pemerintah Provinsi Kalimantan Selatan meneken tiga perjanjian kerja sama (PKS) di Gedung Gradhika Bhakti Praja, Semarang, Selasa, 14 Februari 2023.
PKS tersebut merupakan tindak lanjut kesepakatan bersama kedua gubernur yang ditandatangani tahun lalu.
Ketiga PKS itu masing-masing antara Dinas Kelautan dan Perikanan (DKP) Jateng dengan DKP Kalsel, Dinas Pertanian dan Perkebunan (Distanbun) Jateng dengan Distanbun Kalsel, serta Dinas Perindustrian dan Perdagangan Jateng dengan Disperindag Kalsel.
Penandatanganan dilakukan oleh kepala dinas masing-masing dan disaksikan Sekda Jateng Sumarno Hadi.
Baca juga: Harga Cabai di Semarang Turun, Pedagang Mengeluh Sepi Pembeli
Kepala DKP Jateng Fendi Kurniawan mengatakan, Jateng butuh pasokan ikan tangkap dari Kalsel, sedangkan Kalsel membutuhkan benih ikan air tawar.
"Ini saling melengkapi," ujarnya.
Sementara itu, Sekda Jateng mengatakan komoditas unggulan seperti beras dan bawang merah juga akan diperdagangkan.

Penulis: Kontributor Semarang, Rika Anggraini
Editor: Dimas Prasetyo
""",
        "expected": {
            "is_agreement": True,
            "agreement_type": "perjanjian_kerja_sama",
            "parties": [_p("Jawa Tengah"), _p("Kalimantan Selatan")],
            "opds": [
                "Dinas Kelautan dan Perikanan (DKP) Jateng",
                "DKP Kalsel",
                "Dinas Pertanian dan Perkebunan (Distanbun) Jateng",
                "Distanbun Kalsel",
                "Dinas Perindustrian dan Perdagangan Jateng",
                "Disperindag Kalsel",
            ],
            "sectors": ["kelautan_perikanan", "pertanian", "perindustrian", "perdagangan"],
            "signed_on": "2023-02-14",
            "place": "Gedung Gradhika Bhakti Praja, Semarang",
            "signatories": [
                _s("Fendi Kurniawan", "Kepala DKP Jateng"),
                _s("Rusdiansyah", "Kepala DKP Kalsel"),
            ],
            "other_officials": [_s("Sumarno Hadi", "Sekda Jateng")],
        },
    },
    # --- one province with three others at a national forum in Jakarta; a witness governor
    {
        "id": "h03",
        "published": "2022-11-18",
        "text": """JAMBI, jambiupdate.co - Pemerintah Provinsi Jambi menandatangani kesepakatan bersama dengan tiga provinsi tetangga, yakni Bengkulu, Sumatera Selatan dan Lampung, di sela Rapat Kerja Nasional Asosiasi Pemerintah Provinsi Seluruh Indonesia (APPSI) di Hotel Bidakara, Jakarta, Kamis (17/11/2022).
Kesepakatan ditandatangani Gubernur Jambi H. Abdul Fattah Harun bersama Gubernur Bengkulu Rizal Effendi, Gubernur Sumsel Herwan Dewantara dan Wakil Gubernur Lampung Hj. Nurul Aini.
Kerja sama ini mencakup pengembangan jalur logistik lintas Sumatera, ketahanan pangan dan penanggulangan kebakaran hutan dan lahan.
"Kami ingin distribusi barang dari pelabuhan di Jambi lebih cepat sampai ke provinsi tetangga," kata Abdul Fattah.
Ketua Umum APPSI yang juga Gubernur Jawa Barat hadir menyaksikan penandatanganan itu.
Rakernas APPSI tahun ini mengusung tema pemulihan ekonomi daerah.
(jps/rdk)
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jambi"), _p("Bengkulu"), _p("Sumatera Selatan"), _p("Lampung")],
            "opds": [],
            "sectors": [
                ("perhubungan", "perdagangan"),
                "pangan",
                ("trantibum_linmas", "lingkungan_hidup", "kehutanan"),
            ],
            "signed_on": "2022-11-17",
            "place": "Hotel Bidakara, Jakarta",
            "signatories": [
                _s("Abdul Fattah Harun", "Gubernur Jambi"),
                _s("Rizal Effendi", "Gubernur Bengkulu"),
                _s("Herwan Dewantara", "Gubernur Sumsel"),
                _s("Nurul Aini", "Wakil Gubernur Lampung"),
            ],
        },
    },
    # --- province with its own regency; subject of the PKS "di TPA" is not the venue
    {
        "id": "h04",
        "published": "2021-03-13",
        "text": """Makassar, (sulselprov.go.id) – Pemerintah Provinsi Sulawesi Selatan melalui Dinas Lingkungan Hidup dan Kehutanan (DLHK) menandatangani perjanjian kerja sama dengan Pemerintah Kabupaten Gowa tentang pengelolaan sampah regional di Tempat Pemrosesan Akhir (TPA) Regional Mamminasata, Jumat (12/3).
PKS ditandatangani Kepala DLHK Sulsel Ir. Andi Hasrul, M.Si, dan Sekretaris Daerah Kabupaten Gowa Muh. Taufik Sijaya, disaksikan Asisten Perekonomian dan Pembangunan Setda Sulsel.
Penandatanganan berlangsung di Ruang Rapat Pimpinan Kantor Gubernur Sulsel.
Melalui kerja sama ini, sampah dari Kabupaten Gowa dapat dibuang ke TPA regional dengan tarif retribusi yang disepakati.
"Selama ini TPA di Gowa sudah hampir penuh," kata Taufik.
Andi Hasrul menambahkan, pemprov juga akan membantu armada pengangkut sampah.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sulawesi Selatan"), _p("Kabupaten Gowa", "regency")],
            "opds": ["Dinas Lingkungan Hidup dan Kehutanan (DLHK)"],
            "sectors": ["lingkungan_hidup"],
            "signed_on": "2021-03-12",
            "place": "Ruang Rapat Pimpinan Kantor Gubernur Sulsel",
            "signatories": [
                _s("Andi Hasrul", "Kepala DLHK Sulsel"),
                _s("Muh. Taufik Sijaya", "Sekretaris Daerah Kabupaten Gowa"),
            ],
        },
    },
    # --- province with a university; the date is only in the second sentence
    {
        "id": "h05",
        "published": "2022-06-08",
        "text": """Kupang (ANTARA) - Pemerintah Provinsi Nusa Tenggara Timur dan Universitas Nusa Cendana (Undana) Kupang menandatangani nota kesepahaman tentang pengembangan sumber daya manusia, penelitian dan pengabdian kepada masyarakat.
Nota kesepahaman itu ditandatangani Gubernur NTT Yohanes Lakalena dan Rektor Undana Prof. Dr. Simon Ndolu, M.Sc di Aula Rektorat Undana, Rabu (8/6/2022).
Gubernur mengatakan kerja sama mencakup riset pertanian lahan kering, peternakan sapi, dan pelatihan aparatur sipil negara.
"Kampus harus hadir menjawab masalah stunting di NTT," katanya.
Simon mengatakan Undana siap menerjunkan mahasiswa KKN ke desa-desa.

Pewarta: Kornelis Bria
Editor: Hendra Gunawan
""",
        "expected": {
            "is_agreement": True,
            "agreement_type": "kesepakatan_bersama",
            "parties": [_p("Nusa Tenggara Timur"), _p("Universitas Nusa Cendana", "other")],
            "opds": [],
            "sectors": [
                ("kepegawaian", "diklat", "tenaga_kerja", "pendidikan"),
                "litbang",
                "pertanian",
                ("kepegawaian", "diklat"),
            ],
            "signed_on": "2022-06-08",
            "place": "Aula Rektorat Undana",
            "signatories": [
                _s("Yohanes Lakalena", "Gubernur NTT"),
                _s("Simon Ndolu", "Rektor Undana"),
            ],
        },
    },
    # --- province with its regional bank
    {
        "id": "h06",
        "published": "2022-10-07",
        "text": """PALANGKA RAYA, kaltengpos.co – Pemprov Kalteng dan PT Bank Pembangunan Daerah Kalimantan Tengah (Bank Kalteng) meneken perjanjian kerja sama pengelolaan rekening kas umum daerah serta optimalisasi pendapatan asli daerah melalui pembayaran pajak nontunai, Kamis (6/10/2022) lalu.
Penandatanganan dilakukan Sekda Kalteng Dr. H. Nuryadi Rahman, M.Si dan Direktur Utama Bank Kalteng Andi Saputra Jaya di Aula Jayang Tingang, Kantor Gubernur Kalteng.
Kepala Badan Pendapatan Daerah (Bapenda) Kalteng Rahmat Hidayat menyebut penerimaan pajak kendaraan bermotor naik 12 persen sejak layanan samsat digital diluncurkan.
"Dengan QRIS, wajib pajak tidak perlu antre," ujarnya.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Tengah"), _p("Bank Kalteng", "other")],
            "opds": ["Badan Pendapatan Daerah (Bapenda) Kalteng"],
            "sectors": ["keuangan"],
            "signed_on": "2022-10-06",
            "place": "Aula Jayang Tingang, Kantor Gubernur Kalteng",
            "signatories": [
                _s("Nuryadi Rahman", "Sekda Kalteng"),
                _s("Andi Saputra Jaya", "Direktur Utama Bank Kalteng"),
            ],
            "other_officials": [_s("Rahmat Hidayat", "Kepala Bapenda Kalteng")],
        },
    },
    # --- province with a state company; signatory titled "General Manager"; Detik style
    {
        "id": "h07",
        "published": "2023-07-19",
        "text": """Medan - Pemerintah Provinsi Sumatera Utara bersama PT PLN (Persero) Unit Induk Distribusi Sumatera Utara menandatangani nota kesepahaman percepatan penggunaan kendaraan listrik dan elektrifikasi desa.
Penandatanganan digelar di Rumah Dinas Gubernur Sumut, Jalan Sudirman, Medan, Rabu (19/7/2023).
MoU diteken Gubernur Sumut Edwin Sitorus dan General Manager PLN UID Sumut Harianto Wibowo.
"Masih ada 40 desa di Sumut yang belum teraliri listrik," kata Edwin kepada wartawan usai acara.
Selain elektrifikasi, kerja sama juga mencakup penyediaan stasiun pengisian kendaraan listrik umum (SPKLU) di kantor-kantor pemerintah.
Kepala Dinas Energi dan Sumber Daya Mineral Sumut, Ahmad Lubis, mengatakan pihaknya akan mendata desa yang belum berlistrik.
(dpw/dpw)
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sumatera Utara"), _p("PT PLN (Persero)", "other")],
            "opds": ["Dinas Energi dan Sumber Daya Mineral Sumut"],
            "sectors": ["esdm"],
            "signed_on": "2023-07-19",
            "place": "Rumah Dinas Gubernur Sumut, Jalan Sudirman, Medan",
            "signatories": [
                _s("Edwin Sitorus", "Gubernur Sumut"),
                _s("Harianto Wibowo", "General Manager PLN UID Sumut"),
            ],
            "other_officials": [_s("Ahmad Lubis", "Kepala Dinas ESDM Sumut")],
        },
    },
    # --- regency with city, governor only witnesses, a planned third party
    {
        "id": "h08",
        "published": "2022-09-05",
        "text": """SLEMAN, Harianjogja.com—Pemerintah Kabupaten Sleman dan Pemerintah Kota Yogyakarta menandatangani kesepakatan bersama tentang pengelolaan transportasi perkotaan dan penanganan sampah lintas wilayah, Senin (5/9/2022).
Penandatanganan dilakukan Bupati Sleman Hj. Sri Wahyuni, S.Pd dan Penjabat Wali Kota Yogyakarta Sumadi Prawiro di Pendopo Parasamya, Sleman, disaksikan oleh Gubernur DIY.
Kesepakatan ini meliputi integrasi rute Trans Jogja hingga kawasan Sleman utara, pengelolaan sampah, serta penataan kawasan perbatasan kedua daerah.
"Sampah tidak mengenal batas wilayah," ujar Sri Wahyuni.
Sumadi menambahkan, Pemkot Yogyakarta juga menjajaki kerja sama serupa dengan Kabupaten Bantul.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kabupaten Sleman", "regency"), _p("Kota Yogyakarta", "city")],
            "opds": [],
            "sectors": ["perhubungan", "lingkungan_hidup", "perbatasan"],
            "signed_on": "2022-09-05",
            "place": "Pendopo Parasamya, Sleman",
            "signatories": [
                _s("Sri Wahyuni", "Bupati Sleman"),
                _s("Sumadi Prawiro", "Penjabat Wali Kota Yogyakarta"),
            ],
        },
    },
    # --- renewal ("memperpanjang") with the first signing year
    {
        "id": "h09",
        "published": "2021-05-23",
        "text": """DENPASAR, balipost.com - Pemerintah Provinsi Bali dan Pemerintah Provinsi Nusa Tenggara Barat memperpanjang kesepakatan bersama kerja sama pembangunan daerah yang berakhir tahun ini.
Perpanjangan kesepakatan ditandatangani Gubernur Bali I Nyoman Sudarsana dan Gubernur NTB Dr. H. Lalu Muhammad Ikhsan, M.Pd, di Gedung Jaya Sabha, Denpasar, Sabtu (22/5/2021).
Kerja sama kedua provinsi pertama kali ditandatangani pada 2016 dan berlaku lima tahun.
Menurut Sudarsana, perpanjangan kali ini menambah bidang baru, yakni energi bersih dan pengendalian penyakit hewan, selain pariwisata dan perhubungan laut yang sudah berjalan.
"Ternak sapi dari NTB sangat dibutuhkan Bali," katanya.
Ikhsan mengatakan, penyeberangan Padangbai-Lembar perlu ditambah jadwalnya.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Bali"), _p("Nusa Tenggara Barat")],
            "opds": [],
            "sectors": ["esdm", "pertanian", "pariwisata", "perhubungan"],
            "signed_on": "2021-05-22",
            "place": "Gedung Jaya Sabha, Denpasar",
            "signatories": [
                _s("I Nyoman Sudarsana", "Gubernur Bali"),
                _s("Lalu Muhammad Ikhsan", "Gubernur NTB"),
            ],
            "prior_cooperation_since": 2016,
        },
    },
    # --- signed at a national event in Jakarta, dateline is home city, later quote date
    {
        "id": "h10",
        "published": "2023-03-17",
        "text": """PONTIANAK, suarakalbar.co.id – Pemerintah Provinsi Kalimantan Barat menjalin kerja sama dengan Pemerintah Provinsi Kepulauan Riau di bidang perdagangan antarpulau dan pengembangan kawasan perbatasan.
Nota kesepakatan ditandatangani Gubernur Kalbar H. Rusdi Alkadrie dan Gubernur Kepri Muhammad Syafei di sela-sela Rapat Koordinasi Nasional Kerja Sama Daerah yang digelar Kementerian Dalam Negeri di Hotel Sultan, Jakarta, Rabu (15/3/2023).
"Kalbar dan Kepri sama-sama provinsi perbatasan dengan Malaysia," kata Rusdi kepada wartawan di Pontianak, Jumat (17/3/2023).
Kepala Biro Pemerintahan Setda Kalbar, Yuliana Sari, menambahkan nota kesepakatan itu akan ditindaklanjuti dengan perjanjian kerja sama antar-OPD.
Kerja sama ini juga meliputi bidang pendidikan vokasi kemaritiman.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Barat"), _p("Kepulauan Riau")],
            # attending or commenting heads' offices are no OPDs of the agreement
            "opds": [],
            "sectors": ["perdagangan", "perbatasan", ("pendidikan", "tenaga_kerja")],
            "signed_on": "2023-03-15",
            "place": "Hotel Sultan, Jakarta",
            "signatories": [
                _s("Rusdi Alkadrie", "Gubernur Kalbar"),
                _s("Muhammad Syafei", "Gubernur Kepri"),
            ],
            "other_officials": [_s("Yuliana Sari", "Kepala Biro Pemerintahan Setda Kalbar")],
        },
    },
    # --- virtual signing
    {
        "id": "h11",
        "published": "2021-06-02",
        "text": """AMBON, siwalimanews.com - Pemerintah Provinsi Maluku dan Pemerintah Provinsi Papua Barat menandatangani perjanjian kerja sama di bidang perikanan dan perhubungan laut secara virtual, Selasa (1/6/2021).
Naskah perjanjian ditandatangani secara elektronik oleh Gubernur Maluku Drs. Marthen Latuconsina dari ruang kerjanya di Kantor Gubernur Maluku, Ambon, dan Gubernur Papua Barat Dominggus Rumbekwan dari Manokwari.
Kerja sama meliputi pengembangan perikanan tangkap di Laut Seram, penambahan trayek kapal perintis, serta pertukaran data kependudukan di wilayah perbatasan kedua provinsi.
"Pandemi tidak menghalangi kita bekerja sama," ujar Marthen.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Maluku"), _p("Papua Barat")],
            "opds": [],
            "sectors": ["kelautan_perikanan", "perhubungan", "adminduk_capil"],
            "signed_on": "2021-06-01",
            "place": "virtual, Kantor Gubernur Maluku, Ambon",
            "signatories": [
                _s("Marthen Latuconsina", "Gubernur Maluku"),
                _s("Dominggus Rumbekwan", "Gubernur Papua Barat"),
            ],
        },
    },
    # --- "Mewakili Gubernur": an Asisten signs with a Sekda
    {
        "id": "h12",
        "published": "2023-02-23",
        "text": """Palu – Pemerintah Provinsi Sulawesi Tengah dan Pemerintah Provinsi Gorontalo resmi menandatangani kesepakatan bersama tentang penyelenggaraan pelayanan publik dan pengelolaan wilayah perbatasan, Kamis (23/2/2023), di Ruang Polibu, Kantor Gubernur Sulteng.
Mewakili Gubernur Sulawesi Tengah, Asisten Administrasi Pemerintahan dan Kesra Setda Sulteng, Dr. Hasanuddin Lamarauna, S.Sos., M.Si menandatangani kesepakatan bersama Sekretaris Daerah Provinsi Gorontalo Ir. Darmawan Pakaya, M.T.
Turut hadir Kepala Biro Pemerintahan dan Otonomi Daerah Setda Sulteng serta Kepala Bagian Kerja Sama Setda Gorontalo.
"Gubernur berhalangan hadir karena ada agenda di Jakarta," kata Hasanuddin.
Ia menyebut, kedua provinsi sepakat menertibkan penambangan emas tanpa izin di perbatasan.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sulawesi Tengah"), _p("Gorontalo")],
            # attending or commenting heads' offices are no OPDs of the agreement
            "opds": [],
            "sectors": ["perbatasan", ("esdm", "trantibum_linmas")],
            "signed_on": "2023-02-23",
            "place": "Ruang Polibu, Kantor Gubernur Sulteng",
            "signatories": [
                _s("Hasanuddin Lamarauna", "Asisten Administrasi Pemerintahan dan Kesra"),
                _s("Darmawan Pakaya", "Sekretaris Daerah Provinsi Gorontalo"),
            ],
        },
    },
    # --- addendum at Sekda level
    {
        "id": "h13",
        "published": "2022-11-05",
        "text": """SERANG, bantennews.co.id - Pemprov Banten dan Pemprov DKI Jakarta menandatangani adendum perjanjian kerja sama penyediaan air baku dari Waduk Karian di Pendopo Gubernur Banten, KP3B, Serang, Jumat (4/11/2022).
Adendum diteken Sekda Banten Drs. Moch. Tranggono, M.Si dan Sekda DKI Jakarta Rahmat Saleh Hidayat.
Perubahan perjanjian itu menyangkut besaran kompensasi dan jangka waktu pemanfaatan air baku yang diperpanjang hingga 2030.
Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Banten Arlan Marzan mengatakan, pipa transmisi sepanjang 40 kilometer sedang dibangun.
Perjanjian awal kedua provinsi ditandatangani pada 2019.
""",
        "expected": {
            "is_agreement": True,
            "agreement_type": "adendum",
            "parties": [_p("Banten"), _p("DKI Jakarta")],
            "opds": ["Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Banten"],
            "sectors": ["pupr"],
            "signed_on": "2022-11-04",
            "place": "Pendopo Gubernur Banten, KP3B, Serang",
            "signatories": [
                _s("Moch. Tranggono", "Sekda Banten"),
                _s("Rahmat Saleh Hidayat", "Sekda DKI Jakarta"),
            ],
            "other_officials": [_s("Arlan Marzan", "Kepala Dinas PUPR Banten")],
            "prior_cooperation_since": 2019,
        },
    },
    # --- two-digit year, Detik regional style, officials present but not signing
    {
        "id": "h14",
        "published": "2023-03-09",
        "text": """Solo - Pemprov Jawa Tengah dan Pemprov Jawa Timur sepakat bekerja sama menjaga stabilitas harga pangan. Kesepakatan bersama tentang kerja sama ketahanan pangan dan pengendalian inflasi itu diteken di Hotel Alila Solo, Kamis (9/3/23).
Penandatanganan dilakukan Pj Gubernur Jateng Suryo Hadiwibowo dan Wakil Gubernur Jatim Arief Setiawan.
"Kalau beras di Jateng surplus, bisa dikirim ke Jatim, begitu juga sebaliknya," kata Suryo.
Kepala Dinas Ketahanan Pangan Jateng Dyah Lestari dan Kepala Dinas Perindustrian dan Perdagangan Jatim Iwan Gunawan turut hadir.
Baca juga: Jelang Ramadan, Harga Telur di Solo Naik
Kesepakatan berlaku lima tahun.
(apl/ams)
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jawa Tengah"), _p("Jawa Timur")],
            "opds": [
                "Dinas Ketahanan Pangan Jateng",
                "Dinas Perindustrian dan Perdagangan Jatim",
            ],
            "sectors": ["pangan"],
            "signed_on": "2023-03-09",
            "place": "Hotel Alila Solo",
            "signatories": [
                _s("Suryo Hadiwibowo", "Pj Gubernur Jateng"),
                _s("Arief Setiawan", "Wakil Gubernur Jatim"),
            ],
            "other_officials": [
                _s("Dyah Lestari", "Kepala Dinas Ketahanan Pangan Jateng"),
                _s("Iwan Gunawan", "Kepala Dinas Perindustrian dan Perdagangan Jatim"),
            ],
        },
    },
    # --- "pekan lalu": signed, but the day cannot be resolved; the bracket date is the quote's
    {
        "id": "h15",
        "published": "2023-06-12",
        "text": """TANJUNG SELOR – Gubernur Kalimantan Utara H. Muhammad Rizal, S.E. menyebut kesepakatan bersama yang diteken bersama Gubernur Sulawesi Utara pekan lalu membuka peluang pengiriman hasil bumi langsung ke Bitung.
"Kesepakatan bersama dengan Sulut sudah kita tandatangani pekan lalu di Manado. Sekarang OPD menyusun PKS," kata Rizal di Tanjung Selor, Senin (12/6/2023).
Kesepakatan itu ditandatangani Rizal dan Gubernur Sulut Johny Rumengan di Kantor Gubernur Sulawesi Utara, Manado.
Ruang lingkupnya meliputi perdagangan, perikanan, perhubungan laut dan pariwisata.
Menurut Rizal, kapal ternak dari Sulut akan singgah di Tarakan.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Utara"), _p("Sulawesi Utara")],
            "opds": [],
            "sectors": ["perdagangan", "kelautan_perikanan", "perhubungan", "pariwisata"],
            "signed_on": None,
            "place": "Kantor Gubernur Sulawesi Utara, Manado",
            "signatories": [
                _s("Muhammad Rizal", "Gubernur Kalimantan Utara"),
                _s("Johny Rumengan", "Gubernur Sulut"),
            ],
        },
    },
    # --- "kemarin" resolved against the publication date
    {
        "id": "h16",
        "published": "2022-09-08",
        "text": """Banjarbaru (ANTARA) - Pemerintah Provinsi Kalimantan Selatan dan Pemerintah Provinsi Kalimantan Timur menandatangani kesepakatan bersama tentang dukungan pembangunan Ibu Kota Nusantara (IKN), kemarin.
Kesepakatan diteken Gubernur Kalsel H. Ahmad Rifani dan Wakil Gubernur Kaltim Hendra Mulyadi di Gedung Idham Chalid, Banjarbaru.
Kerja sama itu mencakup pasokan bahan pangan, material konstruksi, dan penyiapan tenaga kerja terampil untuk IKN.
"Kalsel adalah pintu gerbang logistik ke IKN," kata Rifani, Rabu.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Selatan"), _p("Kalimantan Timur")],
            "opds": [],
            "sectors": ["pangan", ("pupr", "perindustrian"), "tenaga_kerja"],
            "signed_on": "2022-09-07",
            "place": "Gedung Idham Chalid, Banjarbaru",
            "signatories": [
                _s("Ahmad Rifani", "Gubernur Kalsel"),
                _s("Hendra Mulyadi", "Wakil Gubernur Kaltim"),
            ],
        },
    },
    # --- a weekday that contradicts the date; city and regency named like a province
    {
        "id": "h17",
        "published": "2022-08-11",
        "text": """Gorontalo – Pemerintah Kota Gorontalo dan Pemerintah Kabupaten Bone Bolango menandatangani perjanjian kerja sama penyediaan air minum, Kamis (10/8/2022).
PKS ditandatangani Wali Kota Gorontalo Rahmat Hulopi dan Bupati Bone Bolango Ismet Mooduto di Rumah Dinas Wali Kota Gorontalo.
Melalui kerja sama itu, perusahaan daerah air minum mengambil air baku dari Sungai Bone yang berada di wilayah Bone Bolango.
"Warga kota tidak boleh lagi kesulitan air bersih," ujar Rahmat.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kota Gorontalo", "city"), _p("Kabupaten Bone Bolango", "regency")],
            "opds": [],
            "sectors": ["pupr"],
            "signed_on": "2022-08-10",
            "place": "Rumah Dinas Wali Kota Gorontalo",
            "signatories": [
                _s("Rahmat Hulopi", "Wali Kota Gorontalo"),
                _s("Ismet Mooduto", "Bupati Bone Bolango"),
            ],
        },
    },
    # --- publication known to the year only; "(4/11)" takes that year
    {
        "id": "h18",
        "published": "2019",
        "text": """MANADO, manadopost.id - Pemprov Sulawesi Utara dan Pemprov Maluku Utara menandatangani kesepakatan bersama di bidang kelautan, perikanan dan konektivitas antarpulau, Senin (4/11), di Hotel Four Points, Manado.
Penandatanganan dilakukan oleh Wakil Gubernur Sulut Jemmy Lumintang dan Sekda Malut Ir. Hamzah Marsaoly.
Wagub mengatakan kapal roll on-roll off (roro) Bitung–Ternate akan ditambah.
"Kami ingin ikan dari Malut diolah di Bitung," ujarnya.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sulawesi Utara"), _p("Maluku Utara")],
            "opds": [],
            "sectors": ["kelautan_perikanan", "perhubungan"],
            "signed_on": "2019-11-04",
            "place": "Hotel Four Points, Manado",
            "signatories": [
                _s("Jemmy Lumintang", "Wakil Gubernur Sulut"),
                _s("Hamzah Marsaoly", "Sekda Malut"),
            ],
        },
    },
    # --- publication unknown, explicit date; one province with three new provinces
    {
        "id": "h19",
        "published": None,
        "text": """Jayapura – Pemerintah Provinsi Papua menandatangani kesepakatan bersama dengan tiga daerah otonom baru (DOB), yakni Provinsi Papua Selatan, Papua Tengah dan Papua Pegunungan, tentang pengalihan aset, dokumen dan personel, di Gedung Negara Jayapura, Senin 12 Juni 2023.
Kesepakatan ditandatangani Pj Gubernur Papua Albertus Wenda bersama Pj Gubernur Papua Selatan Yohanis Kaize, Pj Gubernur Papua Tengah Simon Tebai dan Pj Gubernur Papua Pegunungan Nikolaus Kogoya.
Kesepakatan itu mengatur penyerahan barang milik daerah, arsip serta aparatur sipil negara yang akan dipindahkan ke provinsi baru.
"Kami pastikan pelayanan kepada masyarakat tidak terganggu," kata Albertus.
""",
        "expected": {
            "is_agreement": True,
            "parties": [
                _p("Papua"),
                _p("Papua Selatan"),
                _p("Papua Tengah"),
                _p("Papua Pegunungan"),
            ],
            "opds": [],
            "sectors": ["keuangan", "kearsipan", "kepegawaian"],
            "signed_on": "2023-06-12",
            "place": "Gedung Negara Jayapura",
            "signatories": [
                _s("Albertus Wenda", "Pj Gubernur Papua"),
                _s("Yohanis Kaize", "Pj Gubernur Papua Selatan"),
                _s("Simon Tebai", "Pj Gubernur Papua Tengah"),
                _s("Nikolaus Kogoya", "Pj Gubernur Papua Pegunungan"),
            ],
        },
    },
    # --- publication unknown, "(12/3)" cannot be resolved; a regency "..., Lampung"
    {
        "id": "h20",
        "published": None,
        "text": """BENGKULU, rakyatbengkulu.com – Pemerintah Provinsi Bengkulu meneken nota kesepahaman dengan Pemerintah Kabupaten Pesisir Barat, Lampung, tentang pembangunan jalan penghubung lintas barat, Kamis (12/3), di Balai Raya Semarak, Bengkulu.
Nota kesepahaman ditandatangani Gubernur Bengkulu Drs. H. Rachmat Hidayat Syah dan Bupati Pesisir Barat Ahmad Fadli, S.H.
Jalan sepanjang 30 kilometer itu diharapkan memperlancar arus barang dari Krui ke Kaur.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Bengkulu"), _p("Kabupaten Pesisir Barat", "regency")],
            "opds": [],
            "sectors": ["pupr"],
            "signed_on": None,
            "signed_on_partial": "--03-12",
            "place": "Balai Raya Semarak, Bengkulu",
            "signatories": [
                _s("Rachmat Hidayat Syah", "Gubernur Bengkulu"),
                _s("Ahmad Fadli", "Bupati Pesisir Barat"),
            ],
        },
    },
    # --- a list of offices joined by commas and "serta"; governors sign the umbrella KB
    {
        "id": "h21",
        "published": "2022-10-12",
        "text": """MATARAM, lombokpost.net - Sebanyak tujuh perjanjian kerja sama (PKS) antar perangkat daerah diteken Pemprov NTB dan Pemprov Jatim dalam misi dagang di Hotel Lombok Raya, Mataram, Rabu (12/10/2022).
PKS itu melibatkan Dinas Perdagangan, Dinas Perindustrian, Dinas Koperasi dan UKM, Dinas Pertanian dan Perkebunan (Distanbun), Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan), Dinas Pariwisata serta Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD) dari kedua provinsi.
Sebelum penandatanganan PKS, Gubernur NTB Dr. H. Lalu Abdul Wahid dan Gubernur Jatim Dra. Hj. Sri Wulandari, M.Si menandatangani kesepakatan bersama sebagai payung hukum.
Kepala Dinas Perdagangan NTB Baiq Rina Anggraini mengatakan transaksi misi dagang mencapai Rp 87 miliar.
"Jagung dan sapi NTB banyak diminati pengusaha Jatim," katanya.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Nusa Tenggara Barat"), _p("Jawa Timur")],
            "opds": [
                "Dinas Perdagangan",
                "Dinas Perindustrian",
                "Dinas Koperasi dan UKM",
                "Dinas Pertanian dan Perkebunan (Distanbun)",
                "Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan)",
                "Dinas Pariwisata",
                "Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD)",
            ],
            "sectors": [
                "perdagangan",
                "perindustrian",
                "kukm",
                "pertanian",
                "pariwisata",
                ("kepegawaian", "diklat", "tenaga_kerja", "pendidikan"),
            ],
            "signed_on": "2022-10-12",
            "place": "Hotel Lombok Raya, Mataram",
            "signatories": [
                _s("Lalu Abdul Wahid", "Gubernur NTB"),
                _s("Sri Wulandari", "Gubernur Jatim"),
            ],
            "other_officials": [_s("Baiq Rina Anggraini", "Kepala Dinas Perdagangan NTB")],
        },
    },
    # --- numbered scope ("Pertama ... Kedua ... Ketiga")
    {
        "id": "h22",
        "published": "2023-02-07",
        "text": """Bandar Lampung (Lampost.co) – Pemprov Lampung dan Pemprov Banten menandatangani kesepakatan bersama di Ruang Abung, Kantor Gubernur Lampung, Selasa (7/2/2023).
Kesepakatan diteken Gubernur Lampung Ir. H. Arief Nugraha dan Pj Gubernur Banten Drs. Ahmad Suhada.
Ada tiga bidang yang disepakati. Pertama, penguatan konektivitas penyeberangan Bakauheni–Merak. Kedua, pengembangan pariwisata di kawasan Selat Sunda. Ketiga, ketahanan pangan, terutama pasokan jagung dan beras.
"Selat Sunda bukan pemisah, tapi penghubung," ujar Arief.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Lampung"), _p("Banten")],
            "opds": [],
            "sectors": ["perhubungan", "pariwisata", "pangan"],
            "signed_on": "2023-02-07",
            "place": "Ruang Abung, Kantor Gubernur Lampung",
            "signatories": [
                _s("Arief Nugraha", "Gubernur Lampung"),
                _s("Ahmad Suhada", "Pj Gubernur Banten"),
            ],
        },
    },
    # --- province with a regency of another province, ", Jawa Timur," is a location
    {
        "id": "h23",
        "published": "2022-09-16",
        "text": """DENPASAR, NusaBali.com - Pemprov Bali dan Pemkab Banyuwangi, Jawa Timur, menandatangani perjanjian kerja sama tentang pengembangan pariwisata terpadu dan pengendalian penyakit mulut dan kuku (PMK) pada ternak, Jumat (16/9/2022).
Penandatanganan berlangsung di Gedung Kertha Sabha, Denpasar, oleh Sekda Bali I Made Wirata dan Bupati Banyuwangi Hj. Siti Aminah.
Hadir pula Kepala Dinas Pariwisata Provinsi Bali I Ketut Sudarma dan Kepala Dinas Pertanian dan Ketahanan Pangan Provinsi Bali I Gede Artha.
"Wisatawan yang ke Bali bisa kami tawarkan paket ke Ijen," kata Siti Aminah.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Bali"), _p("Kabupaten Banyuwangi", "regency")],
            "opds": [
                "Dinas Pariwisata Provinsi Bali",
                "Dinas Pertanian dan Ketahanan Pangan Provinsi Bali",
            ],
            "sectors": ["pariwisata", "pertanian"],
            "signed_on": "2022-09-16",
            "place": "Gedung Kertha Sabha, Denpasar",
            "signatories": [
                _s("I Made Wirata", "Sekda Bali"),
                _s("Siti Aminah", "Bupati Banyuwangi"),
            ],
            "other_officials": [
                _s("I Ketut Sudarma", "Kepala Dinas Pariwisata Provinsi Bali"),
                _s("I Gede Artha", "Kepala Dinas Pertanian dan Ketahanan Pangan Provinsi Bali"),
            ],
        },
    },
    # --- a forum of ten provinces; the list follows in the next sentence
    {
        "id": "h24",
        "published": "2023-08-25",
        "text": """MATARAM - Sepuluh provinsi yang tergabung dalam Forum Kerja Sama Daerah Mitra Praja Utama (MPU) menandatangani kesepakatan bersama tentang penguatan ketahanan pangan dan pengendalian inflasi daerah dalam Rapat Koordinasi Gubernur se-MPU di Hotel Aruna Senggigi, Lombok Barat, Kamis (24/8/2023).
Kesepuluh provinsi itu adalah Lampung, Banten, DKI Jakarta, Jawa Barat, Jawa Tengah, DI Yogyakarta, Jawa Timur, Bali, Nusa Tenggara Barat dan Nusa Tenggara Timur.
Gubernur NTB selaku ketua forum MPU, H. Lalu Abdul Wahid, mengatakan kesepakatan ini menjadi dasar pertukaran komoditas pangan antardaerah.
"Provinsi yang surplus beras bisa membantu provinsi yang defisit," katanya.
Selain pangan, forum juga menyepakati kerja sama di bidang pariwisata dan penanggulangan bencana.
""",
        "expected": {
            "is_agreement": True,
            "parties": [
                _p(n)
                for n in (
                    "Lampung",
                    "Banten",
                    "DKI Jakarta",
                    "Jawa Barat",
                    "Jawa Tengah",
                    "DI Yogyakarta",
                    "Jawa Timur",
                    "Bali",
                    "Nusa Tenggara Barat",
                    "Nusa Tenggara Timur",
                )
            ],
            "opds": [],
            "sectors": ["pangan", "pariwisata", "trantibum_linmas"],
            "signed_on": "2023-08-24",
            "place": "Hotel Aruna Senggigi, Lombok Barat",
            "signatories": [],
            "other_officials": [_s("Lalu Abdul Wahid", "Gubernur NTB")],
        },
    },
    # --- a city with a company
    {
        "id": "h25",
        "published": "2023-03-21",
        "text": """CILEGON, kabar-banten.com - Pemerintah Kota Cilegon dan PT Tirta Baja Mandiri menandatangani perjanjian kerja sama penyediaan air bersih bagi warga di tiga kecamatan, Selasa (21/3/2023) di Aula Setda Kota Cilegon.
PKS diteken Wali Kota Cilegon Ahmad Fauzan dan Direktur Utama PT Tirta Baja Mandiri, Ir. Bambang Sutrisno.
Program ini menargetkan 5.000 sambungan rumah baru hingga akhir tahun.
"Air bersih kebutuhan dasar, tidak boleh ditunda," ujar Fauzan.

Pewarta: Dedi Mulyana
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kota Cilegon", "city"), _p("PT Tirta Baja Mandiri", "other")],
            "opds": [],
            "sectors": ["pupr"],
            "signed_on": "2023-03-21",
            "place": "Aula Setda Kota Cilegon",
            "signatories": [
                _s("Ahmad Fauzan", "Wali Kota Cilegon"),
                _s("Bambang Sutrisno", "Direktur Utama PT Tirta Baja Mandiri"),
            ],
        },
    },
    # --- province with the high prosecutor's office (a vertical agency)
    {
        "id": "h26",
        "published": "2023-03-15",
        "text": """Kendari (ANTARA) - Pemerintah Provinsi Sulawesi Tenggara dan Kejaksaan Tinggi (Kejati) Sultra menandatangani nota kesepakatan tentang penanganan masalah hukum di bidang perdata dan tata usaha negara, Rabu (15/3/2023).
Nota kesepakatan ditandatangani Gubernur Sultra H. La Ode Rusdin dan Kepala Kejati Sultra Dr. Hendro Wibisono, S.H., M.H. di Aula Bahteramas, Kantor Gubernur Sultra.
Dengan kerja sama itu, jaksa pengacara negara dapat mendampingi pemprov dalam sengketa aset daerah.
"Banyak aset pemprov yang belum bersertifikat," kata La Ode Rusdin.

Pewarta: Harisman
Editor: Rina Oktaviani
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sulawesi Tenggara"), _p("Kejaksaan Tinggi Sultra", "other")],
            "opds": [],
            "sectors": [],
            "signed_on": "2023-03-15",
            "place": "Aula Bahteramas, Kantor Gubernur Sultra",
            "signatories": [
                _s("La Ode Rusdin", "Gubernur Sultra"),
                _s("Hendro Wibisono", "Kepala Kejati Sultra"),
            ],
        },
    },
    # --- Sekda-level boundary agreement at the ministry in Jakarta
    {
        "id": "h27",
        "published": "2023-02-01",
        "text": """Banjarmasin, kalselpos.com – Sekretaris Daerah Provinsi Kalimantan Selatan Ir. H. Syaiful Bahri, M.T. dan Sekretaris Daerah Provinsi Kalimantan Tengah Dr. Drs. H. Benny Sabran, M.Si. menandatangani kesepakatan bersama penegasan batas daerah kedua provinsi di segmen Kabupaten Tabalong–Barito Timur.
Penandatanganan berlangsung di Kantor Direktorat Jenderal Bina Administrasi Kewilayahan Kementerian Dalam Negeri, Jakarta, Selasa (31/1/2023), disaksikan Direktur Toponimi dan Batas Daerah Kemendagri.
Dengan kesepakatan itu, sengketa batas di kawasan tambang batu bara yang berlangsung sejak 2015 dianggap selesai.
"Kepastian batas penting untuk pelayanan kependudukan dan perizinan," ujar Syaiful.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Selatan"), _p("Kalimantan Tengah")],
            "opds": [],
            "sectors": ["perbatasan"],
            "signed_on": "2023-01-31",
            "place": "Kantor Direktorat Jenderal Bina Administrasi Kewilayahan Kementerian Dalam Negeri, Jakarta",
            "signatories": [
                _s("Syaiful Bahri", "Sekretaris Daerah Provinsi Kalimantan Selatan"),
                _s("Benny Sabran", "Sekretaris Daerah Provinsi Kalimantan Tengah"),
            ],
        },
    },
    # --- "Pemerintah Aceh" and "Gubsu"
    {
        "id": "h28",
        "published": "2022-06-27",
        "text": """Banda Aceh – Pemerintah Aceh dan Pemerintah Provinsi Sumatera Utara meneken nota kesepahaman kerja sama pembangunan di kawasan perbatasan, Senin (27/6/2022), di Meuligoe Gubernur Aceh, Banda Aceh.
MoU diteken oleh Pj Gubernur Aceh Ir. Teuku Mahdi, M.T. dan Gubsu Togar Simanjuntak.
Kerja sama ini meliputi pembangunan jalan di perbatasan Aceh Tamiang–Langkat, penanganan banjir Sungai Singkil, serta pengendalian peredaran narkoba.
"Perbatasan harus jadi etalase, bukan daerah tertinggal," kata Teuku Mahdi.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Aceh"), _p("Sumatera Utara")],
            "opds": [],
            "sectors": ["perbatasan", "pupr", ("trantibum_linmas", "kesbangpol")],
            "signed_on": "2022-06-27",
            "place": "Meuligoe Gubernur Aceh, Banda Aceh",
            "signatories": [
                _s("Teuku Mahdi", "Pj Gubernur Aceh"),
                _s("Togar Simanjuntak", "Gubsu"),
            ],
        },
    },
    # ================= negatives =================
    # --- a plan: "akan menandatangani"
    {
        "id": "n01",
        "published": "2023-01-17",
        "text": """PEKANBARU, riaupos.co - Pemprov Riau dan Pemprov Jambi akan menandatangani nota kesepahaman kerja sama penanganan kebakaran hutan dan lahan pada Februari mendatang.
Hal itu disampaikan Kepala Biro Pemerintahan Setda Riau, Dedi Kurniawan, usai rapat pembahasan draf MoU di Kantor Gubernur Riau, Selasa (17/1/2023).
"Draf sudah final, tinggal menunggu jadwal kedua gubernur," ujarnya.
Menurut Dedi, ruang lingkup kerja sama meliputi pencegahan karhutla, patroli terpadu di perbatasan, dan pertukaran data titik api.
""",
        "expected": _no(),
    },
    # --- a courtesy visit
    {
        "id": "n02",
        "published": "2023-03-02",
        "text": """MAMUJU, sulbarexpress.co.id – Gubernur Sulawesi Barat H. Muhammad Idris menerima kunjungan silaturahmi Wakil Gubernur Sulawesi Tengah di Rumah Jabatan Gubernur, Mamuju, Kamis (2/3/2023).
Dalam pertemuan itu, kedua pimpinan daerah membahas peluang kerja sama di bidang perdagangan, perhubungan darat dan pendidikan.
"Sulbar dan Sulteng bertetangga, sudah saatnya kita jalin kerja sama yang lebih konkret," ujar Idris.
Wagub Sulteng mengatakan pihaknya siap menindaklanjuti pertemuan ini dengan penyusunan nota kesepahaman.
""",
        "expected": _no(),
    },
    # --- an evaluation meeting about an older agreement
    {
        "id": "n03",
        "published": "2023-06-14",
        "text": """SAMARINDA – Biro Pemerintahan dan Otonomi Daerah Setdaprov Kaltim menggelar rapat evaluasi pelaksanaan kesepakatan bersama antara Pemprov Kaltim dan Pemprov Sulawesi Selatan di Ruang Rapat Tepian I, Kantor Gubernur Kaltim, Rabu (14/6/2023).
Kesepakatan bersama tersebut ditandatangani kedua gubernur pada 2019 dan berakhir tahun depan.
Kepala Biro Pemerintahan dan Otda Kaltim Siti Sugiyanti mengatakan, dari 12 PKS turunan, baru tujuh yang berjalan.
"PKS bidang perhubungan dan perikanan perlu dipercepat," katanya.
Rapat dihadiri perwakilan OPD dari kedua provinsi secara daring.
""",
        "expected": _no(),
    },
    # --- two regional banks; the governor only witnesses
    {
        "id": "n04",
        "published": "2023-07-10",
        "text": """PALEMBANG, sumeks.co - PT Bank Pembangunan Daerah Sumatera Selatan dan Bangka Belitung (Bank Sumsel Babel) dan PT Bank Pembangunan Daerah Jawa Barat dan Banten (Bank BJB) menandatangani perjanjian Kelompok Usaha Bank (KUB) di Palembang, Senin (10/7/2023).
Penandatanganan dilakukan Direktur Utama Bank Sumsel Babel Firmansyah Putra dan Direktur Utama Bank BJB Hendra Kusuma, disaksikan Gubernur Sumsel.
Gubernur Sumsel, dalam sambutannya, mengatakan pemprov sebagai pemegang saham pengendali mendukung penguatan modal bank daerah.
"KUB ini memenuhi ketentuan modal inti minimum dari OJK," kata Firmansyah.
""",
        "expected": _no(),
    },
    # --- chambers of commerce sign; governors witness
    {
        "id": "n05",
        "published": "2022-11-17",
        "text": """MAKASSAR - Kamar Dagang dan Industri (Kadin) Sulawesi Selatan dan Kadin Jawa Timur menandatangani nota kesepahaman kerja sama perdagangan antarpulau di sela misi dagang Jatim di Hotel Gammara, Makassar, Kamis (17/11/2022).
MoU diteken Ketua Kadin Sulsel Andi Rahmat dan Ketua Kadin Jatim Budi Harsono, disaksikan Gubernur Jatim dan Gubernur Sulsel.
Transaksi dagang dalam misi itu mencapai Rp 120 miliar.
""",
        "expected": _no(),
    },
    # --- two ministries
    {
        "id": "n06",
        "published": "2023-02-03",
        "text": """JAKARTA, KOMPAS.com - Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) dan Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional (ATR/BPN) menandatangani nota kesepahaman tentang percepatan pengadaan tanah untuk proyek strategis nasional di Jakarta, Jumat (3/2/2023).
Nota kesepahaman diteken Menteri PUPR Agus Hermawan dan Menteri ATR/Kepala BPN Hadi Santoso.
Kerja sama ini antara lain untuk mempercepat pembebasan lahan jalan tol di Sumatera Selatan, Jawa Tengah dan Kalimantan Timur.
"Pengadaan tanah selama ini jadi hambatan utama," ujar Agus.
""",
        "expected": _no(),
    },
    # --- a province in a comparison; an old MoU recalled
    {
        "id": "n07",
        "published": "2023-07-11",
        "text": """SEMARANG - Realisasi penyaluran kredit usaha rakyat (KUR) di Jawa Tengah tercatat tercepat se-Indonesia hingga semester I 2023.
Gubernur Jateng Bambang Sudiro mengatakan, capaian itu tak lepas dari kerja sama yang baik antara pemprov, perbankan dan OJK.
"Jateng mengalahkan Jawa Timur dan Jawa Barat dalam penyaluran KUR," ujarnya, Selasa (11/7/2023).
Ia menambahkan, sejak nota kesepahaman dengan 24 bank penyalur ditandatangani pada 2021, penyaluran KUR terus naik.
""",
        "expected": _no(),
    },
    # --- a year-end summary of agreements signed earlier
    {
        "id": "n08",
        "published": "2022-12-29",
        "text": """SAMARINDA, kaltimkece.id - Sepanjang 2022, Pemerintah Provinsi Kalimantan Timur telah menandatangani 18 dokumen kerja sama dengan pemerintah daerah lain, perguruan tinggi dan badan usaha.
Kepala Biro Pemerintahan dan Otonomi Daerah Setdaprov Kaltim Rahmat Jaya mengatakan, di antaranya kesepakatan bersama dengan Pemprov Jawa Timur yang diteken pada Juli 2022 dan dengan Pemprov Sulawesi Barat pada Oktober 2022.
"Tahun depan kita fokus pada implementasi, bukan menambah jumlah dokumen," ujarnya, Kamis (29/12/2022).
Menurutnya, sebagian kerja sama belum berjalan karena keterbatasan anggaran.
""",
        "expected": _no(),
    },
    # --- exploration ("menjajaki")
    {
        "id": "n09",
        "published": "2023-05-08",
        "text": """PALU – Pemprov Sulawesi Tengah menjajaki kerja sama dengan Pemprov Jawa Barat di bidang pendidikan vokasi dan industri pengolahan kakao. Penjajakan itu dilakukan dalam pertemuan Sekda Sulteng dengan Asisten Perekonomian Setda Jabar di Gedung Sate, Bandung, Senin (8/5/2023).
"Kami belajar dari Jabar soal SMK yang terhubung dengan industri," ujar Sekda Sulteng Rudi Dewanto.
Kedua pihak sepakat menyusun draf nota kesepahaman untuk ditandatangani gubernur masing-masing tahun ini.
""",
        "expected": _no(),
    },
    # --- scheduled ("dijadwalkan")
    {
        "id": "n10",
        "published": "2023-07-17",
        "text": """YOGYAKARTA, KRjogja.com - Penandatanganan perjanjian kerja sama antara Pemda DIY dan Pemprov Kalimantan Timur di bidang pendidikan dijadwalkan berlangsung di Kepatihan, Yogyakarta, Kamis (20/7/2023) mendatang.
Kepala Biro Tata Pemerintahan Setda DIY Sri Handayani mengatakan, PKS tersebut mengatur kuota beasiswa dan asrama mahasiswa Kaltim di Yogyakarta.
"Semua dokumen sudah kami siapkan," katanya, Senin (17/7/2023).
Kerja sama DIY dan Kaltim sudah terjalin sejak 2008.
""",
        "expected": _no(),
    },
    # --- a follow-up meeting recalling an older MoU
    {
        "id": "n11",
        "published": "2023-03-08",
        "text": """KUPANG, victorynews.id - Pemprov NTT menggelar rapat koordinasi tindak lanjut nota kesepahaman dengan Pemprov Jawa Timur di Kupang, Rabu (8/3/2023).
Rapat ini menindaklanjuti MoU yang telah ditandatangani kedua gubernur di Surabaya pada 2021 lalu.
Kepala Dinas Peternakan NTT Yohanes Bire mengatakan, pengiriman sapi ke Jatim akan ditingkatkan.
"Kita ingin PKS segera ditandatangani agar pengiriman sapi bibit lancar," ujarnya.
""",
        "expected": _no(),
    },
    # --- two universities; the vice governor only attends
    {
        "id": "n12",
        "published": "2023-03-01",
        "text": """PADANG - Universitas Andalas (Unand) dan Universitas Negeri Padang (UNP) menandatangani nota kesepahaman kerja sama tridarma perguruan tinggi di Gedung Rektorat Unand, Limau Manis, Padang, Rabu (1/3/2023).
MoU diteken Rektor Unand Prof. Dr. Hendra Syafri dan Rektor UNP Prof. Dr. Yusrizal Anwar.
Acara itu dihadiri Wakil Gubernur Sumatera Barat yang berharap kedua kampus terlibat dalam pengembangan SDM daerah.
""",
        "expected": _no(),
    },
]

# A second batch, written (expected facts included) after the rules had been improved on
# the first one and scored before any further change: the honest generalisation check.
ARTICLES += [
    # --- governors only (no "Pemprov"), four provinces at a national meeting, bare "di Jakarta"
    {
        "id": "f01",
        "published": "2022-07-13",
        "text": """Jakarta (ANTARA) - Gubernur Kalimantan Tengah H. Fahmi Ridwan, Gubernur Kalimantan Selatan H. Syahrial Anwar dan Gubernur Kalimantan Timur Robert Tanasale menandatangani nota kesepakatan kerja sama regional Kalimantan tentang pengendalian kebakaran hutan dan lahan serta pengembangan jalan trans-Kalimantan.
Penandatanganan berlangsung di sela Rapat Kerja Nasional APPSI di Jakarta, Rabu (13/7/2022).
Selain tiga gubernur, Wakil Gubernur Kalimantan Barat Ria Susanti juga menandatangani nota itu.
"Asap tidak mengenal batas provinsi," kata Fahmi.
Kesepakatan itu akan ditindaklanjuti dengan perjanjian kerja sama oleh dinas kehutanan dan dinas pekerjaan umum masing-masing provinsi.
""",
        "expected": {
            "is_agreement": True,
            "parties": [
                _p("Kalimantan Tengah"),
                _p("Kalimantan Selatan"),
                _p("Kalimantan Timur"),
                _p("Kalimantan Barat"),
            ],
            "opds": [],
            "sectors": [("kehutanan", "lingkungan_hidup", "trantibum_linmas"), "pupr"],
            "signed_on": "2022-07-13",
            "place": "Jakarta",
            "signatories": [
                _s("Fahmi Ridwan", "Gubernur Kalimantan Tengah"),
                _s("Syahrial Anwar", "Gubernur Kalimantan Selatan"),
                _s("Robert Tanasale", "Gubernur Kalimantan Timur"),
                _s("Ria Susanti", "Wakil Gubernur Kalimantan Barat"),
            ],
        },
    },
    # --- a regency with another province; "Senin lalu"; an office name with a comma
    {
        "id": "f02",
        "published": "2023-05-11",
        "text": """CIANJUR, pikiran-rakyat.com - Pemerintah Kabupaten Cianjur dan Pemerintah Provinsi DKI Jakarta menandatangani perjanjian kerja sama pasokan pangan, Senin lalu, di Pendopo Kabupaten Cianjur.
Perjanjian diteken Bupati Cianjur Hj. Rini Agustina dan Kepala Dinas Ketahanan Pangan, Kelautan dan Pertanian (DKPKP) DKI Jakarta Ir. Wahyu Hidayat, M.Si.
Melalui kerja sama itu, petani Cianjur akan memasok beras, sayuran dan telur ayam ke pasar-pasar milik Perumda Pasar Jaya.
"Harga di tingkat petani jadi lebih pasti," ujar Rini.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kabupaten Cianjur", "regency"), _p("DKI Jakarta")],
            "opds": ["Dinas Ketahanan Pangan, Kelautan dan Pertanian (DKPKP) DKI Jakarta"],
            "sectors": ["pangan"],
            "signed_on": "2023-05-08",
            "place": "Pendopo Kabupaten Cianjur",
            "signatories": [
                _s("Rini Agustina", "Bupati Cianjur"),
                _s("Wahyu Hidayat", "Kepala DKPKP DKI Jakarta"),
            ],
        },
    },
    # --- two cities; two-digit year; the venue is a "Balai Kota"
    {
        "id": "f03",
        "published": "2020-03-10",
        "text": """BUKITTINGGI - Pemerintah Kota Bukittinggi dan Pemerintah Kota Payakumbuh meneken kesepakatan bersama tentang pengelolaan pasar dan pemberdayaan usaha mikro, kecil dan menengah (UMKM), Senin (9/3/20).
Kesepakatan ditandatangani Wali Kota Bukittinggi Erman Syafri dan Wali Kota Payakumbuh Rizal Maidi di Balai Kota Bukittinggi.
Menurut Erman, pedagang dari Payakumbuh selama ini banyak berjualan di Pasar Atas.
"Kita ingin pedagang kedua kota sama-sama untung," katanya.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kota Bukittinggi", "city"), _p("Kota Payakumbuh", "city")],
            "opds": [],
            "sectors": ["perdagangan", "kukm"],
            "signed_on": "2020-03-09",
            "place": "Balai Kota Bukittinggi",
            "signatories": [
                _s("Erman Syafri", "Wali Kota Bukittinggi"),
                _s("Rizal Maidi", "Wali Kota Payakumbuh"),
            ],
        },
    },
    # --- province with its guarantee company; publication known to the month; "Plh Sekda"
    {
        "id": "f04",
        "published": "2021-11",
        "text": """Pemprov Jambi Gandeng Jamkrida Jambi Jamin Kredit UMKM

JAMBI - Pemerintah Provinsi Jambi dan PT Jamkrida Jambi menandatangani perjanjian kerja sama penjaminan kredit bagi pelaku usaha mikro, kecil dan menengah, Rabu (3/11), di Ruang Rapat Utama Kantor Gubernur Jambi.
PKS ditandatangani Plh Sekda Jambi Drs. H. Sudirman, M.M. dan Direktur Utama PT Jamkrida Jambi Rudi Hartawan.
Sudirman mengatakan, pemprov menyiapkan dana penjaminan Rp 10 miliar tahun ini.
"UMKM yang tidak punya agunan tetap bisa mendapat kredit," ujarnya.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jambi"), _p("PT Jamkrida Jambi", "other")],
            "opds": [],
            "sectors": ["kukm"],
            "signed_on": "2021-11-03",
            "place": "Ruang Rapat Utama Kantor Gubernur Jambi",
            "signatories": [
                _s("Sudirman", "Plh Sekda Jambi"),
                _s("Rudi Hartawan", "Direktur Utama PT Jamkrida Jambi"),
            ],
        },
    },
    # --- PKS signed by heads of offices with long acronyms; "Kamis, 9 Maret 2023 lalu"
    {
        "id": "f05",
        "published": "2023-03-13",
        "text": """TANJUNGPINANG, batampos.co.id – Pemerintah Provinsi Sumatera Barat dan Pemerintah Provinsi Kepulauan Riau menandatangani perjanjian kerja sama pertukaran data statistik, pengembangan aplikasi layanan publik dan riset daerah, Kamis, 9 Maret 2023 lalu, di Hotel Aston, Tanjungpinang.
PKS ditandatangani Kepala Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) Sumbar Andri Yulika dan Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida) Kepri Hj. Aisyah Rahmi.
PKS ini merupakan turunan dari kesepakatan bersama kedua gubernur yang diteken pada 2021.
"Data yang sama membuat perencanaan lebih tepat," ujar Aisyah.
""",
        "expected": {
            "is_agreement": True,
            "agreement_type": "perjanjian_kerja_sama",
            "parties": [_p("Sumatera Barat"), _p("Kepulauan Riau")],
            "opds": [
                "Dinas Komunikasi, Informatika dan Statistik (Diskominfotik) Sumbar",
                "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida) Kepri",
            ],
            "sectors": ["statistik", "kominfo", "litbang"],
            "signed_on": "2023-03-09",
            "place": "Hotel Aston, Tanjungpinang",
            "signatories": [
                _s("Andri Yulika", "Kepala Diskominfotik Sumbar"),
                _s("Aisyah Rahmi", "Kepala Bapperida Kepri"),
            ],
            "prior_cooperation_since": 2021,
        },
    },
    # --- both governors sign, the minister witnesses; dateline is home, venue in Jakarta
    {
        "id": "f06",
        "published": "2023-02-10",
        "text": """MAMUJU, sulbarkini.id - Pj Gubernur Sulawesi Barat Zainal Arifin dan Gubernur Kalimantan Timur Robert Tanasale menandatangani kesepakatan bersama penyediaan pangan untuk Ibu Kota Nusantara, Kamis (9/2/2023).
Penandatanganan dilakukan di Gedung Sasana Bhakti Praja, Kementerian Dalam Negeri, Jakarta, dan disaksikan langsung oleh Menteri Dalam Negeri.
Sulbar akan memasok beras, jagung dan ternak sapi ke kawasan IKN.
"Ini peluang besar bagi petani dan peternak Sulbar," kata Zainal di Mamuju, Jumat.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sulawesi Barat"), _p("Kalimantan Timur")],
            "opds": [],
            "sectors": ["pangan", "pertanian"],
            "signed_on": "2023-02-09",
            "place": "Gedung Sasana Bhakti Praja, Kementerian Dalam Negeri, Jakarta",
            "signatories": [
                _s("Zainal Arifin", "Pj Gubernur Sulawesi Barat"),
                _s("Robert Tanasale", "Gubernur Kalimantan Timur"),
            ],
        },
    },
    # --- province with its university, "resmi menjalin kerja sama", the MoU in a relative clause
    {
        "id": "f07",
        "published": "2023-07-21",
        "text": """Bengkulu (ANTARA) - Pemerintah Provinsi Bengkulu dan Universitas Bengkulu (Unib) resmi menjalin kerja sama di bidang penelitian, pengabdian kepada masyarakat dan peningkatan kapasitas aparatur.
Kerja sama itu dituangkan dalam nota kesepahaman yang diteken Gubernur Bengkulu Drs. H. Rachmat Hidayat Syah dan Rektor Unib Prof. Dr. Hendri Saputra, M.Sc. di Gedung Daerah Bengkulu, Jumat (21/7/2023).
Rachmat berharap dosen dan mahasiswa Unib membantu pemetaan potensi desa wisata.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Bengkulu"), _p("Universitas Bengkulu", "other")],
            "opds": [],
            "sectors": ["litbang", ("diklat", "kepegawaian")],
            "signed_on": "2023-07-21",
            "place": "Gedung Daerah Bengkulu",
            "signatories": [
                _s("Rachmat Hidayat Syah", "Gubernur Bengkulu"),
                _s("Hendri Saputra", "Rektor Unib"),
            ],
        },
    },
    # --- an addendum worded "perubahan perjanjian", province with regency, "(15/6)"
    {
        "id": "f08",
        "published": "2023-06-16",
        "text": """BANDUNG, jabarprov.go.id - Pemerintah Daerah Provinsi Jawa Barat dan Pemerintah Kabupaten Bandung menandatangani perubahan perjanjian kerja sama pengelolaan sampah di Tempat Pengolahan dan Pemrosesan Akhir Sampah (TPPAS) Regional Legok Nangka, Kamis (15/6), di Gedung Sate, Bandung.
Perubahan perjanjian ditandatangani Kepala Dinas Lingkungan Hidup (DLH) Jabar Dr. Ir. Asep Suhendar, M.T. dan Sekda Kabupaten Bandung Yayan Sopian.
Perubahan itu menyangkut kuota sampah harian dari Kabupaten Bandung yang naik menjadi 300 ton.
""",
        "expected": {
            "is_agreement": True,
            "agreement_type": "adendum",
            "parties": [_p("Jawa Barat"), _p("Kabupaten Bandung", "regency")],
            "opds": ["Dinas Lingkungan Hidup (DLH) Jabar"],
            "sectors": ["lingkungan_hidup"],
            "signed_on": "2023-06-15",
            "place": "Gedung Sate, Bandung",
            "signatories": [
                _s("Asep Suhendar", "Kepala DLH Jabar"),
                _s("Yayan Sopian", "Sekda Kabupaten Bandung"),
            ],
        },
    },
    # --- Sekda level, vice governor attends, a scope list with "serta"
    {
        "id": "f09",
        "published": "2022-10-26",
        "text": """Kaltara-Jatim Perkuat Kerja Sama Lewat Kesepakatan Bersama

SURABAYA – Provinsi Kalimantan Utara dan Jawa Timur menandatangani kesepakatan bersama (KB) pada Selasa (25/10/2022) di Gedung Negara Grahadi, Surabaya.
KB ditandatangani Sekretaris Daerah Provinsi Kaltara Dr. H. Syaiful Anwar dan Sekdaprov Jatim Dr. Ir. Bambang Wahyudi.
Wakil Gubernur Kaltara H. Yusran Tarakani turut hadir dalam penandatanganan tersebut.
Ruang lingkup KB meliputi perdagangan, investasi, kelautan dan perikanan, serta pengembangan sumber daya manusia.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Utara"), _p("Jawa Timur")],
            "opds": [],
            "sectors": [
                "perdagangan",
                "penanaman_modal",
                "kelautan_perikanan",
                ("kepegawaian", "diklat", "tenaga_kerja", "pendidikan"),
            ],
            "signed_on": "2022-10-25",
            "place": "Gedung Negara Grahadi, Surabaya",
            "signatories": [
                _s("Syaiful Anwar", "Sekretaris Daerah Provinsi Kaltara"),
                _s("Bambang Wahyudi", "Sekdaprov Jatim"),
            ],
            "other_officials": [_s("Yusran Tarakani", "Wakil Gubernur Kaltara")],
        },
    },
    # --- negatives
    # --- a postponed signing
    {
        "id": "g01",
        "published": "2023-03-06",
        "text": """MAKASSAR - Penandatanganan nota kesepahaman antara Pemprov Sulawesi Selatan dan Pemprov Sulawesi Tenggara yang sedianya digelar Senin (6/3/2023) ditunda.
Kepala Biro Pemerintahan Setda Sulsel Andi Mappatoba mengatakan, Gubernur Sultra berhalangan karena menghadiri rapat di Jakarta.
"Jadwal baru akan kami umumkan," katanya.
""",
        "expected": _no(),
    },
    # --- police and army sign; the governor witnesses
    {
        "id": "g02",
        "published": "2023-08-15",
        "text": """PEKANBARU - Kepolisian Daerah (Polda) Riau dan Komando Resor Militer (Korem) 031/Wira Bima menandatangani nota kesepahaman tentang pengamanan objek vital dan penanganan kebakaran lahan di Mapolda Riau, Selasa (15/8/2023).
MoU diteken Kapolda Riau Irjen Pol Hendra Gunadi dan Danrem 031/WB Brigjen TNI Andi Saputra, disaksikan Gubernur Riau.
Gubernur meminta kedua institusi memperketat patroli di daerah rawan api.
""",
        "expected": _no(),
    },
    # --- a parliamentary study visit, with a count of past agreements
    {
        "id": "g03",
        "published": "2023-09-12",
        "text": """SURABAYA - Komisi I DPRD Provinsi Kalimantan Utara melakukan kunjungan kerja ke Biro Pemerintahan dan Otonomi Daerah Setdaprov Jatim untuk mempelajari pelaksanaan kerja sama daerah, Selasa (12/9/2023).
Jatim tercatat telah menandatangani 30 kesepakatan bersama dengan provinsi lain sejak 2019.
"Kami ingin Kaltara juga aktif menjalin kerja sama antardaerah," kata Ketua Komisi I DPRD Kaltara Rahman Hakim.
""",
        "expected": _no(),
    },
    # --- a draft being discussed; the signing is conditional
    {
        "id": "g04",
        "published": "2023-05-08",
        "text": """PEKANBARU - Tim Koordinasi Kerja Sama Daerah (TKKSD) Pemprov Riau membahas rancangan perjanjian kerja sama dengan Pemprov Kepulauan Riau di bidang perhubungan laut, Senin (8/5/2023).
Rapat dipimpin Asisten Pemerintahan dan Kesra Setdaprov Riau Masrul Kasmy.
Setelah disepakati, PKS ditandatangani oleh kepala OPD masing-masing.
""",
        "expected": _no(),
    },
    # --- an award, with a count of past agreements
    {
        "id": "g05",
        "published": "2022-12-20",
        "text": """SURABAYA - Pemprov Jawa Timur meraih penghargaan sebagai provinsi dengan kinerja kerja sama daerah terbaik dari Kementerian Dalam Negeri.
Penghargaan diserahkan Menteri Dalam Negeri kepada Sekdaprov Jatim di Jakarta, Senin (19/12/2022).
Sejak 2019, Jatim menandatangani 45 kesepakatan bersama dengan 30 provinsi.
""",
        "expected": _no(),
    },
    # --- two companies (one owned by the province); the governor witnesses
    {
        "id": "g06",
        "published": "2023-01-12",
        "text": """JAKARTA - PT Jakarta Propertindo (Jakpro), BUMD milik Pemprov DKI Jakarta, dan PT Wijaya Karya (Persero) Tbk menandatangani perjanjian kerja sama pembangunan kawasan hunian terpadu di Jakarta Utara, Rabu (11/1/2023).
Penandatanganan dilakukan Direktur Utama Jakpro Ahmad Sulaiman dan Direktur Utama Wika Budi Prasetyo, disaksikan Penjabat Gubernur DKI Jakarta.
Proyek itu ditargetkan rampung pada 2025.
""",
        "expected": _no(),
    },
]
