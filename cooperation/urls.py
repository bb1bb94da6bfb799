from django.contrib import admin
from django.urls import include, path

from cooperation.health import healthz
from cooperation.password_reset import RateLimitedPasswordResetView

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    # Before Django's own auth URLs, so the rate-limited reset view answers this address.
    path(
        "accounts/password_reset/",
        RateLimitedPasswordResetView.as_view(),
        name="password_reset",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("demo-feed/", include("agreements.demo.feed.urls")),
    path("", include("agreements.urls")),
]
