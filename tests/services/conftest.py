# The ingestion services are tested against the same local news site as the fetchers.
from tests.ingest.conftest import ingest_settings, server

__all__ = ["ingest_settings", "server"]
