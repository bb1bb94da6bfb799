"""`make bench`: server time and queries per page at 100,000 agreements.

Each page is requested through the full middleware stack (Django's test client, logged in),
a few times after a warm-up; the median is compared with a trivial view measured in the
same run. The data set is generated first when the database holds fewer agreements.

usage: scripts/bench_pages.py [--agreements 100000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import include, path  # noqa: E402


def trivial(request):
    return HttpResponse("ok")


urlpatterns = [path("__trivial__/", trivial), path("", include("cooperation.urls"))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from agreements.demo.seed import seed_agreement_create
    from agreements.demo.synthetic import generate_demo_data
    from agreements.models import Agreement

    existing = Agreement.objects.count()
    if existing < args.agreements:
        print(f"generating {args.agreements - existing} agreements…", flush=True)
        seed_agreement_create()
        generate_demo_data(agreements=args.agreements - existing, seed=42)
    seed = seed_agreement_create()
    total = Agreement.objects.count()

    settings.ROOT_URLCONF = __name__
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    user, _created = get_user_model().objects.get_or_create(
        username="bench-pages", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(user)

    pages = [
        "/__trivial__/",
        "/",
        "/map/",
        "/network/",
        "/provinces/32/",
        "/provinces/15/32/",
        "/sectors/pariwisata/",
        "/agreements/",
        "/agreements/?province=32&status=active",
        "/agreements/?q=pariwisata",
        "/agreements/?sector=kehutanan&year_from=2020&sort=-signed_on",
        f"/agreements/{seed.pk}/",
        "/articles/",
        "/admin/agreements/agreement/",
    ]
    rows = []
    for url in pages:
        client.get(url)  # warm-up: caches, first compilation of templates
        timings, queries = [], 0
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - start)
            assert response.status_code == 200, (url, response.status_code)
            queries = len(captured)
        rows.append((url, statistics.median(timings) * 1000, queries))

    baseline = rows[0][1]
    print(f"\n{total:,} agreements; median of {args.repeat} requests per page\n")
    print(f"{'page':<58} {'ms':>8} {'x trivial':>10} {'queries':>8}")
    for url, milliseconds, queries in rows:
        print(f"{url:<58} {milliseconds:>8.1f} {milliseconds / baseline:>10.1f} {queries:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
