"""The API's endpoints: read-only, thin; reads come from selectors.public.

Anonymous clients get published agreements with the public fields; staff tokens every
agreement with the staff fields (``access.is_staff_client``). Lists are cursor-paginated
(stable under inserts, no COUNT over the table), every answer carries an ETag.
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import api_view
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response
from rest_framework.reverse import reverse

from agreements.api import serializers
from agreements.api.access import is_staff_client
from agreements.api.conditional import ETagMixin
from agreements.filters import AgreementFilter, PublicAgreementFilter
from agreements.selectors import public


class NewestFirst(CursorPagination):
    # The id never changes and is unique: a cursor stays valid while rows are added.
    ordering = "-id"
    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100


class ById(NewestFirst):
    ordering = "id"
    page_size = 100
    max_page_size = 500


class ReadOnly(ETagMixin, viewsets.GenericViewSet):
    pass


@extend_schema_view(
    list=extend_schema(
        summary="Agreements",
        description=(
            "Published agreements, newest recorded first, with the dashboard list's filters. "
            "A staff token sees every agreement with the staff fields (never the notes)."
        ),
    ),
    retrieve=extend_schema(summary="One agreement"),
)
class AgreementViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ReadOnly):
    pagination_class = NewestFirst
    filter_backends = [DjangoFilterBackend]

    @property
    def filterset_class(self):
        # Staff search the stored vector, as on the dashboard; the public search never
        # reads the notes (filters.PublicAgreementFilter).
        if getattr(self, "request", None) is not None and is_staff_client(self.request):
            return AgreementFilter
        return PublicAgreementFilter

    def get_queryset(self):
        return public.open_agreements(staff=is_staff_client(self.request))

    def get_serializer_class(self):
        if getattr(self, "request", None) is not None and is_staff_client(self.request):
            return serializers.FullAgreementSerializer
        return serializers.AgreementSerializer


@extend_schema_view(list=extend_schema(summary="Provinces, with their published agreements"))
class ProvinceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ReadOnly):
    serializer_class = serializers.ProvinceSerializer
    pagination_class = None
    lookup_field = "code"

    def get_queryset(self):
        return public.provinces_with_counts()


@extend_schema_view(
    list=extend_schema(summary="Regions that can be parties: provinces, kabupaten and kota"),
    retrieve=extend_schema(summary="One region by its Kemendagri code (32, 32.73)"),
)
class RegionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ReadOnly):
    serializer_class = serializers.RegionSerializer
    pagination_class = None
    lookup_field = "code"
    lookup_value_regex = r"\d{2}(?:\.\d{2})?"

    def get_queryset(self):
        # Provinces first, then kabupaten/kota, each by code (two queries, whatever the rows).
        return [*public.provinces_with_counts(), *public.regencies_with_counts()]

    def get_object(self):
        code = self.kwargs["code"]
        regions = public.regencies_with_counts() if "." in code else public.provinces_with_counts()
        return get_object_or_404(regions, code=code)


@extend_schema_view(list=extend_schema(summary="Sectors (urusan pemerintahan)"))
class SectorViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ReadOnly):
    serializer_class = serializers.SectorSerializer
    pagination_class = None
    lookup_field = "code"

    def get_queryset(self):
        return public.sectors_with_counts()


@extend_schema_view(
    list=extend_schema(
        summary="OPDs taking part in published agreements",
        parameters=[OpenApiParameter("province", str, description="Province code, e.g. 32")],
    )
)
class OpdViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ReadOnly):
    serializer_class = serializers.OpdSerializer
    pagination_class = ById

    def get_queryset(self):
        return public.opds_with_counts(province=self.request.query_params.get("province"))


ROOT_LINKS = {
    "agreements": "api:agreement-list",
    "provinces": "api:province-list",
    "regions": "api:region-list",
    "sectors": "api:sector-list",
    "opds": "api:opd-list",
    "schema": "api:schema",
    "docs": "api:docs",
}


@extend_schema(exclude=True)
@api_view(["GET"])
def api_root(request):
    """/api/v1/ itself: where each collection, the schema and the documentation are (it was a
    404, the first address a developer tries)."""
    return Response(
        {name: reverse(url_name, request=request) for name, url_name in ROOT_LINKS.items()}
    )
