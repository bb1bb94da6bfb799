"""Admin actions that publish agreements to the portal, the API and the open dataset, or
withdraw them. Thin: the decision and its history entry live in services.publishing."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from agreements.services.publishing import agreements_publish, agreements_unpublish


@admin.action(description=_("Publikasikan di portal data terbuka"), permissions=["change"])
def publish_selected(modeladmin, request, queryset):
    changed = agreements_publish(agreements=list(queryset.only("pk")), user=request.user)
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d kesepakatan dipublikasikan.",
            "%(count)d kesepakatan dipublikasikan.",
            changed,
        )
        % {"count": changed},
        messages.SUCCESS,
    )


@admin.action(description=_("Tarik dari portal data terbuka"), permissions=["change"])
def unpublish_selected(modeladmin, request, queryset):
    changed = agreements_unpublish(agreements=list(queryset.only("pk")), user=request.user)
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d kesepakatan ditarik dari publikasi.",
            "%(count)d kesepakatan ditarik dari publikasi.",
            changed,
        )
        % {"count": changed},
        messages.SUCCESS,
    )
