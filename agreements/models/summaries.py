"""Summary tables: the dashboard's national counts, kept current by the database itself.

``AgreementFacts`` holds, per agreement, what its counts depend on (dates, province parties,
provinces with kabupaten/kota rolled up, sectors, OPDs, activities and reports); ``SummaryCount``
holds the counts of those facts per key. Statement-level triggers on the agreements, parties,
scope items, their sectors, the kabupaten/kota, the follow-up and article links (migration
``0016_aggregate_summaries``) take the changed agreements' old facts out of the counts and put
their new facts in, in the writing transaction: every writer (services, admin, imports, merges,
raw SQL, COPY, deletes) keeps them current, and a page reads a few hundred summary rows
instead of a million agreements.

Measures of ``SummaryCount`` (each agreement counts once per key):

- ``status``: ``a`` "signed" or "draft", ``d1`` the end date, ``d2`` the termination date:
  active, expiring and expired for any today are sums over these rows;
- ``year``: ``y1`` the signing year (null when unsigned);
- ``province``: ``a`` a province party, ``y1`` signing year, ``y2`` end year;
- ``rolled``: ``a`` a province with its kabupaten/kota counted for it;
- ``pair``, ``rolled_pair``: ``a`` < ``b``, two provinces of one agreement (plain, rolled up);
- ``sector``: ``a`` a sector of its scope, ``y1`` signing year;
- ``sector_province``: ``a`` a sector, ``b`` a province party;
- ``activity`` (activities, ``a`` their state), ``with_activity`` (agreements with any) and
  ``reports`` (monitoring reports), each with ``b`` "" for the nation or a province party;
- ``opd``: ``a`` an OPD's id, the agreements it takes part in;
- ``quiet``: signed agreements by the month of ``quiet`` (``y1``) and of their end (``y2``),
  with the termination date (``d2``) and ``b`` as above: dormant agreements are the sum of
  the whole months plus the two edge months counted by day from the facts.
"""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models

MEASURES = (
    "status",
    "year",
    "province",
    "rolled",
    "pair",
    "rolled_pair",
    "sector",
    "sector_province",
    "activity",
    "with_activity",
    "reports",
    "quiet",
    "opd",
)


class AgreementFacts(models.Model):
    """What one agreement contributes to the counts, as they were last counted."""

    # No foreign key: the triggers remove the row after its agreement is gone.
    agreement_id = models.BigIntegerField(primary_key=True)
    signed_on = models.DateField(null=True)
    ends_on = models.DateField(null=True)
    terminated_on = models.DateField(null=True)
    provinces = ArrayField(models.CharField(max_length=2), default=list)
    rolled = ArrayField(models.CharField(max_length=2), default=list)
    sectors = ArrayField(models.CharField(max_length=40), default=list)
    # The state of each of its activities, and its number of monitoring reports.
    activity_states = ArrayField(models.CharField(max_length=20), default=list)
    reports = models.IntegerField(default=0)
    # The day before signing or the last sign of life, whichever is later: dormant when in
    # force and quiet before the same day DORMANT_AFTER_MONTHS ago (``dormant_condition``).
    quiet = models.DateField(null=True)
    opds = ArrayField(models.BigIntegerField(), default=list)

    class Meta:
        db_table = "agreements_agreementfacts"
        indexes = [
            models.Index(fields=["quiet"], name="facts_quiet"),
            models.Index(fields=["ends_on"], name="facts_ends_on"),
            # The lists of one sector (``in_sector``).
            GinIndex(fields=["sectors"], name="facts_sectors"),
            # The longest-dormant agreements: in signing order, read from the index alone.
            models.Index(
                fields=["signed_on", "agreement_id"],
                include=["ends_on", "terminated_on", "quiet"],
                name="facts_signed",
            ),
        ]

    def __str__(self) -> str:
        return f"facts of agreement {self.agreement_id}"


class SummaryCount(models.Model):
    """Agreements per key of one measure (see the module's docstring)."""

    measure = models.CharField(max_length=20)
    a = models.CharField(max_length=40, default="")
    b = models.CharField(max_length=40, default="")
    y1 = models.IntegerField(null=True)
    y2 = models.IntegerField(null=True)
    d1 = models.DateField(null=True)
    d2 = models.DateField(null=True)
    n = models.BigIntegerField()

    class Meta:
        db_table = "agreements_summarycount"
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "a", "b", "y1", "y2", "d1", "d2"],
                name="summary_count_key",
                nulls_distinct=False,
            )
        ]
        # Dormancy sums the rows of agreements still running after this month.
        indexes = [models.Index(fields=["measure", "a", "b", "y2"], name="summary_count_end")]

    def __str__(self) -> str:
        return f"{self.measure} {self.a} {self.b}: {self.n}"
