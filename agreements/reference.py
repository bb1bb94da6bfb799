"""Reference data shipped in agreements/data/ (see data/sources.md for where it comes from).

``load_reference_data`` is idempotent: the data migration runs it, and so can
``./manage.py load_reference_data`` after the CSVs are corrected.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def _rows(filename: str) -> Iterator[dict[str, str]]:
    with open(DATA_DIR / filename, newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def province_rows() -> list[dict]:
    return [
        {
            "code": row["code"],
            "name": row["name"],
            "iso_3166_2": row["iso_3166_2"],
            "capital": row["capital"],
            "island_group": row["island_group"],
            "aliases": _split(row["aliases"]),
        }
        for row in _rows("provinces.csv")
    ]


def sector_rows() -> list[dict]:
    return [
        {
            "code": row["code"],
            "name_id": row["name_id"],
            "name_en": row["name_en"],
            "category": row["category"],
            "nomenclature_code": row["kode_nomenklatur"],
            "keywords": _split(row["keywords_id"]),
        }
        for filename in ("urusan_pemerintahan.csv", "fungsi_penunjang.csv")
        for row in _rows(filename)
    ]


def load_reference_data(province_model, sector_model) -> tuple[int, int]:
    """Create or update every province and sector; return how many of each exist."""
    for row in province_rows():
        province_model.objects.update_or_create(code=row.pop("code"), defaults=row)
    for row in sector_rows():
        sector_model.objects.update_or_create(code=row.pop("code"), defaults=row)
    return province_model.objects.count(), sector_model.objects.count()


def regency_aliases(kind: str, name: str) -> list[str]:
    """The forms the news writes for a kabupaten or kota: "Kab. Bandung", "Pemkab Bandung",
    "Pemerintah Kabupaten Bandung"; "Kota Administrasi Jakarta Pusat" is also "Jakarta Pusat"
    with "Kota" before it. The bare name is never an alias: a kabupaten and a kota share 26."""
    rest = name.split(" ", 1)[1]
    bare = rest.removeprefix("Administrasi ")
    if kind == "regency":
        forms = [f"Kabupaten {bare}", f"Kab. {bare}", f"Kab {bare}", f"Pemkab {bare}"]
        forms.append(f"Pemerintah Kabupaten {bare}")
    else:
        forms = [f"Kota {bare}", f"Pemkot {bare}", f"Pemerintah Kota {bare}"]
    return [form for form in dict.fromkeys(forms) if form != name]


def regency_rows() -> list[dict]:
    return [
        {
            "code": row["code"],
            "name": row["name"],
            "kind": row["kind"],
            "province_id": row["province_code"],
            "aliases": regency_aliases(row["kind"], row["name"]),
        }
        for row in _rows("regencies.csv")
    ]


def load_regencies(regency_model) -> tuple[int, int]:
    """Create or update every kabupaten and kota of regencies.csv; return (created, total).

    Idempotent, for pemekaran: a new code is added, a renamed one updated in place (parties
    keep pointing at it). A code that left the file is kept: agreements may name it.
    """
    rows = regency_rows()
    existing = set(regency_model.objects.values_list("code", flat=True))
    # A name moving from one code to another (a split renames the old one) would collide with
    # the unique name mid-way: clear the names of the rows about to change first.
    wanted = {row["code"]: row["name"] for row in rows}
    for code, name in regency_model.objects.values_list("code", "name"):
        if code in wanted and wanted[code] != name:
            regency_model.objects.filter(code=code).update(name=f"~{code}")
    for row in rows:
        regency_model.objects.update_or_create(code=row.pop("code"), defaults=row)
    created = len(set(wanted) - existing)
    return created, regency_model.objects.count()


# The unit a name pattern names in every province: "Dinas Ketahanan Pangan Provinsi {provinsi}".
_PROVINCE_SUFFIX = (" Pemerintah Provinsi {provinsi}", " Provinsi {provinsi}")
# Short names the news uses for a standard unit, matched by opd_get_or_create's alias lookup.
_STANDARD_ALIASES = {"Inspektorat Daerah": ["Inspektorat"]}


def standard_opd_rows() -> list[dict]:
    """The units every province has (opd_types.csv rows whose only blank is the province).

    Names drop the province ("Dinas Ketahanan Pangan"): the unit's province is its own column,
    as in every other OPD row. An acronym two kinds share (DKP) is given to the first only.
    """
    rows, taken = [], set()
    for row in _rows("opd_types.csv"):
        pattern = row["name_pattern"]
        suffix = next((s for s in _PROVINCE_SUFFIX if pattern.endswith(s)), None)
        if suffix is None or "{" in pattern[: -len(suffix)]:
            continue
        name = pattern[: -len(suffix)]
        acronyms = [a.split("(")[0].strip() for a in _split(row["common_acronyms"])]
        acronym = next((a for a in acronyms if a and a.lower() not in taken), "")
        taken.add(acronym.lower())
        rows.append(
            {
                "kind": row["kind"],
                "name": name,
                "acronym": acronym[:50],
                "aliases": _STANDARD_ALIASES.get(name, []),
            }
        )
    return rows
