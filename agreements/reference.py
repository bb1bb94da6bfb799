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
