"""COPY-based bulk writing of the synthetic data set: rows as tuples, no model instances.

At a million agreements the ORM's ``bulk_create`` spent most of its time building model
instances and compiling their SQL (about twelve instances per agreement); PostgreSQL's
COPY takes rows as tab-separated text and is an order of magnitude faster. Ids come from
the tables' own sequences (``nextval``), so the rows interleave safely with other writers.

The search vector is computed by PostgreSQL in the INSERT that moves each batch from a
temporary table into ``agreements_agreement``: the same parts and weights as the after-write
hook's expression (a test compares them), and no UPDATE that rewrites the table afterwards.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from agreements.models import SEARCH_CONFIG

AGREEMENT_COLUMNS = (
    "id", "agreement_type", "cooperation_class", "title", "signed_on", "place",
    "effective_from", "expires_on", "duration_months", "terminated_on", "termination_reason",
    "notes", "provenance", "parent_id", "predecessor_id", "notice_days", "is_published",
    "published_at",
)  # fmt: skip
# Extra columns of the staging table: the joined texts the search vector is made of.
STAGING_COLUMNS = (*AGREEMENT_COLUMNS, "scope_text", "signatory_text")
PARTY_COLUMNS = (
    "agreement_id", "kind", "province_id", "regency_id", "organisation_name", "document_number",
    "signatory_name", "signatory_title", "on_behalf_of", "position",
)  # fmt: skip

_STAGING = "demo_agreement_staging"
# As services.agreements.search_vector_expression: title A; scope items, venue and
# signatories B; notes C.
_VECTOR = " || ".join(
    f"setweight(to_tsvector(%(config)s::regconfig, COALESCE({column}, '')), '{weight}')"
    for column, weight in [
        ("title", "A"), ("scope_text", "B"), ("place", "B"), ("signatory_text", "B"),
        ("notes", "C"),
    ]
)  # fmt: skip


def _text(value) -> str:
    if value is None:
        return "\\N"
    if not isinstance(value, str):
        return str(value)
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "")


def copy_rows(cursor, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    buffer = io.StringIO()
    for row in rows:
        buffer.write("\t".join(_text(value) for value in row))
        buffer.write("\n")
    buffer.seek(0)
    cursor.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", buffer)


def next_ids(cursor, table: str, count: int) -> list[int]:
    cursor.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
        [table, count],
    )
    return [row[0] for row in cursor.fetchall()]


def insert_agreements(cursor, rows: list[Sequence]) -> None:
    """Agreements (``STAGING_COLUMNS`` tuples) with their search vector and their first
    history row, as ``bulk_create_with_history`` wrote them."""
    columns = ", ".join(AGREEMENT_COLUMNS)
    # The column types of the real table, none of its constraints.
    cursor.execute(
        # Only this module's own identifiers are formatted into these statements.
        f"CREATE TEMP TABLE IF NOT EXISTS {_STAGING} AS SELECT {columns}, ''::text AS"  # noqa: S608
        " scope_text, ''::text AS signatory_text FROM agreements_agreement WITH NO DATA"
    )
    cursor.execute(f"TRUNCATE {_STAGING}")
    copy_rows(cursor, _STAGING, STAGING_COLUMNS, rows)
    cursor.execute(
        f"INSERT INTO agreements_agreement ({columns}, search_vector, created_at, updated_at,"  # noqa: S608
        f" version) SELECT {columns}, {_VECTOR}, now(), now(), 1 FROM {_STAGING}",
        {"config": SEARCH_CONFIG},
    )
    cursor.execute(
        f"INSERT INTO agreements_historicalagreement ({columns}, created_at, updated_at,"  # noqa: S608
        f" history_date, history_type) SELECT {columns}, now(), now(), now(), '+'"
        f" FROM {_STAGING}"
    )
