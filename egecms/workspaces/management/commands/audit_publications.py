"""``manage.py audit_publications``: every page that went live, and what allowed it."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ...audit import publications, trace


class Command(BaseCommand):
    help = (
        "List the pages that went live (published, scheduled, copied, aliased or moved live) "
        "with what allowed each: the review workflow, a user allowed to publish, or the system. "
        "Fails when one cannot be explained."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="only the last DAYS days")
        parser.add_argument("--all", action="store_true", help="list explained ones too")

    def handle(self, *args, days=None, all=False, **options):  # noqa: A002 - the option's name
        since = timezone.now() - datetime.timedelta(days=days) if days else None
        unexplained = 0
        count = 0
        for result in map(trace, publications(since)):
            count += 1
            entry = result.entry
            who = entry.user.get_username() if entry.user else "-"
            line = f"{entry.timestamp:%Y-%m-%d %H:%M} {entry.action:28} {entry.label} ({who})"
            if not result.explained:
                unexplained += 1
                self.stdout.write(self.style.ERROR(f"! {line}: nothing allowed this"))
            elif all:
                self.stdout.write(f"  {line}: {result.reason}")
        self.stdout.write(f"{count} publications, {unexplained} unexplained")
        if unexplained:
            raise CommandError(f"{unexplained} publications are not explained by the rules")
