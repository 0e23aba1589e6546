"""Background work of the governance app (Django's tasks API)."""

from django.utils import timezone
from django_tasks import task

from .notifications import remind_report
from .reports import to_remind


@task()
def remind_reports_due():
    """Remind the PMT of every implementation report due within a week (run daily)."""
    today = timezone.localdate()
    return sum(remind_report(meeting, today=today) for meeting in to_remind(today))
