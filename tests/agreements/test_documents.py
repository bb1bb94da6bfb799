"""Uploaded documents: PDFs parse with a real parser, images decode, and the admin links the
stored file through the permission-checked download address."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.documents import inspect_upload
from agreements.models import Document
from tests.factories import AgreementFactory, minimal_pdf, minimal_png


def upload(data: bytes, name="naskah.pdf"):
    return SimpleUploadedFile(name, data)


def test_a_real_pdf_and_a_real_png_are_accepted():
    assert inspect_upload(upload(minimal_pdf())).content_type == "application/pdf"
    assert inspect_upload(upload(minimal_png(), "foto.png")).content_type == "image/png"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n%%EOF\n",  # magic bytes only
        b"%PDF-1.7\n<html><body><script>alert(1)</script></body></html>\n%%EOF",
        minimal_pdf()[:200],  # truncated: no cross-reference table
    ],
)
def test_fake_and_broken_pdfs_are_refused(data):
    with pytest.raises(ValidationError):
        inspect_upload(upload(data))


def handmade_pdf(comment: bytes) -> bytes:
    """A structurally valid one-page PDF with ``comment`` on the line after the header."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << >> >>",
    ]
    out = b"%PDF-1.4\n" + comment + b"\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def test_a_pdf_html_polyglot_is_refused():
    from pypdf import PdfReader

    # Valid as a PDF, and a browser sniffing HTML would render the script too.
    polyglot = handmade_pdf(b"%<html><body><script>alert(1)</script></body></html>")
    assert len(PdfReader(io.BytesIO(polyglot), strict=True).pages) == 1
    assert inspect_upload(upload(handmade_pdf(b"%plain"))).content_type == "application/pdf"
    with pytest.raises(ValidationError, match="HTML"):
        inspect_upload(upload(polyglot))


def test_a_truncated_image_is_refused():
    png = minimal_png()
    with pytest.raises(ValidationError):
        inspect_upload(upload(png[: len(png) // 2], "foto.png"))


def test_an_image_claiming_another_format_is_refused():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, format="GIF")
    with pytest.raises(ValidationError):
        inspect_upload(upload(buffer.getvalue(), "foto.png"))


@pytest.mark.django_db
def test_the_admin_links_the_current_file_through_the_download_view(admin_client):
    agreement = AgreementFactory(provinces=["15", "32"])
    document = Document.objects.create(
        agreement=agreement,
        title="Naskah",
        file=upload(minimal_pdf()),
        content_type="application/pdf",
        size=1,
    )
    page = admin_client.get(
        reverse("admin:agreements_agreement_change", args=[agreement.pk])
    ).content.decode()
    download = reverse("agreements:document", args=[agreement.pk, document.pk])
    assert f'href="{download}"' in page
    assert 'href="/media/' not in page
    assert admin_client.get(download).status_code == 200
