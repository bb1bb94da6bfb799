"""Property: whatever mix of published and unpublished agreements exists, nothing internal
reaches an anonymous client on any public page, API endpoint or open-data file.

Every agreement carries a fresh secret marker in its notes, venue and party document
numbers and in the name of an internal document; unpublished ones also in their title, their
scope and the name of a document marked public. Each example fetches every address of the
portal and the API (both languages, filters, every agreement and document) and the dataset
the nightly task writes, and no marker may appear in any of them.
"""

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agreements.models import Agreement, AgreementParty, Document
from agreements.services.dataset import DATASET_FILES, open_dataset_write
from tests.factories import AgreementFactory, ScopeItemFactory, minimal_pdf

pytestmark = pytest.mark.django_db

MARKER = st.text(alphabet="BCDFGHJKLMNPQRSTVWXZ", min_size=10, max_size=14).map(lambda s: "RHS" + s)
ROWS = st.lists(
    st.tuples(st.booleans(), MARKER, st.sampled_from(["15", "32", "31", "51"])),
    min_size=1,
    max_size=5,
)


def _document(agreement, title, public):
    return Document.objects.create(
        agreement=agreement,
        title=title,
        file=SimpleUploadedFile("naskah.pdf", minimal_pdf()),
        content_type="application/pdf",
        size=15,
        is_public=public,
    )


def _agreement(published: bool, marker: str, partner: str) -> Agreement:
    agreement = AgreementFactory(
        provinces=["32" if partner != "32" else "15", partner],
        is_published=published,
        title=f"Kerja sama {marker}" if not published else "Kerja sama pariwisata",
        notes=f"catatan {marker}",
        place=f"Gedung {marker}",
    )
    AgreementParty.objects.filter(agreement=agreement).update(document_number=marker)
    ScopeItemFactory(
        agreement=agreement,
        description=f"Lingkup {marker}" if not published else "Promosi wisata",
    )
    _document(agreement, f"Internal {marker}", public=False)
    _document(agreement, f"Publik {marker}" if not published else "Naskah", public=True)
    return agreement


def _addresses(agreements) -> list[str]:
    addresses = [
        "/publik/",
        "/publik/map/",
        "/publik/agreements/",
        "/publik/agreements/?lang=en",
        "/publik/agreements/?province=32",
        "/publik/agreements/?status=active",
        "/publik/agreements/?sector=pariwisata",
        "/publik/provinces/15/",
        "/publik/provinces/32/",
        "/publik/provinces/32/?lang=en",
        "/publik/sectors/pariwisata/",
        "/publik/data/",
        "/publik/sitemap.xml",
        "/api/v1/agreements/?page_size=100",
        "/api/v1/agreements/?province=32&page_size=100",
        "/api/v1/provinces/",
        "/api/v1/provinces/32/",
        "/api/v1/regions/",
        "/api/v1/sectors/",
        "/api/v1/opds/",
        "/api/v1/schema/",
        *[f"/publik/data/{name}" for name in DATASET_FILES],
    ]
    for agreement in agreements:
        addresses += [
            f"/publik/agreements/{agreement.pk}/",
            f"/publik/agreements/{agreement.pk}/?lang=en",
            f"/api/v1/agreements/{agreement.pk}/",
        ]
        addresses += [
            f"/publik/agreements/{agreement.pk}/documents/{document.pk}/"
            for document in agreement.documents.all()
        ]
    return addresses


def _body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=ROWS)
def test_no_secret_marker_ever_reaches_an_anonymous_client(client, settings, tmp_path, rows):
    settings.OPEN_DATA_ROOT = tmp_path / "opendata"
    cache.clear()  # throttle and rate-limit budgets: one example is one fresh client
    agreements = [_agreement(*row) for row in rows]
    try:
        open_dataset_write()
        markers = [marker for _published, marker, _partner in rows]
        for address in _addresses(agreements):
            response = client.get(address)
            assert response.status_code in (200, 404), address
            body = _body(response)
            for marker in markers:
                assert marker not in body, (address, marker)
        # Searching for a marker finds nothing: the notes are no oracle either.
        for marker in markers:
            assert '"results":[]' in client.get(f"/api/v1/agreements/?q={marker}").text
            assert "0 kesepakatan" in client.get(f"/publik/agreements/?q={marker}").text
    finally:
        # Examples share the test's transaction: each starts from the reference data alone.
        Document.objects.filter(agreement__in=agreements).delete()
        Agreement.objects.filter(pk__in=[a.pk for a in agreements]).delete()
