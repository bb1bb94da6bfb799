"""Uploads held across a form error are deleted once no token can reach them."""

import datetime as dt
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from agreements.admin.held_uploads import hold, release
from agreements.services.uploads import HELD_MAX_AGE, held_uploads_prune
from agreements.tasks import prune_held_uploads
from cooperation.celery import app


def _age(media_root, token_file_name, seconds):
    path = media_root / token_file_name
    past = (timezone.now() - dt.timedelta(seconds=seconds)).timestamp()
    os.utime(path, (past, past))


def _held_files(media_root):
    return sorted(p.name for p in (media_root / "held").rglob("*") if p.is_file())


def test_old_held_uploads_go_and_recent_ones_stay(media_root):
    old = hold(SimpleUploadedFile("lama.pdf", b"%PDF-old"))
    recent = hold(SimpleUploadedFile("baru.pdf", b"%PDF-new"))
    old_file = next((media_root / "held").rglob("lama.pdf"))
    _age(media_root, old_file.relative_to(media_root), HELD_MAX_AGE + 60)

    assert held_uploads_prune() == 1
    assert _held_files(media_root) == ["baru.pdf"]
    # The pruned file's folder went with it; the recent upload is still usable.
    assert not old_file.parent.exists()
    assert release(old) is None
    assert release(recent).read() == b"%PDF-new"
    # Running again changes nothing.
    assert held_uploads_prune() == 0
    assert _held_files(media_root) == ["baru.pdf"]


def test_nothing_held_is_nothing_to_do(media_root):
    assert held_uploads_prune() == 0


def test_the_task_prunes_and_beat_runs_it_regularly(media_root):
    hold(SimpleUploadedFile("scan.pdf", b"%PDF-1"))
    later = timezone.now() + dt.timedelta(seconds=HELD_MAX_AGE + 1)
    assert held_uploads_prune(now=later) == 1
    assert prune_held_uploads.run() == 0
    entry = app.conf.beat_schedule["prune-held-uploads"]
    assert entry["task"] == "agreements.tasks.prune_held_uploads"
    assert entry["schedule"] <= HELD_MAX_AGE
