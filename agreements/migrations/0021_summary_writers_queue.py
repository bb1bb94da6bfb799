"""The summary triggers take one transaction lock before changing the counts, so that
concurrent writers queue instead of deadlocking on the rows they share."""

from django.db import migrations

# The function as migration 0016 wrote it (what reversing this one restores).
REFRESH_WITHOUT_LOCK = """
CREATE OR REPLACE FUNCTION agreements_summary_refresh(ids bigint[]) RETURNS void
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
"""

# The same function with the lock taken before the counts change.
_LOCK = """\
  -- One writer of the counts at a time, until it commits. A transaction changes the
  -- counts statement by statement (the agreement, then its parties, its scope...), each
  -- in key order, but it holds the rows of its earlier statements meanwhile, so two
  -- writers could each hold a row the other's next statement needs: a deadlock. Writers
  -- of the same signing year already queued on that year's national row.
  PERFORM pg_advisory_xact_lock(hashtext('agreements_summarycount'));
"""
_FIRST_CHANGE = "  PERFORM agreements_summary_add(ids, -1);"
REFRESH_WITH_LOCK = REFRESH_WITHOUT_LOCK.replace(_FIRST_CHANGE, _LOCK + _FIRST_CHANGE, 1)


class Migration(migrations.Migration):
    dependencies = [("agreements", "0020_admin_search_trigram_indexes")]

    operations = [migrations.RunSQL(REFRESH_WITH_LOCK, REFRESH_WITHOUT_LOCK)]
