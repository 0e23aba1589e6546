"""``manage.py send_digests [--frequency daily] [--dry-run]``: the digests that are due, each
sent by a background task (run it from cron, e.g. hourly), and, daily, the staff's summaries of
notifications; ``--dry-run`` prints what would go out and sends nothing."""

from django.core.management.base import BaseCommand

from subscriptions.actions import forget_unconfirmed
from subscriptions.digests import build_digest
from subscriptions.filters import describe_text
from subscriptions.models import Frequency
from subscriptions.notifications import send_summaries
from subscriptions.schedule import due_subscriptions
from subscriptions.tasks import send_digest


class Command(BaseCommand):
    help = "Send the subscriptions' digests that are due (--dry-run: print them only)."

    def add_arguments(self, parser):
        parser.add_argument("--frequency", choices=Frequency.values)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, frequency=None, dry_run=False, **options):
        if not dry_run:
            forget_unconfirmed()
        queued = 0
        for subscription in due_subscriptions(frequency=frequency):
            if not dry_run:
                send_digest.enqueue(subscription.pk)
                queued += 1
                continue
            digest = build_digest(subscription)
            if not digest:
                continue
            self.stdout.write(
                f"{subscription.email} [{subscription.language}, {subscription.frequency}] "
                f"{describe_text(subscription.filters, subscription.language)}: "
                f"{len(digest.items)} item(s)"
            )
            for group in digest.groups:
                self.stdout.write(f"  {group.type_label} / {group.space_title or '-'}")
                for item in group.items:
                    language = f" ({item.other_language})" if item.other_language else ""
                    self.stdout.write(f"    - {item.title}{language}")
            queued += 1
        verb = "would go out" if dry_run else "queued"
        self.stdout.write(f"{queued} digest(s) {verb}.")
        if frequency == Frequency.DAILY:  # once a day: cron runs it with --frequency daily
            summaries = send_summaries(dry_run=dry_run, stdout=self.stdout)
            if not dry_run:
                self.stdout.write(f"{summaries} daily summary(ies) of notifications sent.")
