"""The agreement filter set shared by the list, the export, the map and the network.

Parameters (stable, they appear in shared links): province, partner (province codes),
sector (sector code), type, cooperation_class, status (a derived status, or ``dormant``),
completeness (``complete``/``incomplete``), missing (a ``CompletenessItem``), year_from,
year_to, q; and, for kabupaten/kota and third parties: region (any Kemendagri code, "32" or
"32.73", repeatable: each one given must be a party), level (a party kind: province,
regency, city, bank...) and category (interprovincial, province_regency, regency_regency,
third_party).
"""

from __future__ import annotations

import re

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from agreements.fast_select import with_fast_selects
from agreements.models import (
    Agreement,
    AgreementCategory,
    AgreementStatus,
    AgreementType,
    Article,
    CompletenessItem,
    CooperationClass,
    PartyKind,
    Province,
    Regency,
    Sector,
    Source,
)
from agreements.selectors.search import agreement_search, public_agreement_search

#: ``status=dormant``: in force but without activity, report or news (querysets.dormant_condition).
DORMANT = "dormant"
STATUS_CHOICES = [*AgreementStatus.choices, (DORMANT, _("Tidak ditindaklanjuti"))]
COMPLETENESS_CHOICES = [("complete", _("Lengkap")), ("incomplete", _("Belum lengkap"))]


class YearFilter(django_filters.NumberFilter):
    """A year is a whole number: "2015.5" is an error, not a silent 2015."""

    field_class = forms.IntegerField


class RegionCodesInput(forms.TextInput):
    """One text box for ``region``: the codes of every ``region=`` of the address, shown
    together; typed as "32 32.73" (or with commas) they are several regions again."""

    def value_from_datadict(self, data, files, name):
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name)

    def format_value(self, value):
        return " ".join(value) if isinstance(value, list | tuple) else value


class RegionCodesField(forms.MultipleChoiceField):
    """Kemendagri codes of provinces and kabupaten/kota, checked against the reference tables
    in one query whatever the number given; an unknown code is an error, not no rows."""

    widget = RegionCodesInput

    def to_python(self, value):
        values = [value] if isinstance(value, str) else list(value or [])
        return [code for raw in values for code in re.split(r"[\s,;]+", str(raw)) if code]

    def valid_value(self, value):
        return True

    def validate(self, value):
        super().validate(value)
        codes = list(dict.fromkeys(value))[:20]
        known = set(
            Province.objects.filter(code__in=codes)
            .values_list("code", flat=True)
            .union(Regency.objects.filter(code__in=codes).values_list("code", flat=True))
        )
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise forms.ValidationError(
                _("Kode daerah tidak dikenal: %(codes)s."), params={"codes": ", ".join(unknown)}
            )


# Kemendagri codes ("32", "32.73"), repeatable: strings in the API's schema.
@extend_schema_field({"type": "array", "items": {"type": "string"}})
class RegionFilter(django_filters.MultipleChoiceFilter):
    field_class = RegionCodesField


class AgreementFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("year_from"), cleaned.get("year_to")
        if first is not None and last is not None and first > last:
            # Said, not silently answered with no rows.
            raise forms.ValidationError(
                _("Tahun awal (%(first)s) sesudah tahun akhir (%(last)s): tukar keduanya?"),
                params={"first": first, "last": last},
            )
        return cleaned


