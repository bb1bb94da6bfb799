"""The audit trail of one agreement: its own history and that of its parts, in one list.

django-simple-history keeps a historical table per model; this reads the five that belong to
an agreement (one query each, whatever their length) and turns consecutive versions of each
row into field-by-field changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.text import capfirst

from agreements.history_display import person_name, readable_value
from agreements.models import (
    Agreement,
    AgreementOpd,
    AgreementParty,
    Document,
    Opd,
    Province,
    ScopeItem,
    Sector,
)

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


class _RelatedLabels:
    """Labels of related rows named by key in the changes. The small reference tables are
    read whole, once; other rows (an OPD, a predecessor) only for a change that names them."""

    WHOLE = (Province, Sector)

    def __init__(self):
        self._by_model: dict[type, dict] = {}

    def for_field(self, field, *values) -> dict | None:
        if not field.is_relation:
            return None
        model = field.related_model
        if model in self.WHOLE:
            if model not in self._by_model:
                self._by_model[model] = {obj.pk: str(obj) for obj in model.objects.all()}
            return self._by_model[model]
        keys = [v for v in values if v is not None and not isinstance(v, list)]
        queryset = model._default_manager.filter(pk__in=keys)
        if model is Opd:
            queryset = queryset.select_related("province")
        return {obj.pk: str(obj) for obj in queryset}


def _entries(history_rows, *, subject: str, label_of, labels: _RelatedLabels) -> list[AuditEntry]:
    entries = []
    previous_by_object: dict[int, object] = {}
    for record in history_rows:
        previous = previous_by_object.get(record.id)
        changes = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous, excluded_fields=IGNORED_FIELDS)
            for change in delta.changes:
                model_field = record.instance_type._meta.get_field(change.field)
                related = labels.for_field(model_field, change.old, change.new)
                changes.append(
                    FieldChange(
                        field=capfirst(model_field.verbose_name),
                        old=readable_value(model_field, change.old, related_labels=related),
                        new=readable_value(model_field, change.new, related_labels=related),
                    )
                )
            if not changes:
                previous_by_object[record.id] = record
                continue
        previous_by_object[record.id] = record
        entries.append(
            AuditEntry(
                when=record.history_date,
                who=person_name(record.history_user),
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
            AgreementParty.history.filter(agreement_id=agreement.pk).select_related(
                "province", "regency"
            ),
            "party",
            lambda r: (
                r.organisation_name
                or (r.province.name if r.province else "")
                or (r.regency.name if r.regency else "")
            ),
        ),
        (
            AgreementOpd.history.filter(agreement_id=agreement.pk).select_related("opd__province"),
            "opd",
            lambda r: str(r.opd) if r.opd else "",
        ),
        (ScopeItem.history.filter(agreement_id=agreement.pk), "scope", lambda r: r.description),
        (Document.history.filter(agreement_id=agreement.pk), "document", lambda r: r.title),
    ]
    entries: list[AuditEntry] = []
    labels = _RelatedLabels()
    for rows, subject, label_of in sources:
        ordered = rows.select_related("history_user").order_by("history_date", "history_id")
        entries.extend(_entries(ordered, subject=subject, label_of=label_of, labels=labels))
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries
