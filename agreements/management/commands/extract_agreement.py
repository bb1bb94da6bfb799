"""``manage.py extract_agreement``: articles in, one JSON line of extracted facts out.

A thin wrapper around ``agreements.extraction.cli.run``; it never touches the database.
"""

from __future__ import annotations

import re

from django.core.management.base import BaseCommand, CommandError

from agreements.extraction.cli import run

_PUBLISHED = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class Command(BaseCommand):
    help = (
        "Extract cooperation-agreement facts from articles (plain text or HTML) and print "
        "one JSON object per input (JSON Lines)."
    )
    # Pure text processing: skip the system checks that would look at the database.
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", metavar="FILE", help="article files")
        parser.add_argument(
            "--published",
            default=None,
            help="publication date of the FILE inputs: YYYY-MM-DD, YYYY-MM or YYYY",
        )
        parser.add_argument(
            "--jsonl",
            metavar="IN.jsonl",
            default=None,
            help="JSON Lines input with keys id, text (or html), published, url",
        )

    def handle(self, *args, **options):
        if not options["files"] and not options["jsonl"]:
            raise CommandError("give at least one FILE or --jsonl IN.jsonl")
        published = options["published"]
        if published is not None and not _PUBLISHED.match(published):
            # An unusable date must not cost the whole batch: resolve as if unknown.
            self.stderr.write(
                f"--published {published!r} is not YYYY-MM-DD, YYYY-MM or YYYY; "
                "treating the publication date as unknown"
            )
            published = None
        run(
            files=options["files"],
            jsonl=options["jsonl"],
            published=published,
            stdout=self.stdout,
        )
