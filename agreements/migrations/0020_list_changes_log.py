"""A log of the agreements each writing transaction touched, for the lists' id cache.

A list caches the ids of its first rows with the database snapshot they were read in
(``agreements/selectors/list_ids.py``). After a write, the next read asks this log which
agreements changed since that snapshot and checks those few again, where it read 10,001 ids
anew. Statement-level triggers on every table a list filters, sorts or searches on write
one row per touched agreement, in the writing transaction, like the summary triggers (every
writer goes through them: services, admin, imports, raw SQL, COPY, deletes). A write that may
move any row (an OPD, province or kabupaten/kota renamed, a bulk load, a TRUNCATE, a summary
rebuild) writes a row without an agreement: every list reads its ids anew.

``xid`` is the writing transaction's id: a reader compares it with its stored snapshot
(``pg_visible_in_snapshot``), so a transaction that commits after a later one is never
missed, which the newest id of a sequence could not promise. ``seq`` orders the rows of one
transaction (a reader inside a writing transaction checks its own later writes again).
"""

from django.db import migrations

# A statement that touches more agreements than this logs "any list" instead: reading them
# back would cost more than reading a list's ids again.
LOG = """
CREATE TABLE agreements_listchange (
  seq bigserial PRIMARY KEY,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  agreement_id bigint,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agreements_listchange_xid ON agreements_listchange (xid);
CREATE INDEX agreements_listchange_at ON agreements_listchange (at);

CREATE FUNCTION agreements_list_changed(ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(ids) > 1000
     OR current_setting('agreements.summaries', true) = 'deferred' THEN
    INSERT INTO agreements_listchange (agreement_id) VALUES (NULL);
  ELSE
    INSERT INTO agreements_listchange (agreement_id)
    SELECT DISTINCT id FROM unnest(ids) AS t(id) WHERE id IS NOT NULL;
  END IF;
END
$$;

CREATE FUNCTION agreements_list_on_agreement() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM agreements_list_changed(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM agreements_list_changed(ARRAY(SELECT id FROM new_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION agreements_list_on_child() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM agreements_list_changed(ARRAY(SELECT agreement_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM agreements_list_changed(ARRAY(SELECT agreement_id FROM old_rows));
  ELSE
    PERFORM agreements_list_changed(ARRAY(
      SELECT agreement_id FROM new_rows UNION SELECT agreement_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION agreements_list_on_scope_sector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM agreements_list_changed(ARRAY(
      SELECT si.agreement_id FROM new_rows t
        JOIN agreements_scopeitem si ON si.id = t.scopeitem_id));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM agreements_list_changed(ARRAY(
      SELECT si.agreement_id FROM old_rows t
        JOIN agreements_scopeitem si ON si.id = t.scopeitem_id));
  ELSE
    PERFORM agreements_list_changed(ARRAY(
      SELECT si.agreement_id
        FROM (SELECT scopeitem_id FROM new_rows UNION SELECT scopeitem_id FROM old_rows) t
        JOIN agreements_scopeitem si ON si.id = t.scopeitem_id));
  END IF;
  RETURN NULL;
END
$$;

-- A news article's publication date moves the last sign of life of its agreements.
CREATE FUNCTION agreements_list_on_article() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM agreements_list_changed(ARRAY(
    SELECT l.agreement_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN agreements_articleagreement l ON l.article_id = n.id
     WHERE o.published_at IS DISTINCT FROM n.published_at));
  RETURN NULL;
END
$$;

CREATE FUNCTION agreements_list_on_any() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO agreements_listchange (agreement_id) VALUES (NULL);
  RETURN NULL;
END
$$;
"""

CHILD_TABLES = [
    "agreements_agreementparty",
    "agreements_agreementopd",
    "agreements_scopeitem",
    "agreements_document",
    "agreements_agreementaction",
    "agreements_activity",
    "agreements_monitoringreport",
    "agreements_articleagreement",
]
# (table, function, events); "ANY" tables are names a search or a filter reads for many
# agreements at once.
TRIGGERS = (
    [("agreements_agreement", "agreements_list_on_agreement", ("INSERT", "UPDATE", "DELETE"))]
    + [
        (table, "agreements_list_on_child", ("INSERT", "UPDATE", "DELETE"))
        for table in CHILD_TABLES
    ]
    + [
        (
            "agreements_scopeitem_sectors",
            "agreements_list_on_scope_sector",
            ("INSERT", "UPDATE", "DELETE"),
        ),
        ("agreements_article", "agreements_list_on_article", ("UPDATE",)),
    ]
)
ANY_TABLES = [
    "agreements_opd",
    "agreements_province",
    "agreements_regency",
]
TRUNCATED_TABLES = [
    "agreements_agreement",
    *CHILD_TABLES,
    "agreements_scopeitem_sectors",
    # A summary rebuild rewrites every agreement's quiet day (the dormancy filter).
    "agreements_agreementfacts",
]
_TRANSITIONS = {
    "INSERT": "NEW TABLE AS new_rows",
    "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
}


def _name(table: str, event: str) -> str:
    return f"{table}_list_{event.lower()}"


CREATE_TRIGGERS = "\n".join(
    [
        f"CREATE TRIGGER {_name(table, event)} AFTER {event} ON {table}"
        f" REFERENCING {_TRANSITIONS[event]} FOR EACH STATEMENT EXECUTE FUNCTION {function}();"
        for table, function, events in TRIGGERS
        for event in events
    ]
    + [
        f"CREATE TRIGGER {_name(table, 'any')} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
        f" ON {table} FOR EACH STATEMENT EXECUTE FUNCTION agreements_list_on_any();"
        for table in ANY_TABLES
    ]
    + [
        f"CREATE TRIGGER {_name(table, 'truncate')} AFTER TRUNCATE ON {table}"
        " FOR EACH STATEMENT EXECUTE FUNCTION agreements_list_on_any();"
        for table in dict.fromkeys(TRUNCATED_TABLES)
    ]
)
DROP = "\n".join(
    [
        f"DROP TRIGGER IF EXISTS {_name(table, event)} ON {table};"
        for table, _function, events in TRIGGERS
        for event in events
    ]
    + [f"DROP TRIGGER IF EXISTS {_name(table, 'any')} ON {table};" for table in ANY_TABLES]
    + [
        f"DROP TRIGGER IF EXISTS {_name(table, 'truncate')} ON {table};"
        for table in dict.fromkeys(TRUNCATED_TABLES)
    ]
    + [
        "DROP FUNCTION IF EXISTS agreements_list_on_any();",
        "DROP FUNCTION IF EXISTS agreements_list_on_article();",
        "DROP FUNCTION IF EXISTS agreements_list_on_scope_sector();",
        "DROP FUNCTION IF EXISTS agreements_list_on_child();",
        "DROP FUNCTION IF EXISTS agreements_list_on_agreement();",
        "DROP FUNCTION IF EXISTS agreements_list_changed(bigint[]);",
        "DROP TABLE IF EXISTS agreements_listchange;",
    ]
)


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0019_action_kind_pks_not_needed"),
    ]

    operations = [migrations.RunSQL(LOG + CREATE_TRIGGERS, DROP)]
