"""Viewer, Editor, Reviewer and Administrator groups (see agreements/roles.py).

Depends on the other apps' latest migrations so that Administrator receives their permissions.
"""

from django.db import migrations


def create_roles(apps, schema_editor):
    from agreements.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0004_agreement_export_permission"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
        ("axes", "0010_accessattemptexpiration"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("sessions", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
