"""Agreements and their parts: parties, participating OPDs, scope items, documents."""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Cast, Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from agreements.choices import (
    AgreementStatus,
    AgreementType,
    CooperationClass,
    DocumentKind,
    Provenance,
)
from agreements.models.querysets import AddMonths, AgreementQuerySet
from agreements.models.reference import Opd, Sector
from agreements.validation import validate_agreement_dates

# The text search configuration of Agreement.search_vector, its writer and its readers.
SEARCH_CONFIG = "indonesian"


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
    # Days before the end date on which followers are reminded; empty: REMINDER_NOTICE_DAYS.
    notice_days = ArrayField(
        models.PositiveSmallIntegerField(),
        verbose_name=_("masa pemberitahuan (hari)"),
        default=list,
        blank=True,
        help_text=_("Hari sebelum berakhir, dipisah koma (mis. 180,90,30); kosong: bawaan."),
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
    # Open data: only an editor's publish action sets these (services/publishing.py), so the
    # history shows who published and when; the public portal and the API read nothing else.
    is_published = models.BooleanField(_("dipublikasikan"), default=False)
    published_at = models.DateTimeField(_("dipublikasikan pada"), null=True, blank=True)
    provenance = models.CharField(
        _("asal data"), max_length=10, choices=Provenance.choices, default=Provenance.MANUAL
    )
    # Derived from title, place, notes, scope items and signatories by
    # services.agreements.agreement_after_write(); stored because scope items and parties live
    # in other tables and the list page searches it.
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)
    # Optimistic lock: every admin save and import bumps it; a save from a form opened at an
    # older version is refused instead of silently reverting the other editor's change.
    version = models.PositiveIntegerField(_("versi"), default=1, editable=False)

    # Generated and derived columns are left out: history records what people changed.
    history = HistoricalRecords(excluded_fields=["ends_on", "search_vector", "version"])
    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_on", "-id"]
        verbose_name = _("kesepakatan/perjanjian")
        verbose_name_plural = pgettext_lazy("jamak", "kesepakatan/perjanjian")
        permissions = [
            ("export_agreement", _("Dapat mengekspor kesepakatan")),
            ("import_agreement", _("Dapat mengimpor kesepakatan")),
        ]
        constraints = [
            # Pages reverse URLs with <int:pk>, which cannot match a negative or zero id.
            models.CheckConstraint(condition=Q(id__gt=0), name="agreement_id_positive"),
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
            # Home page: the latest signings, undated last (a top-N read of the index, no sort).
            models.Index(
                F("signed_on").desc(nulls_last=True), F("id").desc(), name="agreement_latest"
            ),
            # Home page: recently added or changed, and what changed since the last visit.
            models.Index(fields=["updated_at", "id"], name="agreement_updated"),
            # Text search on the agreement list (`q`), indonesian configuration.
            GinIndex(fields=["search_vector"], name="agreement_search"),
            # Public portal and API: published agreements only, newest signing first.
            models.Index(
                fields=["signed_on", "id"],
                condition=Q(is_published=True),
                name="agreement_published_signed",
            ),
            # Admin search (icontains compiles to UPPER(title::text) LIKE ...): each of its
            # search_fields has one, so the OR of the three is a BitmapOr, not a scan of
            # every row (a word that matches nothing read the whole table).
            GinIndex(
                OpClass(Upper(Cast("title", models.TextField())), name="gin_trgm_ops"),
                name="agreement_title_trgm",
            ),
            GinIndex(
                OpClass(Upper(Cast("notes", models.TextField())), name="gin_trgm_ops"),
                name="agreement_notes_trgm",
            ),
            GinIndex(
                OpClass(Upper(Cast("place", models.TextField())), name="gin_trgm_ops"),
                name="agreement_place_trgm",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("agreements:detail", args=[self.pk])

    def get_status_display(self) -> str:
        return AgreementStatus(self.status).label

    def clean(self) -> None:
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
        verbose_name_plural = pgettext_lazy("jamak", "OPD pelaksana")
        constraints = [
            models.UniqueConstraint(fields=["agreement", "opd"], name="agreement_opd_once"),
        ]
        # A search word naming an OPD ("pariwisata": every Dinas Pariwisata) reads its links
        # from this index alone, without the table (3 million links at a million agreements).
        indexes = [models.Index(fields=["opd", "agreement"], name="agreement_opd_by_opd")]

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
        verbose_name_plural = pgettext_lazy("jamak", "ruang lingkup")

    def __str__(self) -> str:
        return self.description[:80]


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
    # Only documents an editor marked public leave the application (portal, API, open data).
    is_public = models.BooleanField(_("publik"), default=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["agreement", "-uploaded_at"]
        verbose_name = _("dokumen")
        verbose_name_plural = pgettext_lazy("jamak", "dokumen")
        constraints = [
            # The download address is /agreements/<int>/documents/<int>/.
            models.CheckConstraint(condition=Q(id__gt=0), name="document_id_positive"),
        ]

    def __str__(self) -> str:
        return self.title
