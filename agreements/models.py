"""Cooperation agreements between Indonesian regional governments.

Derived states (active, expiring, expired) are computed from dates by ``AgreementQuerySet``;
only what a person decides (an early termination) is stored. Invariants that must hold for
every writer live in the database as constraints.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Func, Q, Value, When
from django.db.models.functions import Cast, Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

# --- reference data ---------------------------------------------------------------------------


class IslandGroup(models.TextChoices):
    SUMATRA = "Sumatra", "Sumatra"
    JAVA = "Java", _("Jawa")
    BALI_NUSA_TENGGARA = "Bali-Nusa Tenggara", _("Bali dan Nusa Tenggara")
    KALIMANTAN = "Kalimantan", "Kalimantan"
    SULAWESI = "Sulawesi", "Sulawesi"
    MALUKU = "Maluku", "Maluku"
    PAPUA = "Papua", "Papua"


class Province(models.Model):
    """One of the 38 provinces; its Kemendagri code is the key in addresses (/provinces/32/)."""

    code = models.CharField(_("kode Kemendagri"), max_length=2, primary_key=True)
    name = models.CharField(_("nama"), max_length=100, unique=True)
    iso_3166_2 = models.CharField(_("kode ISO 3166-2"), max_length=5, unique=True)
    capital = models.CharField(_("ibu kota"), max_length=100)
    island_group = models.CharField(_("kelompok pulau"), max_length=30)
    aliases = ArrayField(
        models.CharField(max_length=100), verbose_name=_("nama lain"), default=list, blank=True
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("provinsi")
        verbose_name_plural = _("provinsi")

    def __str__(self) -> str:
        return self.name


class SectorCategory(models.TextChoices):
    WAJIB_PELAYANAN_DASAR = "wajib_pelayanan_dasar", _("Urusan wajib pelayanan dasar")
    WAJIB_NON_PELAYANAN_DASAR = "wajib_non_pelayanan_dasar", _("Urusan wajib non pelayanan dasar")
    PILIHAN = "pilihan", _("Urusan pilihan")
    UNSUR_STAF = "unsur_staf", _("Unsur staf")
    PENUNJANG = "penunjang", _("Fungsi penunjang")
    PENGAWASAN = "pengawasan", _("Pengawasan")
    PEMERINTAHAN_UMUM = "pemerintahan_umum", _("Pemerintahan umum")


class Sector(models.Model):
    """An urusan pemerintahan (UU 23/2014 Pasal 12) or a supporting function."""

    code = models.SlugField(_("kode"), max_length=40, primary_key=True)
    name_id = models.CharField(_("nama (Indonesia)"), max_length=150)
    name_en = models.CharField(_("nama (Inggris)"), max_length=150)
    category = models.CharField(_("kategori"), max_length=30, choices=SectorCategory.choices)
    nomenclature_code = models.CharField(_("kode nomenklatur"), max_length=10, blank=True)
    keywords = ArrayField(
        models.CharField(max_length=100), verbose_name=_("kata kunci"), default=list, blank=True
    )

    class Meta:
        ordering = ["nomenclature_code", "code"]
        verbose_name = _("urusan/sektor")
        verbose_name_plural = _("urusan/sektor")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the active interface language (the reference data has both)."""
        from django.utils.translation import get_language

        return self.name_en if (get_language() or "").startswith("en") else self.name_id

    @property
    def is_urusan(self) -> bool:
        return self.category in {
            SectorCategory.WAJIB_PELAYANAN_DASAR,
            SectorCategory.WAJIB_NON_PELAYANAN_DASAR,
            SectorCategory.PILIHAN,
        }


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


class NormalizedName(Func):
    """lower(name) with every run of non-alphanumerics folded to one space, trimmed.

    Immutable, so PostgreSQL can store it as a generated column that backs the uniqueness of
    an OPD per province: "Dinas  Kehutanan" and "dinas kehutanan." are one unit.
    """

    template = "btrim(regexp_replace(lower(%(expressions)s), '[^a-z0-9]+', ' ', 'g'))"
    output_field = models.CharField()


