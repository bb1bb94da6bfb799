"""/healthz for load balancers and compose health checks: no login, no secrets."""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from cooperation import heartbeat

logger = logging.getLogger(__name__)
# Beat stamps every minute; five missed stamps means the workers are gone or stuck.
WORKER_STALE_AFTER_SECONDS = 5 * heartbeat.INTERVAL_SECONDS


def _database_probe(result: dict) -> None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        result["database"] = "ok"
    except Exception:  # any failure means unhealthy; the log has the detail
        logger.exception("health check: database unavailable")
        result["database"] = "unavailable"
    finally:
        # The probe's thread has its own connection; do not leave it open.
        connection.close()


def _database() -> str:
    """The probe runs in a thread with a deadline: a frozen server (one that accepted the
    connection but never answers) would otherwise hang the health check, and a load balancer
    would wait instead of taking the instance out of rotation."""
    result: dict = {}
    probe = threading.Thread(target=_database_probe, args=(result,), daemon=True)
    probe.start()
    probe.join(probe_timeout())
    if probe.is_alive():
        logger.error("health check: database did not answer within %ss", probe_timeout())
        return "timeout"
    return result.get("database", "unavailable")


def probe_timeout() -> float:
    return settings.HEALTH_DATABASE_TIMEOUT


@login_not_required
@never_cache
@require_GET
def healthz(request):
    checks = {"database": _database()}
    try:
        age = heartbeat.heartbeat_age()
        checks["broker"] = "ok"
    except Exception:
        logger.exception("health check: broker unavailable")
        age = None
        checks["broker"] = "unavailable"
    if age is None:
        checks["worker"] = "unknown"
    else:
        checks["worker"] = "ok" if age <= WORKER_STALE_AFTER_SECONDS else "stale"
        checks["worker_heartbeat_age_seconds"] = round(age)
    # The web process is healthy when it can reach what it needs to serve pages and enqueue
    # tasks; a stale worker is reported but does not take the web server out of rotation.
    healthy = checks["database"] == "ok" and checks["broker"] == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "fail", **checks}, status=200 if healthy else 503
    )
