"""/api/v1/: every view is open to anonymous clients (they see published data only)."""

from django.contrib.auth.decorators import login_not_required
from django.urls import path
from drf_spectacular.renderers import (
    OpenApiJsonRenderer,
    OpenApiJsonRenderer2,
    OpenApiYamlRenderer,
    OpenApiYamlRenderer2,
)
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from agreements.api import views

app_name = "api"


class SchemaView(SpectacularAPIView):
    # JSON unless YAML is asked for (?format=yaml or Accept: application/yaml).
    renderer_classes = [
        OpenApiJsonRenderer,
        OpenApiJsonRenderer2,
        OpenApiYamlRenderer,
        OpenApiYamlRenderer2,
    ]


def _open(viewset, **actions):
    return login_not_required(viewset.as_view(actions))


LIST, DETAIL = {"get": "list"}, {"get": "retrieve"}

urlpatterns = [
    path("", login_not_required(views.api_root), name="root"),
    path("agreements/", _open(views.AgreementViewSet, **LIST), name="agreement-list"),
    path("agreements/<int:pk>/", _open(views.AgreementViewSet, **DETAIL), name="agreement-detail"),
    path("provinces/", _open(views.ProvinceViewSet, **LIST), name="province-list"),
    path("provinces/<str:code>/", _open(views.ProvinceViewSet, **DETAIL), name="province-detail"),
    path("regions/", _open(views.RegionViewSet, **LIST), name="region-list"),
    path("regions/<str:code>/", _open(views.RegionViewSet, **DETAIL), name="region-detail"),
    path("sectors/", _open(views.SectorViewSet, **LIST), name="sector-list"),
    path("sectors/<str:code>/", _open(views.SectorViewSet, **DETAIL), name="sector-detail"),
    path("opds/", _open(views.OpdViewSet, **LIST), name="opd-list"),
    path("opds/<int:pk>/", _open(views.OpdViewSet, **DETAIL), name="opd-detail"),
    path("schema/", login_not_required(SchemaView.as_view()), name="schema"),
    path(
        "docs/",
        login_not_required(SpectacularSwaggerSplitView.as_view(url_name="api:schema")),
        name="docs",
    ),
]
