"""Writes of implementation follow-up: activities (kegiatan) and monitoring reports.

The agreement page's forms and the admin both save through here (the admin's forms save rows
themselves and are validated by the same model ``clean``). Every write is validated before
anything is saved and leaves a history row, which also moves the read cache's fingerprint.
"""

from __future__ import annotations

from django.db import transaction

from agreements.models import ActionKind, Activity, AgreementAction, MonitoringReport
from agreements.scoping import require_editable


def _author(instance, user) -> None:
    if user is not None:
        # A bureau records the follow-up of its own regions' agreements only.
        require_editable(user, instance.agreement)
        instance._history_user = user


@transaction.atomic
def activity_save(*, activity: Activity, evidence=None, user=None) -> Activity:
    """Create or update an activity; ``evidence`` (documents of the same agreement) replaces
    the linked evidence when given."""
    activity.full_clean()
    _author(activity, user)
    activity.save()
    if evidence is not None:
        activity.evidence.set(evidence)
    return activity


@transaction.atomic
def activity_delete(*, activity: Activity, user=None) -> None:
    _author(activity, user)
    activity.delete()


@transaction.atomic
def report_file(*, report: MonitoringReport, user=None) -> MonitoringReport:
    """File a monitoring report: it is saved with who filed it, and a "monev report filed"
    action dated the day it was filed joins the agreement's timeline."""
    if user is not None and report.filed_by_id is None:
        report.filed_by = user
    report.full_clean()
    _author(report, user)
    report.save()
    action = AgreementAction(
        agreement=report.agreement,
        kind=ActionKind.MONEV_FILED,
        date=report.filed_on,
        note=str(report),
        document=report.document,
        recorded_by=user,
    )
    _author(action, user)
    action.save()
    return report
