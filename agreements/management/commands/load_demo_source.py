from django.core.management.base import BaseCommand

from agreements.models import Source, SourceKind
from agreements.services import sources


class Command(BaseCommand):
    help = (
        "Development: a news source pointing at the demo feed this application serves "
        "(/demo-feed/rss.xml), so ingestion works end to end offline. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--url",
            default="http://127.0.0.1:8000/demo-feed/rss.xml",
            help="address of the demo feed (default: the development server)",
        )
        parser.add_argument("--interval", type=int, default=10, help="minutes between reads")
        parser.add_argument("--no-run", action="store_true", help="do not enqueue a first read")

    def handle(self, *args, url, interval, **options):
        sources.ingest_schedules_ensure()
        source = Source.objects.filter(url=url).first()
        if source is None:
            source = sources.source_create(
                name="Demo: Kabar Kerja Sama Daerah",
                url=url,
                kind=SourceKind.FEED,
                interval_minutes=interval,
                # Our own server: no need to wait between requests.
                politeness_seconds=0,
            )
            self.stdout.write(f"Demo source #{source.pk} created: {url}")
        else:
            sources.source_schedule_sync(source=source)
            self.stdout.write(f"Demo source #{source.pk} exists: {url}")
        if not options["no_run"]:
            from agreements.tasks import ingest_source

            # Beat would first run it only after one interval; a new user should see it now.
            # The worker retries until the web server answers.
            ingest_source.delay(source.pk, trigger="demo")
