"""The open dataset: every published agreement as CSV and JSON, with a data dictionary and
a licence statement, written by a nightly beat task (agreements.tasks.open_dataset_write)
under OPEN_DATA_ROOT and served by the portal at /publik/data/<name>.

The rows are the API's public serializer (agreements.api.serializers), so the dataset, the
API and the portal can never disagree on what is public. Files are written beside their
final names and renamed into place, so a download never sees half a file.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from agreements.spreadsheet import neutralise_row

CSV_NAME, JSON_NAME = "kerja-sama.csv", "kerja-sama.json"
DICTIONARY_NAME, LICENCE_NAME = "kamus-data.json", "LISENSI.txt"
DATASET_FILES = {
    CSV_NAME: "text/csv; charset=utf-8",
    JSON_NAME: "application/json",
    DICTIONARY_NAME: "application/json",
    LICENCE_NAME: "text/plain; charset=utf-8",
}

LICENCE = """Data kerja sama antardaerah (open data)

Lisensi: Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)
https://creativecommons.org/licenses/by/4.0/deed.id

Anda bebas menyalin, menyebarluaskan dan mengolah data ini untuk keperluan apa pun,
termasuk komersial, dengan menyebut sumbernya ("Data Kerja Sama Antardaerah").
Informasi kerja sama daerah adalah informasi publik (UU 14/2008 tentang Keterbukaan
Informasi Publik). Hanya kesepakatan yang telah dipublikasikan oleh editor yang dimuat;
catatan internal tidak pernah dimuat.

Licence: Creative Commons Attribution 4.0 International (CC BY 4.0). You may copy,
share and adapt this data for any purpose, including commercially, with attribution
("Data Kerja Sama Antardaerah"). Only agreements an editor has published are included.
"""

#: CSV column -> (type, meaning). The JSON file nests parties, OPDs, scope and documents.
DICTIONARY = {
    "id": ("integer", "Agreement id; its page is /publik/agreements/<id>/"),
    "title": ("string", "Title of the agreement"),
    "type": (
        "string",
        "kesepakatan_bersama, nota_kesepakatan, perjanjian_kerja_sama, adendum, other",
    ),
    "type_label": ("string", "The type in words (Indonesian)"),
    "cooperation_class": ("string", "ksdd, ksdpk, ksdpl or ksdll (PP 28/2018)"),
    "signed_on": ("date", "Signing date, YYYY-MM-DD, empty when unknown"),
    "effective_from": ("date", "Start of validity"),
    "expires_on": ("date", "Stated expiry"),
    "ends_on": ("date", "Expiry, stated or computed from the duration"),
    "terminated_on": ("date", "Early termination"),
    "status": ("string", "draft, active, expiring, expired or terminated, on the file's date"),
    "parties": ("string", "Party names separated by '; '"),
    "party_province_codes": ("string", "Kemendagri codes of the province parties, '; '"),
    "opds": ("string", "Participating OPDs (government units), '; '"),
    "sectors": ("string", "Sector codes (urusan pemerintahan), '; '"),
    "scope": ("string", "Scope items, separated by ' | '"),
    "documents": ("string", "Addresses of the public documents, '; '"),
}


def _rows():
    from agreements.api.serializers import AgreementSerializer
    from agreements.selectors.public import open_agreements

    # Chunks keep memory flat while the prefetches stay a fixed number of queries per chunk.
    agreements = open_agreements().order_by("id")
    last = 0
    while True:
        chunk = list(agreements.filter(id__gt=last)[:1000])
        if not chunk:
            return
        yield from AgreementSerializer(chunk, many=True).data
        last = chunk[-1].pk


def _flat(row: dict) -> dict:
    joined = "; ".join
    return {
        **{key: row[key] for key in DICTIONARY if key in row and not isinstance(row[key], list)},
        "parties": joined(p["name"] for p in row["parties"]),
        "party_province_codes": joined(
            p["province_code"] for p in row["parties"] if p["province_code"]
        ),
        "opds": joined(o["name"] for o in row["opds"]),
        "sectors": joined(row["sectors"]),
        "scope": " | ".join(item["description"] for item in row["scope"]),
        "documents": joined(d["url"] for d in row["documents"]),
    }


def _replace(path: Path, write) -> None:
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        write(handle)
    os.replace(partial, path)


def open_dataset_write(*, directory: Path | None = None) -> int:
    """Write the four files; returns the number of agreements."""
    directory = Path(directory or settings.OPEN_DATA_ROOT)
    directory.mkdir(parents=True, exist_ok=True)
    rows = list(_rows())
    generated = timezone.now().isoformat(timespec="seconds")

    def write_csv(handle):
        writer = csv.DictWriter(handle, fieldnames=list(DICTIONARY))
        writer.writeheader()
        for row in rows:
            flat = _flat(row)
            # As in the dashboard's export: a title starting with "=" never becomes a formula.
            writer.writerow(dict(zip(flat, neutralise_row(list(flat.values())), strict=True)))

    def write_json(handle):
        payload = {"generated_at": generated, "licence": "CC-BY-4.0", "agreements": rows}
        json.dump(payload, handle, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)

    def write_dictionary(handle):
        fields = [{"name": k, "type": t, "description": d} for k, (t, d) in DICTIONARY.items()]
        payload = {
            "generated_at": generated,
            "agreements": len(rows),
            "licence": "CC-BY-4.0",
            "files": list(DATASET_FILES),
            "csv_columns": fields,
            "json": "Each agreement as in GET /api/v1/agreements/<id>/ (anonymous).",
        }
        json.dump(payload, handle, ensure_ascii=False, indent=1)

    _replace(directory / CSV_NAME, write_csv)
    _replace(directory / JSON_NAME, write_json)
    _replace(directory / DICTIONARY_NAME, write_dictionary)
    _replace(directory / LICENCE_NAME, lambda handle: handle.write(LICENCE))
    return len(rows)
