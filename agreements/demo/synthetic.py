"""A synthetic data set of any size, bulk-inserted, for demos and the page benchmarks.

Bulk inserts (COPY, ``agreements.demo.bulk``) bypass ``agreement_create`` for speed. The one
piece of derived data, the search vector, is computed in the INSERT itself with the
after-write hook's parts and weights: updating every row afterwards rewrote the whole table and
left half of it dead until a VACUUM, and autovacuum passes over the growing table made a
million rows take far longer than ten times a hundred thousand. Time and memory are linear in
the number of agreements: the SQL of each batch is dropped from Django's debug query log (DEBUG
keeps every statement, a gigabyte for a million rows), and the pool of umbrellas is bounded.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import nullcontext
from datetime import date, timedelta

from django.db import connection, transaction
from django.utils import timezone

from agreements.demo import bulk, bulk_load
from agreements.demo.batch import LOADED_TABLES, BatchWriter
from agreements.models import (
    Agreement,
    AgreementFacts,
    AgreementType,
    CooperationClass,
    Opd,
    OpdKind,
    PartyKind,
    Province,
    Regency,
    Sector,
    SummaryCount,
)
from agreements.services.summaries import summaries_deferred, summaries_rebuild

# Java's provinces sign far more agreements than the rest; weights reflect that.
PROVINCE_WEIGHTS = {"31": 5, "32": 6, "33": 5, "34": 4, "35": 6, "36": 3, "51": 3, "12": 2, "73": 2}
DEMO_NOTE = "Data demo sintetis"
# Signings spread over the years up to today (never after: a signed agreement is never in the
# future), so the home page's "latest" stays believable whenever the demo is loaded.
DEMO_YEARS = 16
DEMO_OPD_NAMES = [
    ("Dinas Pendidikan", "Disdik", "pendidikan"),
    ("Dinas Kesehatan", "Dinkes", "kesehatan"),
    ("Dinas Perhubungan", "Dishub", "perhubungan"),
    ("Dinas Pariwisata", "Dispar", "pariwisata"),
    ("Dinas Pertanian", "Distan", "pertanian"),
    ("Dinas Kelautan dan Perikanan", "DKP", "kelautan_perikanan"),
    ("Dinas Komunikasi dan Informatika", "Diskominfo", "kominfo"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "penanaman_modal"),
    ("Dinas Perindustrian dan Perdagangan", "Disperindag", "perdagangan"),
    ("Dinas Lingkungan Hidup", "DLH", "lingkungan_hidup"),
    ("Dinas Kehutanan", "Dishut", "kehutanan"),
    ("Dinas Energi dan Sumber Daya Mineral", "Dinas ESDM", "esdm"),
    ("Badan Pendapatan Daerah", "Bapenda", "keuangan"),
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda", "perencanaan"),
    ("Badan Pengembangan Sumber Daya Manusia", "BPSDM", "diklat"),
]
SCOPE_PHRASES = {
    "pendidikan": "Pertukaran tenaga pendidik dan pengembangan SMK",
    "kesehatan": "Sistem rujukan dan layanan kesehatan lintas daerah",
    "perhubungan": "Konektivitas transportasi antarprovinsi",
    "pariwisata": "Promosi pariwisata bersama",
    "pertanian": "Pemasaran komoditas pertanian unggulan",
    "kelautan_perikanan": "Pengembangan perikanan tangkap dan budidaya",
    "kominfo": "Pertukaran aplikasi pemerintahan digital",
    "penanaman_modal": "Promosi investasi dan perizinan terpadu",
    "perdagangan": "Perdagangan antardaerah komoditas unggulan",
    "lingkungan_hidup": "Pengendalian pencemaran lintas batas",
    "kehutanan": "Pengelolaan hutan dan rehabilitasi lahan",
    "esdm": "Pengembangan energi baru terbarukan",
    "keuangan": "Optimalisasi pendapatan dan e-Samsat",
    "perencanaan": "Sinkronisasi perencanaan pembangunan",
    "diklat": "Pelatihan kepemimpinan aparatur",
}
OTHER_PARTIES = [
    (PartyKind.UNIVERSITY, "Universitas Gadjah Mada"),
    (PartyKind.BANK, "Bank Pembangunan Daerah"),
    (PartyKind.COMPANY, "PT Pelabuhan Indonesia"),
    (PartyKind.MINISTRY, "Kementerian Dalam Negeri"),
    # Regions, not names: their codes (Kepmendagri 2025) make them parties of the list.
    (PartyKind.REGENCY, "32.01"),
    (PartyKind.CITY, "35.78"),
]


def _demo_opds(province_codes: list[str]) -> dict[str, list[Opd]]:
    """A pool of OPDs per province, created once (bulk, ignoring rows that already exist)."""
    rows = [
        Opd(
            province_id=code,
            kind=OpdKind.BADAN if name.startswith("Badan") else OpdKind.DINAS,
            name=name,
            acronym=acronym,
        )
        for code in province_codes
        for name, acronym, _sector in DEMO_OPD_NAMES
    ]
    Opd.objects.bulk_create(rows, ignore_conflicts=True, batch_size=2000)
    names = [name for name, _acronym, _sector in DEMO_OPD_NAMES]
    pool: dict[str, list[Opd]] = {code: [] for code in province_codes}
    for opd in Opd.objects.filter(name__in=names):
        pool[opd.province_id].append(opd)
    return pool


def generate_demo_data(
    *,
    agreements: int,
    seed: int,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert ``agreements`` synthetic agreements with parties, OPDs, scope and follow-up;
    return the count.

    Every row is planned in Python as a tuple and written with COPY, batch by batch, so
    memory stays flat. A small load commits each batch (an interrupted run keeps what it
    finished); a large one (``LARGE_LOAD`` or more, and at least as many as the table holds)
    is one transaction without index upkeep (``bulk_load``).
    """
    rng = random.Random(seed)
    # A stream of its own, so the agreements of a given seed stay what they were.
    follow_up_rng = random.Random(seed + 1)
    provinces = list(Province.objects.values_list("code", flat=True))
    weights = [PROVINCE_WEIGHTS.get(code, 1) for code in provinces]
    sectors = set(Sector.objects.values_list("code", flat=True))
    opd_pool = _demo_opds(provinces)
    names = dict(Province.objects.values_list("code", "name"))
    names["regencies"] = dict(Regency.objects.values_list("code", "name"))
    names["regencies_of"] = {}
    for code, province in Regency.objects.values_list("code", "province_id"):
        names["regencies_of"].setdefault(province, []).append(code)
    writer = BatchWriter(
        names=names,
        opd_ids={code: {opd.name: opd.pk for opd in opds} for code, opds in opd_pool.items()},
        sector_opd_name={sector: name for name, _acronym, sector in DEMO_OPD_NAMES},
        scope_phrases=SCOPE_PHRASES,
        note=DEMO_NOTE,
        rng=follow_up_rng,
    )
    sector_choices = [code for code in SCOPE_PHRASES if code in sectors]
    umbrellas: list[tuple[int, date, date, tuple[str, ...]]] = []
    today = timezone.localdate()
    created = 0
    large = agreements >= LARGE_LOAD and agreements >= Agreement.objects.count()
    load = bulk_load.indexes_rebuilt_after(LOADED_TABLES) if large else nullcontext()

    # In a large load the triggers would count each batch again, against tables whose indexes
    # are dropped until the end: they wait, and one rebuild counts everything after the load.
    deferred = summaries_deferred() if large else nullcontext()

    with load, deferred:
        while created < agreements:
            # Children and renewals point at umbrellas of earlier batches: start small and
            # grow, or a small demo has no PKS, adendum or renewal.
            size = min(batch_size, agreements - created, max(60, created))
            with transaction.atomic(), connection.cursor() as cursor:
                ids = bulk.next_ids(cursor, "agreements_agreement", size)
                batch = []
                for pk in ids:
                    plan = _plan_agreement(rng, provinces, weights, umbrellas, names, today)
                    row = plan["agreement"]
                    topics = rng.sample(sector_choices, rng.randint(1, 3))
                    batch.append((pk, row, topics, plan))
                    # Only agreements between two provinces serve as umbrellas and renewals.
                    if (
                        row["agreement_type"] == AgreementType.KESEPAKATAN_BERSAMA
                        and len(plan["province_codes"]) == 2
                    ):
                        umbrellas.append(
                            (pk, row["signed_on"], row["expires_on"], plan["province_codes"])
                        )
                writer.write(cursor, batch, today)
            # With DEBUG on, Django keeps the SQL of every statement; nobody reads it here.
            connection.queries_log.clear()
            created += size
            if progress:
                progress(size)
            # Keep the umbrella pool bounded so memory stays flat on large runs.
            if len(umbrellas) > 5000:
                del umbrellas[:-2500]
    # Data derived from the loaded rows as a whole is rebuilt here, once, after the load and
    # before the planner statistics are refreshed.
    if large:
        summaries_rebuild()
    _analyze_tables()
    return created


