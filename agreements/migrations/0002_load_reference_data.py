from django.db import migrations


def load(apps, schema_editor):
    from agreements.reference import load_reference_data

    load_reference_data(
        apps.get_model("agreements", "Province"), apps.get_model("agreements", "Sector")
    )


class Migration(migrations.Migration):
    dependencies = [("agreements", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
