from django.core.management.base import BaseCommand
from tqdm import tqdm

from agreements.models import Article
from agreements.services import articles


class Command(BaseCommand):
    help = (
        "Run the extractor again over stored articles (after an extractor upgrade). Pending "
        "proposals are refreshed; accepted, merged and rejected ones are kept as decided."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, help="only articles of this source")

    def handle(self, *args, source, **options):
        stored = Article.objects.filter(duplicate_of__isnull=True)
        if source:
            stored = stored.filter(source_id=source)
        ids = list(stored.order_by("pk").values_list("pk", flat=True))
        outcomes: dict[str, int] = {}
        for article_id in tqdm(ids, unit="artikel", disable=None):
            outcome = articles.article_reextract(article_id=article_id)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        summary = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) or "no articles"
        self.stdout.write(f"Re-extracted {len(ids)} articles: {summary}")
