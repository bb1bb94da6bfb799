"""History as a person reads it: labels, names and local times, never raw values.

django-simple-history shows a change as its stored values: choice codes ("pending"), a null
foreign key as "Deleted pengguna (pk=None)", many-to-many rows as a manager's dotted path, and
times in UTC. ``readable_value`` turns one stored value into what the interface shows; the
admin's history pages (``ReadableHistoryMixin``) and the dashboard's audit trail
(``agreements.audit``) both use it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from django.contrib.auth import get_user_model
from django.db import models
from django.utils import formats, timezone
from django.utils.html import conditional_escape
from django.utils.translation import gettext
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper
from simple_history.utils import get_m2m_reverse_field_name

EMPTY = "—"


def person_name(user) -> str:
    """A user by name ("Siti Rahma"), else their username; empty for the system."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def local_time(value: dt.datetime) -> str:
    return formats.date_format(timezone.localtime(value), "j F Y H:i")


def _object_label(obj) -> str:
    if isinstance(obj, DeletedObject):
        if obj.pk is None:
            return EMPTY
        return f"{obj.model._meta.verbose_name} #{obj.pk}"
    if isinstance(obj, get_user_model()):
        return person_name(obj)
    return str(obj)


def readable_value(field: models.Field, value, *, related_labels: dict | None = None) -> str:
    """One stored value of ``field`` as the interface shows it.

    ``related_labels`` maps primary keys of the field's related model to labels, for values
    given as keys (many-to-many rows, foreign keys not loaded as objects).
    """
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(field, models.ManyToManyField):
        reverse = get_m2m_reverse_field_name(field)
        items = [row[reverse] if isinstance(row, dict) else row for row in value]
        labels = [
            _object_label(item)
            if isinstance(item, models.Model | DeletedObject)
            else (related_labels or {}).get(item, str(item))
            for item in items
        ]
        return ", ".join(sorted(labels)) or EMPTY
    if field.is_relation:
        if isinstance(value, models.Model | DeletedObject):
            return _object_label(value)
        return (related_labels or {}).get(value, f"#{value}")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, dt.datetime):
        return local_time(value)
    if isinstance(value, dt.date):
        return formats.date_format(value, "j F Y")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or EMPTY
    return str(value)


def _yes_no(value: bool) -> str:
    return gettext("ya") if value else gettext("tidak")


class ReadableHistoryContextHelper(HistoricalRecordContextHelper):
    def format_delta_change(self, change):
        formatted = super().format_delta_change(change)
        field = self.model._meta.get_field(change.field)
        return dataclasses.replace(
            formatted,
            old=conditional_escape(readable_value(field, change.old)),
            new=conditional_escape(readable_value(field, change.new)),
        )


class ReadableHistoryMixin:
    """For SimpleHistoryAdmin: readable changes on the admin's history page."""

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableHistoryContextHelper(self.model, historical_record)
