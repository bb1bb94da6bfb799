"""The change log (``0020_list_changes_log``) also records what an agreement's own page shows.

The agreement page is cached until the log says a write touched it (``page_cache``). It lists
the news articles that reported the agreement by title, address and publisher, so an edit of
those logs the linked agreements too (before, only the publication date did: it moves the
last sign of life). It names its sectors, so a sector renamed is a change of "any list", as a
renamed province, kabupaten/kota or OPD already is.
"""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION agreements_list_on_article() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM agreements_list_changed(ARRAY(
    SELECT l.agreement_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN agreements_articleagreement l ON l.article_id = n.id
     WHERE (o.published_at, o.title, o.canonical_url, o.url, o.publisher)
           IS DISTINCT FROM (n.published_at, n.title, n.canonical_url, n.url, n.publisher)));
  RETURN NULL;
END
$$;
CREATE TRIGGER agreements_sector_list_any AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON agreements_sector FOR EACH STATEMENT EXECUTE FUNCTION agreements_list_on_any();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS agreements_sector_list_any ON agreements_sector;
CREATE OR REPLACE FUNCTION agreements_list_on_article() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM agreements_list_changed(ARRAY(
    SELECT l.agreement_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN agreements_articleagreement l ON l.article_id = n.id
     WHERE o.published_at IS DISTINCT FROM n.published_at));
  RETURN NULL;
END
$$;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0024_summary_version"),
    ]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
