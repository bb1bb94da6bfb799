"""backup_database and restore_database against the real PostgreSQL the tests run on.

pg_dump and pg_restore are separate processes with their own connections: they see only
committed rows, hence transactional tests (which flush the data-migration rows, hence the
``reference_data`` fixture).
"""

import io
import stat
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from agreements.backup import (
    BackupError,
    client_conninfo_build,
    client_environment_build,
    database_dump,
    dump_arguments_build,
)
from agreements.demo.seed import SEED_TITLE, seed_agreement_create
from agreements.demo.synthetic import generate_demo_data
from agreements.models import Agreement

transactional = pytest.mark.django_db(transaction=True)

# The tables a restore must bring back, named so a renamed model fails loudly here.
EXPECTED_TABLES = {
    "agreement",
    "agreementparty",
    "agreementopd",
    "scopeitem",
    "scopeitem_sectors",
    "opd",
    "province",
    "sector",
    "historicalagreement",
    "historicalagreementparty",
    "historicalagreementopd",
    "historicalscopeitem",
    "historicalopd",
}


def row_counts() -> dict[str, int]:
    """Rows per table of the app, including history and many-to-many tables."""
    models = apps.get_app_config("agreements").get_models(include_auto_created=True)
    return {model._meta.model_name: model._base_manager.count() for model in models}


def app_tables_truncate() -> None:
    models = apps.get_app_config("agreements").get_models(include_auto_created=True)
    tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models)
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {tables} CASCADE")


def dump_to(path: Path) -> str:
    out = io.StringIO()
    call_command("backup_database", "--output", str(path), stdout=out)
    return out.getvalue()


@pytest.fixture
def demo_data(reference_data):
    generate_demo_data(agreements=50, seed=1)
    seed_agreement_create()


@transactional
def test_backup_then_restore_brings_every_row_back(demo_data, tmp_path):
    before = row_counts()
    assert set(before) >= EXPECTED_TABLES
    assert all(before[table] > 0 for table in EXPECTED_TABLES)
    agreements_before = sorted(Agreement.objects.values_list("pk", "title"))

    dump = tmp_path / "nested" / "cooperation.dump"
    output = dump_to(dump)
    assert str(dump) in output
    assert "bytes" in output
    assert dump.read_bytes().startswith(b"PGDMP")
    # Dumps hold password hashes: owner-only.
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert not dump.with_name(dump.name + ".partial").exists()

    app_tables_truncate()
    assert not any(row_counts().values())

    from django.core.cache import cache

    cache.set("agg:before-restore", 1)
    out = io.StringIO()
    call_command("restore_database", str(dump), "--yes", stdout=out)
    assert "Restored" in out.getvalue()
    # Aggregates cached before the restore describe other data.
    assert cache.get("agg:before-restore") is None

    assert row_counts() == before
    assert sorted(Agreement.objects.values_list("pk", "title")) == agreements_before
    assert Agreement.objects.filter(title=SEED_TITLE).exists()
    # Sequences came back too: new rows do not collide with restored ones.
    assert generate_demo_data(agreements=3, seed=2) == 3


@transactional
def test_backup_without_output_goes_to_var_backups(reference_data, settings, tmp_path):
    settings.BASE_DIR = tmp_path
    out = io.StringIO()
    call_command("backup_database", stdout=out)
    (dump,) = (tmp_path / "var" / "backups").glob("cooperation-*.dump")
    assert len(dump.stem) == len("cooperation-20250101-120000")
    assert str(dump) in out.getvalue()


@transactional
def test_restoring_a_file_that_is_not_a_dump_fails_and_changes_nothing(demo_data, tmp_path):
    before = row_counts()
    not_a_dump = tmp_path / "notes.txt"
    not_a_dump.write_text("Kesepakatan Bersama Jambi - Jawa Barat\n")
    with pytest.raises(CommandError, match="not a PostgreSQL custom-format dump"):
        call_command("restore_database", str(not_a_dump), "--yes", stdout=io.StringIO())
    with pytest.raises(CommandError, match="no such file"):
        call_command("restore_database", str(tmp_path / "missing.dump"), "--yes")
    assert row_counts() == before


@transactional
def test_a_restore_that_fails_halfway_is_rolled_back(demo_data, tmp_path):
    """A truncated dump passes the magic-bytes check; --single-transaction must save us."""
    dump = tmp_path / "full.dump"
    dump_to(dump)
    truncated = tmp_path / "truncated.dump"
    data = dump.read_bytes()
    truncated.write_bytes(data[: len(data) * 2 // 3])
    Agreement.objects.filter(title=SEED_TITLE).delete()
    before = row_counts()

    with pytest.raises(CommandError, match="Restore failed, the database was left unchanged"):
        call_command("restore_database", str(truncated), "--yes", stdout=io.StringIO())
    assert row_counts() == before
    assert not Agreement.objects.filter(title=SEED_TITLE).exists()


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


@pytest.fixture
def dump_header(tmp_path):
    """Enough of a dump to pass the file check; these tests must stop before pg_restore."""
    path = tmp_path / "header.dump"
    path.write_bytes(b"PGDMP\x01\x10\x00")
    return path


def test_restore_without_yes_and_without_a_terminal_refuses(dump_header, monkeypatch):
    # Even a "yes" piped in is refused: only a person at a terminal may confirm.
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))
    with pytest.raises(CommandError, match=r"not a terminal\. Pass --yes"):
        call_command("restore_database", str(dump_header), stdout=io.StringIO())


def test_restore_asks_on_a_terminal_and_stops_unless_told_yes(dump_header, monkeypatch):
    monkeypatch.setattr("sys.stdin", FakeTerminal("no\n"))
    with pytest.raises(CommandError, match="cancelled"):
        call_command("restore_database", str(dump_header), stdout=io.StringIO())


@pytest.mark.django_db
def test_a_failed_dump_keeps_the_previous_backup(tmp_path):
    connection.ensure_connection()
    params = {**connection.get_connection_params(), "dbname": "no_such_database_for_backup"}
    output = tmp_path / "latest.dump"
    output.write_bytes(b"PGDMP previous backup")
    with pytest.raises(BackupError, match=r"(?s)pg_dump failed .*no_such_database_for_backup"):
        database_dump(params=params, output=output)
    assert output.read_bytes() == b"PGDMP previous backup"
    assert list(tmp_path.iterdir()) == [output]


def test_the_password_travels_in_the_environment_not_on_the_command_line(tmp_path):
    params = {"dbname": "coop", "host": "db.example", "user": "coop", "password": "s3cret'pw"}
    arguments = dump_arguments_build(
        binary=Path("pg_dump"), conninfo=client_conninfo_build(params=params), output=tmp_path
    )
    assert not any("s3cret" in argument for argument in arguments)
    assert "--dbname=host='db.example' dbname='coop' user='coop'" in " ".join(arguments)
    assert client_environment_build(params=params, base={})["PGPASSWORD"] == "s3cret'pw"
