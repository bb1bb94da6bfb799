"""Writes of the open-data state: an editor publishes or withdraws agreements and marks
documents public.

Publishing is a decision a person takes, so it is a column set only here, saved with the
person as the history author: the audit trail shows who published (or withdrew) and when.
The save bumps the optimistic-lock version, so an admin form opened before the decision
cannot silently undo it.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from agreements.models import Agreement, Document
from agreements.scoping import editable_agreements


def _set_published(*, agreements, user, published: bool) -> int:
    changed = 0
    rows = Agreement.objects.select_for_update().filter(
        pk__in=[a.pk for a in agreements], is_published=not published
    )
    if user is not None:
        # A bureau publishes its own regions' agreements only.
        rows = editable_agreements(user, rows)
    for agreement in rows:
        agreement.is_published = published
        agreement.published_at = timezone.now() if published else None
        agreement.version = F("version") + 1
        if user is not None:
            agreement._history_user = user
        agreement.save(update_fields=["is_published", "published_at", "version", "updated_at"])
        changed += 1
    return changed


@transaction.atomic
def agreements_publish(*, agreements, user=None) -> int:
    """Publish ``agreements`` (those not yet published); returns how many changed."""
    return _set_published(agreements=agreements, user=user, published=True)


@transaction.atomic
def agreements_unpublish(*, agreements, user=None) -> int:
    """Withdraw ``agreements`` from the portal, the API and the next open dataset."""
    return _set_published(agreements=agreements, user=user, published=False)


@transaction.atomic
def document_set_public(*, document: Document, public: bool, user=None) -> None:
    document.is_public = public
    if user is not None:
        document._history_user = user
    document.save(update_fields=["is_public"])
