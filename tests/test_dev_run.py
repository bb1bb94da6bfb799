"""What `make run` tells and serves: the admin banner names the address it runs on; the site
icon is there before any login."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_the_admin_banner_names_the_run_address(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("RUN_ADDRESS", "0.0.0.0:8012")
    out = StringIO()
    call_command("create_dev_admin", stdout=out)
    assert "Log in at http://0.0.0.0:8012/" in out.getvalue()
    out = StringIO()
    call_command("create_dev_admin", "--address", "127.0.0.1:9000", stdout=out)
    assert "Log in at http://127.0.0.1:9000/ as 'admin'" in out.getvalue()


def test_favicon_needs_no_login(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file
