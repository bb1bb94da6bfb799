"""Admin screens of the packages speak Indonesian too, and Django's own mistakes are fixed."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_import_screen_is_in_indonesian(admin_client):
    page = admin_client.get(reverse("admin:agreements_agreement_import")).content.decode()
    assert "Berkas yang diimpor" in page
    assert "File to import" not in page
    assert "Impor ini memuat kolom berikut" in page


def test_periodic_task_admin_is_in_indonesian(admin_client):
    page = admin_client.get(reverse("admin:django_celery_beat_periodictask_add")).content.decode()
    assert "Tugas (terdaftar)" in page
    assert "Jadwal interval" in page
    assert "Task (registered)" not in page


def test_a_wrong_password_is_explained_without_a_doubled_word(client, make_user):
    make_user("Viewer", username="staf")
    page = client.post("/accounts/login/", {"username": "staf", "password": "salah"})
    page = page.content.decode()
    assert "Masukkan nama pengguna dan kata sandi yang benar" in page
    assert "nama pengguna nama pengguna" not in page


def test_the_agreement_lists_sector_filter_speaks_the_interface_language(admin_client):
    url = reverse("admin:agreements_agreement_changelist")
    indonesian = admin_client.get(url).content.decode()
    assert "Energi dan Sumber Daya Mineral" in indonesian
    admin_client.cookies["django_language"] = "en"
    english = admin_client.get(url).content.decode()
    assert "Energy and Mineral Resources" in english
    assert "Energi dan Sumber Daya Mineral" not in english
