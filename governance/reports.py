"""Implementation reports: due 14 days before each Task Force meeting, what is overdue, and
who is reminded."""

import datetime

from django.db.models import Q
from django.utils import timezone

from .actions import active_memberships, meeting_day
from .models import Body, Meeting, Membership
from .rules import report_due

#: Days before the due date the PMT is reminded.
REMIND_DAYS_BEFORE = 7


def due_date(meeting):
    """The day the implementation report for ``meeting`` (of the Task Force) is due."""
    return report_due(meeting_day(meeting))


def _task_force_meetings():
    return Meeting.objects.filter(body__kind=Body.Kind.TASK_FORCE).select_related("body")


def _without_report(meetings):
    return meetings.filter(Q(report__isnull=True) | Q(report__submitted_on__isnull=True))


def overdue(today=None):
    """Task Force meetings still ahead whose report is past due and not submitted."""
    today = today or timezone.localdate()
    ahead = _task_force_meetings().filter(starts_at__date__gte=today)
    return [m for m in _without_report(ahead).order_by("starts_at") if due_date(m) < today]


def to_remind(today=None):
    """Task Force meetings whose report falls due within a week and is not submitted."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=REMIND_DAYS_BEFORE)
    ahead = _task_force_meetings().filter(starts_at__date__gte=today)
    return [
        meeting
        for meeting in _without_report(ahead).order_by("starts_at")
        if today <= due_date(meeting) <= horizon
    ]


def pmt_managers(day):
    """The people on the PMT on ``day`` who have an e-mail address."""
    pmt = Body.objects.filter(kind=Body.Kind.PMT).first()
    if pmt is None:
        return []
    memberships = active_memberships(pmt, day, Membership.Role.MANAGER).select_related("user")
    return [m.user for m in memberships if m.user.email and m.user.is_active]
