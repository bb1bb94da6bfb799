"""The agreement filter set shared by the list, the export, the map and the network.

Parameters (stable, they appear in shared links): province, partner (province codes),
sector (sector code), type, cooperation_class, status, year_from, year_to, q.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

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
from agreements.selectors.search import agreement_search, public_agreement_search


class YearFilter(django_filters.NumberFilter):
    """A year is a whole number: "2015.5" is an error, not a silent 2015."""

    field_class = forms.IntegerField


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
        choices=AgreementStatus.choices,
        method="filter_status",
        empty_label=_("Semua status"),
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

    class Meta:
        model = Agreement
        fields = []
        form = AgreementFilterForm

    def filter_province(self, queryset, name, province):
        return queryset.involving(province.code)

    def filter_sector(self, queryset, name, sector):
        return queryset.in_sector(sector.code)

    def filter_status(self, queryset, name, status):
        queryset = queryset.with_status_value(status)
        if status == AgreementStatus.EXPIRING and not self.data.get("sort"):
            # Whoever asks what is about to expire wants the soonest first.
            return queryset.order_by("ends_on", "id")
        return queryset

    def filter_text(self, queryset, name, text):
        # Without an explicit sort, the best text matches come first.
        return agreement_search(queryset, text, ranked=not self.data.get("sort"))


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
