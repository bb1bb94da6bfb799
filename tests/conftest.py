import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads go to a throw-away folder, never to var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", password="a-Long-test-passw0rd")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def reference_data(django_db_blocker):
    """Provinces and sectors for transactional tests, whose flush removes migration data."""
    from agreements.models import Province, Sector
    from agreements.reference import load_reference_data

    with django_db_blocker.unblock():
        load_reference_data(Province, Sector)
