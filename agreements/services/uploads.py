"""Uploads held across a validation error (``agreements.admin.held_uploads``), pruned.

A held file is only ever reached through a signed token that expires after
``HELD_MAX_AGE``; after that nothing can use it, and a form abandoned after an error would
otherwise leave its scan under ``held/`` for good.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.core.files.storage import default_storage
from django.utils import timezone

logger = logging.getLogger(__name__)

HELD_DIR = "held"
HELD_MAX_AGE = 24 * 3600  # seconds a token stays valid: a form left open longer starts over


def held_uploads_prune(*, now: dt.datetime | None = None) -> int:
    """Delete held files older than their token's lifetime (and their folders); return how
    many files went. Files still inside the lifetime are kept: their form may come back."""
    if not default_storage.exists(HELD_DIR):
        return 0
    cutoff = (now or timezone.now()) - dt.timedelta(seconds=HELD_MAX_AGE)
    deleted = 0
    folders, _files = default_storage.listdir(HELD_DIR)
    for folder in folders:
        path = f"{HELD_DIR}/{folder}"
        _subfolders, files = default_storage.listdir(path)
        kept = 0
        for name in files:
            if default_storage.get_modified_time(f"{path}/{name}") < cutoff:
                default_storage.delete(f"{path}/{name}")
                deleted += 1
            else:
                kept += 1
        if not kept and not _subfolders:
            default_storage.delete(path)  # the file system storage removes an empty folder
    if deleted:
        logger.info("pruned %d held uploads older than %s", deleted, cutoff.isoformat())
    return deleted
