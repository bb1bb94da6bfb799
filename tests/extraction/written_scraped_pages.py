"""Written articles wrapped in scraping noise, with their expected facts.

Real pages come with "Baca juga:" headlines inside the body (often about another signing,
other provinces, other dates), photo captions with agency credits, "Editor:"/"Reporter:"
lines, tag lists, share-button text, the page title repeated, cookie notices, English
summaries, agency datelines, related-article lists with other signing headlines, unrelated
paragraphs appended by the scraper, and multi-story digests. The last five articles are
negatives in which only the noise mentions a signing. The expected facts were fixed before
the extractor was run on the texts; people, quotes and most venues are invented.

Judgement calls are those of written_core_traps.py: only provinces are scored among the
parties; OPDs are offices of the governments taking part; a scope item may be a tuple of
codes any of which counts; nothing in the noise counts.
"""

# The test modules put this folder on sys.path; the builders are shared with round one.
from written_core_traps import _no, _p, _s

ARTICLES = [
    # --- Antara wire with a "Baca juga" headline about another pair mid-body, credits at the end
    {
        "id": "r4_01",
        "published": "2024-02-20",
        "text": """Jateng dan Kalbar teken kesepakatan perdagangan dan pangan

Semarang (ANTARA) - Pemerintah Provinsi Jawa Tengah dan Pemerintah Provinsi Kalimantan Barat menandatangani kesepakatan bersama di bidang perdagangan dan ketahanan pangan di Gedung Gradhika Bhakti Praja, Semarang, Selasa.
Kesepakatan diteken Pj Gubernur Jawa Tengah Sutomo Hadiwijoyo dan Pj Gubernur Kalimantan Barat Hendra Syahputra Lubis.
Baca juga: Sumsel dan Lampung tandatangani MoU pembangunan jalan tol, Kamis (15/2/2024)
Sutomo mengatakan Jateng surplus beras dan telur, sedangkan Kalbar punya jeruk dan lada yang dibutuhkan pasar Jawa.
"Kita ingin arus barang antardua provinsi ini lancar dan harga tetap stabil," katanya.
Baca juga: Gubernur Sumbar ajak Riau kerja sama pengelolaan DAS Kampar
Hendra menambahkan, tindak lanjut kesepakatan akan dituangkan dalam perjanjian kerja sama antarperangkat daerah.

Pewarta: Dewi Kartikasari
Editor: Agus Salim
Copyright © ANTARA 2024
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jawa Tengah"), _p("Kalimantan Barat")],
            "opds": [],
            "sectors": ["perdagangan", "pangan"],
            "signed_on": "2024-02-20",
            "place": "Gedung Gradhika Bhakti Praja, Semarang",
            "signatories": [
                _s("Sutomo Hadiwijoyo", "Pj Gubernur Jawa Tengah"),
                _s("Hendra Syahputra Lubis", "Pj Gubernur Kalimantan Barat"),
            ],
        },
    },
    # --- Kompas dateline, photo caption, share text, related list with other signings
    {
        "id": "r4_02",
        "published": "2023-09-07",
        "text": """Kalteng dan Kalsel Sepakat Bangun Jalan Penghubung Antarprovinsi - Kompas.com

Kalteng dan Kalsel Sepakat Bangun Jalan Penghubung Antarprovinsi

Bagikan artikel ini: Facebook Twitter WhatsApp Salin Link

Foto: Gubernur Kalimantan Tengah Sugianto Rahmat (kiri) dan Gubernur Kalimantan Selatan Sahbirin Akbar usai penandatanganan. (KOMPAS.com/ANDI SETIAWAN)

PALANGKA RAYA, KOMPAS.com - Pemerintah Provinsi Kalimantan Tengah dan Pemerintah Provinsi Kalimantan Selatan menandatangani kesepakatan bersama tentang pembangunan jalan penghubung dan penanganan batas wilayah, Rabu (6/9/2023).
Penandatanganan dilakukan di Aula Jayang Tingang, Kantor Gubernur Kalimantan Tengah, Palangka Raya, oleh Gubernur Kalteng Sugianto Rahmat dan Gubernur Kalsel Sahbirin Akbar.
Sugianto mengatakan ruas jalan di perbatasan Barito Timur dan Tabalong selama ini rusak berat.
"Dengan kesepakatan ini, pembangunan bisa kita bagi sesuai kewenangan," ujar dia.
Sahbirin berharap penegasan batas segera selesai agar pelayanan warga di perbatasan tidak terhambat.

Penulis: Kontributor Palangka Raya, Andi Setiawan
Editor: Rina Marlina

Berita Terkait
Kaltim dan Kaltara Tandatangani Kesepakatan Bersama Bidang Kesehatan
Gubernur Kalbar dan Gubernur Sumut Teken MoU Perdagangan di Medan, Senin (4/9/2023)
Pemprov Kalsel Raih Penghargaan Pembangunan Daerah
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Tengah"), _p("Kalimantan Selatan")],
            "opds": [],
            "sectors": ["pupr", "perbatasan"],
            "signed_on": "2023-09-06",
            "place": "Aula Jayang Tingang, Kantor Gubernur Kalimantan Tengah, Palangka Raya",
            "signatories": [
                _s("Sugianto Rahmat", "Gubernur Kalimantan Tengah"),
                _s("Sahbirin Akbar", "Gubernur Kalimantan Selatan"),
            ],
        },
    },
    # --- Tribun style: Baca juga with another pair and another date, reporter, tags
    {
        "id": "r4_03",
        "published": "2023-07-07",
        "text": """TRIBUNJATIM.COM, SURABAYA - Pemprov Jawa Timur dan Pemprov Sulawesi Selatan meneken kesepakatan bersama kerja sama perdagangan antardaerah, Kamis (6/7/2023).
Penandatanganan berlangsung di Gedung Negara Grahadi, Surabaya.
Baca juga: Gubernur Bali dan Gubernur NTB Teken Kerja Sama Pariwisata, Senin (3/7/2023)
Kesepakatan ditandatangani Gubernur Jawa Timur Khofifah Indar Sari dan Gubernur Sulawesi Selatan Andi Sudirman Patompo.
Ruang lingkupnya meliputi perdagangan, pertanian, serta kelautan dan perikanan.
Baca juga: Pemprov Jatim Gelar Misi Dagang ke Kalimantan Timur, Transaksi Capai Rp 1 Triliun
Khofifah mengatakan misi dagang dengan Sulsel tahun lalu membukukan transaksi Rp 700 miliar.
"Sekarang kita ikat dengan kesepakatan agar berkelanjutan," ujarnya.

Reporter: Fikri Maulana
Editor: Dwi Prastika
Tags: Jawa Timur, Sulawesi Selatan, Khofifah, misi dagang, kerja sama
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jawa Timur"), _p("Sulawesi Selatan")],
            "opds": [],
            "sectors": ["perdagangan", "pertanian", "kelautan_perikanan"],
            "signed_on": "2023-07-06",
            "place": "Gedung Negara Grahadi, Surabaya",
            "signatories": [
                _s("Khofifah Indar Sari", "Gubernur Jawa Timur"),
                _s("Andi Sudirman Patompo", "Gubernur Sulawesi Selatan"),
            ],
        },
    },
    # --- province and regency, cookie line at the top, WordPress footer
    {
        "id": "r4_04",
        "published": "2022-05-24",
        "text": """Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui penggunaan cookie. Setuju

Pemprov Sumut dan Pemkab Karo Teken Perjanjian Kerja Sama Hortikultura

MEDAN - Pemerintah Provinsi Sumatera Utara dan Pemerintah Kabupaten Karo menandatangani perjanjian kerja sama pengembangan kawasan hortikultura di Kantor Gubernur Sumatera Utara, Medan, Senin (23/5/2022).
Perjanjian ditandatangani Kepala Dinas Tanaman Pangan dan Hortikultura Sumut Baharuddin Siregar dan Sekda Karo Kamperas Ginting.
Baca Juga: Aceh dan Sumut Sepakati MoU Penanganan Batas Wilayah di Tamiang
Baharuddin mengatakan kerja sama mencakup penyediaan bibit, pendampingan petani dan pemasaran sayur.
"Karo penyangga sayur Sumatera, bahkan sampai Malaysia," katanya.

Discussion about this post
Leave a Reply Cancel reply
Your email address will not be published.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sumatera Utara"), _p("Kabupaten Karo", "regency")],
            "opds": ["Dinas Tanaman Pangan dan Hortikultura"],
            "sectors": ["pertanian"],
            "signed_on": "2022-05-23",
            "place": "Kantor Gubernur Sumatera Utara, Medan",
            "signatories": [
                _s("Baharuddin Siregar", "Kepala Dinas Tanaman Pangan dan Hortikultura Sumut"),
                _s("Kamperas Ginting", "Sekda Karo"),
            ],
        },
    },
    # --- English summary at the top, Indonesian body
    {
        "id": "r4_05",
        "published": "2023-11-16",
        "text": """Riau-Kepri Sepakat Kembangkan Pelayaran dan Perikanan

Summary: The provincial governments of Riau and the Riau Islands signed a joint agreement on sea transport and fisheries on Wednesday in Tanjungpinang.

TANJUNGPINANG - Pemerintah Provinsi Riau dan Pemerintah Provinsi Kepulauan Riau menandatangani kesepakatan bersama tentang pengembangan angkutan laut dan perikanan tangkap di Gedung Daerah Tanjungpinang, Rabu (15/11/2023).
Kesepakatan ditandatangani Gubernur Riau Syamsuar Hadi dan Gubernur Kepulauan Riau Ansar Rahman.
Ansar mengatakan rute kapal Tanjungpinang-Dumai perlu dihidupkan kembali untuk mengangkut ikan hasil nelayan.
"Nelayan kita butuh pasar di daratan Sumatera," katanya.
Hadir pula Kepala Dinas Perhubungan Kepri Junaidi Rahman dan Kepala Dinas Kelautan dan Perikanan Riau Herman Basri.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Riau"), _p("Kepulauan Riau")],
            # Heads who are only "hadir pula" bring no office into the agreement: real
            # annotation counts offices that sign, implement or organise, even when their
            # field is the scope (an entourage "didampingi Kepala Dinas ..." likewise).
            "opds": [],
            "sectors": ["perhubungan", "kelautan_perikanan"],
            "signed_on": "2023-11-15",
            "place": "Gedung Daerah Tanjungpinang",
            "signatories": [
                _s("Syamsuar Hadi", "Gubernur Riau"),
                _s("Ansar Rahman", "Gubernur Kepulauan Riau"),
            ],
            "other_officials": [
                _s("Junaidi Rahman", "Kepala Dinas Perhubungan Kepri"),
                _s("Herman Basri", "Kepala Dinas Kelautan dan Perikanan Riau"),
            ],
        },
    },
    # --- weekly digest, one story is the signing
    {
        "id": "r4_06",
        "published": "2024-08-17",
        "text": """Kilas Sumatera Sepekan: Banjir Kudus, Stadion Baru, dan Kerja Sama Bengkulu-Sumsel

Banjir Rendam Tiga Desa di Musi Rawas
Hujan deras sejak Senin (12/8/2024) membuat Sungai Kelingi meluap dan merendam tiga desa di Kabupaten Musi Rawas. Bupati Musi Rawas Ratna Sari meninjau lokasi dan menyalurkan bantuan.

Bengkulu dan Sumsel Teken Kesepakatan Bersama
Pemerintah Provinsi Bengkulu dan Pemerintah Provinsi Sumatera Selatan menandatangani kesepakatan bersama di bidang pendidikan dan kesehatan, Rabu (14/8/2024), di Griya Agung, Palembang.
Kesepakatan diteken Gubernur Bengkulu Rohidin Saputra dan Pj Gubernur Sumatera Selatan Agus Fatoni Hakim. Kerja sama antara lain memungkinkan warga perbatasan berobat di rumah sakit provinsi tetangga.

Stadion Jakabaring Diresmikan Ulang
Menteri Pemuda dan Olahraga meresmikan renovasi Stadion Jakabaring, Jumat (16/8/2024). Stadion itu disiapkan untuk laga internasional.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Bengkulu"), _p("Sumatera Selatan")],
            "opds": [],
            "sectors": ["pendidikan", "kesehatan"],
            "signed_on": "2024-08-14",
            "place": "Griya Agung, Palembang",
            "signatories": [
                _s("Rohidin Saputra", "Gubernur Bengkulu"),
                _s("Agus Fatoni Hakim", "Pj Gubernur Sumatera Selatan"),
            ],
        },
    },
    # --- unrelated paragraphs appended by the scraper after the article
    {
        "id": "r4_07",
        "published": "2023-03-03",
        "text": """DIY dan Jateng Perkuat Kerja Sama Pariwisata dan Budaya

YOGYAKARTA - Pemerintah Daerah Daerah Istimewa Yogyakarta dan Pemerintah Provinsi Jawa Tengah menandatangani kesepakatan bersama pengembangan pariwisata dan pelestarian kebudayaan di Gedhong Pracimasana, Kompleks Kepatihan, Yogyakarta, Kamis (2/3/2023).
Kesepakatan ditandatangani Gubernur DIY Sri Sultan Hamengku Buwono X dan Gubernur Jawa Tengah Ganjar Wiratmoko.
Kawasan Borobudur dan Prambanan akan dikembangkan sebagai satu paket wisata lintas provinsi.
"Wisatawan tidak peduli batas provinsi," kata Ganjar.
(ADV)

Berita Lainnya
Gubernur Lampung Arinal Sanjaya meresmikan Jembatan Way Sekampung di Kabupaten Pringsewu, Rabu (1/3/2023). Jembatan sepanjang 120 meter itu dibangun dengan anggaran Rp 30 miliar.
Sementara itu, Polda Jawa Timur mengungkap peredaran narkoba jaringan internasional di Sidoarjo dengan barang bukti 12 kilogram sabu.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("DI Yogyakarta"), _p("Jawa Tengah")],
            "opds": [],
            "sectors": ["pariwisata", "kebudayaan"],
            "signed_on": "2023-03-02",
            "place": "Gedhong Pracimasana, Kompleks Kepatihan, Yogyakarta",
            "signatories": [
                _s("Sri Sultan Hamengku Buwono X", "Gubernur DIY"),
                _s("Ganjar Wiratmoko", "Gubernur Jawa Tengah"),
            ],
        },
    },
    # --- photo captions that repeat the signing, ANTARA photo credits
    {
        "id": "r4_08",
        "published": "2022-10-19",
        "text": """NTB dan NTT Sepakati Kerja Sama Pariwisata dan Perdagangan

Gubernur NTB Lalu Hamzah Zainuddin (kanan) dan Gubernur NTT Yosef Lede Bataona menunjukkan naskah kesepakatan bersama di Mataram, Selasa (18/10/2022). ANTARA FOTO/Ahmad Subaidi/nym.

Mataram (ANTARA) - Pemerintah Provinsi Nusa Tenggara Barat dan Pemerintah Provinsi Nusa Tenggara Timur menandatangani kesepakatan bersama tentang pengembangan pariwisata dan perdagangan antardaerah di Gedung Sangkareang, Kantor Gubernur NTB, Mataram, Selasa.
Kesepakatan itu diteken Gubernur NTB Lalu Hamzah Zainuddin dan Gubernur NTT Yosef Lede Bataona.
Foto: Suasana penandatanganan di Gedung Sangkareang. (ANTARA/Humas Pemprov NTB)
Lalu Hamzah mengatakan paket wisata Lombok-Labuan Bajo akan dipasarkan bersama.
Yosef menambahkan NTT siap memasok sapi untuk kebutuhan NTB.

Pewarta: Awaludin
Editor: Heru Kurniawan
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Nusa Tenggara Barat"), _p("Nusa Tenggara Timur")],
            "opds": [],
            "sectors": ["pariwisata", "perdagangan"],
            "signed_on": "2022-10-18",
            "place": "Gedung Sangkareang, Kantor Gubernur NTB, Mataram",
            "signatories": [
                _s("Lalu Hamzah Zainuddin", "Gubernur NTB"),
                _s("Yosef Lede Bataona", "Gubernur NTT"),
            ],
        },
    },
    # --- Detik style with video embeds and credit codes
    {
        "id": "r4_09",
        "published": "2023-06-13",
        "text": """Jakarta - Pemprov DKI Jakarta dan Pemprov Jawa Barat meneken kesepakatan bersama pengelolaan sampah dan transportasi aglomerasi di Balai Kota Jakarta, Senin (12/6/2023).
Simak Video "Sampah Jakarta Menumpuk di Bantargebang"
[Gambas:Video 20detik]
Kesepakatan ditandatangani Pj Gubernur DKI Jakarta Heru Budi Santoso dan Gubernur Jawa Barat Ridwan Kurniawan.
Heru mengatakan TPST Bantargebang sudah hampir penuh sehingga DKI perlu memanfaatkan TPPAS Lulut Nambo di Bogor.
"Selain sampah, kita juga sepakat mengintegrasikan angkutan umum Jabodetabek," ujarnya.
Simak juga Video: Gubernur Banten dan Gubernur Lampung Teken MoU Selat Sunda
(idn/fas)
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("DKI Jakarta"), _p("Jawa Barat")],
            "opds": [],
            "sectors": ["lingkungan_hidup", "perhubungan"],
            "signed_on": "2023-06-12",
            "place": "Balai Kota Jakarta",
            "signatories": [
                _s("Heru Budi Santoso", "Pj Gubernur DKI Jakarta"),
                _s("Ridwan Kurniawan", "Gubernur Jawa Barat"),
            ],
        },
    },
    # --- related articles at the bottom with other signings and their dates
    {
        "id": "r4_10",
        "published": "2022-05-14",
        "text": """Maluku dan Malut Teken Kesepakatan Bersama Kelautan dan Perikanan

AMBON - Pemerintah Provinsi Maluku dan Pemerintah Provinsi Maluku Utara menandatangani kesepakatan bersama di bidang kelautan dan perikanan di Lantai VII Kantor Gubernur Maluku, Ambon, Jumat (13/5/2022).
Kesepakatan ditandatangani Gubernur Maluku Murad Ismail Latuconsina dan Gubernur Maluku Utara Abdul Gani Kasuba Tidore.
Murad mengatakan kedua provinsi berbagi wilayah pengelolaan perikanan yang sama sehingga pengawasan kapal harus dilakukan bersama.
Abdul Gani berharap kerja sama dapat menekan pencurian ikan oleh kapal asing.

Artikel Terkait:
Sulteng dan Gorontalo Teken Kesepakatan Perdagangan (10/5/2022)
Papua Barat dan Maluku Tandatangani MoU Pendidikan di Manokwari (2/5/2022)
Gubernur Murad Lantik Pejabat Eselon II (9/5/2022)
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Maluku"), _p("Maluku Utara")],
            "opds": [],
            "sectors": ["kelautan_perikanan"],
            "signed_on": "2022-05-13",
            "place": "Lantai VII Kantor Gubernur Maluku, Ambon",
            "signatories": [
                _s("Murad Ismail Latuconsina", "Gubernur Maluku"),
                _s("Abdul Gani Kasuba Tidore", "Gubernur Maluku Utara"),
            ],
        },
    },
    # --- Baca juga right after the signing sentence, naming two other provinces
    {
        "id": "r4_11",
        "published": "2024-01-26",
        "text": """Aceh dan Sumut Jalin Kerja Sama Perdagangan dan Transportasi

BANDA ACEH - Pemerintah Aceh dan Pemerintah Provinsi Sumatera Utara menandatangani kesepakatan bersama tentang kerja sama perdagangan dan transportasi di Meuligoe Gubernur Aceh, Banda Aceh, Kamis (25/1/2024).
BACA JUGA: Pj Gubernur Sumbar dan Jambi Tandatangani Kesepakatan Pengembangan Wisata di Padang
Kesepakatan ditandatangani Pj Gubernur Aceh Bustami Hamzah Lubis dan Pj Gubernur Sumatera Utara Hassanudin Siregar.
Bustami mengatakan jalur darat Banda Aceh-Medan menjadi urat nadi distribusi barang di Aceh.
BACA JUGA: Jalan Lintas Barat Aceh Putus Akibat Longsor, Warga Diminta Waspada
"Kerja sama ini juga membuka peluang trayek bus dan kereta api," kata Hassanudin.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Aceh"), _p("Sumatera Utara")],
            "opds": [],
            "sectors": ["perdagangan", "perhubungan"],
            "signed_on": "2024-01-25",
            "place": "Meuligoe Gubernur Aceh, Banda Aceh",
            "signatories": [
                _s("Bustami Hamzah Lubis", "Pj Gubernur Aceh"),
                _s("Hassanudin Siregar", "Pj Gubernur Sumatera Utara"),
            ],
        },
    },
    # --- provincial website release: share buttons, view counter, posting date, tags
    {
        "id": "r4_12",
        "published": "2023-10-22",
        "text": """Beranda / Berita / Pemerintahan
Kaltara dan Kaltim Sepakat Kerja Sama Kesehatan dan Pendidikan
Diposting pada 22 Oktober 2023 oleh admin | Dilihat: 245 kali
Bagikan: Facebook | Twitter | WhatsApp | Telegram

TANJUNG SELOR - Pemerintah Provinsi Kalimantan Utara dan Pemerintah Provinsi Kalimantan Timur menandatangani kesepakatan bersama bidang kesehatan dan pendidikan, Jumat (20/10/2023), di Gedung Gadis, Kantor Gubernur Kalimantan Utara, Tanjung Selor.
Kesepakatan ditandatangani Gubernur Kaltara Zainal Arifin Paliwang Putra dan Gubernur Kaltim Isran Nur Hadi.
Zainal mengatakan banyak warga Kaltara yang dirujuk ke rumah sakit di Samarinda dan Balikpapan.
Kerja sama juga membuka kuota beasiswa bagi pelajar Kaltara di perguruan tinggi negeri di Kaltim.
(Humas Pemprov Kaltara)
Tags: #Kaltara #Kaltim #KerjaSama #Kesehatan
Bagikan:
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Utara"), _p("Kalimantan Timur")],
            "opds": [],
            "sectors": ["kesehatan", "pendidikan"],
            "signed_on": "2023-10-20",
            "place": "Gedung Gadis, Kantor Gubernur Kalimantan Utara, Tanjung Selor",
            "signatories": [
                _s("Zainal Arifin Paliwang Putra", "Gubernur Kaltara"),
                _s("Isran Nur Hadi", "Gubernur Kaltim"),
            ],
        },
    },
    # --- title repeated with the site name, breadcrumb, OPD paragraph
    {
        "id": "r4_13",
        "published": "2023-08-09",
        "text": """Jambi-Riau Teken Kesepakatan Investasi dan Perkebunan | Portal Berita Jambi
Home » Daerah » Pemerintahan
Jambi-Riau Teken Kesepakatan Investasi dan Perkebunan

JAMBI - Pemerintah Provinsi Jambi dan Pemerintah Provinsi Riau menandatangani kesepakatan bersama tentang penanaman modal dan pengembangan perkebunan sawit rakyat di Rumah Dinas Gubernur Jambi, Selasa (8/8/2023).
Kesepakatan ditandatangani Gubernur Jambi Al Haris Bahar dan Gubernur Riau Syamsuar Hadi.
Al Haris mengatakan kesepakatan ini akan ditindaklanjuti oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) serta Dinas Perkebunan kedua provinsi.
"Kita ingin hilirisasi sawit berjalan di Jambi dan Riau," katanya.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jambi"), _p("Riau")],
            "opds": [
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)",
                "Dinas Perkebunan",
            ],
            "sectors": ["penanaman_modal", "pertanian"],
            "signed_on": "2023-08-08",
            "place": "Rumah Dinas Gubernur Jambi",
            "signatories": [
                _s("Al Haris Bahar", "Gubernur Jambi"),
                _s("Syamsuar Hadi", "Gubernur Riau"),
            ],
        },
    },
    # --- agency dateline, Instagram embed text, Baca juga about an old MoU at the end
    {
        "id": "r4_14",
        "published": "2024-03-06",
        "text": """SEMARANG, suaramerdeka.com - Pemerintah Provinsi Jawa Tengah dan Pemerintah Provinsi Papua Selatan menandatangani kesepakatan bersama di bidang pendidikan, Selasa (5/3/2024), di Kantor Gubernur Jawa Tengah, Semarang.
Kesepakatan diteken Pj Gubernur Jawa Tengah Sutomo Hadiwijoyo dan Pj Gubernur Papua Selatan Apolo Safanpo Gebze.
Lihat postingan ini di Instagram
Sebuah kiriman dibagikan oleh Pemprov Jateng (@humasjateng)
Melalui kerja sama ini, 100 pelajar asal Merauke akan mendapat beasiswa di SMK Jawa Tengah.
"Anak-anak Papua Selatan akan kami didik seperti anak kami sendiri," kata Sutomo.
Baca juga: Jateng dan Papua Tandatangani MoU Afirmasi Pendidikan pada 2019 Silam
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jawa Tengah"), _p("Papua Selatan")],
            "opds": [],
            "sectors": ["pendidikan"],
            "signed_on": "2024-03-05",
            "place": "Kantor Gubernur Jawa Tengah, Semarang",
            "signatories": [
                _s("Sutomo Hadiwijoyo", "Pj Gubernur Jawa Tengah"),
                _s("Apolo Safanpo Gebze", "Pj Gubernur Papua Selatan"),
            ],
        },
    },
    # --- province and university, captions and credits
    {
        "id": "r4_15",
        "published": "2022-12-02",
        "text": """Pemprov Bengkulu Gandeng Unib Riset Pertanian

Foto: Gubernur Bengkulu dan Rektor Unib berfoto bersama usai penandatanganan MoU. (Dok. Diskominfotik Bengkulu)

BENGKULU - Pemerintah Provinsi Bengkulu dan Universitas Bengkulu (Unib) menandatangani nota kesepahaman tentang penelitian dan pengembangan pertanian di Balai Raya Semarak, Bengkulu, Kamis (1/12/2022).
Nota kesepahaman ditandatangani Gubernur Bengkulu Rohidin Saputra dan Rektor Unib Retno Agustina Ekaputri.
Rohidin mengatakan hasil riset kampus harus sampai ke petani kopi dan padi.
Editor: Yuni Kartika
Reporter: Heru Santoso
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Bengkulu"), _p("Universitas Bengkulu", "other")],
            "opds": [],
            "sectors": [("litbang", "pertanian")],
            "signed_on": "2022-12-01",
            "place": "Balai Raya Semarak, Bengkulu",
            "signatories": [
                _s("Rohidin Saputra", "Gubernur Bengkulu"),
                _s("Retno Agustina Ekaputri", "Rektor Unib"),
            ],
        },
    },
    # --- digest of regional stories, the signing is the second one
    {
        "id": "r4_16",
        "published": "2023-02-11",
        "text": """SULBAR SEPEKAN

DBD Meningkat di Polewali Mandar
Dinas Kesehatan Polewali Mandar mencatat 87 kasus demam berdarah sepanjang Januari 2023. Warga diminta menguras bak mandi.

Sulbar-Sulsel Teken Kesepakatan Bersama
Pemprov Sulawesi Barat dan Pemprov Sulawesi Selatan menandatangani kesepakatan bersama pengembangan perikanan dan ketahanan pangan di Kantor Gubernur Sulawesi Selatan, Makassar, Kamis (9/2/2023). Kesepakatan diteken Pj Gubernur Sulbar Akmal Malik Piliang dan Gubernur Sulsel Andi Sudirman Patompo.

Pejabat Eselon III Dilantik
Sekda Sulbar Muhammad Idris Dg Nai melantik 40 pejabat administrator di Mamuju, Jumat (10/2/2023).
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sulawesi Barat"), _p("Sulawesi Selatan")],
            "opds": [],
            "sectors": ["kelautan_perikanan", "pangan"],
            "signed_on": "2023-02-09",
            "place": "Kantor Gubernur Sulawesi Selatan, Makassar",
            "signatories": [
                _s("Akmal Malik Piliang", "Pj Gubernur Sulbar"),
                _s("Andi Sudirman Patompo", "Gubernur Sulsel"),
            ],
        },
    },
    # --- comments, popular list and trending with other signing headlines at the bottom
    {
        "id": "r4_17",
        "published": "2023-05-26",
        "text": """Bali dan Sulut Sepakati Kerja Sama Pariwisata dan Budaya

DENPASAR, balipost.com - Pemprov Bali dan Pemprov Sulawesi Utara menandatangani kesepakatan bersama kerja sama pariwisata dan pelestarian budaya di Gedung Jaya Sabha, Denpasar, Kamis (25/5/2023).
Kesepakatan ditandatangani Gubernur Bali Wayan Koster Mahendra dan Gubernur Sulawesi Utara Olly Dondokambey Sondakh.
Olly mengatakan penerbangan langsung Manado-Denpasar akan dibuka kembali untuk mendukung kerja sama ini.

Komentar
Tulis komentar Anda di sini...

Berita Populer
1. NTB dan Bali Teken Kerja Sama Penanganan Sampah Laut
2. Gubernur Koster Tandatangani MoU dengan Kementerian Investasi, Selasa (23/5/2023)
3. Harga Cabai di Denpasar Naik Jelang Galungan
Trending: #Galungan #Koster #Sampah
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Bali"), _p("Sulawesi Utara")],
            "opds": [],
            "sectors": ["pariwisata", "kebudayaan"],
            "signed_on": "2023-05-25",
            "place": "Gedung Jaya Sabha, Denpasar",
            "signatories": [
                _s("Wayan Koster Mahendra", "Gubernur Bali"),
                _s("Olly Dondokambey Sondakh", "Gubernur Sulawesi Utara"),
            ],
        },
    },
    # --- Kompas page furniture: listen button, Baca juga, WhatsApp channel, Google News
    {
        "id": "r4_18",
        "published": "2022-08-04",
        "text": """Dengarkan berita ini

BANDUNG, KOMPAS.com - Pemerintah Provinsi Jawa Barat dan Pemerintah Provinsi Banten menandatangani kesepakatan bersama tentang pengelolaan Daerah Aliran Sungai Cisadane dan angkutan umum lintas provinsi, Rabu (3/8/2022).
Penandatanganan berlangsung di Gedung Sate, Bandung.
Baca juga: Jateng dan Jatim Sepakati Penanganan Bengawan Solo, Kamis (28/7/2022)
Kesepakatan ditandatangani Gubernur Jawa Barat Ridwan Kurniawan dan Gubernur Banten Wahidin Halim Prawira.
Ridwan mengatakan pencemaran Cisadane harus ditangani dari hulu di Bogor hingga hilir di Tangerang.
Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel.
Ikuti kami di Google News.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jawa Barat"), _p("Banten")],
            "opds": [],
            "sectors": [("lingkungan_hidup", "pupr"), "perhubungan"],
            "signed_on": "2022-08-03",
            "place": "Gedung Sate, Bandung",
            "signatories": [
                _s("Ridwan Kurniawan", "Gubernur Jawa Barat"),
                _s("Wahidin Halim Prawira", "Gubernur Banten"),
            ],
        },
    },
    # --- addendum, advertisement markers between paragraphs
    {
        "id": "r4_19",
        "published": "2023-04-12",
        "text": """Sumsel dan Babel Teken Adendum Kerja Sama Energi

ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
PALEMBANG - Pemerintah Provinsi Sumatera Selatan dan Pemerintah Provinsi Kepulauan Bangka Belitung menandatangani adendum kesepakatan bersama tentang penyediaan energi listrik dan gas, Selasa (11/4/2023), di Griya Agung, Palembang.
Adendum ditandatangani Gubernur Sumsel Herman Deru Pratama dan Pj Gubernur Babel Ridwan Djamaluddin Putra.
ADVERTISEMENT
Herman Deru mengatakan adendum diperlukan karena pasokan gas dari Sumsel ke Bangka kini lewat pipa bawah laut.
Ridwan berharap pemadaman listrik di Belitung tidak terulang.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sumatera Selatan"), _p("Kepulauan Bangka Belitung")],
            "opds": [],
            "sectors": ["esdm"],
            "signed_on": "2023-04-11",
            "place": "Griya Agung, Palembang",
            "signatories": [
                _s("Herman Deru Pratama", "Gubernur Sumsel"),
                _s("Ridwan Djamaluddin Putra", "Pj Gubernur Babel"),
            ],
        },
    },
    # --- English summary at the end, hashtags, reporter
    {
        "id": "r4_20",
        "published": "2024-05-22",
        "text": """Lampung dan Banten Sepakat Tangani Penyeberangan Selat Sunda

BANDAR LAMPUNG - Pemerintah Provinsi Lampung dan Pemerintah Provinsi Banten menandatangani kesepakatan bersama tentang pengelolaan penyeberangan Selat Sunda di Mahan Agung, Bandar Lampung, Selasa (21/5/2024).
Kesepakatan ditandatangani Pj Gubernur Lampung Samsudin Wirawan dan Pj Gubernur Banten Al Muktabar Hasan.
Samsudin mengatakan antrean truk di Pelabuhan Bakauheni dan Merak harus diurai bersama menjelang libur Lebaran.
Reporter: Tri Wahyudi
#Lampung #Banten #SelatSunda
Read in English: Lampung and Banten sign agreement on Sunda Strait ferry crossings, signed by both acting governors.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Lampung"), _p("Banten")],
            "opds": [],
            "sectors": ["perhubungan"],
            "signed_on": "2024-05-21",
            "place": "Mahan Agung, Bandar Lampung",
            "signatories": [
                _s("Samsudin Wirawan", "Pj Gubernur Lampung"),
                _s("Al Muktabar Hasan", "Pj Gubernur Banten"),
            ],
        },
    },
    # === negatives: only the noise mentions a signing
    # --- flood article with a Baca juga headline about an MoU
    {
        "id": "r4_n1",
        "published": "2023-12-05",
        "text": """Banjir Rendam Ratusan Rumah di Dayeuhkolot

BANDUNG - Ratusan rumah di Kecamatan Dayeuhkolot, Kabupaten Bandung, terendam banjir setinggi satu meter setelah Sungai Citarum meluap, Senin (4/12/2023).
Baca juga: Pemprov Jabar dan Pemprov Jateng Teken MoU Penanganan Banjir dan DAS Citanduy
Kepala BPBD Kabupaten Bandung Uka Suska mengatakan 1.200 warga mengungsi ke masjid dan sekolah.
"Kami sudah mendirikan dapur umum," ujarnya.
Baca juga: Gubernur Jabar Tandatangani Kesepakatan dengan Kementerian PUPR soal Normalisasi Citarum
Warga berharap pemerintah segera mengeruk sedimentasi sungai.
Editor: Asep Sunandar
""",
        "expected": _no(),
    },
    # --- inflation meeting with a related list of signing headlines
    {
        "id": "r4_n2",
        "published": "2024-04-02",
        "text": """Pemprov Sulteng Gelar Rapat Pengendalian Inflasi Jelang Idulfitri

PALU - Pemerintah Provinsi Sulawesi Tengah menggelar rapat koordinasi pengendalian inflasi daerah di Kantor Gubernur Sulawesi Tengah, Palu, Senin (1/4/2024).
Rapat dipimpin Sekda Sulteng Novalina Wiswadewa dan diikuti bupati serta wali kota se-Sulteng.
Novalina meminta pemerintah kabupaten menggelar pasar murah dan memantau stok beras.
Foto: Suasana rapat pengendalian inflasi. (Dok. Biro Adpim Sulteng)

Berita Terkait
Sulteng dan Gorontalo Tandatangani Kesepakatan Bersama Perdagangan, Kamis (28/3/2024)
Pemprov Sulteng Teken Perjanjian Kerja Sama dengan Bank Sulteng
Gubernur Sulteng Hadiri Penandatanganan MoU Hilirisasi Nikel di Morowali
""",
        "expected": _no(),
    },
    # --- inauguration article, tags and Baca Juga about a signing
    {
        "id": "r4_n3",
        "published": "2023-09-06",
        "text": """Gubernur Sumbar Lantik 25 Pejabat Pimpinan Tinggi Pratama

PADANG - Gubernur Sumatera Barat Mahyeldi Ansharullah melantik 25 pejabat pimpinan tinggi pratama di Auditorium Gubernuran, Padang, Selasa (5/9/2023).
Mahyeldi meminta pejabat yang baru dilantik segera bekerja dan tidak menunggu arahan.
BACA JUGA: Sumbar-Riau Tandatangani Kesepakatan Bersama Pembangunan Tol Padang-Pekanbaru
"Rakyat menunggu hasil kerja, bukan seremoni," katanya.
Tags: pelantikan, Sumbar, Mahyeldi, MoU, kerja sama daerah
Bagikan:
""",
        "expected": _no(),
    },
    # --- digest without a signing, a teaser of another article at the bottom
    {
        "id": "r4_n4",
        "published": "2023-04-08",
        "text": """Kaltim Hari Ini

Harga Elpiji 3 Kg Naik di Samarinda
Harga elpiji 3 kilogram di sejumlah pangkalan di Samarinda naik menjadi Rp 30.000 per tabung. Disperindagkop Kaltim menggelar operasi pasar, Jumat (7/4/2023).

Jalan Tol Balsam Padat Jelang Lebaran
Volume kendaraan di Tol Balikpapan-Samarinda naik 20 persen pada akhir pekan.

Baca selengkapnya di halaman berikut:
Kaltim-Kaltara Teken Kesepakatan Bersama Bidang Kesehatan. Gubernur Kaltim dan Gubernur Kaltara menandatangani kesepakatan bersama, Senin (3/4/2023)...
""",
        "expected": _no(),
    },
    # --- festival article with an archive photo caption of an old signing
    {
        "id": "r4_n5",
        "published": "2024-07-15",
        "text": """Festival Sasando Digelar di Kupang, Ribuan Warga Padati Lapangan

KUPANG - Festival Sasando 2024 digelar di Lapangan Kantor Gubernur NTT, Kupang, Minggu (14/7/2024), dan dihadiri ribuan warga serta wisatawan.
Foto: Penandatanganan kesepakatan bersama Pemprov NTT dan Pemprov Bali di bidang pariwisata beberapa waktu lalu. (Dok. Biro Adpim NTT)
Pj Gubernur NTT Ayodhia Kalake Ndun mengatakan festival ini menjadi agenda tahunan untuk menarik wisatawan ke Kupang.
"Sasando adalah identitas kita," ujarnya.
Baca juga: NTT dan Bali Teken MoU Pariwisata, Paket Wisata Labuan Bajo-Bali Segera Diluncurkan
Editor: Maria Goreti
""",
        "expected": _no(),
    },
]
