"""Summary tables of the dashboard's counts, kept current by statement-level triggers.

See ``agreements.models.summaries``. The SQL is written out here (not imported) so that this
migration keeps meaning what it meant when later code changes. The tables are filled for the
existing data by ``agreements_summary_rebuild()``, which ``rebuild_summaries`` also calls.
"""

import django.contrib.postgres.fields
from django.db import migrations, models

# The counts each agreement's facts contribute: one row per measure and key.
CONTRIBUTION_VIEW = """
CREATE FUNCTION agreements_month(day date) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
  SELECT (EXTRACT(YEAR FROM day) * 12 + EXTRACT(MONTH FROM day) - 1)::integer
$$;

-- The last sign of life of an agreement, as dormant_condition reads it: an activity's latest
-- date (or the day it was entered), a monitoring report, a "monev report filed" action, a
-- linked news article (its publication, or the day of the link).
CREATE FUNCTION agreements_last_life(agreement bigint) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT GREATEST(
    (SELECT max(COALESCE(GREATEST(v.planned_start, v.planned_end, v.actual_start, v.actual_end),
                         v.created_at::date))
       FROM agreements_activity v WHERE v.agreement_id = agreement),
    (SELECT max(m.filed_on) FROM agreements_monitoringreport m WHERE m.agreement_id = agreement),
    (SELECT max(x.date) FROM agreements_agreementaction x
      WHERE x.agreement_id = agreement AND x.kind = 'monev_filed'),
    (SELECT max(COALESCE(r.published_at::date, l.created_at::date))
       FROM agreements_articleagreement l JOIN agreements_article r ON r.id = l.article_id
      WHERE l.agreement_id = agreement))
$$;

CREATE VIEW agreements_summary_contribution AS
SELECT f.agreement_id, 'status'::varchar AS measure,
       (CASE WHEN f.signed_on IS NULL THEN 'draft' ELSE 'signed' END)::varchar AS a,
       ''::varchar AS b, NULL::integer AS y1, NULL::integer AS y2,
       f.ends_on AS d1, f.terminated_on AS d2, 1 AS w
  FROM agreements_agreementfacts f
UNION ALL
SELECT f.agreement_id, 'year', '', '', EXTRACT(YEAR FROM f.signed_on)::integer, NULL, NULL, NULL, 1
  FROM agreements_agreementfacts f
UNION ALL
SELECT f.agreement_id, 'province', p, '', EXTRACT(YEAR FROM f.signed_on)::integer,
       EXTRACT(YEAR FROM f.ends_on)::integer, NULL, NULL, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.provinces) p
UNION ALL
SELECT f.agreement_id, 'rolled', p, '', NULL, NULL, NULL, NULL, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.rolled) p
UNION ALL
SELECT f.agreement_id, 'pair', p, q, NULL, NULL, NULL, NULL, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.provinces) p
  CROSS JOIN LATERAL unnest(f.provinces) q WHERE p < q
UNION ALL
SELECT f.agreement_id, 'rolled_pair', p, q, NULL, NULL, NULL, NULL, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.rolled) p
  CROSS JOIN LATERAL unnest(f.rolled) q WHERE p < q
UNION ALL
SELECT f.agreement_id, 'sector', s, '', EXTRACT(YEAR FROM f.signed_on)::integer, NULL, NULL, NULL, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.sectors) s
UNION ALL
SELECT f.agreement_id, 'sector_province', s, p, NULL, NULL, NULL, NULL, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.sectors) s
  CROSS JOIN LATERAL unnest(f.provinces) p
UNION ALL
-- Activities (one row each, by state) and reports (weighted by their number), nationally
-- (b = '') and per province party; agreements with any activity once each.
SELECT f.agreement_id, 'activity', s, p, NULL, NULL, NULL, NULL, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.activity_states) s
  CROSS JOIN LATERAL unnest(f.provinces || ''::varchar) p
UNION ALL
SELECT f.agreement_id, 'with_activity', '', p, NULL, NULL, NULL, NULL, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.provinces || ''::varchar) p
 WHERE cardinality(f.activity_states) > 0
UNION ALL
SELECT f.agreement_id, 'opd', o::varchar, '', NULL, NULL, NULL, NULL, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.opds) o
UNION ALL
SELECT f.agreement_id, 'reports', '', p, NULL, NULL, NULL, NULL, f.reports
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.provinces || ''::varchar) p
 WHERE f.reports > 0
UNION ALL
-- Dormancy: signed agreements by the month of their last sign of life (y1) and of their end
-- (y2), with the termination date; the edge months are counted from the facts, by day.
SELECT f.agreement_id, 'quiet', 'signed', p, agreements_month(f.quiet), agreements_month(f.ends_on),
       NULL, f.terminated_on, 1
  FROM agreements_agreementfacts f CROSS JOIN LATERAL unnest(f.provinces || ''::varchar) p
 WHERE f.signed_on IS NOT NULL;
"""

