"""Settings come from the environment and refuse bad values loudly."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from cooperation.settings import env_bool, env_int

BASE_DIR = Path(__file__).resolve().parent.parent


def test_booleans_and_integers_parse_or_fail(monkeypatch):
    monkeypatch.setenv("FLAG", "yes")
    assert env_bool("FLAG") is True
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be a boolean"):
        env_bool("FLAG")
    monkeypatch.setenv("COUNT", "12x")
    with pytest.raises(ImproperlyConfigured, match="COUNT must be an integer"):
        env_int("COUNT", 1)


def load_settings(**env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import cooperation.settings as s; print(s.DEBUG, s.SECURE_SSL_REDIRECT)",
        ],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    result = subprocess.run(
        [sys.executable, "-c", "import cooperation.wsgi"],
        cwd=BASE_DIR, env={**clean, "DEBUG": "false"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr.splitlines()[-1]


def test_the_extractor_runs_on_a_bare_checkout_without_a_secret_key(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Pemprov Jambi dan Pemprov Jawa Barat menandatangani kesepakatan bersama.")
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    result = subprocess.run(
        [sys.executable, "manage.py", "extract_agreement", str(article), "--published", "2020"],
        cwd=BASE_DIR, env={**clean, "DEBUG": "false"},
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # stdout is data (JSON Lines): no log line may land there.
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["is_agreement"] is True


def test_debug_is_off_unless_asked_for():
    result = load_settings(SECRET_KEY="x" * 50, DEBUG="")
    assert result.stdout.split() == ["False", "True"]


def test_reminder_notice_days_parse_or_fail_loudly():
    assert load_settings(SECRET_KEY="x" * 50, REMINDER_NOTICE_DAYS="30, 90,30").returncode == 0
    for bad in ("90,soon", "-5", "9999"):
        result = load_settings(SECRET_KEY="x" * 50, REMINDER_NOTICE_DAYS=bad)
        assert result.returncode != 0
        assert "REMINDER_NOTICE_DAYS" in result.stderr


def test_deadline_periods_parse_or_fail_loudly():
    good = {"DPRD_RESPONSE_DAYS": "45", "PKS_FOLLOW_UP_MONTHS": "3"}
    assert (
        load_settings(SECRET_KEY="x" * 50, REMINDER_DPRD_NOTICE_DAYS="0,7", **good).returncode == 0
    )
    for name, bad in (
        ("DPRD_RESPONSE_DAYS", "0"),
        ("DPRD_RESPONSE_DAYS", "a month"),
        ("PKS_FOLLOW_UP_MONTHS", "-1"),
        ("REMINDER_DPRD_NOTICE_DAYS", "7,soon"),
        ("REMINDER_PKS_NOTICE_DAYS", "9999"),
    ):
        result = load_settings(SECRET_KEY="x" * 50, **{name: bad})
        assert result.returncode != 0
        assert name in result.stderr
