from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from agreements.ingest import feeds
from agreements.ingest.errors import IngestError
from agreements.ingest.policy import Kind
from agreements.services import articles, fetchers, sources


class Command(BaseCommand):
    help = "Ingest one URL now: a feed or sitemap (each new article in it) or one article."

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--limit", type=int, default=50, help="articles at most from a feed")

    def handle(self, *args, url, limit, **options):
        with fetchers.fetcher_create() as fetcher:
            try:
                result = fetcher.fetch(url, kind=Kind.ANY)
            except IngestError as error:
                raise CommandError(str(error)) from None
            if feeds.looks_like_feed(result.body) and not feeds.looks_like_html(result.body):
                self._feed(fetcher, result, limit)
                return
            try:
                outcome = articles.article_ingest(url=url, fetcher=fetcher, min_interval=0)
            except IngestError as error:
                raise CommandError(str(error)) from None
            self.stdout.write(f"{url}: {outcome}")

    def _feed(self, fetcher, result, limit: int) -> None:
        try:
            kind = "sitemap" if b"<urlset" in result.body[:4096] else "feed"
            found = feeds.discover(result.body, base_url=result.final_url, kind=kind)
        except IngestError as error:
            raise CommandError(str(error)) from None
        jobs = sources.new_jobs(found.items, cap=limit)
        self.stdout.write(f"{len(found.items)} items, {len(jobs)} new")
        for job in tqdm(jobs, unit="artikel", disable=None):
            try:
                outcome = articles.article_ingest(
                    url=job.url, title=job.title, published=job.published, fetcher=fetcher
                )
            except IngestError as error:
                outcome = f"failed ({error})"
            self.stdout.write(f"{job.url}: {outcome}")
