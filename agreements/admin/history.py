"""django-simple-history's admin views, held to the same rule as the dashboard's audit trail.

Out of the box ``history_view`` and ``history_form_view`` need only the *view* permission,
and ``history_form_view`` saves the form it shows on POST ("revert"). So a read-only role
could rewrite a record through the history page. Here both views need the model's *change*
permission (audit trails are for the people who edit; README "Roles and security"), and a
write through the revert form is refused outright without it, whatever the button shows.

The revert saves like the change page does: in one transaction (the change page's
``changeform_view`` has one; the agreement form locks its row with ``select_for_update`` and
failed with a 500 without it), and through ``after_revert`` for derived data.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import router, transaction
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin


class GuardedHistoryAdmin(SimpleHistoryAdmin):
    def _require_change(self, request, object_id=None) -> None:
        if not self.has_change_permission(request):
            raise PermissionDenied
        # Object-level rules (a bureau's own agreements) hold for history and revert too.
        if object_id is None:
            return
        # get_object() reads through get_queryset(), which a scoped admin narrows: a row
        # outside it is refused, not shown from the unscoped history table.
        obj = self.get_object(request, object_id)
        if obj is None and self._exists_outside_scope(object_id):
            # Another bureau's row: say so, rather than "your role does not open this page".
            raise PermissionDenied(_("Riwayat ini milik data di luar daerah biro Anda."))
        if obj is None or not self.has_change_permission(request, obj):
            raise PermissionDenied

    def _exists_outside_scope(self, object_id) -> bool:
        try:
            return self.model._default_manager.filter(pk=int(object_id)).exists()
        except (TypeError, ValueError, OverflowError):
            return False

    def history_view(self, request, object_id, extra_context=None):
        self._require_change(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._require_change(request, object_id)
        with transaction.atomic(using=router.db_for_write(self.model)):
            response = super().history_form_view(request, object_id, version_id, extra_context)
            if request.method == "POST" and response.status_code == 302:
                self.after_revert(request, object_id)
        return response

    def after_revert(self, request, object_id) -> None:
        """Derived data after a revert saved the row (nothing by default)."""

    def revert_disabled(self, request, obj=None):
        return not self.has_change_permission(request, obj) or super().revert_disabled(request, obj)
