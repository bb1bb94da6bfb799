"""Shared Indonesian word patterns (compiled once): signing, planning, titles, dates."""

from __future__ import annotations

import re

# The act of signing, including common typos ("penandatangan", "ditandangani").
SIGN_WORD = re.compile(
    r"\b(?:me|pe|di|ber)?(?:n|t)andan?\s?(?:tangan|tangn|ngan)\w*|\b(?:mena|dita)ndatanga?i\b|"
    r"\b(?:di|me)?teken\b|\bmeneken\w*|"
    # "Taken MoU": a slip for "teken", only before the document it signs
    r"\btaken(?=\s+(?:MoU|MOU|Mou|nota|kesepakatan|perjanjian|PKS)\b)|"
    # slips of the keyboard: "mendatangani MoU", "penenandatanganan MOU"
    r"\bmendatangani\b|\bpenenandatangan\w*",
    re.I,
)
DOC = (
    r"(?:MoU|M0U|MOA|nota\s+kesepahaman|nota\s+kesepakatan|kesepakatan(?:\s+bersama)?|"
    r"perjanjian(?:\s+kerja\s*sama)?|PKS|memorandum(?:\s+of\s+understanding)?|adendum|addendum|"
    r"letter\s+of\s+intent|LoI|kerja\s*sama)"
)
DOC_RE = re.compile(r"\b" + DOC + r"\b", re.I)
# "melangsungkan MoU", "adakan MOU", "resmi menjalin kerja sama": a signing without the verb.
SIGN_PHRASE = re.compile(
    r"\b(?:melangsungkan|mengadakan|adakan|menggelar|gelar|jalin|teken|sepakati|menyepakati)"
    r"\s+(?:\S+\s+){0,2}?(?:MoU|MOU|M0U|nota\s+kesepahaman|kesepakatan\s+bersama|"
    r"perjanjian\s+kerja\s*sama|PKS|memorandum)\b|"
    r"\bresmi\s+(?:menjalin|menjalankan|bekerja|menyepakati|memulai)\s+(?:kerja\s*sama|kemitraan)|"
    # "MoU" as a verb: "Kalteng dan Jatim Lakukan MoU", "OPD sudah MoU", "ber-MoU".
    r"\b(?:melakukan|lakukan|melaksanakan|laksanakan)\s+(?:\S+\s+){0,2}?"
    r"(?:MoU|MOU|nota\s+kesepahaman|kesepakatan\s+bersama|perjanjian\s+kerja\s*sama|PKS)\b|"
    r"\b(?:sudah|telah)\s+(?:ber-?)?MoU\b|\bber-?MoU\b|"
    # "Perjanjian Kerja Sama Regional antara Provinsi A, B dan C resmi dituntaskan"
    r"\b(?:perjanjian\s+kerja\s*sama|kesepakatan\s+bersama|nota\s+kesepahaman|MoU|PKS)\b"
    r"[^.]{0,90}?\bresmi\s+(?:dituntaskan|dirampungkan|disahkan)\b|"
    # "pada saat yang sama juga dilakukan hal serupa antara Gubernur Jambi dengan ..."
    r"\b(?:dilakukan|dilaksanakan|melakukan)\s+(?:\S+\s+){0,2}?hal\s+(?:serupa|yang\s+sama)\b",
    re.I,
)
ACTIVE_SIGN = re.compile(
    r"\b(?:menandatangani|menandatanganinya|menandatangan|meneken|teken|tandatangani|"
    r"taken(?=\s+(?:MoU|MOU|Mou|nota|kesepakatan|perjanjian|PKS)\b)|"
    r"menandatangi|mendatangani|menandatanganni|"  # slips of the keyboard
    r"(?:melakukan|melaksanakan|lakukan)\s+penandatangan\w*|melangsungkan|mengadakan|adakan)\b",
    re.I,
)
PASSIVE_AGENT = re.compile(
    # "ditandatanagni": letters of the verb slipped
    r"\b(?:ditandatangani|ditandatanganinya|ditandatangi|ditandatan[a-z]{2,5}|diteken|"
    r"ditandangani|dilakukan|"
    r"dilaksanakan)"
    r"\s+(?:langsung\s+|secara\s+\w+\s+|bersama\s+|masing-masing\s+)?(?:oleh\s+)?",
    re.I,
)
# Markers that turn a signing into a plan, a wish or a condition.
PLAN = re.compile(
    r"\b(?:akan|dijadwalkan|terjadwal|rencana\w*|direncanakan|merencanakan|bakal|hendak|"
    r"mendatang|segera|penjajakan|menjajaki|jika|apabila|kalau|bila|kemungkinan|belum|"
    r"nantinya|nanti|rancangan|draf|draft|persiapan|mempersiapkan|menyiapkan|usulan|"
    r"diusulkan|ingin|menunggu|ditargetkan|proses\s+awal|menjelang|jelang|tinggal|berikutnya|"
    r"tahap\s+akhir|agenda\s+(?:utama|kunjungan|misi|kegiatan)|agendanya)\b",
    re.I,
)
PLAN_SENTENCE = re.compile(
    r"\b(?:dijadwalkan|rencananya|direncanakan|penjajakan|tahap\s+penjajakan|"
    r"menjajaki|gladi|persiapan\s+penandatanganan|(?:pertemuan|agenda)\s+berikutnya|"
    # a signing put off or called off did not happen
    r"ditunda|tertunda|diundur|dibatalkan|batal|urung|sedianya)\b",
    re.I,
)
PAST = re.compile(r"\b(?:usai|seusai|setelah|selepas|telah|sudah|resmi|berhasil)\b", re.I)
OLD = re.compile(r"\b(?:sebelumnya|sebelum|pernah|dulu|silam|tahun\s+lalu|tahun-tahun)\b", re.I)
FOLLOW_UP = re.compile(
    r"\b(?:menindaklanjuti|tindak\s+lanjut|ditindaklanjuti|implementasi|evaluasi|monitoring|"
    r"rapat\s+koordinasi|rakor|rakernis)\b",
    re.I,
)
WITNESS = re.compile(
    r"\b(?:disaksikan|menyaksikan|saksikan|dihadiri|menghadiri|hadir|didampingi|turut|"
    r"bersaksi|sebagai\s+saksi)\b",
    re.I,
)
SPEECH = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|jelas|tutur|sebut|terang|tegas|papar|imbuh|tambah|urai|"
    r"katanya|ujarnya|ucapnya|ungkapnya|jelasnya|tuturnya|sebutnya|terangnya|tegasnya|"
    r"paparnya|imbuhnya|tambahnya|urainya|pungkas|pungkasnya|keterangan\s+\w+|keterangannya|"
    r"melansir|dilansir|mengutip|dikutip|rilis|siaran\s+pers|mengatakan|menyampaikan|"
    r"menjelaskan|menuturkan|menyebutkan)\b",
    re.I,
)
# Non-government deals: two banks or companies signing with each other, business deals.
ORG_HEAD = (
    r"(?:Bank|BPD|PT|Jamkrida|Perumda|Perusda|BUMD|CV|Koperasi|Kadin|Perum|Persero|"
    r"Universitas|Institut|Politeknik|Yayasan|Asosiasi|Himpunan|HIPMI|Apindo|KONI|PWI|"
    r"Polda|Kodam|Korem|Kejati|Kanwil|Kantor\s+Wilayah|Perwakilan|KPw|OJK|BPJS|Dekranasda|"
    r"RRI|TVRI|Ombudsman|BPK|BPKP|Kwarda|Pelindo|Bulog|DPRD|Unit|Tim|Forum|Festival|Expo|"
    r"Pekan|Piala|Porprov|PON|Persatuan|Ikatan|Keluarga|Paguyuban|Kerukunan|Kampus|Stadion|"
    r"Gelora|Museum|Pasar|Pelabuhan|Bandara|Bandar\s+Udara|Terminal|Jalan|Jl|Tol|Gedung|"
    r"Hotel|Universitas\s+Negeri|UIN|IAIN|Rumah\s+Sakit|RS|RSUD|RSUP|Radio|Harian|Koran|"
    r"Kamar\s+Dagang(?:\s+dan\s+Industri)?|Kementerian|Kejaksaan\s+Tinggi|Kejati|Kejari|"
    # vertical (central) agencies in the regions and their heads: "Kapolda Riau"
    r"Kepolisian(?:\s+Daerah)?|Komando|Kapolda|Kapolres|Pangdam|Danrem|Dandim|Kakanwil|"
    # "Lapas Perempuan Kelas II B Jambi", "Kodim 0415 Jambi": vertical units named by place
    r"Kodim|Polres|Polresta|Lapas|Rutan|Lanal|Lanud|Kanim)"
)
# Organisations that are not regional governments, as heads of a signing pair.
_NONGOV_ORG = (
    r"(?:Bank|BPD|PT|Jamkrida|Perumda|Perusda|BUMD|CV|Koperasi|Perum|Kadin|Kamar\s+Dagang|"
    r"Universitas|Institut|Politeknik|Kementerian|Asosiasi|HIPMI|Apindo|Yayasan)"
)
# Two banks, companies, chambers, campuses or ministries signing with each other.
NONGOV_PAIR = re.compile(
    r"\b(?:antara\s+)?"
    + _NONGOV_ORG
    + r"\b[^.;]{0,60}?\s(?:dengan|dan)\s+(?:PT\.?\s+)?"
    + _NONGOV_ORG
    + r"\b",
    re.I,
)
# Business deals struck at government events (trade missions): not government agreements.
BUSINESS_DEAL = re.compile(
    r"\b(?:komitmen\s+transaksi|transaksi\s+(?:dagang|bisnis)|antar\s*pelaku\s+usaha|business\s+matching|"
    r"kontrak\s+dagang|antar\s*pengusaha|kelompok\s+usaha\s+bank|KUB|"
    r"shareholder'?s?\s+agreement)\b",
    re.I,
)
# "tanda tangan berita acara serah terima barang milik negara": handing over assets or a
# grant is an administrative record, not a cooperation agreement.
HANDOVER_DOC = re.compile(
    r"\b(?:berita\s+acara\s+serah\s+terima|BAST|naskah\s+serah\s+terima|"
    r"berita\s+acara\s+(?:penyerahan|hibah)|serah\s+terima\s+(?:aset|barang|BMN|hibah))\b",
    re.I,
)
# Wording that names a cooperation document, beside a hand-over record.
COOPERATION_DOC = re.compile(
    r"\b(?:kesepakatan|perjanjian|nota\s+kesepahaman|MoU|PKS|kerja\s*sama)\b", re.I
)
# "penandatanganan kesepakatan oleh Ketua Asosiasi Gubernur ...": an association's
# resolutions, signed by its chair, bind no government to another.
ASSOCIATION_SIGNER = re.compile(
    r"\b(?:oleh|dari)\s+(?:\S+\s+){0,2}?Ketua\s+(?:Umum\s+)?"
    r"(?:Asosiasi|Forum|APPSI|APKASI|APEKSI|ADKASI|ADEKSI)\b",
    re.I,
)
# Government units as the signers of a trade-mission deal: "kerja sama antara delapan SKPD
# dari kedua provinsi" is a government agreement, whatever business deals share the sentence.
GOV_UNITS = re.compile(
    r"\b(?:SKPD|OPD|perangkat\s+daerah|kedua\s+(?:pemerintah\s+)?provinsi|kedua\s+pemprov)\b",
    re.I,
)
# "Kerjasama ke empat bank daerah tersebut ditandai dengan penandatanganan MoU": the signers
# are counted banks or companies, whoever looks on.
BUSINESSES_COUNTED = re.compile(
    r"\b(?:ke\s?(?:dua|tiga|empat|lima|enam|tujuh)|(?:dua|tiga|empat|lima|enam|tujuh)|"
    r"sejumlah|para|\d+)\s+(?:bank|BPD|BUMN|perusahaan|korporasi)\b|\bantar\s?(?:bank|BPD|BUMN)\b",
    re.I,
)
# "menandatangani pakta integritas": a pledge, not an agreement between two parties.
PLEDGE = re.compile(
    r"\b(?:pakta|fakta)\s+integritas\b|\bpernyataan\s+(?:komitmen|kesanggupan)\b|"
    r"\bperjanjian\s+kinerja\b",
    re.I,
)
# Documents an executive signs with its own parliament (budget, bylaws): not cooperation.
BUDGET_DOC = re.compile(
    r"\b(?:KUA[\s-]*PPAS|KUA\s+(?:dan|-)\s+PPAS|Kebijakan\s+Umum\s+(?:Anggaran|APBD)|"
    r"Prioritas\s+dan\s+Plafon\s+Anggaran|Ranperda|Rancangan\s+Peraturan\s+Daerah|"
    r"(?:R)?APBD(?:-?P)?\s+(?:Perubahan\s+)?(?:Tahun\s+(?:Anggaran\s+)?)?(?:19|20)\d{2})\b",
    re.I,
)
# A plenary of the DPRD is where budgets are signed, and sometimes where two governors sign.
PLENARY = re.compile(r"\brapat\s+paripurna\b", re.I)
INTER_GOVERNMENT = re.compile(
    r"\bkedua\s+(?:provinsi|gubernur|daerah|pemerintah|pemprov)\b|\bantar\s*(?:kedua\s+)?provinsi\b",
    re.I,
)
# Words that name a regional government or one of its offices or officials. Central
# bodies ("Badan Pertanahan Nasional", "Kepala BPN") must not make a signing regional.
GOV_TERM = re.compile(
    r"\b(?:Gubernur|Wagub|Bupati|Wali\s?kota|Walkot|Sekda|Sekretaris\s+Daerah|Pemprov|Pemrov|"
    r"Pempro|Pemprop|Pemda|Pemkab|Pemkot|Pemerintah\s+Daerah|Provinsi|Propinsi|Kabupaten|Kota|"
    r"Dinas|Biro|OPD|Perangkat\s+Daerah|Gubri|Gubsu|Setda\w*|Sekretariat\s+Daerah)\b",
    re.I,
)
# "Para pimpinan daerah ini melakukan penandatanganan ...": the heads just listed
THOSE_HEADS = re.compile(
    r"\bpara\s+(?:pimpinan|pemimpin|kepala)\s+daerah\s+(?:ini|itu|tersebut)\b|"
    r"\bpara\s+gubernur\s+(?:ini|itu|tersebut)\b",
    re.I,
)
# Whoever follows these words watched the signing; the clause names no party.
WITNESS_CLAUSE = re.compile(
    r"\b(?:disaksikan|dihadiri|didampingi|turut\s+(?:hadir|disaksikan|menyaksikan)|"
    r"hadir\s+pula|sebagai\s+saksi|menyaksikan|(?:rapat|pertemuan|acara)\s+(?:\w+\s+){0,3}?"
    r"yang\s+dipimpin)\b",
    re.I,
)
# A count of agreements over a period: a summary, not the report of one signing.
SUMMARY = re.compile(
    r"\b(?:sepanjang|selama)\s+(?:tahun\s+)?(?:(?:19|20)\d{2}|tahun\s+(?:ini|lalu)|"
    r"\w+\s+tahun\s+(?:terakhir|ini))\b|\bhingga\s+(?:kini|saat\s+ini)\b|\bsejauh\s+ini\b",
    re.I,
)
# Official titles that start a person mention ("Gubernur Jambi Budi Hartono").
TITLE = re.compile(
    r"\b(?:Wakil\s+)?(?:(?:Pj|Plt|Plh|Penjabat|Pelaksana\s+Tugas|Pelaksana\s+Harian)\.?"
    r"(?:\s+\((?:Pj|Plt|Plh)\.?\))?\s+)?"
    r"(?:Gubernur|Bupati|Wali\s?kota|Walkot|Wagub|Wabup|Gubri|Gubsu|Sekretaris\s+Daerah|"
    r"Sekda(?:prov)?|Asisten(?:\s+(?:[IV]{1,3}|Satu|Dua|Tiga))?|Kepala|Kadis|Kaban|Kabag|"
    # "Karo" (Kepala Biro) is also the regency: "Pemkab Karo", "Sekda Karo".
    r"(?<!Pemkab\s)(?<!Kabupaten\s)(?<!Kab\.\s)(?<!Sekda\s)(?<!Bupati\s)(?<!Tanah\s)Karo|"
    r"Rektor|Direktur(?:\s+Utama)?|Dirut|Ketua|Menteri|Dekan|Presiden|CEO|Kapolda|Pangdam|"
    r"Kajati|Kajari|Kapolres|Dandim|Danrem|Kakanwil|Komisaris(?:\s+Utama)?|Sekjen|"
    r"General\s+Manager|GM|Manajer|Manager|Pemimpin(?:\s+(?:Cabang|Wilayah))?|Presiden\s+Direktur|"
    r"Perwakilan|Chief\s+Minister|Premier|Governor|Mayor)\b",
    re.I,
)
WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
#: Capitalised weekday names, as they open datelines and end name lists.
WEEKDAY_NAMES = frozenset(name.capitalize() for name in WEEKDAYS)
WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "des": 12,
    "december": 12,
    "dec": 12,
}
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"

