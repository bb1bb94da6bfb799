"""The stored search vector now covers the venue and the signatories: recompute it."""

from django.db import migrations
from django.db.models import OuterRef, Subquery


def refresh_search_vectors(apps, schema_editor):
    from agreements.services.agreements import search_vector_expression

    Agreement = apps.get_model("agreements", "Agreement")
    vectors = (
        Agreement.objects.filter(pk=OuterRef("pk"))
        .annotate(vector=search_vector_expression())
        .values("vector")
    )
    Agreement.objects.update(search_vector=Subquery(vectors[:1]))


class Migration(migrations.Migration):
    dependencies = [("agreements", "0005_roles")]

    operations = [migrations.RunPython(refresh_search_vectors, migrations.RunPython.noop)]
