"""Users in the admin, with their bureau's regions (the scope of agreements.scoping)."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from agreements.models import BureauRegion


class BureauRegionInline(admin.TabularInline):
    model = BureauRegion
    extra = 0
    autocomplete_fields = ["province", "regency"]
    fields = ["province", "covers_regencies", "regency"]


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class BureauUserAdmin(UserAdmin):
    inlines = [*UserAdmin.inlines, BureauRegionInline]
