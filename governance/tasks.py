"""Background work of the governance app (Django's tasks API)."""

from django.utils import timezone
from django_tasks import task

from egecms.core.models import Agency

from .notifications import remind_report
from .provisioning import provision_admitted
from .reports import to_remind


@task()
def remind_reports_due():
    """Remind the PMT of every implementation report due within a week (run daily)."""
    today = timezone.localdate()
    return sum(remind_report(meeting, today=today) for meeting in to_remind(today))


@task()
def provision_admitted_member(agency_id):
    """Groups and rights for the organisation ``agency_id`` admitted by consensus."""
    agency = Agency.objects.filter(pk=agency_id).first()
    if agency is None:
        return []
    report = provision_admitted(agency)
    return [*report.changes, *(f"! {warning}" for warning in report.warnings)]
