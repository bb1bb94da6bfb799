import pytest


@pytest.fixture(autouse=True)
def local_cache(settings):
    """Each test starts with an empty in-process cache, never a shared Redis one."""
    from django.core.cache import cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()


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
    """Provinces, sectors and roles for transactional tests, whose flush removes what the
    data migrations created."""
    from agreements.models import Province, Regency, Sector
    from agreements.reference import load_reference_data, load_regencies
    from agreements.roles import sync_roles

    with django_db_blocker.unblock():
        load_reference_data(Province, Sector)
        load_regencies(Regency)
        sync_roles()


@pytest.fixture
def make_user(django_user_model):
    """make_user("Viewer") -> a user holding that role (staff status as the role implies);
    ``regions=["15", "32.73"]``: the bureau's regions (agreements.scoping), ``"15+"`` a
    province with its kabupaten/kota."""
    from agreements.accounts import user_set_regions, user_set_roles

    def make(*roles: str, username: str | None = None, regions: tuple[str, ...] = ()):
        name = username or ("-".join(roles).lower() or "norole")
        user = django_user_model.objects.create_user(name, password="a-Long-test-passw0rd")
        user_set_roles(user=user, roles=list(roles))
        user_set_regions(user=user, region_codes=list(regions))
        return user

    return make
