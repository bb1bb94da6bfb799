# ruff: noqa: RUF001 - Indonesian datelines use en dashes
"""Sample Indonesian news articles written for this project's demo feed.

They are invented (people, quotes and events): no text is copied from any outlet. Province
and unit names are real so the extractor can recognise them.
"""

ARTICLES = [
    {
        "slug": "bali-dan-ntb-teken-kesepakatan-bersama-pariwisata",
        "title": "Bali dan NTB Teken Kesepakatan Bersama Pengembangan Pariwisata",
        "published": "2024-05-15T10:30:00+08:00",
        "paragraphs": [
            "DENPASAR – Pemerintah Provinsi Bali dan Pemerintah Provinsi Nusa Tenggara Barat "
            "menandatangani kesepakatan bersama tentang pengembangan pariwisata dan perhubungan "
            "antarpulau, Selasa (14/5/2024), di Gedung Jaya Sabha, Denpasar.",
            "Penandatanganan dilakukan oleh Gubernur Bali I Made Suardana dan Gubernur Nusa "
            "Tenggara Barat Lalu Ahmad Zulkarnain.",
            "Kerja sama ini meliputi promosi pariwisata bersama, penambahan jadwal penyeberangan "
            "Padangbai–Lembar, serta pelatihan pemandu wisata.",
            "Kepala Dinas Pariwisata Provinsi Bali mengatakan paket wisata gabungan akan "
            "diluncurkan tahun ini. Dinas Perhubungan kedua provinsi akan menyusun jadwal "
            "kapal baru.",
            "Kedua provinsi sebelumnya telah bekerja sama sejak 2019.",
        ],
    },
    {
        "slug": "sumbar-dan-riau-sepakati-kerja-sama-pangan",
        "title": "Sumbar dan Riau Sepakati Kerja Sama Ketahanan Pangan",
        "published": "2024-06-04T14:00:00+07:00",
        "paragraphs": [
            "PEKANBARU – Pemerintah Provinsi Sumatera Barat dan Pemerintah Provinsi Riau "
            "menandatangani kesepakatan bersama di bidang ketahanan pangan dan pertanian, "
            "Senin (3/6/2024), di Gedung Daerah Riau, Pekanbaru.",
            "Kesepakatan diteken oleh Gubernur Sumatera Barat Hendra Saputra dan Gubernur Riau "
            "Bambang Wicaksono.",
            "Ruang lingkup kerja sama mencakup pasokan beras dan cabai, pengembangan benih "
            "unggul, serta pertukaran data harga pangan.",
            "Dinas Ketahanan Pangan dan Dinas Pertanian kedua provinsi akan menyusun perjanjian "
            "kerja sama sebagai tindak lanjut dalam tiga bulan.",
        ],
    },
    {
        "slug": "jateng-dan-diy-perkuat-kerja-sama-pendidikan",
        "title": "Jateng dan DIY Perkuat Kerja Sama Pendidikan Vokasi",
        "published": "2024-07-22T09:15:00+07:00",
        "paragraphs": [
            "SEMARANG – Pemerintah Provinsi Jawa Tengah dan Pemerintah Daerah Daerah Istimewa "
            "Yogyakarta menandatangani kesepakatan bersama tentang pendidikan vokasi dan "
            "kebudayaan, Jumat (19/7/2024), di Gedung Gradhika Bhakti Praja, Semarang.",
            "Penandatanganan dilakukan Gubernur Jawa Tengah Sri Rahayu Lestari dan Gubernur DIY "
            "yang diwakili Sekretaris Daerah DIY Agus Pranowo.",
            "Kerja sama meliputi magang siswa SMK lintas provinsi, pertukaran guru, dan "
            "pelestarian cagar budaya di kawasan perbatasan.",
            "Dinas Pendidikan dan Dinas Kebudayaan kedua daerah ditunjuk sebagai pelaksana.",
        ],
    },
    {
        "slug": "festival-kuliner-nusantara-digelar-di-makassar",
        "title": "Festival Kuliner Nusantara Digelar di Makassar",
        "published": "2024-08-10T19:00:00+08:00",
        "paragraphs": [
            "MAKASSAR – Ribuan pengunjung memadati Festival Kuliner Nusantara di Pantai Losari, "
            "Sabtu (10/8/2024). Festival menghadirkan lebih dari seratus pedagang dari berbagai "
            "daerah.",
            "Panitia menyebut acara ini digelar untuk mendorong usaha kecil di bidang kuliner. "
            "Pengunjung dapat mencicipi coto, konro, pisang epe, hingga jajanan khas daerah lain.",
            "Festival berlangsung hingga Minggu malam dengan pertunjukan musik daerah.",
        ],
    },
]
