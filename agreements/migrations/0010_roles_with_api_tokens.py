"""Administrators issue and revoke API tokens (rest_framework.authtoken): re-sync the roles
once that app's permissions exist."""

from django.db import migrations


def sync(apps, schema_editor):
    from agreements.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0009_publishing_agreements_and_documents"),
        ("authtoken", "0004_alter_tokenproxy_options"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
