import pytest


@pytest.fixture(autouse=True)
def media_root():
    """The extractor writes no files; this replaces the project-wide fixture so that the
    pure-library tests also run without Django (``-p no:django``)."""
    return None


@pytest.fixture(autouse=True)
def local_cache():
    """The extractor uses no cache; replaced for the same reason as ``media_root``."""
    return None