# Provinces counted, not named: "Gubernur enam provinsi se-Tanah Papua menandatangani".
PROVINCES_COUNTED = re.compile(
    r"\bgubernur\s+(?:dari\s+)?(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,2})\s+"
    r"provinsi\b|\b(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,2})\s+"
    r"(?:gubernur|perwakilan\s+pemerintah\s+provinsi|pemerintah\s+provinsi)\b",
    re.I,
)
# A list right after a signing that names its signers ("Keenam provinsi itu adalah ...").
LIST_CONTINUES = re.compile(
    r"\b(?:itu|tersebut)\s+(?:adalah|yakni|yaitu|ialah|meliputi)\b|"
    r"^(?:Kedua|Ketiga|Keempat|Kelima|Keenam|Ketujuh|Kedelapan|Kesembilan|Kesepuluh|Para)\b|"
    r"\b(?:di\s?antaranya|antara\s+lain|yakni|yaitu)\b|"
    # "Kesepakatan tersebut juga melibatkan Kabupaten A dan Kabupaten B": more signers
    r"\b(?:itu|tersebut|ini)\s+(?:juga|turut)\s+melibatkan\b|"
    # "Sembilan daerah itu Kuningan, Kota Cirebon, ...": the counted signers, named
    r"^(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\d{1,2})\s+"
    r"(?:daerah|kabupaten|kota|kabupaten/kota|kota/kabupaten|provinsi|pemda)\s+"
    r"(?:itu|tersebut)\b",
    re.I,
)
# "Kerja sama dilakukan antar 11 kabupaten/kota itu": the cooperating regions, counted
COUNTED_COOPERATION = re.compile(
    r"\b(?:kerja\s*sama|kesepakatan|MoU)\b[^.]{0,30}?\bantar(?:a)?\s*(?:\d{1,2}|tiga|empat|lima|"
    r"enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua\s+belas)\s+(?:kabupaten/kota|kabupaten|"
    r"kota|daerah|provinsi|pemda|pemerintah\s+daerah)\b",
    re.I,
)
# Bodies that are no regional government: banks, firms, campuses, prosecutors' offices.
NONGOV_BODY = re.compile(
    r"\b(?:Bank|BPD|PT|Perumda|Perusda|CV|Koperasi|Perum|Kadin|Universitas|Institut|Politeknik|"
    r"Kementerian|Asosiasi|Yayasan|Kejaksaan(?:\s+(?:Tinggi|Negeri|Agung))?|Kejati|Kejari|"
    r"Kejagung)\b"
)