FUNCTIONS = """
CREATE FUNCTION agreements_summary_add(ids bigint[], sign integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO agreements_summarycount AS s (measure, a, b, y1, y2, d1, d2, n)
  SELECT measure, a, b, y1, y2, d1, d2, sign * sum(w)
    FROM agreements_summary_contribution WHERE agreement_id = ANY(ids)
   GROUP BY 1, 2, 3, 4, 5, 6, 7
   -- One order for every writer: two transactions lock shared keys in the same order.
   ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (measure, a, b, y1, y2, d1, d2) DO UPDATE SET n = s.n + EXCLUDED.n
$$;

CREATE FUNCTION agreements_summary_refresh(ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- A bulk load may defer the counts to one rebuild at its end (SET LOCAL
  -- agreements.summaries = 'deferred' in each of its transactions, then
  -- agreements_summary_rebuild()): counting each batch's agreements again per table costs
  -- more than counting everything once.
  IF ids IS NULL OR cardinality(ids) = 0
     OR current_setting('agreements.summaries', true) = 'deferred' THEN
    RETURN;
  END IF;
  PERFORM agreements_summary_add(ids, -1);
  DELETE FROM agreements_agreementfacts WHERE agreement_id = ANY(ids);
  INSERT INTO agreements_agreementfacts
         (agreement_id, signed_on, ends_on, terminated_on, provinces, rolled, sectors,
          activity_states, reports, quiet, opds)
  SELECT a.id, a.signed_on, a.ends_on, a.terminated_on,
         ARRAY(SELECT DISTINCT p.province_id FROM agreements_agreementparty p
                WHERE p.agreement_id = a.id AND p.province_id IS NOT NULL),
         ARRAY(SELECT DISTINCT COALESCE(p.province_id, r.province_id)
                 FROM agreements_agreementparty p
                 LEFT JOIN agreements_regency r ON r.code = p.regency_id
                WHERE p.agreement_id = a.id
                  AND (p.province_id IS NOT NULL OR p.regency_id IS NOT NULL)),
         ARRAY(SELECT DISTINCT t.sector_id FROM agreements_scopeitem si
                 JOIN agreements_scopeitem_sectors t ON t.scopeitem_id = si.id
                WHERE si.agreement_id = a.id),
         ARRAY(SELECT v.state FROM agreements_activity v WHERE v.agreement_id = a.id),
         (SELECT count(*) FROM agreements_monitoringreport m WHERE m.agreement_id = a.id),
         GREATEST(a.signed_on - 1, agreements_last_life(a.id)),
         ARRAY(SELECT DISTINCT k.opd_id FROM agreements_agreementopd k WHERE k.agreement_id = a.id)
    FROM agreements_agreement a WHERE a.id = ANY(ids);
  PERFORM agreements_summary_add(ids, 1);
END
$$;

CREATE FUNCTION agreements_summary_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE agreements_agreementfacts, agreements_summarycount;
  INSERT INTO agreements_agreementfacts
         (agreement_id, signed_on, ends_on, terminated_on, provinces, rolled, sectors,
          activity_states, reports, quiet, opds)
  SELECT a.id, a.signed_on, a.ends_on, a.terminated_on, COALESCE(p.codes, '{}'),
         COALESCE(r.codes, '{}'), COALESCE(s.codes, '{}'), COALESCE(v.states, '{}'),
         COALESCE(m.reports, 0),
         GREATEST(a.signed_on - 1, v.life, m.life, x.life, l.life), COALESCE(o.opds, '{}')
    FROM agreements_agreement a
    LEFT JOIN (SELECT agreement_id, array_agg(DISTINCT province_id) AS codes
                 FROM agreements_agreementparty WHERE province_id IS NOT NULL
                GROUP BY agreement_id) p ON p.agreement_id = a.id
    LEFT JOIN (SELECT p.agreement_id,
                      array_agg(DISTINCT COALESCE(p.province_id, g.province_id)) AS codes
                 FROM agreements_agreementparty p
                 LEFT JOIN agreements_regency g ON g.code = p.regency_id
                WHERE p.province_id IS NOT NULL OR p.regency_id IS NOT NULL
                GROUP BY p.agreement_id) r ON r.agreement_id = a.id
    LEFT JOIN (SELECT si.agreement_id, array_agg(DISTINCT t.sector_id) AS codes
                 FROM agreements_scopeitem_sectors t
                 JOIN agreements_scopeitem si ON si.id = t.scopeitem_id
                GROUP BY si.agreement_id) s ON s.agreement_id = a.id
    LEFT JOIN (SELECT agreement_id, array_agg(state) AS states,
                      max(COALESCE(GREATEST(planned_start, planned_end, actual_start, actual_end),
                                   created_at::date)) AS life
                 FROM agreements_activity GROUP BY agreement_id) v ON v.agreement_id = a.id
    LEFT JOIN (SELECT agreement_id, count(*) AS reports, max(filed_on) AS life
                 FROM agreements_monitoringreport GROUP BY agreement_id) m
           ON m.agreement_id = a.id
    LEFT JOIN (SELECT agreement_id, max(date) AS life FROM agreements_agreementaction
                WHERE kind = 'monev_filed' GROUP BY agreement_id) x ON x.agreement_id = a.id
    LEFT JOIN (SELECT k.agreement_id, max(COALESCE(r.published_at::date, k.created_at::date))
                      AS life
                 FROM agreements_articleagreement k
                 JOIN agreements_article r ON r.id = k.article_id
                GROUP BY k.agreement_id) l ON l.agreement_id = a.id
    LEFT JOIN (SELECT agreement_id, array_agg(DISTINCT opd_id) AS opds
                 FROM agreements_agreementopd GROUP BY agreement_id) o ON o.agreement_id = a.id;
  INSERT INTO agreements_summarycount (measure, a, b, y1, y2, d1, d2, n)
  SELECT measure, a, b, y1, y2, d1, d2, sum(w) FROM agreements_summary_contribution
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
END
$$;

-- The agreements a statement changed, for each table the counts read.
CREATE FUNCTION agreements_summary_on_agreement() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM agreements_summary_refresh(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM agreements_summary_refresh(ARRAY(SELECT id FROM old_rows));
  ELSE
    -- Most updates (a title, the search vector, a save without changes) count nothing.
    PERFORM agreements_summary_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (o.signed_on, o.ends_on, o.terminated_on)
             IS DISTINCT FROM (n.signed_on, n.ends_on, n.terminated_on)));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION agreements_summary_on_party() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM agreements_summary_refresh(ARRAY(SELECT DISTINCT agreement_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM agreements_summary_refresh(ARRAY(SELECT DISTINCT agreement_id FROM old_rows));
  ELSE
    PERFORM agreements_summary_refresh(ARRAY(
      SELECT DISTINCT v.agreement_id FROM new_rows n JOIN old_rows o ON o.id = n.id
       CROSS JOIN LATERAL (VALUES (o.agreement_id), (n.agreement_id)) v(agreement_id)
       WHERE (o.agreement_id, o.province_id, o.regency_id)
             IS DISTINCT FROM (n.agreement_id, n.province_id, n.regency_id)));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION agreements_summary_on_scope_item() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM agreements_summary_refresh(ARRAY(SELECT DISTINCT agreement_id FROM old_rows));
  ELSE
    PERFORM agreements_summary_refresh(ARRAY(
      SELECT DISTINCT v.agreement_id FROM new_rows n JOIN old_rows o ON o.id = n.id
       CROSS JOIN LATERAL (VALUES (o.agreement_id), (n.agreement_id)) v(agreement_id)
       WHERE o.agreement_id IS DISTINCT FROM n.agreement_id));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION agreements_summary_on_scope_sector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM agreements_summary_refresh(ARRAY(
      SELECT DISTINCT si.agreement_id FROM new_rows t
        JOIN agreements_scopeitem si ON si.id = t.scopeitem_id));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM agreements_summary_refresh(ARRAY(
      SELECT DISTINCT si.agreement_id FROM old_rows t
        JOIN agreements_scopeitem si ON si.id = t.scopeitem_id));
  ELSE
    PERFORM agreements_summary_refresh(ARRAY(
      SELECT DISTINCT si.agreement_id
        FROM (SELECT scopeitem_id FROM new_rows UNION SELECT scopeitem_id FROM old_rows) t
        JOIN agreements_scopeitem si ON si.id = t.scopeitem_id));
  END IF;
  RETURN NULL;
END
$$;

-- Activities, reports, actions, article and OPD links: any change recounts their agreements
-- (the counts, and the last sign of life that dormancy reads).
CREATE FUNCTION agreements_summary_on_follow_up() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM agreements_summary_refresh(ARRAY(SELECT DISTINCT agreement_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM agreements_summary_refresh(ARRAY(SELECT DISTINCT agreement_id FROM old_rows));
  ELSE
    PERFORM agreements_summary_refresh(ARRAY(
      SELECT DISTINCT v.agreement_id FROM new_rows n JOIN old_rows o ON o.id = n.id
       CROSS JOIN LATERAL (VALUES (o.agreement_id), (n.agreement_id)) v(agreement_id)));
  END IF;
  RETURN NULL;
END
$$;

-- A news article whose publication date changes moves the last sign of life of its agreements.
CREATE FUNCTION agreements_summary_on_article() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM agreements_summary_refresh(ARRAY(
    SELECT DISTINCT l.agreement_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN agreements_articleagreement l ON l.article_id = n.id
     WHERE o.published_at IS DISTINCT FROM n.published_at));
  RETURN NULL;
END
$$;

CREATE FUNCTION agreements_summary_on_regency() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM agreements_summary_refresh(ARRAY(
    SELECT DISTINCT p.agreement_id FROM new_rows n JOIN old_rows o ON o.code = n.code
      JOIN agreements_agreementparty p ON p.regency_id IN (o.code, n.code)
     WHERE o.province_id IS DISTINCT FROM n.province_id));
  RETURN NULL;
END
$$;
"""

