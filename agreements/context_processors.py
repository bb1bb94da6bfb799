"""Template context every page may show: the review queue's count, the unread reminders."""

from __future__ import annotations

from django.utils.functional import SimpleLazyObject


def review_queue(request):
    """``review_pending``: pending proposals, for users who may decide them, else 0.

    Lazy, so a page that does not show it runs no query; shown on the home page and the
    admin index.
    """

    def pending() -> int:
        from agreements.selectors.articles import pending_candidate_count

        user = getattr(request, "user", None)
        if user is None or not user.is_staff or not user.has_perm("agreements.change_candidate"):
            return 0
        return pending_candidate_count()

    return {"review_pending": SimpleLazyObject(pending)}


def notifications(request):
    """``unread_notifications``: the bell's count in the header, for signed-in users; lazy."""

    def unread() -> int:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return 0
        from agreements.selectors.following import unread_count

        return unread_count(user.pk)

    return {"unread_notifications": SimpleLazyObject(unread)}
