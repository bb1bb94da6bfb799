"""The dashboard's national aggregates in lean SQL: counts per province, pair and sector.

Read at a million agreements, the ORM's spellings cost seconds each: ``exclude(sectors=None)``
became an anti-join over two million scope items, an unfiltered page still carried
``agreement_id IN (SELECT id FROM agreements_agreement)``, the pairs went party -> agreement
-> party through a redundant join, and every count was ``COUNT(DISTINCT ...)``. Here:

- an unfiltered page counts the link tables alone; a filtered one semi-joins the filtered ids;
- an agreement names a province at most once (constraint ``party_one_row_per_province``), so
  counting party rows counts agreements, and a pair is one self-join of the parties;
- an agreement may list a sector in several scope items, so sectors count distinct
  (agreement, sector) pairs, hashed once, not a sorted ``COUNT(DISTINCT)`` per group.

Unfiltered, each reads the summary tables instead (``summaries``): the same answer from a few
hundred rows, which the database keeps current on every write.
"""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import QuerySet

from agreements.models import Agreement
from agreements.selectors import summaries


def unfiltered(agreements: QuerySet[Agreement] | None) -> bool:
    """Every agreement: what the summary tables count."""
    return agreements is None or not agreements.query.has_filters()


def _scope(agreements: QuerySet[Agreement] | None, column: str) -> tuple[str, list]:
    """``AND column IN (<the filtered agreements' ids>)``, or nothing when unfiltered."""
    if agreements is None or not agreements.query.has_filters():
        return "", []
    try:
        sql, params = agreements.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # ``.none()``: an invalid filter matches nothing
        return " AND FALSE", []
    return f" AND {column} IN ({sql})", list(params)


# The SQL below is fixed text; the only part put in by formatting is the filtered ids'
# subquery, which Django compiled with its values as parameters.
def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def province_counts(agreements: QuerySet[Agreement] | None = None) -> list[dict]:
    """Agreements per province party, most first: ``{"province", "province__name", "count"}``."""
    if unfiltered(agreements):
        return summaries.province_counts()
    where, params = _scope(agreements, "p.agreement_id")
    sql = (
        "SELECT c.province_id, pr.name, c.n FROM ("  # noqa: S608
        " SELECT p.province_id, COUNT(*) AS n FROM agreements_agreementparty p"
        f" WHERE p.province_id IS NOT NULL{where} GROUP BY p.province_id"
        ") c JOIN agreements_province pr ON pr.code = c.province_id"
        " ORDER BY c.n DESC, c.province_id"
    )
    return [
        {"province": code, "province__name": name, "count": count}
        for code, name, count in _rows(sql, params)
    ]


def partner_ranking(code: str) -> list[dict]:
    """Provinces that share agreements with ``code``, most agreements first."""
    return summaries.partner_counts(code)


def partner_ranking_counted(code: str) -> list[dict]:
    """``partner_ranking`` counted from the parties (what the summary tables must equal)."""
    sql = (
        "SELECT c.province_id, pr.name, c.n FROM ("
        " SELECT other.province_id, COUNT(*) AS n FROM agreements_agreementparty own"
        " JOIN agreements_agreementparty other ON other.agreement_id = own.agreement_id"
        " AND other.province_id IS NOT NULL AND other.province_id <> own.province_id"
        " WHERE own.province_id = %s GROUP BY other.province_id"
        ") c JOIN agreements_province pr ON pr.code = c.province_id"
        " ORDER BY c.n DESC, c.province_id"
    )
    return [
        {"province": partner, "province__name": name, "count": count}
        for partner, name, count in _rows(sql, [code])
    ]


def province_pairs(agreements: QuerySet[Agreement] | None = None) -> list[dict]:
    """Edges of the province network: each pair once (lower code first) with its count."""
    if unfiltered(agreements):
        return summaries.province_pairs()
    return province_pairs_counted(agreements)


def province_pairs_counted(agreements: QuerySet[Agreement] | None) -> list[dict]:
    where, params = _scope(agreements, "p.agreement_id")
    sql = (
        "SELECT p.province_id, q.province_id, COUNT(*) AS n FROM agreements_agreementparty p"  # noqa: S608
        " JOIN agreements_agreementparty q ON q.agreement_id = p.agreement_id"
        " AND q.province_id > p.province_id"
        f" WHERE p.province_id IS NOT NULL{where}"
        " GROUP BY p.province_id, q.province_id ORDER BY n DESC, 1, 2"
    )
    return [
        {"province": first, "partner": second, "count": count}
        for first, second, count in _rows(sql, params)
    ]


def province_pairs_with_regencies(agreements: QuerySet[Agreement] | None = None) -> list[dict]:
    """As ``province_pairs``, with each kabupaten/kota party counted for its province: a
    Kabupaten Bandung-Kota Surabaya agreement is a Jawa Barat-Jawa Timur edge, and one of a
    province with its own kabupaten/kota is no edge at all. Each agreement counts once."""
    where, params = _scope(agreements, "p.agreement_id")
    sql = (
        "WITH rolled AS (SELECT DISTINCT p.agreement_id,"  # noqa: S608
        " COALESCE(p.province_id, r.province_id) AS code FROM agreements_agreementparty p"
        " LEFT JOIN agreements_regency r ON r.code = p.regency_id"
        f" WHERE (p.province_id IS NOT NULL OR p.regency_id IS NOT NULL){where})"
        " SELECT a.code, b.code, COUNT(*) AS n FROM rolled a JOIN rolled b"
        " ON b.agreement_id = a.agreement_id AND b.code > a.code"
        " GROUP BY a.code, b.code ORDER BY n DESC, 1, 2"
    )
    return [
        {"province": first, "partner": second, "count": count}
        for first, second, count in _rows(sql, params)
    ]


def sector_counts(
    agreements: QuerySet[Agreement] | None = None, *, province: str | None = None, limit: int
) -> list[tuple[str, int]]:
    """(sector code, agreements with a scope item in it), most first; of ``agreements``, or
    of those involving ``province`` (through its index on the parties)."""
    if unfiltered(agreements):
        return summaries.sector_counts(province=province, limit=limit)
    return sector_counts_counted(agreements, province=province, limit=limit)


def sector_counts_counted(
    agreements: QuerySet[Agreement] | None, *, province: str | None = None, limit: int
) -> list[tuple[str, int]]:
    where, params = _scope(agreements, "si.agreement_id")
    if province is not None:
        where += (
            " AND si.agreement_id IN (SELECT agreement_id FROM agreements_agreementparty"
            " WHERE province_id = %s)"
        )
        params.append(province)
    sql = (
        "SELECT d.sector_id, COUNT(*) AS n FROM ("  # noqa: S608
        " SELECT DISTINCT si.agreement_id, t.sector_id FROM agreements_scopeitem_sectors t"
        " JOIN agreements_scopeitem si ON si.id = t.scopeitem_id"
        f" WHERE TRUE{where}"
        ") d GROUP BY d.sector_id ORDER BY n DESC, d.sector_id LIMIT %s"
    )
    return _rows(sql, [*params, limit])
