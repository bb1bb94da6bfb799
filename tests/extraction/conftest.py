import pytest


@pytest.fixture(autouse=True)
def media_root():
    """The extractor writes no files; this replaces the project-wide fixture so that the
    pure-library tests also run without Django (``-p no:django``)."""
    return None
