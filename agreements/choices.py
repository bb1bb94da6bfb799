"""The choices of the app's fields, in a module that imports nothing from the app.

Models, validation, forms, filters and the admin all import these; kept apart, the models
and the validation rules no longer import each other.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IslandGroup(models.TextChoices):
    SUMATRA = "Sumatra", "Sumatra"
    JAVA = "Java", _("Jawa")
    BALI_NUSA_TENGGARA = "Bali-Nusa Tenggara", _("Bali dan Nusa Tenggara")
    KALIMANTAN = "Kalimantan", "Kalimantan"
    SULAWESI = "Sulawesi", "Sulawesi"
    MALUKU = "Maluku", "Maluku"
    PAPUA = "Papua", "Papua"


class SectorCategory(models.TextChoices):
    WAJIB_PELAYANAN_DASAR = "wajib_pelayanan_dasar", _("Urusan wajib pelayanan dasar")
    WAJIB_NON_PELAYANAN_DASAR = "wajib_non_pelayanan_dasar", _("Urusan wajib non pelayanan dasar")
    PILIHAN = "pilihan", _("Urusan pilihan")
    UNSUR_STAF = "unsur_staf", _("Unsur staf")
    PENUNJANG = "penunjang", _("Fungsi penunjang")
    PENGAWASAN = "pengawasan", _("Pengawasan")
    PEMERINTAHAN_UMUM = "pemerintahan_umum", _("Pemerintahan umum")


class OpdKind(models.TextChoices):
    """Kinds of provincial perangkat daerah (PP 18/2016), as in opd_types.csv."""

    SEKRETARIAT_DAERAH = "sekretariat_daerah", _("Sekretariat Daerah")
    ASISTEN_SETDA = "asisten_setda", _("Asisten Sekretariat Daerah")
    BIRO = "biro", _("Biro")
    SEKRETARIAT_DPRD = "sekretariat_dprd", _("Sekretariat DPRD")
    INSPEKTORAT = "inspektorat", _("Inspektorat")
    DINAS = "dinas", _("Dinas")
    SATPOL_PP = "satpol_pp", _("Satuan Polisi Pamong Praja")
    BADAN = "badan", _("Badan")
    RSUD = "rsud", _("Rumah Sakit Umum Daerah")
    UPTD = "uptd", _("Unit Pelaksana Teknis Daerah")
    CABANG_DINAS = "cabang_dinas", _("Cabang Dinas")
    KEKHUSUSAN_ACEH = "kekhususan_aceh", _("Lembaga kekhususan Aceh")
    KEKHUSUSAN_DIY = "kekhususan_diy", _("Lembaga keistimewaan DIY")
    KEKHUSUSAN_PAPUA = "kekhususan_papua", _("Lembaga kekhususan Papua")
    KEKHUSUSAN_DKI = "kekhususan_dki", _("Lembaga kekhususan Jakarta")
    OTHER = "other", _("Lainnya")


class AgreementType(models.TextChoices):
    KESEPAKATAN_BERSAMA = "kesepakatan_bersama", _("Kesepakatan Bersama")
    NOTA_KESEPAKATAN = "nota_kesepakatan", _("Nota Kesepakatan (MoU)")
    PERJANJIAN_KERJA_SAMA = "perjanjian_kerja_sama", _("Perjanjian Kerja Sama")
    ADENDUM = "adendum", _("Adendum")
    OTHER = "other", _("Lainnya")


#: Umbrella agreements under which a PKS may sit.
UMBRELLA_TYPES = (AgreementType.KESEPAKATAN_BERSAMA, AgreementType.NOTA_KESEPAKATAN)


class CooperationClass(models.TextChoices):
    """The classes of kerja sama daerah (PP 28/2018)."""

    KSDD = "ksdd", _("KSDD: dengan daerah lain")
    KSDPK = "ksdpk", _("KSDPK: dengan pihak ketiga")
    KSDPL = "ksdpl", _("KSDPL: dengan pemerintah daerah di luar negeri")
    KSDLL = "ksdll", _("KSDLL: dengan lembaga di luar negeri")


class Provenance(models.TextChoices):
    MANUAL = "manual", _("Dimasukkan manual")
    ARTICLE = "article", _("Diterima dari artikel berita")


class AgreementStatus(models.TextChoices):
    DRAFT = "draft", _("Draf")
    ACTIVE = "active", _("Berlaku")
    EXPIRING = "expiring", _("Segera berakhir")
    EXPIRED = "expired", _("Berakhir")
    TERMINATED = "terminated", _("Dihentikan")


class PartyKind(models.TextChoices):
    PROVINCE = "province", _("Provinsi")
    REGENCY = "regency", _("Kabupaten")
    CITY = "city", _("Kota")
    MINISTRY = "ministry", _("Kementerian/lembaga")
    COMPANY = "company", _("Badan usaha")
    UNIVERSITY = "university", _("Perguruan tinggi")
    BANK = "bank", _("Bank")
    OTHER = "other", _("Lainnya")


#: Party kinds that name an organisation rather than a region: the third parties.
ORGANISATION_PARTY_KINDS = (
    PartyKind.MINISTRY,
    PartyKind.COMPANY,
    PartyKind.UNIVERSITY,
    PartyKind.BANK,
    PartyKind.OTHER,
)


class AgreementCategory(models.TextChoices):
    """Derived from the parties (``AgreementQuerySet.in_category``), never stored."""

    INTERPROVINCIAL = "interprovincial", _("Antarprovinsi")
    PROVINCE_REGENCY = "province_regency", _("Provinsi dengan kabupaten/kota")
    REGENCY_REGENCY = "regency_regency", _("Antarkabupaten/kota")
    THIRD_PARTY = "third_party", _("Dengan pihak ketiga")


class DocumentKind(models.TextChoices):
    SIGNED_TEXT = "naskah", _("Naskah yang ditandatangani")
    ANNEX = "lampiran", _("Lampiran")
    ADDENDUM = "adendum", _("Adendum")
    REPORT = "laporan", _("Laporan monev")
    PHOTO = "foto", _("Foto penandatanganan")
    OTHER = "other", _("Lainnya")


class SourceKind(models.TextChoices):
    FEED = "feed", _("Umpan RSS/Atom")
    SITEMAP = "sitemap", _("Peta situs berita (news sitemap)")
    PAGE_LIST = "page_list", _("Halaman daftar tautan artikel")


class IngestRunStatus(models.TextChoices):
    RUNNING = "running", _("Berjalan")
    OK = "ok", _("Berhasil")
    NOT_MODIFIED = "not_modified", _("Tidak berubah")
    FAILED = "failed", _("Gagal")


class ArticleLink(models.TextChoices):
    AUTO_MATCH = "auto_match", _("Dicocokkan otomatis")
    ACCEPTED = "accepted", _("Usulan diterima")
    MERGED = "merged", _("Digabungkan peninjau")


class CandidateStatus(models.TextChoices):
    PENDING = "pending", _("Menunggu tinjauan")
    ACCEPTED = "accepted", _("Diterima")
    MERGED = "merged", _("Digabungkan")
    REJECTED = "rejected", _("Ditolak")


class ActionKind(models.TextChoices):
    """Dated actions on an agreement, as a treaty registry keeps them."""

    SIGNED = "signed", _("Ditandatangani")
    # Opens the DPRD deadline (selectors.deadlines); "approved by the DPRD" closes it.
    DPRD_SUBMITTED = "dprd_submitted", _("Diajukan ke DPRD")
    DPRD_APPROVED = "dprd_approved", _("Disetujui DPRD")
    # A KB the bureau will not follow with a PKS: closes its PKS deadline (selectors.deadlines).
    PKS_NOT_NEEDED = "pks_not_needed", _("PKS tidak diperlukan")
    ENTERED_INTO_FORCE = "in_force", _("Mulai berlaku")
    AMENDED = "amended", _("Diubah (adendum)")
    EXTENDED = "extended", _("Diperpanjang")
    MONEV_FILED = "monev_filed", _("Laporan monev disampaikan")
    SUSPENDED = "suspended", _("Ditangguhkan")
    TERMINATED = "terminated", _("Dihentikan")
    ENDED = "ended", _("Berakhir")


class ActivityState(models.TextChoices):
    PLANNED = "planned", _("Direncanakan")
    IN_PROGRESS = "in_progress", _("Berjalan")
    DONE = "done", _("Selesai")
    STALLED = "stalled", _("Tersendat")
    CANCELLED = "cancelled", _("Dibatalkan")


class ReportPeriod(models.TextChoices):
    FIRST_SEMESTER = "s1", _("Semester I")
    SECOND_SEMESTER = "s2", _("Semester II")
    YEAR = "year", _("Tahunan")


class CompletenessItem(models.TextChoices):
    """The important fields of an agreement record, checked by ``completeness_conditions``."""

    SCAN = "scan", _("Pindaian naskah")
    EXPIRY = "expiry", _("Tanggal berakhir")
    OPDS = "opds", _("OPD pelaksana")
    SIGNATORIES = "signatories", _("Penanda tangan")
    SECTORS = "sectors", _("Urusan ruang lingkup")
    NUMBERS = "numbers", _("Nomor naskah")