# (table, function, events): one trigger per event, as transition tables require.
TRIGGERS = [
    ("agreements_agreement", "agreements_summary_on_agreement", ("INSERT", "UPDATE", "DELETE")),
    ("agreements_agreementparty", "agreements_summary_on_party", ("INSERT", "UPDATE", "DELETE")),
    # A new scope item has no sector yet: its sectors' rows count it.
    ("agreements_scopeitem", "agreements_summary_on_scope_item", ("UPDATE", "DELETE")),
    (
        "agreements_scopeitem_sectors",
        "agreements_summary_on_scope_sector",
        ("INSERT", "UPDATE", "DELETE"),
    ),
    ("agreements_regency", "agreements_summary_on_regency", ("UPDATE",)),
    ("agreements_activity", "agreements_summary_on_follow_up", ("INSERT", "UPDATE", "DELETE")),
    (
        "agreements_monitoringreport",
        "agreements_summary_on_follow_up",
        ("INSERT", "UPDATE", "DELETE"),
    ),
    (
        "agreements_agreementaction",
        "agreements_summary_on_follow_up",
        ("INSERT", "UPDATE", "DELETE"),
    ),
    (
        "agreements_articleagreement",
        "agreements_summary_on_follow_up",
        ("INSERT", "UPDATE", "DELETE"),
    ),
    ("agreements_article", "agreements_summary_on_article", ("UPDATE",)),
    ("agreements_agreementopd", "agreements_summary_on_follow_up", ("INSERT", "UPDATE", "DELETE")),
]
_TRANSITIONS = {
    "INSERT": "NEW TABLE AS new_rows",
    "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
}


