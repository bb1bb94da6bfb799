# ruff: noqa: RUF001 - real news text uses en dashes in datelines
"""Written press releases and wire copy, with their expected facts.

Written after the second round of rule changes, and deliberately unlike the first 55
articles: long provincial press releases full of speeches, terse wire copy, office lists
in their own paragraph or only as acronyms, bullet-like scope lines, sector words in
speeches, wishes and offers, multi-pair signings at association events, addenda and
extensions, province-regency, province-university and cross-province regency pairs,
typos ("Pemprov.Jambi", "Kerjasama", "MOU"), and publication dates that are full,
month-only, year-only or unknown. The expected facts were fixed before the extractor was
run on the texts; people, quotes and most venues are invented.

The judgement calls are those of written_core_traps.py (see its docstring): only provinces
are scored among the parties; OPDs are offices of the governments taking part; a scope item
may be a tuple of codes any of which counts; generic scope is not listed.
"""

# The test modules put this folder on sys.path; the builders are shared with round one.
from written_core_traps import _no, _p, _s

ARTICLES = [
    # --- long press release, speeches with the governor's own programmes, wish, OPD paragraph
    {
        "id": "r3_01",
        "published": "2023-07-06",
        "text": """Sultra dan Jateng Resmi Jalin Kerja Sama, Gubernur: Kita Saling Melengkapi

KENDARI – Pemerintah Provinsi Sulawesi Tenggara dan Pemerintah Provinsi Jawa Tengah resmi menandatangani kesepakatan bersama tentang kerja sama pembangunan daerah, Rabu (5/7/2023). Penandatanganan berlangsung di Aula Bahteramas, Kantor Gubernur Sulawesi Tenggara, Kendari.
Kesepakatan ditandatangani oleh Gubernur Sulawesi Tenggara Laode Harimuddin dan Gubernur Jawa Tengah Bambang Prasetyo Wibowo.
Dalam sambutannya, Gubernur Laode Harimuddin memaparkan capaian program unggulan Pemprov Sultra selama empat tahun terakhir.
"Kami punya program berobat gratis di seluruh puskesmas, beasiswa pendidikan bagi 12 ribu mahasiswa, dan pembangunan jalan provinsi sepanjang 300 kilometer. Semua itu untuk rakyat," kata Laode.
Ia menambahkan, Sultra memiliki potensi nikel terbesar kedua di Indonesia dan sedang membangun kawasan industri di Konawe.
"Tetapi kami sadar tidak bisa berjalan sendiri. Jawa Tengah punya pengalaman panjang dalam pengelolaan pasar dan ketahanan pangan. Itu yang ingin kita pelajari," ujarnya.
Kerja sama kedua provinsi ini meliputi bidang perdagangan, pariwisata, dan ketahanan pangan.
Sementara itu, Gubernur Jawa Tengah Bambang Prasetyo Wibowo mengatakan kesepakatan ini menjadi payung bagi perangkat daerah untuk menyusun perjanjian kerja sama teknis.
"Jateng membutuhkan pasokan jagung dan rumput laut, sementara Sultra membutuhkan beras dan produk industri kecil kita. Ini saling melengkapi," kata Bambang.
Ke depan, diharapkan kerja sama ini juga bisa menyentuh sektor kesehatan dan pendidikan vokasi.
Adapun OPD terkait yakni Bappeda, Disperindag, Dispar dan Dinas Ketahanan Pangan dari kedua provinsi akan segera menindaklanjuti dengan menyusun rencana aksi.
Acara tersebut turut dihadiri Sekda Sultra Asrun Lapae, para asisten, serta pimpinan OPD lingkup Pemprov Sultra.
(Biro Adpim Setda Sultra)
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sulawesi Tenggara"), _p("Jawa Tengah")],
            "opds": ["Bappeda", "Disperindag", "Dispar", "Dinas Ketahanan Pangan"],
            "sectors": ["perdagangan", "pariwisata", "pangan"],
            "signed_on": "2023-07-05",
            "place": "Aula Bahteramas, Kantor Gubernur Sulawesi Tenggara, Kendari",
            "signatories": [
                _s("Laode Harimuddin", "Gubernur Sulawesi Tenggara"),
                _s("Bambang Prasetyo Wibowo", "Gubernur Jawa Tengah"),
            ],
            "other_officials": [_s("Asrun Lapae", "Sekda Sultra")],
        },
    },
    # --- Antara short wire, typos "Pemprov.Jambi", "MOU Kerjasama", weekday only
    {
        "id": "r3_02",
        "published": "2023-03-14",
        "text": """Jambi-Bengkulu teken MOU penanganan batas wilayah

Jambi (ANTARA) - Pemprov.Jambi dan Pemprov Bengkulu menandatangani MOU Kerjasama penanganan batas wilayah dan pembangunan jalan penghubung antarprovinsi di Jambi, Senin.
MOU diteken Gubernur Jambi Hasan Basri Lubis dan Gubernur Bengkulu Rizal Effendi.
Hasan mengatakan masih ada segmen batas di Kabupaten Merangin dan Lebong yang belum tuntas.
"Dengan MOU ini kita selesaikan bersama," katanya.

Pewarta: Nanda Putri
Editor: Rudi Hartono
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jambi"), _p("Bengkulu")],
            "opds": [],
            "sectors": ["perbatasan", "pupr"],
            "signed_on": "2023-03-13",
            "place": "Jambi",
            "signatories": [
                _s("Hasan Basri Lubis", "Gubernur Jambi"),
                _s("Rizal Effendi", "Gubernur Bengkulu"),
            ],
        },
    },
    # --- several pairs at an APPSI event
    {
        "id": "r3_03",
        "published": "2023-10-13",
        "text": """Rakernas APPSI, Enam Provinsi Teken Kesepakatan Bersama

BALIKPAPAN, kaltimpost.id - Rapat Kerja Nasional Asosiasi Pemerintah Provinsi Seluruh Indonesia (APPSI) di Hotel Gran Senyiur Balikpapan, Kamis (12/10/2023), juga diisi penandatanganan sejumlah kesepakatan bersama antarprovinsi.
Di antaranya Pemprov Kalimantan Timur dengan Pemprov Sulawesi Barat, Pemprov Kalimantan Utara dengan Pemprov Gorontalo, serta Pemprov Nusa Tenggara Barat dengan Pemprov Papua Barat.
Penandatanganan Kaltim-Sulbar dilakukan oleh Gubernur Kaltim Ahmad Syahrani dan Penjabat Gubernur Sulbar Zainal Arifin.
Ketiga kesepakatan itu mengatur kerja sama perdagangan antardaerah dan ketahanan pangan, terutama untuk menekan inflasi.
Ketua Umum APPSI yang juga Gubernur Jambi, Hasan Basri Lubis, mengatakan kerja sama antarprovinsi adalah cara paling cepat menjaga pasokan bahan pokok.
"Daerah surplus membantu daerah defisit. Itu semangat APPSI," katanya.
Rakernas APPSI berlangsung dua hari dan diikuti 34 gubernur atau yang mewakili.
""",
        "expected": {
            "is_agreement": True,
            "parties": [
                _p("Kalimantan Timur"),
                _p("Sulawesi Barat"),
                _p("Kalimantan Utara"),
                _p("Gorontalo"),
                _p("Nusa Tenggara Barat"),
                _p("Papua Barat"),
            ],
            "opds": [],
            "sectors": ["perdagangan", "pangan"],
            "signed_on": "2023-10-12",
            "place": "Hotel Gran Senyiur Balikpapan",
            "signatories": [
                _s("Ahmad Syahrani", "Gubernur Kaltim"),
                _s("Zainal Arifin", "Penjabat Gubernur Sulbar"),
            ],
            "other_officials": [_s("Hasan Basri Lubis", "Gubernur Jambi")],
        },
    },
    # --- province with a regency of its own, "pada 5 Juli lalu"
    {
        "id": "r3_04",
        "published": "2023-07-20",
        "text": """Pemprov Sumut Gandeng Pemkab Nias Selatan Atasi Stunting

MEDAN, sumutpos.co – Pemerintah Provinsi Sumatera Utara dan Pemerintah Kabupaten Nias Selatan sepakat memperkuat layanan kesehatan ibu dan anak di pulau terluar.
Kesepakatan itu tertuang dalam perjanjian kerja sama yang ditandatangani Sekda Sumut Arief Tambunan dan Bupati Nias Selatan Yusuf Laia di Kantor Gubernur Sumatera Utara pada 5 Juli lalu.
Ruang lingkup PKS mencakup penurunan angka stunting, penempatan dokter spesialis, dan beasiswa pendidikan bagi tenaga kesehatan asal Nias Selatan.
Kepala Dinas Kesehatan Provinsi Sumut, dr. Maria Sitepu, mengatakan tim dokter spesialis akan mulai bertugas di rumah sakit daerah bulan depan.
Sementara Kepala Dinas Kesehatan Nias Selatan, Otanius Ndruru, menyebut prevalensi stunting di daerahnya masih 28 persen.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sumatera Utara"), _p("Nias Selatan", "regency")],
            "opds": ["Dinas Kesehatan Provinsi Sumut", "Dinas Kesehatan Nias Selatan"],
            "sectors": ["kesehatan", "pendidikan"],
            "signed_on": "2023-07-05",
            "place": "Kantor Gubernur Sumatera Utara",
            "signatories": [
                _s("Arief Tambunan", "Sekda Sumut"),
                _s("Yusuf Laia", "Bupati Nias Selatan"),
            ],
            "other_officials": [
                _s("Maria Sitepu", "Kepala Dinas Kesehatan Provinsi Sumut"),
                _s("Otanius Ndruru", "Kepala Dinas Kesehatan Nias Selatan"),
            ],
        },
    },
    # --- province and a state university, month-only publication
    {
        "id": "r3_05",
        "published": "2022-11",
        "text": """Pemprov Bengkulu dan Unib Teken Nota Kesepahaman Tridharma

BENGKULU - Pemerintah Provinsi Bengkulu dan Universitas Bengkulu (Unib) menandatangani nota kesepahaman tentang pelaksanaan tridharma perguruan tinggi, Selasa (8/11).
Nota kesepahaman ditandatangani Gubernur Bengkulu Rizal Effendi dan Rektor Unib Prof. Dr. Hendra Saputra, M.Sc di Gedung Rektorat Unib.
Kerja sama tersebut meliputi bidang pendidikan, penelitian dan pengabdian kepada masyarakat.
"Kami ingin kebijakan daerah berbasis riset. Unib punya pakarnya," kata Rizal.
Rektor Hendra mengatakan mahasiswa KKN Unib akan diterjunkan ke desa-desa yang menjadi lokus kemiskinan ekstrem.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Bengkulu"), _p("Universitas Bengkulu", "other")],
            "opds": [],
            "sectors": ["pendidikan", "litbang"],
            "signed_on": "2022-11-08",
            "place": "Gedung Rektorat Unib",
            "signatories": [
                _s("Rizal Effendi", "Gubernur Bengkulu"),
                _s("Hendra Saputra", "Rektor Unib"),
            ],
        },
    },
    # --- two regencies of different provinces, year-only publication
    {
        "id": "r3_06",
        "published": "2023",
        "text": """Banyuwangi dan Jembrana Sepakat Kelola Penyeberangan Bersama

BANYUWANGI, radarbanyuwangi.id – Pemerintah Kabupaten Banyuwangi dan Pemerintah Kabupaten Jembrana meneken kesepakatan bersama di Pendopo Sabha Swagata Blambangan, Jumat (17/3/2023).
Kesepakatan ditandatangani Bupati Banyuwangi Ipuk Lestari dan Bupati Jembrana I Nyoman Sudarsana.
Kerja sama di bidang perhubungan penyeberangan Ketapang-Gilimanuk dan promosi pariwisata bersama menjadi fokus utama.
"Setiap libur panjang antrean kendaraan di Ketapang bisa sampai 10 kilometer. Kita harus atur bersama," kata Ipuk.
Sudarsana menambahkan, wisatawan yang berlibur ke Bali bagian barat kerap singgah di Banyuwangi.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Banyuwangi", "regency"), _p("Jembrana", "regency")],
            "opds": [],
            "sectors": ["perhubungan", "pariwisata"],
            "signed_on": "2023-03-17",
            "place": "Pendopo Sabha Swagata Blambangan",
            "signatories": [
                _s("Ipuk Lestari", "Bupati Banyuwangi"),
                _s("I Nyoman Sudarsana", "Bupati Jembrana"),
            ],
        },
    },
    # --- addendum signed by heads of offices, Sekda as witness
    {
        "id": "r3_07",
        "published": "2023-06-15",
        "text": """DKI dan Jabar Teken Adendum PKS Pengolahan Sampah

JAKARTA — Pemprov DKI Jakarta dan Pemprov Jawa Barat menandatangani adendum perjanjian kerja sama pengolahan sampah di Tempat Pengolahan dan Pemrosesan Akhir Sampah (TPPAS) regional, Rabu (14/6/2023), di Balai Kota Jakarta.
Adendum ditandatangani Kepala Dinas Lingkungan Hidup DKI Jakarta Rudi Santoso dan Kepala Dinas Lingkungan Hidup Jawa Barat Prima Wulandari, disaksikan Sekda DKI Jakarta Marullah Hasan.
Perubahan perjanjian mengatur tambahan kuota sampah yang dikirim DKI sebesar 1.000 ton per hari serta besaran kompensasi bagi warga sekitar TPPAS.
"Adendum ini penting karena volume sampah terus naik," kata Rudi.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("DKI Jakarta"), _p("Jawa Barat")],
            "opds": [
                "Dinas Lingkungan Hidup DKI Jakarta",
                "Dinas Lingkungan Hidup Jawa Barat",
            ],
            "sectors": ["lingkungan_hidup"],
            "signed_on": "2023-06-14",
            "place": "Balai Kota Jakarta",
            "signatories": [
                _s("Rudi Santoso", "Kepala Dinas Lingkungan Hidup DKI Jakarta"),
                _s("Prima Wulandari", "Kepala Dinas Lingkungan Hidup Jawa Barat"),
            ],
            "other_officials": [_s("Marullah Hasan", "Sekda DKI Jakarta")],
        },
    },
    # --- extension, bullet-like scope lines, "Kamis pekan lalu"
    {
        "id": "r3_08",
        "published": "2023-09-18",
        "text": """Riau-Kepri Perpanjang Kesepakatan Bersama Lima Tahun

TANJUNGPINANG, batampos.co.id – Pemprov Riau dan Pemprov Kepulauan Riau memperpanjang kesepakatan bersama yang pertama kali diteken pada 2018.
Perpanjangan kesepakatan itu ditandatangani Gubernur Kepri Muhammad Ansar Rahman dan Wakil Gubernur Riau Edy Natar Siregar di Gedung Daerah Tanjungpinang, Kamis pekan lalu.
Kesepakatan baru ini meliputi sejumlah sektor, antara lain:
- perhubungan laut dan udara;
- perdagangan;
- pariwisata;
- kelautan dan perikanan.
"Dulu kita satu provinsi, jadi sudah seharusnya saling bantu," kata Ansar.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Riau"), _p("Kepulauan Riau")],
            "opds": [],
            "sectors": ["perhubungan", "perdagangan", "pariwisata", "kelautan_perikanan"],
            "signed_on": "2023-09-14",
            "place": "Gedung Daerah Tanjungpinang",
            "signatories": [
                _s("Muhammad Ansar Rahman", "Gubernur Kepri"),
                _s("Edy Natar Siregar", "Wakil Gubernur Riau"),
            ],
        },
    },
    # --- OPD-level PKS, both offices only as acronyms
    {
        "id": "r3_09",
        "published": "2023-07-06",
        "text": """Disnakertrans Jateng dan Kalbar Teken PKS Penempatan Tenaga Kerja

PONTIANAK – Disnakertrans Jateng dan Disnakertrans Kalbar menandatangani perjanjian kerja sama (PKS) penempatan tenaga kerja antardaerah dan transmigrasi di Pontianak, Rabu (5/7/2023).
PKS ditandatangani Kepala Disnakertrans Jateng Sakina Rosellasari dan Kepala Disnakertrans Kalbar Manto Saidi.
Melalui PKS ini, lulusan balai latihan kerja di Jawa Tengah dapat mengisi lowongan di perkebunan dan industri pengolahan di Kalimantan Barat.
"Kalbar kekurangan operator alat berat dan tenaga teknis," kata Manto.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jawa Tengah"), _p("Kalimantan Barat")],
            "opds": ["Disnakertrans Jateng", "Disnakertrans Kalbar"],
            "sectors": ["tenaga_kerja", "transmigrasi"],
            "signed_on": "2023-07-05",
            "place": "Pontianak",
            "signatories": [
                _s("Sakina Rosellasari", "Kepala Disnakertrans Jateng"),
                _s("Manto Saidi", "Kepala Disnakertrans Kalbar"),
            ],
        },
    },
    # --- Antara wire, disaster management, BPBD of both provinces, "(6/2)"
    {
        "id": "r3_10",
        "published": "2023-02-07",
        "text": """NTT dan NTB sepakati kerja sama penanggulangan bencana

Kupang (ANTARA) - Pemerintah Provinsi Nusa Tenggara Timur dan Pemerintah Provinsi Nusa Tenggara Barat menyepakati kerja sama penanggulangan bencana yang ditandai penandatanganan nota kesepahaman di Kupang, Senin (6/2).
Nota kesepahaman diteken Sekda NTT Domu Warandoy dan Sekda NTB Lalu Gita Ariadi.
Kerja sama itu akan dijalankan BPBD NTT dan BPBD NTB, antara lain berupa pertukaran logistik dan tim reaksi cepat.

Pewarta: Benny Jahang
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Nusa Tenggara Timur"), _p("Nusa Tenggara Barat")],
            "opds": ["BPBD NTT", "BPBD NTB"],
            "sectors": ["trantibum_linmas"],
            "signed_on": "2023-02-06",
            "place": "Kupang",
            "signatories": [
                _s("Domu Warandoy", "Sekda NTT"),
                _s("Lalu Gita Ariadi", "Sekda NTB"),
            ],
        },
    },
    # --- long release, Kemendagri witnesses, boundary and forest fires
    {
        "id": "r3_11",
        "published": "2022-08-25",
        "text": """Disaksikan Kemendagri, Kalbar dan Kalteng Teken Kesepakatan Penegasan Batas

PONTIANAK – Pemerintah Provinsi Kalimantan Barat dan Pemerintah Provinsi Kalimantan Tengah menandatangani kesepakatan bersama di Balai Petitih, Kantor Gubernur Kalimantan Barat, Rabu (24/8/2022).
Penandatanganan dilakukan Gubernur Kalbar Sutarmidji Rahman dan Gubernur Kalteng Sugianto Sabran Putra, disaksikan Direktur Jenderal Bina Administrasi Kewilayahan Kementerian Dalam Negeri, Safrizal Husni.
Kesepakatan mencakup kerja sama di bidang penegasan batas daerah, pengelolaan hutan, dan pengendalian kebakaran hutan dan lahan.
Dalam sambutannya, Safrizal mengapresiasi kedua provinsi yang menyelesaikan persoalan batas secara musyawarah.
"Masih banyak provinsi yang berselisih soal batas sampai ke Mahkamah Konstitusi. Kalbar dan Kalteng memberi contoh yang baik," ujarnya.
Gubernur Sutarmidji Rahman mengatakan, ada tiga segmen batas di Kabupaten Ketapang dan Lamandau yang selama ini belum jelas.
"Dengan kesepakatan ini, tim teknis kedua provinsi akan turun ke lapangan memasang pilar batas," katanya.
Ia juga menyinggung keberhasilan Kalbar menurunkan angka kemiskinan dan memperluas jaringan listrik desa, yang menurutnya menjadi prioritas pemerintahannya.
Gubernur Sugianto Sabran Putra menyebut kebakaran hutan dan lahan kerap melintasi batas provinsi.
"Asap tidak mengenal batas. Maka penanganannya juga harus bersama," tuturnya.
Turut hadir Kepala Biro Pemerintahan Setda Kalbar Yuliana Sari dan Kepala Biro Pemerintahan dan Otonomi Daerah Setda Kalteng Herson Aden.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Barat"), _p("Kalimantan Tengah")],
            # attending or commenting heads' offices are no OPDs of the agreement
            "opds": [],
            "sectors": [
                "perbatasan",
                "kehutanan",
                ("kehutanan", "lingkungan_hidup", "trantibum_linmas"),
            ],
            "signed_on": "2022-08-24",
            "place": "Balai Petitih, Kantor Gubernur Kalimantan Barat",
            "signatories": [
                _s("Sutarmidji Rahman", "Gubernur Kalbar"),
                _s("Sugianto Sabran Putra", "Gubernur Kalteng"),
            ],
            "other_officials": [
                _s("Safrizal Husni", "Dirjen Bina Adwil Kemendagri"),
                _s("Yuliana Sari", "Kepala Biro Pemerintahan Setda Kalbar"),
                _s("Herson Aden", "Kepala Biro Pemerintahan dan Otonomi Daerah Setda Kalteng"),
            ],
        },
    },
    # --- province with a regency of another province, unknown publication date
    {
        "id": "r3_12",
        "published": None,
        "text": """DIY dan Kutai Kartanegara Jalin Kerja Sama Pendidikan dan Kebudayaan

YOGYAKARTA – Pemerintah Daerah Daerah Istimewa Yogyakarta dan Pemerintah Kabupaten Kutai Kartanegara, Kalimantan Timur, menandatangani kesepakatan bersama di Gedhong Pracimasana, Kompleks Kepatihan, Kamis (9/3/2023).
Kesepakatan diteken Sekda DIY Beny Suharsono Wibowo dan Bupati Kutai Kartanegara Edi Damansyah Putra.
Ruang lingkupnya meliputi pendidikan, khususnya pengelolaan asrama mahasiswa Kukar di Yogyakarta, serta pelestarian kebudayaan.
"Ribuan mahasiswa Kukar belajar di Jogja. Kami ingin mereka terlindungi," kata Edi.
""",
        "expected": {
            "is_agreement": True,
            "parties": [
                _p("DI Yogyakarta"),
                _p("Kutai Kartanegara", "regency"),
            ],
            "opds": [],
            "sectors": ["pendidikan", "kebudayaan"],
            "signed_on": "2023-03-09",
            "place": "Gedhong Pracimasana, Kompleks Kepatihan",
            "signatories": [
                _s("Beny Suharsono Wibowo", "Sekda DIY"),
                _s("Edi Damansyah Putra", "Bupati Kutai Kartanegara"),
            ],
        },
    },
    # --- digital government, Diskominfo of both provinces, month-only publication
    {
        "id": "r3_13",
        "published": "2024-05",
        "text": """Sulteng-Sulbar Kerjasama SPBE dan Persandian

PALU, sultengraya.com - Pemerintah Provinsi Sulawesi Tengah dan Pemerintah Provinsi Sulawesi Barat menandatangani perjanjian kerja sama di bidang sistem pemerintahan berbasis elektronik (SPBE), statistik sektoral dan persandian, Selasa (14/5).
PKS diteken oleh Kepala Diskominfo Sulteng Sudaryano Lamangkona dan Kepala Diskominfo Sulbar Mustari Mula di ruang Polibu, Kantor Gubernur Sulawesi Tengah, Palu.
Menurut Sudaryano, Sulbar akan memakai pusat data milik Sulteng sambil membangun pusat datanya sendiri.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sulawesi Tengah"), _p("Sulawesi Barat")],
            "opds": ["Diskominfo Sulteng", "Diskominfo Sulbar"],
            "sectors": ["kominfo", "statistik", "persandian"],
            "signed_on": "2024-05-14",
            "place": "ruang Polibu, Kantor Gubernur Sulawesi Tengah, Palu",
            "signatories": [
                _s("Sudaryano Lamangkona", "Kepala Diskominfo Sulteng"),
                _s("Mustari Mula", "Kepala Diskominfo Sulbar"),
            ],
        },
    },
    # --- PKS offices of both provinces in a separate paragraph, "kedua provinsi"
    {
        "id": "r3_14",
        "published": "2023-11-23",
        "text": """Lampung dan Banten Teken KB dan Tiga PKS

SERANG – Pemerintah Provinsi Lampung dan Pemerintah Provinsi Banten menandatangani kesepakatan bersama dan tiga perjanjian kerja sama di Pendopo Gubernur Banten, Kota Serang, Rabu (22/11/2023).
Kesepakatan bersama ditandatangani Pj Gubernur Lampung Samsudin Arifin dan Pj Gubernur Banten Al Muktabar Hasan.
Adapun perangkat daerah yang meneken PKS yakni Dinas Perhubungan Lampung dengan Dinas Perhubungan Banten, DPMPTSP Lampung dengan DPMPTSP Banten, serta Dinas Koperasi dan UKM kedua provinsi.
Samsudin mengatakan, penyeberangan Merak-Bakauheni adalah urat nadi ekonomi kedua daerah.
"Kalau Merak macet, Lampung ikut merugi. Maka perhubungan harus kita atur bersama," ucapnya.
Al Muktabar menambahkan, kedua provinsi juga akan saling mempromosikan peluang investasi dan produk UMKM.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Lampung"), _p("Banten")],
            "opds": [
                "Dinas Perhubungan Lampung",
                "Dinas Perhubungan Banten",
                "DPMPTSP Lampung",
                "DPMPTSP Banten",
                "Dinas Koperasi dan UKM Lampung",
                "Dinas Koperasi dan UKM Banten",
            ],
            "sectors": ["perhubungan", "penanaman_modal", "kukm"],
            "signed_on": "2023-11-22",
            "place": "Pendopo Gubernur Banten, Kota Serang",
            "signatories": [
                _s("Samsudin Arifin", "Pj Gubernur Lampung"),
                _s("Al Muktabar Hasan", "Pj Gubernur Banten"),
            ],
        },
    },
    # --- typos "Pemprov.Sumut", "Kerjasama", "MOU"
    {
        "id": "r3_15",
        "published": "2023-07-29",
        "text": """Aceh dan Sumut Teken MOU Kerjasama Ketahanan Pangan

BANDA ACEH - Pemerintah Aceh dan Pemprov.Sumut menandatangani MOU Kerjasama di bidang ketahanan pangan dan peternakan di Meuligoe Gubernur Aceh, Jumat (28/7/2023).
MOU ditandatangani Pj Gubernur Aceh Achmad Marzuki Hasan dan Gubernur Sumut Edy Rahmayadi Nasution.
Melalui kerjasama ini, Aceh akan memasok sapi potong ke Sumut, sementara Sumut membantu pengadaan bibit padi unggul.
"Harga daging di Medan sering naik menjelang hari besar, Aceh bisa bantu," kata Achmad Marzuki.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Aceh"), _p("Sumatera Utara")],
            "opds": [],
            "sectors": ["pangan", "pertanian"],
            "signed_on": "2023-07-28",
            "place": "Meuligoe Gubernur Aceh",
            "signatories": [
                _s("Achmad Marzuki Hasan", "Pj Gubernur Aceh"),
                _s("Edy Rahmayadi Nasution", "Gubernur Sumut"),
            ],
        },
    },
    # --- governor's programme speech must not count; scope in a later sentence
    {
        "id": "r3_16",
        "published": "2023-08-10",
        "text": """Sumsel-Babel Teken Kesepakatan, Herman Pamer Sekolah Gratis

PALEMBANG – Gubernur Sumatera Selatan Herman Darmawan dan Penjabat Gubernur Kepulauan Bangka Belitung Suganda Pandapotan menandatangani kesepakatan bersama kerja sama antardaerah di Griya Agung, Palembang, Rabu (9/8/2023).
Dalam sambutannya, Herman memaparkan program unggulan Sumsel. "Di Sumsel kami punya sekolah gratis, berobat gratis, dan jalan tol yang sudah tersambung sampai Lampung," katanya.
Ia juga menyebut Sumsel sebagai lumbung pangan nasional dengan produksi beras 2,8 juta ton.
Kesepakatan bersama tersebut mencakup bidang perikanan, pariwisata dan energi.
Suganda mengatakan, Babel membutuhkan pasokan listrik dan gas dari Sumsel untuk pengembangan kawasan industri.
"Kami juga menawarkan paket wisata Belitung bagi warga Palembang," ujarnya.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sumatera Selatan"), _p("Kepulauan Bangka Belitung")],
            "opds": [],
            "sectors": ["kelautan_perikanan", "pariwisata", "esdm"],
            "signed_on": "2023-08-09",
            "place": "Griya Agung, Palembang",
            "signatories": [
                _s("Herman Darmawan", "Gubernur Sumatera Selatan"),
                _s("Suganda Pandapotan", "Penjabat Gubernur Kepulauan Bangka Belitung"),
            ],
        },
    },
    # --- two cities of different provinces, unknown publication, weekday + day/month
    {
        "id": "r3_17",
        "published": None,
        "text": """Pemkot Pekanbaru dan Pemkot Padang Teken Kesepakatan Perdagangan

PADANG - Pemerintah Kota Pekanbaru dan Pemerintah Kota Padang meneken kesepakatan bersama tentang perdagangan komoditas pangan dan pengembangan pasar rakyat, Selasa (7/2).
Kesepakatan ditandatangani Wali Kota Padang Hendri Septa Putra dan Penjabat Wali Kota Pekanbaru Muflihun Saleh di Balai Kota Padang.
Hendri mengatakan, sebagian besar cabai dan sayur di pasar Pekanbaru berasal dari Sumatera Barat.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Pekanbaru", "city"), _p("Padang", "city")],
            "opds": [],
            "sectors": ["perdagangan"],
            "signed_on": None,
            "signed_on_partial": "--02-07",
            "place": "Balai Kota Padang",
            "signatories": [
                _s("Hendri Septa Putra", "Wali Kota Padang"),
                _s("Muflihun Saleh", "Penjabat Wali Kota Pekanbaru"),
            ],
        },
    },
    # --- month-only publication, "Kamis lalu" cannot be resolved
    {
        "id": "r3_18",
        "published": "2022-06",
        "text": """Sulteng dan Gorontalo Sepakati Kerja Sama Transportasi dan Kesehatan

GORONTALO – Pemprov Sulawesi Tengah dan Pemprov Gorontalo menandatangani nota kesepakatan kerja sama di Rumah Jabatan Gubernur Gorontalo, Kamis lalu.
Nota kesepakatan diteken Gubernur Gorontalo Rusli Habibie Mooduto dan Gubernur Sulawesi Tengah Rusdy Mastura Lamakarate.
Kerja sama meliputi transportasi darat lintas Trans Sulawesi dan layanan rujukan kesehatan antarprovinsi.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Sulawesi Tengah"), _p("Gorontalo")],
            "opds": [],
            "sectors": ["perhubungan", "kesehatan"],
            "signed_on": None,
            "place": "Rumah Jabatan Gubernur Gorontalo",
            "signatories": [
                _s("Rusli Habibie Mooduto", "Gubernur Gorontalo"),
                _s("Rusdy Mastura Lamakarate", "Gubernur Sulawesi Tengah"),
            ],
        },
    },
    # --- three provinces, livestock disease, full written date
    {
        "id": "r3_19",
        "published": "2022-10-04",
        "text": """Tiga Provinsi Sepakat Kendalikan PMK dan Lalu Lintas Ternak

SEMARANG - Pemerintah Provinsi Jawa Tengah, Daerah Istimewa Yogyakarta dan Jawa Timur meneken kesepakatan bersama pengendalian penyakit mulut dan kuku (PMK) serta pengawasan lalu lintas ternak, Senin, 3 Oktober 2022.
Penandatanganan berlangsung di Hotel Tentrem Semarang dan dilakukan oleh Gubernur Jawa Tengah Bambang Prasetyo Wibowo, Wakil Gubernur DIY Paku Alam Wijaya dan Wakil Gubernur Jawa Timur Emil Dardak Putra.
Kepala Dinas Peternakan dan Kesehatan Hewan Jateng, Agus Wariyanto, mengatakan pos pemeriksaan ternak akan dibangun di tiap perbatasan.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Jawa Tengah"), _p("DI Yogyakarta"), _p("Jawa Timur")],
            "opds": ["Dinas Peternakan dan Kesehatan Hewan Jateng"],
            "sectors": ["pertanian"],
            "signed_on": "2022-10-03",
            "place": "Hotel Tentrem Semarang",
            "signatories": [
                _s("Bambang Prasetyo Wibowo", "Gubernur Jawa Tengah"),
                _s("Paku Alam Wijaya", "Wakil Gubernur DIY"),
                _s("Emil Dardak Putra", "Wakil Gubernur Jawa Timur"),
            ],
            "other_officials": [
                _s("Agus Wariyanto", "Kepala Dinas Peternakan dan Kesehatan Hewan Jateng")
            ],
        },
    },
    # --- year-only publication, "Kamis (11/11)", DKP named with acronym in brackets
    {
        "id": "r3_20",
        "published": "2021",
        "text": """Kaltara Gandeng Sulsel Kembangkan Rumput Laut

MAKASSAR – Pemerintah Provinsi Kalimantan Utara dan Pemerintah Provinsi Sulawesi Selatan menandatangani kesepakatan bersama di bidang kelautan dan perikanan serta perdagangan, Kamis (11/11).
Penandatanganan di Rumah Jabatan Gubernur Sulsel itu dilakukan Gubernur Kaltara Zainal Arifin Paliwang dan Plt Gubernur Sulsel Andi Sudirman Sulaiman.
Kepala Dinas Kelautan dan Perikanan (DKP) Kaltara, Rohadiansyah, mengatakan petani rumput laut Nunukan akan belajar pengolahan pascapanen di Takalar.
""",
        "expected": {
            "is_agreement": True,
            "parties": [_p("Kalimantan Utara"), _p("Sulawesi Selatan")],
            "opds": ["Dinas Kelautan dan Perikanan (DKP) Kaltara"],
            "sectors": ["kelautan_perikanan", "perdagangan"],
            "signed_on": "2021-11-11",
            "place": "Rumah Jabatan Gubernur Sulsel",
            "signatories": [
                _s("Zainal Arifin Paliwang", "Gubernur Kaltara"),
                _s("Andi Sudirman Sulaiman", "Plt Gubernur Sulsel"),
            ],
            "other_officials": [_s("Rohadiansyah", "Kepala DKP Kaltara")],
        },
    },
    # ================= negatives =================
    # --- a past agreement evaluated, no signing now
    {
        "id": "r3_21",
        "published": "2023-05-16",
        "text": """Kerja Sama Sumbar-Riau Dinilai Belum Optimal

PADANG – Kerja sama Pemprov Sumatera Barat dan Pemprov Riau yang diteken pada 2019 dinilai belum berjalan optimal.
Kepala Biro Pemerintahan Setda Sumbar, Rahmat Hidayat, mengatakan dari tujuh bidang yang disepakati, baru perdagangan dan pariwisata yang berjalan.
"Bidang pendidikan dan kesehatan belum ada kegiatan sama sekali," kata Rahmat di Padang, Senin (15/5/2023).
Ia berharap evaluasi tahun ini bisa menjadi dasar perbaikan perjanjian kerja sama ke depan.
""",
        "expected": _no(),
    },
    # --- a plan: "akan diteken pekan depan"
    {
        "id": "r3_22",
        "published": "2023-02-20",
        "text": """MoU Kalsel-Kaltim Akan Diteken Pekan Depan

BANJARMASIN – Nota kesepahaman kerja sama antara Pemprov Kalimantan Selatan dan Pemprov Kalimantan Timur akan diteken pekan depan di Samarinda.
Kepala Biro Pemerintahan Setda Kalsel, Jaya Sumarno, mengatakan draf MoU sudah disetujui kedua pihak.
"Tinggal penandatanganan oleh kedua gubernur pada Senin (27/2) nanti," ujarnya, Senin (20/2/2023).
Kerja sama tersebut mencakup perdagangan, perhubungan dan penyediaan tenaga kerja untuk Ibu Kota Nusantara.
""",
        "expected": _no(),
    },
    # --- a follow-up coordination meeting
    {
        "id": "r3_23",
        "published": "2023-04-12",
        "text": """Rapat Koordinasi Tindak Lanjut Kerja Sama Jabar-Jatim Digelar di Bandung

BANDUNG – Pemprov Jawa Barat dan Pemprov Jawa Timur menggelar rapat koordinasi tindak lanjut kesepakatan bersama yang telah ditandatangani kedua gubernur tahun lalu.
Rapat berlangsung di Gedung Sate, Bandung, Selasa (11/4/2023), dihadiri Bappeda, Disperindag dan Dinas Pariwisata kedua provinsi.
Kepala Biro Pemerintahan dan Kerja Sama Setda Jabar, Budi Wahyu, mengatakan rapat membahas rencana aksi perdagangan dan pariwisata.
"Kita ingin ada misi dagang bersama pada semester kedua," ujarnya.
""",
        "expected": _no(),
    },
    # --- two companies sign, the governor only witnesses
    {
        "id": "r3_24",
        "published": "2023-09-06",
        "text": """Disaksikan Gubernur, Bank Kalsel dan PT Pelindo Teken Kerja Sama Layanan Kepelabuhanan

BANJARMASIN – Gubernur Kalimantan Selatan Sahbirin Noor Hidayat menyaksikan penandatanganan perjanjian kerja sama antara PT Bank Pembangunan Daerah Kalimantan Selatan dengan PT Pelabuhan Indonesia (Persero) Regional 3 Banjarmasin, Selasa (5/9/2023).
Kerja sama itu mengatur layanan pembayaran jasa kepelabuhanan secara nontunai.
Direktur Utama Bank Kalsel, Hanawijaya Putra, mengatakan kerja sama ini memperluas layanan digital bank daerah.
""",
        "expected": _no(),
    },
    # --- an offer, no signing
    {
        "id": "r3_25",
        "published": "2023-01-26",
        "text": """Pemprov Sulsel Tawarkan Kerja Sama Pangan ke Pemprov Kaltim

MAKASSAR – Pemerintah Provinsi Sulawesi Selatan menawarkan kerja sama pasokan pangan kepada Pemerintah Provinsi Kalimantan Timur untuk mendukung pembangunan Ibu Kota Nusantara.
Tawaran itu disampaikan Pj Gubernur Sulsel Bahtiar Baharuddin saat menerima kunjungan Sekda Kaltim Sri Wahyuni di Rumah Jabatan Gubernur, Rabu (25/1/2023).
"Sulsel surplus beras dua juta ton. Kami siap menjadi penyangga pangan IKN," katanya.
Sri Wahyuni mengatakan akan melaporkan tawaran itu kepada gubernur sebelum dituangkan dalam nota kesepahaman.
""",
        "expected": _no(),
    },
    # --- a study visit between offices
    {
        "id": "r3_26",
        "published": "2023-06-08",
        "text": """Diskominfo Jateng Studi Tiru Layanan Data ke Diskominfo DIY

YOGYAKARTA – Rombongan Dinas Komunikasi dan Informatika Provinsi Jawa Tengah melakukan studi tiru ke Diskominfo DIY, Rabu (7/6/2023).
Kunjungan tersebut untuk mempelajari pengelolaan satu data dan layanan keterbukaan informasi publik.
Kepala Diskominfo DIY, Hari Edi Tri Wahyu, menyambut baik kunjungan itu dan membuka peluang kerja sama ke depan.
"Kalau nanti diperlukan, kita bisa tuangkan dalam perjanjian kerja sama," ujarnya.
""",
        "expected": _no(),
    },
    # --- a budget memorandum between governor and DPRD is not a cooperation agreement
    {
        "id": "r3_27",
        "published": "2023-08-01",
        "text": """Gubernur dan DPRD Jambi Teken Nota Kesepakatan KUA-PPAS 2024

JAMBI – Gubernur Jambi Hasan Basri Lubis dan pimpinan DPRD Provinsi Jambi menandatangani nota kesepakatan Kebijakan Umum Anggaran serta Prioritas dan Plafon Anggaran Sementara (KUA-PPAS) APBD 2024 dalam rapat paripurna, Senin (31/7/2023).
Nota kesepakatan diteken Gubernur dan Ketua DPRD Jambi Edi Purwanto Saleh.
Dalam KUA-PPAS itu, pendapatan daerah ditargetkan Rp4,6 triliun dengan prioritas pendidikan, kesehatan dan infrastruktur jalan.
""",
        "expected": _no(),
    },
    # --- a technical guidance session on regional cooperation
    {
        "id": "r3_28",
        "published": "2023-03-03",
        "text": """Kemendagri Gelar Bimtek Kerja Sama Daerah untuk Provinsi se-Sumatera

MEDAN – Kementerian Dalam Negeri menggelar bimbingan teknis penyusunan kesepakatan bersama dan perjanjian kerja sama daerah bagi pemerintah provinsi se-Sumatera di Medan, Kamis (2/3/2023).
Peserta berasal dari Biro Pemerintahan sepuluh provinsi, antara lain Aceh, Sumatera Utara, Riau dan Lampung.
Narasumber menjelaskan tahapan penandatanganan, mulai dari penjajakan, penyusunan draf hingga persetujuan DPRD.
"Banyak kesepakatan yang diteken tetapi tidak pernah ditindaklanjuti dengan PKS," kata seorang narasumber.
""",
        "expected": _no(),
    },
    # --- two chambers of commerce sign
    {
        "id": "r3_29",
        "published": "2023-05-25",
        "text": """Kadin Jatim dan Kadin Kalbar Teken MoU Perdagangan

PONTIANAK – Kamar Dagang dan Industri (Kadin) Jawa Timur dan Kadin Kalimantan Barat menandatangani nota kesepahaman kerja sama perdagangan antarpengusaha di Pontianak, Rabu (24/5/2023).
MoU diteken Ketua Kadin Jatim Adik Dwi Putranto dan Ketua Kadin Kalbar Santyoso Tio, disaksikan Wakil Gubernur Kalbar.
Kerja sama itu membuka akses pasar produk olahan sawit Kalbar ke Surabaya.
""",
        "expected": _no(),
    },
    # --- a long-standing agreement recalled; the renewal is only planned
    {
        "id": "r3_30",
        "published": "2022-12-14",
        "text": """Kerja Sama Kaltim-DIY Sudah Berjalan 15 Tahun

SAMARINDA – Hubungan Pemprov Kalimantan Timur dan Pemda DIY dinilai sebagai salah satu kerja sama antardaerah paling awet.
Nota kesepahaman pertama ditandatangani pada 2008 dan diperbarui pada 2013 serta 2018.
Kepala Biro Pemerintahan Setda Kaltim, Syarifah Alawiyah, mengatakan ribuan pelajar Kaltim kini menempuh pendidikan di Yogyakarta melalui kerja sama itu.
"Tahun depan kesepakatan itu akan kita evaluasi sebelum diperpanjang," ujarnya di Samarinda, Selasa (13/12/2022).
""",
        "expected": _no(),
    },
]
