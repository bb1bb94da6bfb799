from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

from cooperation.health import healthz
from cooperation.login import LoginView
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
    # Before auth.urls so this login (which refuses a non-page `next`) wins.
    path("accounts/login/", LoginView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    # The language selector is in the header of the login page too: choosing a language must
    # not need a login (LoginRequiredMiddleware would send the POST back to the login form).
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("demo-feed/", include("agreements.demo.feed.urls")),
    # Open data: the public portal and the read-only API, both without a login.
    path("publik/", include("agreements.portal.urls")),
    path("api/v1/", include("agreements.api.urls")),
    path("", include("agreements.urls")),
]