class Opd(models.Model):
    """Organisasi Perangkat Daerah: a government unit of one province."""

    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="opds", verbose_name=_("provinsi")
    )
    kind = models.CharField(_("jenis"), max_length=30, choices=OpdKind.choices)
    name = models.CharField(_("nama lengkap"), max_length=255)
    acronym = models.CharField(_("singkatan"), max_length=50, blank=True)
    aliases = ArrayField(
        models.CharField(max_length=255), verbose_name=_("nama lain"), default=list, blank=True
    )
    normalized_name = models.GeneratedField(
        expression=NormalizedName("name"),
        output_field=models.CharField(max_length=255),
        db_persist=True,
    )

    history = HistoricalRecords(excluded_fields=["normalized_name"])

    class Meta:
        ordering = ["province", "name"]
        verbose_name = _("perangkat daerah (OPD)")
        verbose_name_plural = _("perangkat daerah (OPD)")
        constraints = [
            models.UniqueConstraint(
                fields=["province", "normalized_name"], name="opd_unique_name_per_province"
            ),
        ]
        indexes = [
            # Admin search and OPD autocomplete match names and acronyms by trigram.
            GinIndex(
                OpClass(Upper(Cast("name", models.TextField())), name="gin_trgm_ops"),
                name="opd_name_trgm",
            ),
            GinIndex(
                OpClass(Upper(Cast("acronym", models.TextField())), name="gin_trgm_ops"),
                name="opd_acronym_trgm",
            ),
        ]

    def __str__(self) -> str:
        label = f"{self.name} ({self.acronym})" if self.acronym else self.name
        return f"{label} ({self.province})"


# --- agreements -------------------------------------------------------------------------------


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


class AddMonths(Func):
    """``(date + make_interval(0, months))::date``: immutable, so usable in a generated column."""

    template = "((%(expressions)s)))::date"
    arg_joiner = " + make_interval(0, "
    output_field = models.DateField()


def status_condition(status: str, *, today=None, expiring_days: int | None = None) -> Q:
    """The rule of one derived status as a Q, for filters and conditional counts alike."""
    today = today or timezone.localdate()
    days = settings.EXPIRING_WITHIN_DAYS if expiring_days is None else expiring_days
    signed = Q(signed_on__isnull=False)
    running = Q(terminated_on__isnull=True) | Q(terminated_on__gt=today)
    conditions = {
        AgreementStatus.TERMINATED: Q(terminated_on__isnull=False, terminated_on__lte=today),
        AgreementStatus.DRAFT: Q(signed_on__isnull=True),
        # Active includes those expiring soon: they are still in force.
        AgreementStatus.ACTIVE: signed
        & running
        & (Q(ends_on__isnull=True) | Q(ends_on__gte=today)),
        AgreementStatus.EXPIRING: signed
        & running
        & Q(ends_on__gte=today, ends_on__lte=today + timezone.timedelta(days=days)),
        AgreementStatus.EXPIRED: signed & running & Q(ends_on__lt=today),
    }
    return conditions[status]


class AgreementQuerySet(models.QuerySet):
    """Status is derived from dates here, never stored."""

    def with_status_value(self, status: str, *, expiring_days: int | None = None):
        return self.filter(status_condition(status, expiring_days=expiring_days))

    def active(self):
        return self.with_status_value(AgreementStatus.ACTIVE)

    def expiring_within(self, days: int | None = None):
        return self.with_status_value(AgreementStatus.EXPIRING, expiring_days=days)

    def expired(self):
        return self.with_status_value(AgreementStatus.EXPIRED)

    def terminated(self):
        return self.with_status_value(AgreementStatus.TERMINATED)

    def drafts(self):
        return self.with_status_value(AgreementStatus.DRAFT)

    def with_status(self, expiring_days: int | None = None):
        """Annotate ``status`` with the most specific derived state."""
        today = timezone.localdate()
        order = [
            AgreementStatus.TERMINATED,
            AgreementStatus.DRAFT,
            AgreementStatus.EXPIRED,
            AgreementStatus.EXPIRING,
        ]
        return self.annotate(
            status=Case(
                *[
                    When(
                        status_condition(status, today=today, expiring_days=expiring_days),
                        then=Value(status),
                    )
                    for status in order
                ],
                default=Value(AgreementStatus.ACTIVE),
                output_field=models.CharField(),
            )
        )

    def involving(self, province_code: str):
        return self.filter(parties__province_id=province_code)

    def in_sector(self, sector_code: str):
        # EXISTS, not a join: an agreement with several scope items in the sector stays one
        # row, and a sorted, limited page can stop after its first rows.
        items = ScopeItem.objects.filter(agreement=models.OuterRef("pk"), sectors=sector_code)
        return self.filter(models.Exists(items))


