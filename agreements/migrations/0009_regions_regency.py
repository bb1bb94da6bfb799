import django.contrib.postgres.fields
import django.db.models.deletion
from django.db import migrations, models


def load(apps, schema_editor):
    from agreements.reference import load_regencies

    load_regencies(apps.get_model("agreements", "Regency"))


class Migration(migrations.Migration):
    dependencies = [("agreements", "0008_merge_search_and_updated_index")]

    operations = [
        migrations.CreateModel(
            name="Regency",
            fields=[
                (
                    "code",
                    models.CharField(
                        max_length=5,
                        primary_key=True,
                        serialize=False,
                        verbose_name="kode Kemendagri",
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True, verbose_name="nama")),
                (
                    "kind",
                    models.CharField(
                        choices=[("regency", "Kabupaten"), ("city", "Kota")],
                        max_length=10,
                        verbose_name="jenis",
                    ),
                ),
                (
                    "aliases",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.CharField(max_length=120),
                        blank=True,
                        default=list,
                        size=None,
                        verbose_name="nama lain",
                    ),
                ),
                (
                    "province",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="regencies",
                        to="agreements.province",
                        verbose_name="provinsi",
                    ),
                ),
            ],
            options={
                "verbose_name": "kabupaten/kota",
                "verbose_name_plural": "kabupaten/kota",
                "ordering": ["code"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("code__regex", "^[0-9]{2}\\.[0-9]{2}$")),
                        name="regency_code_shape",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("kind__in", ["regency", "city"])),
                        name="regency_kind_known",
                    ),
                ],
            },
        ),
        migrations.RunPython(load, migrations.RunPython.noop),
    ]
