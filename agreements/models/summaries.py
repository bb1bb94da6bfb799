"""Summary tables: the dashboard's national counts, kept current by the database itself.

``AgreementFacts`` holds, per agreement, what its counts depend on (dates, province parties,
provinces with kabupaten/kota rolled up, sectors); ``SummaryCount`` holds the counts of those
facts per key. Statement-level triggers on the agreements, parties, scope items, their sectors
and the kabupaten/kota (migration ``0016_aggregate_summaries``) take the changed agreements'
old facts out of the counts and put their new facts in, in the writing transaction: every
writer (services, admin, imports, merges, raw SQL, COPY, deletes) keeps them current, and a
page reads a few hundred summary rows instead of a million agreements.

Measures of ``SummaryCount`` (each agreement counts once per key):

- ``status``: ``a`` "signed" or "draft", ``d1`` the end date, ``d2`` the termination date:
  active, expiring and expired for any today are sums over these rows;
- ``year``: ``y1`` the signing year (null when unsigned);
- ``province``: ``a`` a province party, ``y1`` signing year, ``y2`` end year;
- ``rolled``: ``a`` a province with its kabupaten/kota counted for it;
- ``pair``, ``rolled_pair``: ``a`` < ``b``, two provinces of one agreement (plain, rolled up);
- ``sector``: ``a`` a sector of its scope, ``y1`` signing year;
- ``sector_province``: ``a`` a sector, ``b`` a province party.
"""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
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

    class Meta:
        db_table = "agreements_agreementfacts"

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

    def __str__(self) -> str:
        return f"{self.measure} {self.a} {self.b}: {self.n}"