def _trigger_name(table: str, event: str) -> str:
    return f"{table}_summary_{event.lower()}"


CREATE_TRIGGERS = "\n".join(
    f"CREATE TRIGGER {_trigger_name(table, event)} AFTER {event} ON {table}"
    f" REFERENCING {_TRANSITIONS[event]} FOR EACH STATEMENT EXECUTE FUNCTION {function}();"
    for table, function, events in TRIGGERS
    for event in events
)
DROP_TRIGGERS = "\n".join(
    f"DROP TRIGGER IF EXISTS {_trigger_name(table, event)} ON {table};"
    for table, _function, events in TRIGGERS
    for event in events
)
DROP_FUNCTIONS = """
DROP FUNCTION IF EXISTS agreements_summary_on_article();
DROP FUNCTION IF EXISTS agreements_summary_on_follow_up();
DROP FUNCTION IF EXISTS agreements_summary_on_regency();
DROP FUNCTION IF EXISTS agreements_summary_on_scope_sector();
DROP FUNCTION IF EXISTS agreements_summary_on_scope_item();
DROP FUNCTION IF EXISTS agreements_summary_on_party();
DROP FUNCTION IF EXISTS agreements_summary_on_agreement();
DROP FUNCTION IF EXISTS agreements_summary_rebuild();
DROP FUNCTION IF EXISTS agreements_summary_refresh(bigint[]);
DROP FUNCTION IF EXISTS agreements_summary_add(bigint[], integer);
DROP VIEW IF EXISTS agreements_summary_contribution;
DROP FUNCTION IF EXISTS agreements_last_life(bigint);
DROP FUNCTION IF EXISTS agreements_month(date);
"""


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0015_merge_speed_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="AgreementFacts",
            fields=[
                ("agreement_id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("signed_on", models.DateField(null=True)),
                ("ends_on", models.DateField(null=True)),
                ("terminated_on", models.DateField(null=True)),
                (
                    "provinces",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=2), default=list, size=None
                    ),
                ),
                (
                    "rolled",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=2), default=list, size=None
                    ),
                ),
                (
                    "sectors",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=40), default=list, size=None
                    ),
                ),
                (
                    "activity_states",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=20), default=list, size=None
                    ),
                ),
                ("reports", models.IntegerField(default=0)),
                ("quiet", models.DateField(null=True)),
                (
                    "opds",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.BigIntegerField(), default=list, size=None
                    ),
                ),
            ],
            options={
                "db_table": "agreements_agreementfacts",
                "indexes": [
                    models.Index(fields=["quiet"], name="facts_quiet"),
                    models.Index(fields=["ends_on"], name="facts_ends_on"),
                    models.Index(
                        fields=["signed_on", "agreement_id"],
                        include=["ends_on", "terminated_on", "quiet"],
                        name="facts_signed",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="SummaryCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("measure", models.CharField(max_length=20)),
                ("a", models.CharField(default="", max_length=40)),
                ("b", models.CharField(default="", max_length=40)),
                ("y1", models.IntegerField(null=True)),
                ("y2", models.IntegerField(null=True)),
                ("d1", models.DateField(null=True)),
                ("d2", models.DateField(null=True)),
                ("n", models.BigIntegerField()),
            ],
            options={
                "db_table": "agreements_summarycount",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("measure", "a", "b", "y1", "y2", "d1", "d2"),
                        name="summary_count_key",
                        nulls_distinct=False,
                    )
                ],
                "indexes": [
                    models.Index(fields=["measure", "a", "b", "y2"], name="summary_count_end")
                ],
            },
        ),
        migrations.RunSQL(
            CONTRIBUTION_VIEW + FUNCTIONS + CREATE_TRIGGERS, DROP_TRIGGERS + DROP_FUNCTIONS
        ),
        # A minute at a million agreements: longer than the server's statement timeout.
        migrations.RunSQL(
            "SET LOCAL statement_timeout = 0; SELECT agreements_summary_rebuild();",
            migrations.RunSQL.noop,
        ),
    ]
