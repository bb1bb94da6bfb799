import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from agreements.ingest.errors import IngestError
from agreements.services import articles


class Command(BaseCommand):
    help = "Offline backfill: ingest a saved HTML page or text file as the article at --url."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--url", required=True, help="the article's address")
        parser.add_argument("--published", help="publication date, YYYY-MM-DD")

    def handle(self, *args, path, url, published, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"no such file: {path}")
        when = None
        if published:
            try:
                day = dt.date.fromisoformat(published)
            except ValueError:
                raise CommandError("--published must be YYYY-MM-DD") from None
            when = timezone.make_aware(dt.datetime.combine(day, dt.time(12)))
        body = file.read_bytes()
        is_html = file.suffix.lower() in {".html", ".htm"} or b"<html" in body[:2048].lower()
        try:
            stored = articles.article_ingest_document(
                body=body,
                url=url,
                published=when,
                content_type="text/html" if is_html else "text/plain",
            )
        except (IngestError, ValueError) as error:
            raise CommandError(str(error)) from None
        article = stored.article
        state = "relevant" if article.is_relevant else "not relevant"
        self.stdout.write(f"Article #{article.pk} ({stored.outcome}, {state}): {article.title}")
