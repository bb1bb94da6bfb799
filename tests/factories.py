"""Factories for the agreement model. Provinces and sectors come from the data migration."""

from datetime import date

import factory

from agreements.models import (
    Agreement,
    AgreementParty,
    AgreementType,
    Opd,
    OpdKind,
    PartyKind,
    Province,
    Regency,
    ScopeItem,
    Sector,
)


def province(code: str) -> Province:
    return Province.objects.get(code=code)


def sector(code: str) -> Sector:
    return Sector.objects.get(code=code)


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement
        skip_postgeneration_save = True

    agreement_type = AgreementType.KESEPAKATAN_BERSAMA
    title = factory.Sequence(lambda n: f"Kesepakatan Bersama nomor {n}")
    signed_on = date(2022, 5, 10)
    expires_on = date(2027, 5, 9)

    @factory.post_generation
    def provinces(self, create, extracted, **kwargs):
        """AgreementFactory(provinces=["15", "32"]) adds one party row per province; a
        kabupaten/kota code ("32.73") adds that region, a "bank:Bank Jabar" an organisation."""
        if not create:
            return
        for position, code in enumerate(extracted or ["15", "32"]):
            if ":" in code:
                kind, name = code.split(":", 1)
                party = {"kind": kind, "organisation_name": name}
            elif "." in code:
                kind = Regency.objects.values_list("kind", flat=True).get(code=code)
                party = {"kind": kind, "regency_id": code}
            else:
                party = {"kind": PartyKind.PROVINCE, "province_id": code}
            AgreementParty.objects.create(agreement=self, position=position, **party)


class OpdFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opd

    province = factory.LazyFunction(lambda: province("15"))
    kind = OpdKind.DINAS
    name = factory.Sequence(lambda n: f"Dinas Urusan {n}")


class ScopeItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScopeItem
        skip_postgeneration_save = True

    agreement = factory.SubFactory(AgreementFactory)
    description = "Promosi pariwisata bersama"

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create:
            self.sectors.set([sector(code) for code in (extracted or ["pariwisata"])])


def minimal_pdf(pages: int = 1) -> bytes:
    """A real, parseable PDF (the upload check parses it)."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def minimal_png() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, format="PNG")
    return buffer.getvalue()
