"""A version of the summary tables, for the aggregates read from them.

The read cache keyed its aggregates on the newest history row of every agreement table, so
any write (a title corrected, a document uploaded) made every page count the nation again.
What the counts read from the summary tables changes only when those tables do, or when a
name they show does (a province, a kabupaten/kota, an OPD, a sector). Each such statement
moves this version to a new number of a sequence: a number is never given twice, even by a
transaction that rolls back, so a value cached under a version is the value of that version.
The statement triggers take the summary writers' lock first (``0021``), in the same order as
the writers, so a rename and a write never wait for each other in a circle.
"""

from django.db import migrations

FORWARD = """
CREATE SEQUENCE agreements_summaryversion_seq;
CREATE TABLE agreements_summaryversion (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    n bigint NOT NULL,
    changed_at timestamptz NOT NULL
);
INSERT INTO agreements_summaryversion VALUES (true, nextval('agreements_summaryversion_seq'),
                                              clock_timestamp());

CREATE FUNCTION agreements_summary_version_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('agreements_summarycount'));
  UPDATE agreements_summaryversion
     SET n = nextval('agreements_summaryversion_seq'), changed_at = clock_timestamp();
  RETURN NULL;
END
$$;
"""

TABLES = [
    "agreements_summarycount",
    "agreements_province",
    "agreements_regency",
    "agreements_opd",
    "agreements_sector",
]

TRIGGERS = "\n".join(
    f"CREATE TRIGGER {table}_summary_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
    f" ON {table} FOR EACH STATEMENT EXECUTE FUNCTION agreements_summary_version_bump();"
    for table in TABLES
)

BACKWARD = (
    "\n".join(f"DROP TRIGGER IF EXISTS {table}_summary_version ON {table};" for table in TABLES)
    + """
DROP FUNCTION IF EXISTS agreements_summary_version_bump();
DROP TABLE IF EXISTS agreements_summaryversion;
DROP SEQUENCE IF EXISTS agreements_summaryversion_seq;
"""
)


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0023_facts_sectors_index"),
    ]

    operations = [
        migrations.RunSQL(FORWARD + TRIGGERS, BACKWARD),
    ]
