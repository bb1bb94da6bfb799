"""What every public page goes through: no login, GET only, a rate limit per client address,
the language from the address, and a cache of the whole page.

- The language is part of the address (``?lang=en``; Indonesian without it), not a cookie:
  a shared link opens in the language it was shared in, and a cached page is the same for
  everyone who asks for that address.
- The cache key holds the data fingerprint (selectors.cache), so a publication, a withdrawal
  or any edit is visible on the next request; nothing is invalidated by hand.
- The rate limit counts requests per client address and minute in the cache, with the
  address resolved as django-axes resolves it (AXES_PROXY_COUNT). Past the limit: 429 with a
  Retry-After, and the page is not computed.
"""

from __future__ import annotations

import hashlib
import logging
import time
from functools import wraps

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from agreements.selectors.cache import data_fingerprint

logger = logging.getLogger(__name__)
LANGUAGES = ("id", "en")
CACHE_SECONDS = 10 * 60
WINDOW_SECONDS = 60


def portal_language(request) -> str:
    lang = request.GET.get("lang", "")
    return lang if lang in LANGUAGES else "id"


def over_rate_limit(request) -> bool:
    window = int(time.time() // WINDOW_SECONDS)
    address = get_client_ip_address(request) or "unknown"
    key = "portal-rate:" + hashlib.sha256(f"{address}:{window}".encode()).hexdigest()
    try:
        cache.add(key, 0, WINDOW_SECONDS * 2)
        return cache.incr(key) > settings.PORTAL_RATE_LIMIT_PER_MINUTE
    except Exception:  # a cache outage must not take the portal down
        logger.warning("portal rate limiter unavailable", exc_info=True)
        return False


def _page_key(request, lang: str) -> str:
    # The host and scheme too: canonical and Open Graph addresses are absolute.
    parts = (
        data_fingerprint(),
        request.scheme,
        request.get_host(),
        request.path,
        request.META.get("QUERY_STRING", ""),
        lang,
    )
    return "portal-page:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def public_page(view=None, *, cached: bool = True):
    """Decorate a portal view (see the module's docstring)."""

    def decorate(view):
        @login_not_required
        @require_GET
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            lang = portal_language(request)
            with translation.override(lang):
                if over_rate_limit(request):
                    response = render(request, "portal/rate_limited.html", status=429)
                    response["Retry-After"] = str(WINDOW_SECONDS)
                    return response
                key = _page_key(request, lang) if cached else None
                stored = _cache_get(key)
                if stored is not None:
                    response = HttpResponse(stored["content"], content_type=stored["type"])
                else:
                    response = view(request, *args, **kwargs)
                    if hasattr(response, "render"):
                        response.render()  # a TemplateResponse (the sitemap)
                    if response.status_code == 200 and not response.streaming:
                        _cache_set(key, response)
                if cached and response.status_code == 200:
                    patch_cache_control(response, public=True, max_age=300)
                response["Content-Language"] = lang
                return response

        return wrapper

    return decorate(view) if view is not None else decorate


def _cache_get(key):
    if key is None:
        return None
    try:
        return cache.get(key)
    except Exception:
        logger.warning("portal page cache unavailable", exc_info=True)
        return None


def _cache_set(key, response) -> None:
    if key is None:
        return
    try:
        cache.set(
            key, {"content": response.content, "type": response["Content-Type"]}, CACHE_SECONDS
        )
    except Exception:
        logger.warning("portal page cache unavailable; not stored", exc_info=True)
