"""Who the API is talking to, and how often it may be asked.

Anonymous clients see published agreements with the public fields. A token (issued and
revoked in the admin, rest_framework.authtoken) of an active user who may view agreements
(any role) sees every agreement with the staff fields; still never the notes. Throttling
counts per client address resolved as django-axes resolves it (AXES_PROXY_COUNT), so a
client cannot pick its own identity through X-Forwarded-For, and per token user.
"""

from __future__ import annotations

from axes.helpers import get_client_ip_address
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


def is_staff_client(request) -> bool:
    user = getattr(request, "user", None)
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and request.auth is not None
        and user.has_perm("agreements.view_agreement")
    )


class ClientAddressMixin:
    def get_ident(self, request):
        return get_client_ip_address(request) or "unknown"


class AnonymousThrottle(ClientAddressMixin, AnonRateThrottle):
    scope = "anon"


class TokenThrottle(ClientAddressMixin, UserRateThrottle):
    scope = "token"
