from django.urls import path

from agreements import region_views, views

app_name = "agreements"

urlpatterns = [
    path("", views.home, name="home"),
    path("map/", views.map_view, name="map"),
    path("network/", views.network_view, name="network"),
    path("provinces/<str:code>/", views.province_detail, name="province"),
    path("provinces/<str:code>/<str:partner>/", views.province_pair, name="pair"),
    # Any region by its Kemendagri code, with the dot: /regions/32.73/ (CONTRACT).
    path("regions/<str:code>/", region_views.region_detail, name="region"),
    path("sectors/<slug:code>/", views.sector_detail, name="sector"),
    path("agreements/", views.AgreementListView.as_view(), name="list"),
    path("agreements/export/", views.agreement_export, name="export"),
    path("agreements/<int:pk>/", views.agreement_detail, name="detail"),
    path("agreements/<int:pk>/history/", views.agreement_history, name="history"),
    path("articles/", views.ArticleListView.as_view(), name="articles"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path(
        "agreements/<int:pk>/documents/<int:document_id>/",
        views.document_download,
        name="document",
    ),
]
