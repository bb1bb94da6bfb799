"""The roles of the application, as Django groups with permissions.

A role is a group; ``sync_roles`` (run by data migrations and by ``./manage.py sync_roles``)
creates the groups and sets exactly these permissions, so re-running it repairs drift.
Staff status (admin access) follows the roles in ``user_set_roles``.
"""

from __future__ import annotations

VIEWER = "Viewer"
EDITOR = "Editor"
REVIEWER = "Reviewer"
ADMINISTRATOR = "Administrator"
#: Edits and reviews every region's agreements (a national team): Editor and Reviewer
#: permissions without the bureau scope of agreements.scoping.
NATIONAL = "National"
ROLES = (VIEWER, EDITOR, REVIEWER, ADMINISTRATOR, NATIONAL)
#: Roles that work in the admin and therefore need staff status.
STAFF_ROLES = {EDITOR, REVIEWER, ADMINISTRATOR, NATIONAL}

_BROWSE = [
    "agreements.view_agreement",
    "agreements.view_agreementparty",
    "agreements.view_agreementopd",
    "agreements.view_scopeitem",
    "agreements.view_document",
    "agreements.view_opd",
    "agreements.view_province",
    "agreements.view_regency",
    "agreements.view_sector",
    "agreements.view_article",
    "agreements.export_agreement",
    "agreements.view_agreementaction",
    "agreements.view_activity",
    "agreements.view_monitoringreport",
]
#: Follow-up records (dated actions, activities, monitoring reports) that editors keep.
_FOLLOW_UP = ("agreementaction", "activity", "monitoringreport")
_EDIT = (
    [
        f"agreements.{action}_{model}"
        for model in (
            "agreement",
            "agreementparty",
            "agreementopd",
            "scopeitem",
            "document",
            "opd",
            *_FOLLOW_UP,
        )
        for action in ("add", "change", "delete")
    ]
    + [
        f"agreements.view_historical{model}"
        for model in (
            "agreement",
            "agreementparty",
            "agreementopd",
            "scopeitem",
            "document",
            "opd",
            *_FOLLOW_UP,
        )
    ]
    + ["agreements.import_agreement"]
)
_REVIEW = [
    "agreements.view_candidate",
    "agreements.change_candidate",
    "agreements.view_historicalcandidate",
    "agreements.view_source",
    "agreements.add_source",
    "agreements.change_source",
    "agreements.delete_source",
    "agreements.view_ingestrun",
    "agreements.change_article",
    "agreements.view_articleagreement",
]

ROLE_PERMISSIONS = {
    VIEWER: _BROWSE,
    EDITOR: _BROWSE + _EDIT,
    REVIEWER: _BROWSE + _REVIEW,
    ADMINISTRATOR: None,  # every permission: users, groups, schedules and all data
    NATIONAL: _BROWSE + _EDIT + _REVIEW,
}


def sync_roles(apps=None) -> None:
    """Create the groups and give each exactly its permissions (missing codenames are skipped,
    so an older schema without, say, ingestion still gets the rest)."""
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; a data migration needs them now.
    # (Migration state apps have no models module, which create_permissions checks for.)
    for app_config in apps.get_app_configs():
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        try:
            create_permissions(app_config, verbosity=0, apps=apps)
        finally:
            app_config.models_module = original

    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    by_name = {
        f"{app_label}.{codename}": pk
        for pk, app_label, codename in permission_model.objects.values_list(
            "pk", "content_type__app_label", "codename"
        )
    }
    for role, names in ROLE_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=role)
        if names is None:
            group.permissions.set(list(by_name.values()))
        else:
            group.permissions.set([by_name[name] for name in names if name in by_name])
