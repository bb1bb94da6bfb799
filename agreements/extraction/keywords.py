"""Sector keyword adjustments on top of the reference lists (agreements/data): terms too generic
to count, general wording of scope items, and the themes and programmes that scopes are
written as."""

# Keywords from the reference lists that are too generic inside a scope phrase, or that
# name the agreement itself rather than its subject ("kerja sama daerah").
DROP_KEYWORDS = {
    # a BUMD is a party or a vehicle of the cooperation, not its field
    "bumd",
    "badan usaha milik daerah",
    # the DPRD's plenary is where some signings happen, not a field of cooperation
    "rapat paripurna",
    "paripurna",
    "hotel",
    "event",
    "sekda",
    "setda",
    "sekretariat daerah",
    "kerja sama daerah",
    "kerja sama antar daerah",
    "kerja sama antardaerah",
    "perda",
    "protokol",
    "dprd",
    "kerja sama pemanfaatan",
    "komunikasi",
    "pelaku usaha",
    "obat",
    "bus",
    "situs",
    "tradisi",
    "adat",
    "keagamaan",
    "kesejahteraan rakyat",
    "pemerintahan umum",
    "otonomi daerah",
    "kerja sama desa",
    "kerja sama antar daerah pangan",
    "kerja sama antardaerah transmigrasi",
    "pekerja",
    "seni",
    "sejarah",
    "iklim",
    "buah",
    "sayur",
    "kelapa",
    "pembangunan wilayah",
    # forest fires are read as disaster response (see EXTRA_KEYWORDS), not forestry
    "kebakaran hutan dan lahan",
    "kebakaran hutan",
    "karhutla",
    "pengembangan wilayah",
    "rencana pembangunan",
    "evaluasi pembangunan",
}
# General Indonesian wording of scope items that the reference keyword lists lack.
EXTRA_KEYWORDS = {
    "perdagangan": [
        "dagang",
        "perdangan",
        "misi dagang",
        "komoditas unggulan",
        "komoditi unggulan",
        "pengelolaan pasar",
        "pasar rakyat",
        "pasar tradisional",
    ],
    "litbang": ["penelitian", "inovasi", "iptek", "ilmu pengetahuan", "riset"],
    "keuangan": ["pendapatan", "retribusi", "pajak", "pengelolaan keuangan", "aset"],
    "kominfo": [
        "aplikasi",
        "digital",
        "teknologi informasi",
        "sistem informasi",
        "komunikasi dan informasi",
        "komunikasi dan informatika",
    ],
    "kepegawaian": ["sumber daya aparatur", "manajemen asn", "pengelolaan asn"],
    "kebudayaan": ["purbakala", "kepurbakalaan", "benda purbakala", "cagar budaya"],
    "trantibum_linmas": [
        "keamanan",
        "ketertiban",
        # relief supplies, not the transport sector
        "bantuan logistik",
        "pertukaran logistik",
        "logistik bencana",
        "cadangan logistik",
    ],
    "esdm": ["sumber daya alam", "energi terbarukan", "penambangan", "energi bersih"],
    "kesbangpol": ["narkoba", "narkotika", "wawasan kebangsaan"],
    "diklat": [
        "sumber daya manusia",
        "sdm",
        "pengembangan sdm",
        "kepemimpinan",
        "kapasitas aparatur",
    ],
    "pertanian": [
        "peternakan",
        "perkebunan",
        "hortikultura",
        "holtikultura",
        "tanaman pangan",
        "penyakit hewan",
        "kesehatan hewan",
        "penyakit mulut dan kuku",
        # movement of livestock is animal-health control, not traffic
        "lalu lintas ternak",
        "lalu lintas hewan",
    ],
    "kelautan_perikanan": ["kelautan dan perikanan", "maritim", "ekonomi biru"],
    # with the misspellings the news keeps making ("parawisata", "holtikultura")
    "pariwisata": [
        "ekonomi kreatif",
        "parekraf",
        "parawisata",
        "pariwista",
        "periwisata",
        "kepariwisataan",
    ],
    "kukm": ["koperasi", "ukm", "umkm", "usaha mikro kecil dan menengah", "usaha mikro"],
    "pupr": ["infrastruktur", "jalan", "air bersih", "air baku", "banjir", "sumber daya air"],
    "perbatasan": [
        "wilayah perbatasan",
        "daerah perbatasan",
        "batas wilayah",
        "batas daerah",
        "batas-batas daerah",
        "batas antardaerah",
        "batas antar daerah",
        "penegasan batas",
        "segmen batas",
        "sengketa batas",
    ],
    "pendidikan": ["pendidikan", "beasiswa"],
    "kesehatan": ["kesehatan"],
    "lingkungan_hidup": ["lingkungan", "lingkungan hidup"],
    "perhubungan": ["perhubungan", "transportasi", "konektivitas", "tol laut", "pelabuhan"],
}
# Programme and theme wording of scopes, and the short office names of SKPD lists.
THEME_KEYWORDS = {
    "diklat": ["pelatihan", "peningkatan kapasitas", "pengembangan kompetensi"],
    "pmd": ["pmd", "pemberdayaan ekonomi", "pemberdayaan ekonomi masyarakat"],
    # a university's three duties: teaching, research (and service, which has no code)
    "pendidikan": ["tri dharma", "tridharma", "tridarma", "tri darma"],
    "litbang": ["tri dharma", "tridharma", "tridarma", "tri darma"],
    # building a smelter is downstream industry, whatever mine feeds it
    "perindustrian": ["smelter", "pengolahan dan pemurnian"],
    "kominfo": [
        "infokom",
        "kominfotik",
        "diskominfotik",
        "pemerintahan digital",
        "digitalisasi pemerintahan",
        "layanan digital",
        # reading skills online, not a library
        "literasi digital",
    ],
    "esdm": ["ketahanan energi", "transisi energi", "pembangkit listrik tenaga sampah", "pltsa"],
    # Inflation control between regions is about the supply of food staples, and a food
    # supply chain is food, not trade.
    "pangan": [
        "swasembada pangan",
        "cadangan pangan",
        "distribusi pangan",
        "pengendalian inflasi",
        "penanggulangan inflasi",
        "penangulangan inflasi",
        "pengendalian inflasi daerah",
        "rantai pasok pangan",
        "rantai pasokan pangan",
        "pasokan bahan pangan",
        "bahan pangan pokok",
        "komoditas pangan",
        "mengendalikan inflasi",
        "bahan pangan",
        "kebutuhan pangan",
        # meat and eggs supplied to a market are food, not livestock farming
        "daging sapi",
        "daging ayam",
        "telur ayam",
    ],
    "kelautan_perikanan": ["blue economy", "kemaritiman"],
    # search and rescue is part of disaster response
    "trantibum_linmas": [
        # putting out forest fires is disaster response
        "kebakaran hutan dan lahan",
        "kebakaran hutan",
        "karhutla",
        "pencarian dan pertolongan",
        "pencarian dan penyelamatan",
        "penyelamatan dan pencarian",
        "search and rescue",
    ],
    # the usual misspellings of "infrastruktur"
    "pupr": ["infrastriktur", "infrastuktur", "insfrastruktur", "infrastrukur", "sumur bor"],
    # a waste-to-energy plant is both waste handling and power
    "lingkungan_hidup": [
        "ekonomi hijau",
        "persampahan",
        "pembangkit listrik tenaga sampah",
        "pltsa",
    ],
    "pertanian": ["agrobisnis", "agribisnis"],
    "perdagangan": ["pengembangan pasar"],
    # the KPK's anti-corruption monitoring, spelled out in English
    "pengawasan": ["surveillance for prevention", "monitoring center for prevention"],
    # land handed over as a grant is a regional asset
    "keuangan": ["tanah hibah", "hibah tanah", "hibah lahan"],
}
