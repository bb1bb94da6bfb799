"""Django's password reset, with a rate limit per client address and per e-mail address.

Unlimited, the form lets anyone make the server send mail in a loop (to a victim, or to burn
the SMTP quota). After ``PASSWORD_RESET_LIMIT_PER_HOUR`` requests from one address, or for one
e-mail address, within an hour, the form answers 429 and sends nothing. The client address is
resolved as django-axes resolves it (AXES_PROXY_COUNT), so a proxy does not merge clients.
"""

from __future__ import annotations

import hashlib
import logging

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib.auth.views import PasswordResetView
from django.core.cache import cache
from django.shortcuts import render

logger = logging.getLogger(__name__)
WINDOW_SECONDS = 60 * 60


def _hit(kind: str, value: str) -> int:
    key = "pwreset:" + kind + ":" + hashlib.sha256(value.encode()).hexdigest()
    try:
        cache.add(key, 0, WINDOW_SECONDS)
        return cache.incr(key)
    except Exception:  # a cache outage must not disable password reset
        logger.warning("password reset limiter unavailable", exc_info=True)
        return 0


class RateLimitedPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        limit = settings.PASSWORD_RESET_LIMIT_PER_HOUR
        address = get_client_ip_address(request) or ""
        email = (request.POST.get("email") or "").strip().lower()
        # Both counters move on every request, so spreading over e-mails or addresses does
        # not escape the other limit.
        over = [_hit("ip", address) > limit, _hit("email", email) > limit]
        if any(over):
            logger.warning("password reset rate limit reached for %s", address)
            return render(request, "registration/password_reset_limited.html", status=429)
        return super().post(request, *args, **kwargs)
