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
    lines = []
    for row in rows:
        parts = ["\\N" if v is None else v if type(v) is str else str(v) for v in row]
        line = "\t".join(parts)
        # Fast path: nothing to escape when the line holds exactly its separators and the
        # backslashes of its NULLs (most rows); otherwise each value is escaped.
        if (
            line.count("\t") != len(parts) - 1
            or line.count("\\") != row.count(None)
            or "\n" in line
            or "\r" in line
        ):
            line = "\t".join(_text(value) for value in row)
        lines.append(line)
    if not lines:
        return
    buffer = io.StringIO("\n".join(lines) + "\n")
    cursor.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", buffer)


def next_ids(cursor, table: str, count: int) -> list[int]:
    """``count`` ids from the table's sequence. During a large load (``bulk_load``), which
    holds the table exclusively, one range is reserved at once instead of one nextval each."""
    from agreements.demo import bulk_load

    if bulk_load.holds(table):
        cursor.execute(
            "SELECT setval(seq, nextval(seq) + %s - 1) FROM pg_get_serial_sequence(%s, 'id') seq",
            [count, table],
        )
        last = cursor.fetchone()[0]
        return list(range(last - count + 1, last + 1))
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


ACTION_COLUMNS = ("agreement_id", "kind", "date", "note", "created_at")
ACTIVITY_COLUMNS = (
    "agreement_id", "title", "opd_id", "planned_start", "planned_end", "actual_start",
    "actual_end", "state", "progress", "outputs", "budget", "created_at", "updated_at",
)  # fmt: skip
REPORT_COLUMNS = (
    "agreement_id", "year", "period", "summary", "problems", "follow_up", "filed_on",
    "created_at",
)  # fmt: skip
DOCUMENT_COLUMNS = (
    "agreement_id", "title", "kind", "file", "content_type", "size", "uploaded_at", "is_public",
)  # fmt: skip


def copy_follow_up(cursor, planned, scanned: list[int], scan: tuple[str, int] | None) -> None:
    """The follow-up rows of one batch (``follow_up.FollowUpRows``) and a document pointing
    at ``scan`` (path, size) for each agreement in ``scanned``; timestamps are ``now()``."""
    from agreements.models import DocumentKind

    now = _now(cursor)
    copy_rows(cursor, "agreements_agreementaction", ACTION_COLUMNS, (
        (*row, now) for row in planned.actions
    ))  # fmt: skip
    copy_rows(cursor, "agreements_activity", ACTIVITY_COLUMNS, (
        (*row, now, now) for row in planned.activities
    ))  # fmt: skip
    copy_rows(cursor, "agreements_monitoringreport", REPORT_COLUMNS, (
        (*row, now) for row in planned.reports
    ))  # fmt: skip
    if scanned and scan:
        path, size = scan
        title = "Naskah yang ditandatangani (data demo)"
        copy_rows(cursor, "agreements_document", DOCUMENT_COLUMNS, (
            (pk, title, DocumentKind.SIGNED_TEXT, path, "application/pdf", size, now, False)
            for pk in scanned
        ))  # fmt: skip


def _now(cursor) -> str:
    cursor.execute("SELECT now()::text")
    return cursor.fetchone()[0]
