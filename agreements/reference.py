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