class AgreementFilter(django_filters.FilterSet):
    province = django_filters.ModelChoiceFilter(
        label=_("Provinsi"),
        queryset=Province.objects.all(),
        method="filter_province",
        to_field_name="code",
        empty_label=_("Semua provinsi"),
    )
    partner = django_filters.ModelChoiceFilter(
        label=_("Mitra"),
        queryset=Province.objects.all(),
        method="filter_province",
        to_field_name="code",
        empty_label=_("Semua mitra"),
    )
    sector = django_filters.ModelChoiceFilter(
        label=_("Urusan/sektor"),
        queryset=Sector.objects.all(),
        method="filter_sector",
        to_field_name="code",
        empty_label=_("Semua urusan"),
    )
    type = django_filters.ChoiceFilter(
        label=_("Jenis"),
        field_name="agreement_type",
        choices=AgreementType.choices,
        empty_label=_("Semua jenis"),
    )
    cooperation_class = django_filters.ChoiceFilter(
        label=_("Kelas"),
        choices=CooperationClass.choices,
        empty_label=_("Semua kelas"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=STATUS_CHOICES,
        method="filter_status",
        empty_label=_("Semua status"),
    )
    completeness = django_filters.ChoiceFilter(
        label=_("Kelengkapan data"),
        choices=COMPLETENESS_CHOICES,
        method="filter_completeness",
        empty_label=_("Semua"),
    )
    missing = django_filters.ChoiceFilter(
        label=_("Belum dicatat"),
        choices=CompletenessItem.choices,
        method="filter_missing",
        empty_label=_("Apa saja"),
    )
    year_from = YearFilter(
        label=_("Dari tahun"),
        field_name="signed_on",
        lookup_expr="year__gte",
        min_value=1945,
        max_value=2100,
    )
    year_to = YearFilter(
        label=_("Sampai tahun"),
        field_name="signed_on",
        lookup_expr="year__lte",
        min_value=1945,
        max_value=2100,
    )
    q = django_filters.CharFilter(label=_("Cari"), method="filter_text", max_length=200)
    region = RegionFilter(label=_("Daerah (kode)"), method="filter_regions")
    level = django_filters.ChoiceFilter(
        label=_("Jenis pihak"),
        choices=PartyKind.choices,
        method="filter_level",
        empty_label=_("Semua jenis pihak"),
    )
    category = django_filters.ChoiceFilter(
        label=_("Kategori"),
        choices=AgreementCategory.choices,
        method="filter_category",
        empty_label=_("Semua kategori"),
    )

    class Meta:
        model = Agreement
        fields = []
        form = AgreementFilterForm

    @property
    def form(self):
        return with_fast_selects(super().form)

    def filter_province(self, queryset, name, province):
        return queryset.involving(province.code)

    def filter_regions(self, queryset, name, codes):
        # Each region given is a party, like province and partner: two codes are a pair.
        for code in dict.fromkeys(codes):
            queryset = queryset.involving_region(code)
        return queryset

    def filter_level(self, queryset, name, level):
        return queryset.with_party_kind(level)

    def filter_category(self, queryset, name, category):
        return queryset.in_category(category)

    def filter_sector(self, queryset, name, sector):
        return queryset.in_sector(sector.code)

    def filter_status(self, queryset, name, status):
        if status == DORMANT:
            return queryset.dormant()
        queryset = queryset.with_status_value(status)
        if status == AgreementStatus.EXPIRING and not self.data.get("sort"):
            # Whoever asks what is about to expire wants the soonest first.
            return queryset.order_by("ends_on", "id")
        return queryset

    def filter_completeness(self, queryset, name, value):
        return queryset.complete() if value == "complete" else queryset.incomplete()

    def filter_missing(self, queryset, name, item):
        return queryset.lacking(item)

    def filter_text(self, queryset, name, text):
        # Without an explicit sort, the list shows the best matches first (RankedRows).
        return agreement_search(queryset, text)


class PublicAgreementFilter(AgreementFilter):
    """The same parameters for the public portal and the API; ``q`` reads only the public
    fields (never the notes), see ``public_agreement_search``."""

    # The OpenAPI schema names these parameters as strings: codes such as "32", "kehutanan".
    @extend_schema_field(OpenApiTypes.STR)
    def filter_province(self, queryset, name, province):
        return super().filter_province(queryset, name, province)

    @extend_schema_field(OpenApiTypes.STR)
    def filter_sector(self, queryset, name, sector):
        return super().filter_sector(queryset, name, sector)

    def filter_text(self, queryset, name, text):
        return public_agreement_search(queryset, text)


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Cari"), method="filter_text", max_length=200)
    relevant = django_filters.BooleanFilter(
        label=_("Melaporkan kesepakatan"),
        field_name="is_relevant",
        # Not django-filter's "Unknown", which reads as a value but means all articles.
        widget=forms.Select(
            choices=[("", _("Semua artikel")), ("true", _("Ya")), ("false", _("Tidak"))]
        ),
    )
    source = django_filters.ModelChoiceFilter(
        label=_("Sumber"), queryset=Source.objects.all(), empty_label=_("Semua sumber")
    )

    class Meta:
        model = Article
        fields = []

    def filter_text(self, queryset, name, text):
        text = text.strip()
        if not text:
            return queryset
        return queryset.filter(Q(title__icontains=text) | Q(publisher__icontains=text))
