from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from agreements.ingest.errors import IngestError, TransientError
from agreements.models import Source
from agreements.services import articles, sources


class Command(BaseCommand):
    help = (
        "Read news sources now: in this process (default, with a progress bar) or by "
        "enqueueing tasks for the workers (--enqueue)."
    )

    def add_arguments(self, parser):
        parser.add_argument("source_ids", nargs="*", type=int, metavar="ID")
        parser.add_argument("--all", action="store_true", help="every enabled source")
        parser.add_argument("--enqueue", action="store_true", help="let the Celery workers do it")

    def handle(self, *args, source_ids, all, enqueue, **options):
        if all == bool(source_ids):
            raise CommandError("give source IDs or --all (not both)")
        chosen = (
            Source.objects.filter(enabled=True) if all else Source.objects.filter(pk__in=source_ids)
        )
        missing = set(source_ids) - set(chosen.values_list("pk", flat=True))
        if missing:
            raise CommandError(f"no such source: {', '.join(map(str, sorted(missing)))}")
        if enqueue:
            from agreements.tasks import ingest_source

            for source in chosen:
                ingest_source.delay(source.pk, trigger="command")
            self.stdout.write(f"Enqueued {chosen.count()} sources.")
            return
        for source in chosen:
            self._run(source)

    def _run(self, source: Source) -> None:
        try:
            result = sources.source_run(source_id=source.pk, trigger="command")
        except IngestError as error:
            self.stderr.write(f"{source}: {error}")
            return
        outcomes: dict[str, int] = {}
        for job in tqdm(result.jobs, desc=source.name[:30], unit="artikel", disable=None):
            try:
                outcome = articles.article_ingest(
                    url=job.url,
                    source_id=source.pk,
                    run_id=result.run_id,
                    title=job.title,
                    published=job.published,
                )
            except TransientError as error:
                articles.article_failure_record(url=job.url, run_id=result.run_id, error=error)
                outcome = "failed"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        summary = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) or "nothing new"
        self.stdout.write(f"{source}: run #{result.run_id}: {summary}")
