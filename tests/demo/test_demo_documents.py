"""Demo agreements come with generated documents that say they are demo files."""

from io import BytesIO, StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from pypdf import PdfReader

from agreements.demo.documents import demo_pdf
from agreements.demo.seed import SEED_TITLE
from agreements.documents import inspect_upload
from agreements.models import Agreement, Document, DocumentKind

pytestmark = pytest.mark.django_db


def test_a_demo_pdf_passes_the_upload_checks_and_reads_as_a_demo():
    data = demo_pdf(["CONTOH - DOKUMEN DEMO", "Judul: Kerja sama (uji) \\ Jambi \u2013 Jawa Barat"])
    inspected = inspect_upload(SimpleUploadedFile("x.pdf", data))
    assert inspected.content_type == "application/pdf"
    text = PdfReader(BytesIO(data), strict=True).pages[0].extract_text()
    assert "CONTOH - DOKUMEN DEMO" in text and "Kerja sama (uji) \\ Jambi - Jawa Barat" in text


def test_load_demo_data_attaches_documents_once(superuser, client):
    call_command("load_demo_data", "--synthetic", "60", stdout=StringIO())
    seed = Agreement.objects.get(title=SEED_TITLE)
    # The generated PDFs (the follow-up's demo scans are others).
    documents = Document.objects.filter(title__startswith="Contoh dokumen")
    count = documents.count()
    assert 10 <= count <= 40
    assert seed.documents.count() == 1
    document = seed.documents.get()
    assert document.kind == DocumentKind.OTHER and document.title.startswith("Contoh dokumen")
    assert document.size == document.file.size > 0
    call_command("load_demo_data", "--synthetic", "0", stdout=StringIO())
    assert documents.count() == count

    # The detail page lists it and the download serves the generated file.
    client.force_login(superuser)
    page = client.get(f"/agreements/{seed.pk}/").content.decode()
    assert "Contoh dokumen (demo)" in page
    response = client.get(f"/agreements/{seed.pk}/documents/{document.pk}/")
    body = b"".join(response.streaming_content)
    assert response.status_code == 200 and body.startswith(b"%PDF-")
    text = PdfReader(BytesIO(body)).pages[0].extract_text()
    assert "DEMO DOCUMENT" in text and "Jambi, Jawa Barat" in text
