"""Writes of dated actions (signed, approved by the DPRD, amended, terminated...).

A termination is an action. ``Agreement.terminated_on`` and ``termination_reason`` are kept
here as the earliest agreement-wide termination action's date and note: every status filter,
count and index compares that one column (``querysets.status_condition``) instead of
searching the actions in a subquery on each of 100,000 rows. Only this module writes them
after the agreement exists: the agreement page and admin through ``action_record`` /
``action_delete``, the import through ``agreement_termination_set``.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import F

from agreements.models import ActionKind, Agreement, AgreementAction
from agreements.scoping import require_editable
from agreements.services.following import deadline_reminders_retire

#: Actions that may close a deadline of ``selectors.deadlines``.
CLOSING_KINDS = (
    ActionKind.DPRD_APPROVED,
    ActionKind.PKS_NOT_NEEDED,
    ActionKind.TERMINATED,
    ActionKind.ENDED,
)


def _bound(action: AgreementAction, user) -> None:
    if user is not None:
        # A bureau records the follow-up of its own regions' agreements only.
        require_editable(user, action.agreement)
        action._history_user = user
        if action.recorded_by_id is None:
            action.recorded_by = user


@transaction.atomic
def action_record(
    *,
    agreement: Agreement,
    kind: str,
    date: date,
    party=None,
    note: str = "",
    document=None,
    user=None,
) -> AgreementAction:
    """Record one action; validated (``AgreementAction.clean``) before anything is saved."""
    action = AgreementAction(
        agreement=agreement, kind=kind, date=date, party=party, note=note, document=document
    )
    action.full_clean()
    _bound(action, user)
    action.save()
    if kind == ActionKind.TERMINATED:
        agreement_termination_refresh(agreement_ids=[agreement.pk])
    if kind in CLOSING_KINDS:
        # Its open deadline may have closed: the bell stops showing it at once.
        deadline_reminders_retire(agreement_ids=[agreement.pk])
    return action


@transaction.atomic
def action_delete(*, action: AgreementAction, user=None) -> None:
    _bound(action, user)
    agreement_id, kind = action.agreement_id, action.kind
    action.delete()
    if kind == ActionKind.TERMINATED:
        agreement_termination_refresh(agreement_ids=[agreement_id])


def agreement_termination_refresh(*, agreement_ids: list[int]) -> None:
    """``terminated_on``/``termination_reason`` from the earliest agreement-wide termination
    action (cleared when there is none). A change bumps the agreement's version, so an admin
    page opened before it sees itself as stale instead of writing the old value back."""
    wanted = {pk: (None, "") for pk in agreement_ids}
    terminations = (
        AgreementAction.objects.filter(
            agreement_id__in=agreement_ids, kind=ActionKind.TERMINATED, party__isnull=True
        )
        .order_by("agreement_id", "-date", "-id")
        .values_list("agreement_id", "date", "note")
    )
    for pk, day, note in terminations:  # latest first, so the earliest one wins
        wanted[pk] = (day, note)
    current = Agreement.objects.filter(pk__in=agreement_ids).values_list(
        "pk", "terminated_on", "termination_reason"
    )
    for pk, day, reason in current:
        if (day, reason) != wanted[pk]:
            agreement = Agreement.objects.get(pk=pk)
            agreement.terminated_on, agreement.termination_reason = wanted[pk]
            agreement.version = F("version") + 1
            agreement.save(update_fields=["terminated_on", "termination_reason", "version"])


@transaction.atomic
def agreement_termination_set(
    *, agreement: Agreement, terminated_on: date | None, reason: str = "", user=None
) -> None:
    """Make the agreement-wide termination action say ``terminated_on`` and ``reason`` (none
    when ``terminated_on`` is empty): what an imported row or the agreement form asks for."""
    existing = list(
        AgreementAction.objects.filter(
            agreement=agreement, kind=ActionKind.TERMINATED, party__isnull=True
        ).order_by("date", "id")
    )
    if terminated_on is None:
        for action in existing:
            _bound(action, user)
            action.delete()
    elif existing:
        first = existing[0]
        if (first.date, first.note) != (terminated_on, reason):
            first.date, first.note = terminated_on, reason
            _bound(first, user)
            first.save()
    else:
        action = AgreementAction(
            agreement=agreement, kind=ActionKind.TERMINATED, date=terminated_on, note=reason
        )
        _bound(action, user)
        action.save()
    agreement_termination_refresh(agreement_ids=[agreement.pk])
