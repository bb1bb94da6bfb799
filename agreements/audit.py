"""The audit trail of one agreement: its own history and that of its parts, in one list.

django-simple-history keeps a historical table per model; this reads the five that belong to
an agreement (one query each, whatever their length) and turns consecutive versions of each
row into field-by-field changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from agreements.models import Agreement, AgreementOpd, AgreementParty, Document, ScopeItem

ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
# Bookkeeping columns that change on every save and mean nothing to a reader.
IGNORED_FIELDS = {"updated_at", "search_vector", "position"}


@dataclass
class FieldChange:
    field: str
    old: str
    new: str


@dataclass
class AuditEntry:
    when: datetime
    who: str
    action: str
    subject: str
    label: str
    changes: list[FieldChange] = field(default_factory=list)


def _display(record, field_name: str) -> str:
    value = getattr(record, field_name, None)
    display = getattr(record, f"get_{field_name}_display", None)
    if display is not None and value not in (None, ""):
        return str(display())
    return "" if value is None else str(value)


def _entries(history_rows, *, subject: str, label_of) -> list[AuditEntry]:
    entries = []
    previous_by_object: dict[int, object] = {}
    for record in history_rows:
        previous = previous_by_object.get(record.id)
        changes = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous, excluded_fields=IGNORED_FIELDS)
            for change in delta.changes:
                verbose = record.instance_type._meta.get_field(change.field).verbose_name
                changes.append(
                    FieldChange(
                        field=str(verbose),
                        old=_display(previous, change.field),
                        new=_display(record, change.field),
                    )
                )
            if not changes:
                previous_by_object[record.id] = record
                continue
        previous_by_object[record.id] = record
        entries.append(
            AuditEntry(
                when=record.history_date,
                who=record.history_user.get_username() if record.history_user else "",
                action=ACTIONS[record.history_type],
                subject=subject,
                label=label_of(record),
                changes=changes,
            )
        )
    return entries


def agreement_audit_trail(agreement: Agreement) -> list[AuditEntry]:
    """Every recorded change of the agreement and its parts, newest first."""
    sources = [
        (Agreement.history.filter(id=agreement.pk), "agreement", lambda r: r.title),
        (
            AgreementParty.history.filter(agreement_id=agreement.pk).select_related("province"),
            "party",
            lambda r: r.organisation_name or (r.province.name if r.province else ""),
        ),
        (
            AgreementOpd.history.filter(agreement_id=agreement.pk).select_related("opd"),
            "opd",
            lambda r: r.opd.name if r.opd else "",
        ),
        (ScopeItem.history.filter(agreement_id=agreement.pk), "scope", lambda r: r.description),
        (Document.history.filter(agreement_id=agreement.pk), "document", lambda r: r.title),
    ]
    entries: list[AuditEntry] = []
    for rows, subject, label_of in sources:
        ordered = rows.select_related("history_user").order_by("history_date", "history_id")
        entries.extend(_entries(ordered, subject=subject, label_of=label_of))
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries
