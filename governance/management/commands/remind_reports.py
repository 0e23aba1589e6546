"""``manage.py remind_reports``: queue the reminders of implementation reports (run daily)."""

from django.core.management.base import BaseCommand

from governance.tasks import remind_reports_due


class Command(BaseCommand):
    help = "Remind the PMT of the implementation reports due within a week (each person once)."

    def handle(self, *args, **options):
        remind_reports_due.enqueue()
        self.stdout.write("Reminders queued.")