class Agreement(models.Model):
    agreement_type = models.CharField(
        _("jenis dokumen"),
        max_length=30,
        choices=AgreementType.choices,
        default=AgreementType.KESEPAKATAN_BERSAMA,
    )
    cooperation_class = models.CharField(
        _("kelas kerja sama"),
        max_length=10,
        choices=CooperationClass.choices,
        default=CooperationClass.KSDD,
    )
    title = models.CharField(_("judul"), max_length=500)
    signed_on = models.DateField(_("tanggal penandatanganan"), null=True, blank=True)
    place = models.CharField(_("tempat penandatanganan"), max_length=255, blank=True)
    effective_from = models.DateField(_("berlaku mulai"), null=True, blank=True)
    expires_on = models.DateField(_("berakhir pada"), null=True, blank=True)
    duration_months = models.PositiveSmallIntegerField(
        _("jangka waktu (bulan)"),
        null=True,
        blank=True,
        help_text=_(
            "Isi bila naskah hanya menyebut jangka waktu; tanggal berakhir dihitung "
            "dari tanggal berlaku (atau tanggal penandatanganan)."
        ),
    )
    # The end date every status query uses: the stated expiry, or start + duration.
    ends_on = models.GeneratedField(
        expression=models.functions.Coalesce(
            F("expires_on"),
            AddMonths(
                models.functions.Coalesce(F("effective_from"), F("signed_on")), F("duration_months")
            ),
        ),
        output_field=models.DateField(),
        db_persist=True,
        verbose_name=_("berakhir"),
    )
    terminated_on = models.DateField(_("dihentikan pada"), null=True, blank=True)
    termination_reason = models.TextField(_("alasan penghentian"), blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("kesepakatan induk"),
        help_text=_("Untuk PKS: Kesepakatan Bersama yang menaunginya."),
    )
    predecessor = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="successors",
        verbose_name=_("kerja sama sebelumnya"),
        help_text=_("Kerja sama yang diperpanjang atau diperbarui oleh naskah ini."),
    )
    notes = models.TextField(_("catatan"), blank=True)
    provenance = models.CharField(
        _("asal data"), max_length=10, choices=Provenance.choices, default=Provenance.MANUAL
    )
    # Derived from title, notes and scope items by services.agreement_refresh_search();
    # stored because scope items live in another table and the list page searches it.
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    # Generated and derived columns are left out: history records what people changed.
    history = HistoricalRecords(excluded_fields=["ends_on", "search_vector"])
    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_on", "-id"]
        verbose_name = _("kesepakatan/perjanjian")
        verbose_name_plural = _("kesepakatan/perjanjian")
        permissions = [("export_agreement", _("Dapat mengekspor kesepakatan"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True)
                | Q(signed_on__isnull=True)
                | Q(expires_on__gte=F("signed_on")),
                name="agreement_expires_after_signing",
            ),
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True)
                | Q(effective_from__isnull=True)
                | Q(expires_on__gte=F("effective_from")),
                name="agreement_expires_after_effective",
            ),
            models.CheckConstraint(
                condition=Q(terminated_on__isnull=True)
                | Q(signed_on__isnull=True)
                | Q(terminated_on__gte=F("signed_on")),
                name="agreement_terminated_after_signing",
            ),
            models.CheckConstraint(
                condition=Q(duration_months__isnull=True) | Q(duration_months__gt=0),
                name="agreement_duration_positive",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("id")) & ~Q(predecessor=F("id")),
                name="agreement_not_its_own_parent_or_predecessor",
            ),
        ]
        indexes = [
            # Agreement list: filters by type/class and sorts by signing date; status by ends_on.
            models.Index(fields=["agreement_type", "signed_on"], name="agreement_type_signed"),
            models.Index(fields=["cooperation_class"], name="agreement_class"),
            models.Index(fields=["signed_on", "id"], name="agreement_signed_on"),
            models.Index(fields=["ends_on"], name="agreement_ends_on"),
            # Text search on the agreement list (`q`), indonesian configuration.
            GinIndex(fields=["search_vector"], name="agreement_search"),
            # Admin search (icontains compiles to UPPER(title::text) LIKE ...).
            GinIndex(
                OpClass(Upper(Cast("title", models.TextField())), name="gin_trgm_ops"),
                name="agreement_title_trgm",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("agreements:detail", args=[self.pk])

    def get_status_display(self) -> str:
        return AgreementStatus(self.status).label

    def clean(self) -> None:
        from agreements.validation import validate_agreement_dates

        validate_agreement_dates(
            agreement_type=self.agreement_type,
            signed_on=self.signed_on,
            effective_from=self.effective_from,
            expires_on=self.expires_on,
            terminated_on=self.terminated_on,
            parent=self.parent,
            predecessor=self.predecessor,
            pk=self.pk,
        )
        if self.terminated_on and not self.termination_reason.strip():
            raise ValidationError(
                {"termination_reason": _("Sebutkan alasan penghentian kerja sama.")}
            )

    @property
    def status(self) -> str:
        """The derived status; querysets annotate it (``with_status``), a lone row asks the
        database once, so the rules live only in ``status_condition``."""
        if "status" not in self.__dict__:
            self.__dict__["status"] = (
                Agreement.objects.with_status().values_list("status", flat=True).get(pk=self.pk)
            )
        return self.__dict__["status"]

    @status.setter
    def status(self, value: str) -> None:
        # Set by the with_status() annotation.
        self.__dict__["status"] = value


class PartyKind(models.TextChoices):
    PROVINCE = "province", _("Provinsi")
    REGENCY = "regency", _("Kabupaten")
    CITY = "city", _("Kota")
    MINISTRY = "ministry", _("Kementerian/lembaga")
    COMPANY = "company", _("Badan usaha")
    UNIVERSITY = "university", _("Perguruan tinggi")
    BANK = "bank", _("Bank")
    OTHER = "other", _("Lainnya")


class AgreementParty(models.Model):
    """A signing party: a province, or a named other organisation."""

    agreement = models.ForeignKey(
        Agreement, on_delete=models.CASCADE, related_name="parties", verbose_name=_("kesepakatan")
    )
    kind = models.CharField(
        _("jenis pihak"), max_length=20, choices=PartyKind.choices, default=PartyKind.PROVINCE
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="parties",
        verbose_name=_("provinsi"),
    )
    organisation_name = models.CharField(
        _("nama organisasi"),
        max_length=255,
        blank=True,
        help_text=_("Untuk pihak selain provinsi, mis. Kabupaten Bogor atau PT Bank X."),
    )
    document_number = models.CharField(_("nomor naskah pihak"), max_length=150, blank=True)
    signatory_name = models.CharField(_("nama penanda tangan"), max_length=200, blank=True)
    signatory_title = models.CharField(_("jabatan penanda tangan"), max_length=200, blank=True)
    on_behalf_of = models.CharField(
        _("mewakili"),
        max_length=200,
        blank=True,
        help_text=_("Bila penanda tangan mewakili pejabat lain, mis. 'Gubernur Jambi'."),
    )
    position = models.PositiveSmallIntegerField(_("urutan"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["agreement", "position", "id"]
        verbose_name = _("pihak")
        verbose_name_plural = _("pihak")
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "province"],
                condition=Q(province__isnull=False),
                name="party_one_row_per_province",
            ),
            models.CheckConstraint(
                condition=(Q(kind=PartyKind.PROVINCE) & Q(province__isnull=False))
                | (
                    ~Q(kind=PartyKind.PROVINCE)
                    & Q(province__isnull=True)
                    & ~Q(organisation_name="")
                ),
                name="party_is_province_or_named_organisation",
            ),
        ]
        indexes = [
            # Province and pair pages, and the list's province/partner filters.
            models.Index(fields=["province", "agreement"], name="party_province_agreement"),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        if self.kind == PartyKind.PROVINCE and self.province_id:
            return str(self.province)
        return self.organisation_name


class AgreementOpd(models.Model):
    """An OPD taking part in an agreement; the party it serves follows from its province."""

    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        related_name="agreement_opds",
        verbose_name=_("kesepakatan"),
    )
    opd = models.ForeignKey(
        Opd, on_delete=models.PROTECT, related_name="agreement_links", verbose_name=_("OPD")
    )
    role = models.CharField(
        _("peran"), max_length=200, blank=True, help_text=_("Mis. pelaksana, koordinator.")
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["agreement", "opd__name"]
        verbose_name = _("OPD pelaksana")
        verbose_name_plural = _("OPD pelaksana")
        constraints = [
            models.UniqueConstraint(fields=["agreement", "opd"], name="agreement_opd_once"),
        ]

    def __str__(self) -> str:
        return str(self.opd)


class ScopeItem(models.Model):
    """One agreed object of cooperation (ruang lingkup), in the words of the document."""

    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        related_name="scope_items",
        verbose_name=_("kesepakatan"),
    )
    description = models.TextField(_("uraian"))
    sectors = models.ManyToManyField(
        Sector, related_name="scope_items", verbose_name=_("urusan/sektor")
    )
    position = models.PositiveSmallIntegerField(_("urutan"), default=0)

    history = HistoricalRecords(m2m_fields=[sectors])

    class Meta:
        ordering = ["agreement", "position", "id"]
        verbose_name = _("ruang lingkup")
        verbose_name_plural = _("ruang lingkup")

    def __str__(self) -> str:
        return self.description[:80]


class DocumentKind(models.TextChoices):
    SIGNED_TEXT = "naskah", _("Naskah yang ditandatangani")
    ANNEX = "lampiran", _("Lampiran")
    ADDENDUM = "adendum", _("Adendum")
    REPORT = "laporan", _("Laporan monev")
    PHOTO = "foto", _("Foto penandatanganan")
    OTHER = "other", _("Lainnya")


def document_upload_to(instance: Document, filename: str) -> str:
    # The name was sanitised by the form; dated folders keep directories small.
    return timezone.now().strftime("documents/%Y/%m/") + filename


class Document(models.Model):
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        related_name="documents",
        verbose_name=_("kesepakatan"),
    )
    title = models.CharField(_("judul"), max_length=255)
    kind = models.CharField(
        _("jenis"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.SIGNED_TEXT
    )
    file = models.FileField(_("berkas"), upload_to=document_upload_to, max_length=255)
    content_type = models.CharField(_("tipe isi"), max_length=100, editable=False)
    size = models.PositiveBigIntegerField(_("ukuran (bita)"), editable=False, default=0)
    uploaded_at = models.DateTimeField(_("diunggah"), default=timezone.now, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["agreement", "-uploaded_at"]
        verbose_name = _("dokumen")
        verbose_name_plural = _("dokumen")

    def __str__(self) -> str:
        return self.title


# --- news ingestion -------------------------------------------------------------------------


class SourceKind(models.TextChoices):
    FEED = "feed", _("Umpan RSS/Atom")
    SITEMAP = "sitemap", _("Peta situs berita (news sitemap)")
    PAGE_LIST = "page_list", _("Halaman daftar tautan artikel")


class Source(models.Model):
    """A news source read on a schedule; its beat entry is kept in step by services_ingest."""

    name = models.CharField(_("nama"), max_length=200)
    kind = models.CharField(
        _("jenis"), max_length=20, choices=SourceKind.choices, default=SourceKind.FEED
    )
    url = models.URLField(_("alamat"), max_length=1000, unique=True)
    enabled = models.BooleanField(_("aktif"), default=True)
    interval_minutes = models.PositiveIntegerField(_("selang (menit)"), default=60)
    politeness_seconds = models.PositiveIntegerField(
        _("jeda antarpermintaan (detik)"),
        default=5,
        help_text=_("Jeda minimum antara dua permintaan ke host yang sama."),
    )
    max_items_per_run = models.PositiveIntegerField(
        _("artikel baru maksimum per putaran"), default=50
    )
    # Conditional GET of the feed itself: the validators the server sent last time.
    etag = models.CharField(_("ETag"), max_length=500, blank=True, editable=False)
    last_modified = models.CharField(_("Last-Modified"), max_length=100, blank=True, editable=False)
    last_run_at = models.DateTimeField(_("terakhir dijalankan"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("terakhir berhasil"), null=True, blank=True)
    last_error = models.TextField(_("galat terakhir"), blank=True)
    last_error_at = models.DateTimeField(_("waktu galat terakhir"), null=True, blank=True)
    periodic_task = models.OneToOneField(
        "django_celery_beat.PeriodicTask",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("jadwal"),
    )
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sumber berita")
        verbose_name_plural = _("sumber berita")
        constraints = [
            models.CheckConstraint(
                condition=Q(interval_minutes__gte=1), name="source_interval_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class IngestRunStatus(models.TextChoices):
    RUNNING = "running", _("Berjalan")
    OK = "ok", _("Berhasil")
    NOT_MODIFIED = "not_modified", _("Tidak berubah")
    FAILED = "failed", _("Gagal")


class IngestRun(models.Model):
    """One read of a source; article tasks add their outcomes to the counters as they finish."""

    source = models.ForeignKey(
        Source,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="runs",
        verbose_name=_("sumber"),
    )
    trigger = models.CharField(_("pemicu"), max_length=20, default="schedule")
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=IngestRunStatus.choices,
        default=IngestRunStatus.RUNNING,
    )
    started_at = models.DateTimeField(_("mulai"), default=timezone.now)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)
    discovered = models.PositiveIntegerField(_("ditemukan"), default=0)
    new = models.PositiveIntegerField(_("baru"), default=0)
    duplicate = models.PositiveIntegerField(_("duplikat"), default=0)
    failed = models.PositiveIntegerField(_("gagal"), default=0)
    candidates = models.PositiveIntegerField(_("usulan"), default=0)
    # [{"url": ..., "error": ..., "transient": bool}], capped so a hostile feed cannot bloat it.
    errors = models.JSONField(_("galat"), default=list, blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("putaran pengambilan")
        verbose_name_plural = _("putaran pengambilan")
        indexes = [
            # Source admin: latest run per source.
            models.Index(fields=["source", "-started_at"], name="ingestrun_source_started"),
        ]

    def __str__(self) -> str:
        return f"{self.source or '-'} {self.started_at:%Y-%m-%d %H:%M}"


class Article(models.Model):
    """A news item as fetched: clean text, metadata, and the facts the extractor found."""

    title = models.CharField(_("judul"), max_length=1000, blank=True)
    # As discovered (feed link, tracking parameters removed); canonical_url is what dedupes.
    url = models.URLField(_("alamat"), max_length=2000)
    canonical_url = models.URLField(_("alamat kanonik"), max_length=2000)
    publisher = models.CharField(_("penerbit"), max_length=300, blank=True)
    author = models.CharField(_("penulis"), max_length=300, blank=True)
    published_at = models.DateTimeField(_("diterbitkan"), null=True, blank=True)
    text = models.TextField(_("teks"), blank=True)
    language = models.CharField(_("bahasa"), max_length=10, blank=True)
    # sha256 of the normalised text: syndicated copies share it.
    content_hash = models.CharField(_("hash isi"), max_length=64, db_index=True)
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("duplikat dari"),
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("sumber"),
    )
    extraction = models.JSONField(_("hasil ekstraksi"), default=dict, blank=True)
    is_relevant = models.BooleanField(_("relevan"), default=False)
    extracted_at = models.DateTimeField(_("diekstraksi"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("diambil"), default=timezone.now)
    # zlib-compressed original HTML, kept for re-extraction and purged after the retention.
    raw_html = models.BinaryField(_("HTML asli (terkompresi)"), null=True, blank=True)
    agreements = models.ManyToManyField(
        Agreement,
        through="ArticleAgreement",
        related_name="articles",
        blank=True,
        verbose_name=_("kesepakatan"),
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("artikel")
        verbose_name_plural = _("artikel")
        constraints = [
            # Concurrent workers race to insert the same article; the database decides.
            models.UniqueConstraint(fields=["canonical_url"], name="article_unique_canonical_url"),
            models.CheckConstraint(
                condition=~Q(duplicate_of=F("id")), name="article_not_its_own_duplicate"
            ),
        ]
        indexes = [
            # Article list (/articles/) and home "latest articles": newest first, relevant only.
            models.Index(fields=["-published_at", "-id"], name="article_published"),
            models.Index(
                fields=["is_relevant", "-published_at"], name="article_relevant_published"
            ),
            # The feed reader asks which discovered URLs it has already seen.
            models.Index(fields=["url"], name="article_url"),
        ]

    def __str__(self) -> str:
        return self.title or self.canonical_url


class ArticleLink(models.TextChoices):
    AUTO_MATCH = "auto_match", _("Dicocokkan otomatis")
    ACCEPTED = "accepted", _("Usulan diterima")
    MERGED = "merged", _("Digabungkan peninjau")


class ArticleAgreement(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="agreement_links", verbose_name=_("artikel")
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        related_name="article_links",
        verbose_name=_("kesepakatan"),
    )
    evidence = models.JSONField(_("kalimat bukti"), default=dict, blank=True)
    linked_by = models.CharField(_("cara ditautkan"), max_length=20, choices=ArticleLink.choices)
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("artikel kesepakatan")
        verbose_name_plural = _("artikel kesepakatan")
        constraints = [
            models.UniqueConstraint(fields=["article", "agreement"], name="article_agreement_once"),
        ]

    def __str__(self) -> str:
        return f"{self.article} → {self.agreement}"


class CandidateStatus(models.TextChoices):
    PENDING = "pending", _("Menunggu tinjauan")
    ACCEPTED = "accepted", _("Diterima")
    MERGED = "merged", _("Digabungkan")
    REJECTED = "rejected", _("Ditolak")


class Candidate(models.Model):
    """What extraction proposed from one article; only a reviewer turns it into an agreement."""

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, related_name="candidate", verbose_name=_("artikel")
    )
    facts = models.JSONField(_("fakta"), default=dict)
    confidence = models.FloatField(_("keyakinan"), default=0.0)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CandidateStatus.choices,
        default=CandidateStatus.PENDING,
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="candidates",
        verbose_name=_("kesepakatan hasil"),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("diputuskan oleh"),
    )
    decided_at = models.DateTimeField(_("diputuskan pada"), null=True, blank=True)
    rejection_reason = models.TextField(_("alasan penolakan"), blank=True)
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("usulan kesepakatan")
        verbose_name_plural = _("usulan kesepakatan")
        constraints = [
            models.CheckConstraint(
                condition=Q(status=CandidateStatus.PENDING) | Q(decided_at__isnull=False),
                name="candidate_decided_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status=CandidateStatus.REJECTED) | ~Q(rejection_reason=""),
                name="candidate_rejection_has_reason",
            ),
        ]
        indexes = [
            # Review queue in the admin: pending first, newest first.
            models.Index(fields=["status", "-created_at"], name="candidate_status_created"),
        ]

    def __str__(self) -> str:
        return str(self.article)
