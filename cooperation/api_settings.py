"""Settings of the read-only API (Django REST framework, drf-spectacular), imported by
cooperation.settings; the rates come from the environment like every other setting."""

from cooperation.env import env_str

REST_FRAMEWORK = {
    # Tokens only: a browser session never turns the API into the staff view by accident.
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_CLASSES": [
        "agreements.api.access.AnonymousThrottle",
        "agreements.api.access.TokenThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_THROTTLE_ANONYMOUS", "60/minute"),
        "token": env_str("API_THROTTLE_TOKEN", "600/minute"),
    },
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Kerja Sama Antardaerah API",
    "DESCRIPTION": (
        "Read-only open data on cooperation agreements between Indonesian regional "
        "governments. Anonymous clients see published agreements; a staff token (header "
        "`Authorization: Token <key>`) sees every agreement with staff fields. Internal "
        "notes never appear."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # Swagger UI from the drf-spectacular-sidecar package: nothing from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}
