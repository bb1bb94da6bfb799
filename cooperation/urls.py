from django.contrib import admin
from django.urls import include, path

from cooperation.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("demo-feed/", include("agreements.demo.feed.urls")),
    path("", include("agreements.urls")),
]
