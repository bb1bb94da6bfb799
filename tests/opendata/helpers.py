"""Published and unpublished agreements with every public and internal part filled in."""

from django.core.files.uploadedfile import SimpleUploadedFile

from agreements.models import AgreementOpd, Document
from tests.factories import AgreementFactory, OpdFactory, ScopeItemFactory, minimal_pdf


def full_agreement(*, published: bool, title: str = "", notes: str = "", document: str = ""):
    """An agreement with parties, an OPD, a scope item, a public and an internal document."""
    agreement = AgreementFactory(
        title=title or "Kesepakatan Bersama pariwisata",
        notes=notes or "catatan internal",
        is_published=published,
        place="Gedung Sate",
    )
    opd = OpdFactory()
    AgreementOpd.objects.create(agreement=agreement, opd=opd)
    ScopeItemFactory(agreement=agreement, sectors=["pariwisata"])
    for public, name in [(True, document or "Naskah publik"), (False, "Naskah internal")]:
        Document.objects.create(
            agreement=agreement,
            title=name,
            file=SimpleUploadedFile("naskah.pdf", minimal_pdf()),
            content_type="application/pdf",
            size=15,
            is_public=public,
        )
    return agreement
