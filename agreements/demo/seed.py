"""The seed agreement as real data, entered through the services like any other.

The seed is the Kesepakatan Bersama between Jambi and Jawa Barat reported by the article the
product was born from (signed Thursday 12 March 2020 at Gedung Pakuan, Bandung), and the
2017-2019 cooperation it renewed and widened.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction

from agreements.models import (
    Agreement,
    AgreementType,
)
from agreements.services.agreements import (
    OpdSpec,
    PartySpec,
    ScopeItemSpec,
    agreement_create,
)

JAMBI, JAWA_BARAT = "15", "32"
SEED_TITLE = "Kesepakatan Bersama Pemerintah Provinsi Jambi dan Pemerintah Provinsi Jawa Barat"
PREDECESSOR_TITLE = (
    "Kerja Sama Pemerintah Provinsi Jambi dan Pemerintah Provinsi Jawa Barat 2017-2019 "
    "(e-Samsat, SKP online, perizinan)"
)

SEED_OPDS = [
    ("Inspektorat", ""),
    ("Badan Penelitian dan Pengembangan Daerah", "Balitbangda"),
    ("Badan Keuangan Daerah", "Bakeuda"),
    ("Dinas Perindustrian dan Perdagangan", "Disperindag"),
    ("Dinas Energi dan Sumber Daya Mineral", "ESDM"),
    ("Badan Pengembangan Sumber Daya Manusia", "BPSDM"),
    ("Dinas Kehutanan", ""),
    ("Biro Pembangunan dan Kerjasama", ""),
]

SEED_SCOPE = [
    ("Pengembangan dagang komoditi unggul daerah", ("perdagangan",)),
    ("Pengembangan sektor energi", ("esdm",)),
    ("Pengembangan sumber daya manusia", ("kepegawaian",)),
    ("Pembangunan kehutanan", ("kehutanan",)),
    ("Pengembangan dan penerapan ilmu pengetahuan dan inovasi", ("litbang",)),
    ("Penyelenggaraan Pelatihan Kepemimpinan Nasional Tingkat II", ("diklat",)),
    ("Peningkatan kapasitas pengelolaan pendapatan dan retribusi", ("keuangan",)),
    ("Layanan konsultasi pengaduan", ("pengawasan",)),
    ("Replika aplikasi perjalanan dinas luar negeri", ("kominfo",)),
]


@transaction.atomic
def seed_agreement_create(*, created_by=None) -> Agreement:
    """Create the seed agreement and its predecessor unless they exist (idempotent)."""
    existing = Agreement.objects.filter(title=SEED_TITLE, signed_on=date(2020, 3, 12)).first()
    if existing is not None:
        return existing
    predecessor = Agreement.objects.filter(title=PREDECESSOR_TITLE).first()
    if predecessor is None:
        predecessor = agreement_create(
            title=PREDECESSOR_TITLE,
            agreement_type=AgreementType.KESEPAKATAN_BERSAMA,
            # The article gives only the years; the start of 2017 and the end of 2019 stand in.
            signed_on=date(2017, 1, 1),
            expires_on=date(2019, 12, 31),
            parties=[PartySpec(province_code=JAMBI), PartySpec(province_code=JAWA_BARAT)],
            scope_items=[
                ScopeItemSpec("e-Samsat (pembayaran pajak kendaraan bermotor)", ("keuangan",)),
                ScopeItemSpec("SKP online", ("kepegawaian",)),
                ScopeItemSpec("Perizinan", ("penanaman_modal",)),
            ],
            notes=(
                "Kerja sama yang berlangsung sejak tahun 2017 dan berakhir tahun 2019 menurut "
                "Asisten Pemerintahan Setda Jawa Barat. Tanggal persisnya tidak tercatat: "
                "1 Januari 2017 dan 31 Desember 2019 dipakai sebagai perkiraan."
            ),
            created_by=created_by,
        )
    return agreement_create(
        title=SEED_TITLE,
        agreement_type=AgreementType.KESEPAKATAN_BERSAMA,
        signed_on=date(2020, 3, 12),
        place="Gedung Pakuan, rumah dinas Gubernur Jawa Barat, Bandung",
        predecessor=predecessor,
        parties=[
            PartySpec(
                province_code=JAMBI,
                signatory_name="Fachrori Umar",
                signatory_title="Gubernur Jambi",
            ),
            PartySpec(
                province_code=JAWA_BARAT,
                signatory_name="Ridwan Kamil",
                signatory_title="Gubernur Jawa Barat",
            ),
        ],
        opds=[
            OpdSpec(province_code=JAMBI, name=name, acronym=acronym) for name, acronym in SEED_OPDS
        ],
        scope_items=[ScopeItemSpec(text, codes) for text, codes in SEED_SCOPE],
        notes=(
            "Memperpanjang dan memperluas kerja sama 2017-2019. Berita tidak menyebut milik "
            "provinsi mana kedelapan OPD; dicatat sebagai OPD Provinsi Jambi."
        ),
        created_by=created_by,
    )
