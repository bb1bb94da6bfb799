"""Existing terminations become dated actions; the follow-up permissions join the roles.

``Agreement.terminated_on`` and ``termination_reason`` stay as the values the action service
keeps in step with the termination actions (see ``services.actions``): every status filter
compares that indexed column rather than searching the actions.
"""

from django.db import migrations


def terminations_to_actions(apps, schema_editor):
    agreement_model = apps.get_model("agreements", "Agreement")
    action_model = apps.get_model("agreements", "AgreementAction")
    already = set(
        action_model.objects.filter(kind="terminated", party__isnull=True).values_list(
            "agreement_id", flat=True
        )
    )
    action_model.objects.bulk_create(
        [
            action_model(agreement_id=pk, kind="terminated", date=terminated_on, note=reason or "")
            for pk, terminated_on, reason in agreement_model.objects.filter(
                terminated_on__isnull=False
            ).values_list("pk", "terminated_on", "termination_reason")
            if pk not in already
        ],
        batch_size=1000,
    )


def actions_to_terminations(apps, schema_editor):
    # The columns were kept; dropping the actions loses nothing they do not also hold.
    apps.get_model("agreements", "AgreementAction").objects.filter(kind="terminated").delete()


def sync_roles(apps, schema_editor):
    from agreements.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("agreements", "0009_followup_actions_activities_reports")]

    operations = [
        migrations.RunPython(terminations_to_actions, actions_to_terminations),
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]
