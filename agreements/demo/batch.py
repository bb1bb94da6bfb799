"""One batch of synthetic agreements as COPY rows: plain tuples, no model instances.

Everything an agreement gets (parties with their signatories, scope items and sectors, OPDs,
actions, activities, reports, the demo scan) is decided here in Python before anything is
written, so each table receives one COPY per batch and no row is written twice: the search
vector is computed once, in the INSERT, from texts that are already final.
"""

from __future__ import annotations

import random

from agreements.demo import bulk
from agreements.demo.follow_up import (
    DEMO_SIGNATORY,
    FollowUpRows,
    demo_scan,
    follow_up_plan,
    records_filled_in,
)
from agreements.models import (
    Activity,
    Agreement,
    AgreementAction,
    AgreementOpd,
    AgreementParty,
    Document,
    MonitoringReport,
    Provenance,
    ScopeItem,
)

#: The tables a synthetic load fills (and ``bulk_load`` rebuilds the indexes of).
LOADED_TABLES = [
    model._meta.db_table
    for model in (
        Agreement,
        Agreement.history.model,
        AgreementParty,
        AgreementOpd,
        ScopeItem,
        ScopeItem.sectors.through,
        AgreementAction,
        Activity,
        MonitoringReport,
        Document,
    )
]
SCOPE_COLUMNS = ("id", "agreement_id", "description", "position")
SECTOR_COLUMNS = ("scopeitem_id", "sector_id")
OPD_COLUMNS = ("agreement_id", "opd_id", "role")


class BatchWriter:
    """Writes batches of planned agreements; holds what every batch looks up."""

    def __init__(self, *, names, opd_ids, sector_opd_name, scope_phrases, note, rng):
        self.names = names
        self.opd_ids = opd_ids
        self.sector_opd_name = sector_opd_name
        self.scope_phrases = scope_phrases
        self.note = note
        self.rng: random.Random = rng
        # The joined scope texts of the search vector, per distinct set of topics.
        self._scope_text: dict[tuple[str, ...], str] = {}

    def write(self, cursor, batch: list[tuple], today) -> None:
        """``batch``: (pk, agreement dict, topics, plan) per agreement, in id order."""
        phrases = self.scope_phrases
        item_ids = iter(
            bulk.next_ids(cursor, "agreements_scopeitem", sum(len(b[2]) for b in batch))
        )
        items, item_sectors, links = [], [], []
        opds_of: dict[int, list[int]] = {}
        for pk, _row, topics, plan in batch:
            own = opds_of[pk] = []
            for position, topic in enumerate(topics):
                item = next(item_ids)
                items.append((item, pk, phrases[topic], position))
                item_sectors.append((item, topic))
                opd_name = self.sector_opd_name[topic]
                for code in plan["province_codes"]:
                    opd = self.opd_ids[code].get(opd_name)
                    if opd is not None:
                        links.append((pk, opd, ""))
                        own.append(opd)
        follow_up = FollowUpRows()
        for pk, row, _topics, _plan in batch:
            agreement = (
                pk,
                row["signed_on"],
                row["expires_on"],
                row.get("terminated_on"),
                row.get("termination_reason", ""),
            )
            follow_up_plan(follow_up, agreement, opds_of[pk], self.rng, today)
        filled, scanned = records_filled_in([b[0] for b in batch], self.rng)

        rows, parties = [], []
        province_names = self.names
        for pk, row, topics, plan in batch:
            signed = pk in filled
            for position, (kind, province, regency, organisation) in enumerate(plan["parties"]):
                if signed:
                    title = f"Gubernur {province_names[province]}" if province else ""
                    number, name = f"{pk}/KSD/{position + 1}", DEMO_SIGNATORY
                else:
                    title = number = name = ""
                parties.append(
                    (pk, kind, province, regency, organisation, number, name, title, "", position)
                )
            rows.append(
                (
                    pk, row["agreement_type"], row["cooperation_class"], row["title"],
                    row["signed_on"], "", None, row["expires_on"], None, row.get("terminated_on"),
                    row.get("termination_reason", ""), self.note, Provenance.MANUAL,
                    row.get("parent_id"), row.get("predecessor_id"), "{}", False, None,
                    # The search vector's texts, joined as the after-write hook joins them
                    # (distinct, sorted): every party of a filled-in record has one name.
                    self._scope(topics), DEMO_SIGNATORY if signed else "",
                )
            )  # fmt: skip
        bulk.insert_agreements(cursor, rows)
        bulk.copy_rows(cursor, "agreements_agreementparty", bulk.PARTY_COLUMNS, parties)
        bulk.copy_rows(cursor, "agreements_scopeitem", SCOPE_COLUMNS, items)
        bulk.copy_rows(cursor, "agreements_scopeitem_sectors", SECTOR_COLUMNS, item_sectors)
        bulk.copy_rows(cursor, "agreements_agreementopd", OPD_COLUMNS, links)
        bulk.copy_follow_up(cursor, follow_up, scanned, demo_scan(scanned))

    def _scope(self, topics: list[str]) -> str:
        key = tuple(topics)
        text = self._scope_text.get(key)
        if text is None:
            text = self._scope_text[key] = " ".join(
                sorted({self.scope_phrases[topic] for topic in topics})
            )
        return text