#: From this many agreements on, a load drops and rebuilds the indexes (``bulk_load``).
LARGE_LOAD = 20_000


def _analyze_tables() -> None:
    """Fresh planner statistics after a bulk load: without them PostgreSQL plans the pages'
    queries for the empty tables it last measured (until autovacuum catches up). Outside a
    transaction (the command) also VACUUM, which marks the new pages all-visible so the
    pages' counts can read indexes alone."""
    with connection.cursor() as cursor:
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
        # The summary tables too: the rebuild has just rewritten every agreement's facts.
        summary_tables = [AgreementFacts._meta.db_table, SummaryCount._meta.db_table]
        tables = ", ".join(
            f'"{table}"' for table in [*LOADED_TABLES, Opd._meta.db_table, *summary_tables]
        )
        cursor.execute(f"{command} {tables}")


def _regency_kind(name: str) -> str:
    return PartyKind.CITY if name.startswith("Kota ") else PartyKind.REGENCY


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year + years, day=28)


def _random_day(rng, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _plan_agreement(rng, provinces, weights, umbrellas, names, today) -> dict:
    roll = rng.random()

    regency_names = names["regencies"]

    def province_parties(codes):
        return [(PartyKind.PROVINCE, code, None, "") for code in codes]

    def regency_party(code):
        return (_regency_kind(regency_names[code]), None, code, "")

    def titled(prefix, codes, extra=()):
        return (
            prefix + " " + " dan ".join([f"Provinsi {names[code]}" for code in codes] + list(extra))
        )

    if roll < 0.35 and umbrellas:
        # A PKS under an existing Kesepakatan Bersama, inside its dates.
        parent_id, parent_signed, parent_ends, codes = rng.choice(umbrellas)
        window = max((parent_ends - parent_signed).days - 30, 1)
        signed_on = min(parent_signed + timedelta(days=rng.randint(1, min(window, 700))), today)
        expires_on = min(signed_on + timedelta(days=rng.choice([365, 730, 1095])), parent_ends)
        agreement = dict(
            agreement_type=AgreementType.PERJANJIAN_KERJA_SAMA,
            cooperation_class=CooperationClass.KSDD,
            title=titled("Perjanjian Kerja Sama", codes),
            signed_on=signed_on,
            expires_on=expires_on,
            parent_id=parent_id,
            notes=DEMO_NOTE,
        )
        return {"agreement": agreement, "parties": province_parties(codes), "province_codes": codes}

    if roll < 0.40 and umbrellas:
        # An adendum of an umbrella agreement, signed while it runs; the term stays the same.
        previous_id, previous_signed, previous_ends, codes = rng.choice(umbrellas)
        window = max((min(previous_ends, today) - previous_signed).days, 1)
        signed_on = previous_signed + timedelta(days=rng.randint(1, window))
        if signed_on <= today:
            agreement = dict(
                agreement_type=AgreementType.ADENDUM,
                cooperation_class=CooperationClass.KSDD,
                title=titled("Adendum Kesepakatan Bersama", codes),
                signed_on=signed_on,
                expires_on=previous_ends,
                predecessor_id=previous_id,
                notes=DEMO_NOTE,
            )
            return {
                "agreement": agreement,
                "parties": province_parties(codes),
                "province_codes": codes,
            }

    if roll < 0.48 and umbrellas:
        # A renewal: the same pair signs again soon after the previous agreement ends.
        previous_id, _signed, previous_ends, codes = rng.choice(umbrellas)
        signed_on = previous_ends + timedelta(days=rng.randint(1, 90))
        if signed_on <= today:
            agreement = dict(
                agreement_type=AgreementType.KESEPAKATAN_BERSAMA,
                cooperation_class=CooperationClass.KSDD,
                title=titled("Perpanjangan Kesepakatan Bersama", codes),
                signed_on=signed_on,
                expires_on=_add_years(signed_on, 5) - timedelta(days=1),
                predecessor_id=previous_id,
                notes=DEMO_NOTE,
            )
            return {
                "agreement": agreement,
                "parties": province_parties(codes),
                "province_codes": codes,
            }

    first = rng.choices(provinces, weights)[0]
    second = first
    while second == first:
        second = rng.choices(provinces, weights)[0]
    codes = (first, second)
    signed_on = _random_day(rng, _add_years(today, -DEMO_YEARS), today)
    expires_on = _add_years(signed_on, rng.choice([2, 3, 5, 5, 5])) - timedelta(days=1)
    parties = province_parties(codes)
    cooperation_class = CooperationClass.KSDD
    title = titled("Kesepakatan Bersama", codes)
    if roll > 0.9:
        kind, organisation = rng.choice(OTHER_PARTIES)
        codes = (first,)
        if kind in (PartyKind.REGENCY, PartyKind.CITY):
            # A kabupaten/kota is a daerah (KSDD), named by the list; a province signs with
            # its own, the listed one standing in only for a province without any.
            own = names["regencies_of"].get(first)
            code = rng.choice(own) if own else organisation
            other = regency_party(code)
            organisation = regency_names[code]
        else:
            other = (kind, None, None, organisation)
            cooperation_class = CooperationClass.KSDPK
        parties = [parties[0], other]
        title = titled("Kesepakatan Bersama", codes, [organisation])
    if 0.53 <= roll < 0.65 and names["regencies_of"].get(first):
        # A province with one of its kabupaten/kota: the most common kind of KSDD there is.
        regency = rng.choice(names["regencies_of"][first])
        codes = (first,)
        parties = [parties[0], regency_party(regency)]
        title = titled("Kesepakatan Bersama", codes, [regency_names[regency]])
    elif 0.65 <= roll < 0.75 and names["regencies_of"].get(first):
        # Two kabupaten/kota, mostly neighbours in one province; no province is a party, so
        # no province OPD takes part.
        pool = names["regencies_of"][first]
        elsewhere = names["regencies_of"].get(second) or pool
        one = rng.choice(pool)
        other = rng.choice(pool if rng.random() < 0.8 and len(pool) > 1 else elsewhere)
        if other == one:
            other = next(code for code in pool + elsewhere if code != one)
        codes = ()
        parties = [regency_party(code) for code in (one, other)]
        title = "Kesepakatan Bersama " + " dan ".join(regency_names[c] for c in (one, other))
    agreement_type = AgreementType.KESEPAKATAN_BERSAMA
    if 0.48 <= roll < 0.53:
        # Some bureaus title the umbrella "Nota Kesepakatan" (MoU).
        agreement_type = AgreementType.NOTA_KESEPAKATAN
        title = title.replace("Kesepakatan Bersama", "Nota Kesepakatan", 1)
    agreement = dict(
        agreement_type=agreement_type,
        cooperation_class=cooperation_class,
        title=title,
        signed_on=signed_on,
        expires_on=expires_on,
        notes=DEMO_NOTE,
    )
    if rng.random() < 0.03 and signed_on < today:
        agreement["terminated_on"] = min(
            signed_on + timedelta(days=rng.randint(30, 300)), expires_on, today
        )
        agreement["termination_reason"] = "Dihentikan atas kesepakatan para pihak (data demo)."
    return {"agreement": agreement, "parties": parties, "province_codes": codes}
