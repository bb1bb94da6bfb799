from django.contrib.sitemaps.views import sitemap
from django.urls import path

from agreements.portal import views
from agreements.portal.guard import public_page
from agreements.portal.sitemaps import SITEMAPS

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("map/", views.map_view, name="map"),
    path("agreements/", views.agreement_list, name="list"),
    path("agreements/<int:pk>/", views.agreement_detail, name="agreement"),
    path(
        "agreements/<int:pk>/documents/<int:document_id>/",
        views.document_download,
        name="document",
    ),
    path("provinces/<str:code>/", views.province_detail, name="province"),
    path("sectors/<slug:code>/", views.sector_detail, name="sector"),
    path("data/", views.open_data, name="open_data"),
    path("data/<str:name>", views.dataset_file, name="dataset_file"),
    path(
        "sitemap.xml",
        public_page(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
]
