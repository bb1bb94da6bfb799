"""The agreement filter set shared by the list, the export, the map and the network.

Parameters (stable, they appear in shared links): province, partner (province codes),
sector (sector code), type, cooperation_class, status, year_from, year_to, q.
"""

from __future__ import annotations

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from agreements.models import (
    Agreement,
    AgreementStatus,
    AgreementType,
    Article,
    CooperationClass,
    Province,
    Sector,
    Source,
)
from agreements.selectors.search import agreement_search


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
        choices=AgreementStatus.choices,
        method="filter_status",
        empty_label=_("Semua status"),
    )
    year_from = django_filters.NumberFilter(
        label=_("Dari tahun"),
        field_name="signed_on",
        lookup_expr="year__gte",
        min_value=1945,
        max_value=2100,
    )
    year_to = django_filters.NumberFilter(
        label=_("Sampai tahun"),
        field_name="signed_on",
        lookup_expr="year__lte",
        min_value=1945,
        max_value=2100,
    )
    q = django_filters.CharFilter(label=_("Cari"), method="filter_text", max_length=200)

    class Meta:
        model = Agreement
        fields = []

    def filter_province(self, queryset, name, province):
        return queryset.involving(province.code)

    def filter_sector(self, queryset, name, sector):
        return queryset.in_sector(sector.code)

    def filter_status(self, queryset, name, status):
        return queryset.with_status_value(status)

    def filter_text(self, queryset, name, text):
        # Without an explicit sort, the best text matches come first.
        return agreement_search(queryset, text, ranked=not self.data.get("sort"))


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Cari"), method="filter_text", max_length=200)
    relevant = django_filters.BooleanFilter(
        label=_("Melaporkan kesepakatan"), field_name="is_relevant"
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
