"""What the members' pages show, computed from the records (views only render it)."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from egecms.core.models import Agency

from .actions import consensus_of, meeting_day, quorum_of
from .models import ActionPlan, Appointment, Attendance, Body, Decision, Meeting, Membership
from .permissions import member_agency_ids
from .reports import due_date, overdue
from .rules import Quorum, Term, days_in_month, evaluation_due, meetings_short, propose_rotation
from .terms import WARNING_DAYS, term_warnings
from .texts import localized


@dataclass
class MeetingRow:
    meeting: Meeting
    quorum: object
    report_due: datetime.date | None
    report_submitted: bool
    upcoming: bool


def meeting_rows(meetings):
    """One row per meeting with its quorum and report, in a fixed number of queries."""
    meetings = list(
        meetings.select_related("body", "report").prefetch_related("attendances__membership")
    )
    managers = {}
    for body in {meeting.body for meeting in meetings}:
        managers[body.pk] = list(Membership.objects.filter(body=body, role=Membership.Role.MANAGER))
    rows = []
    now = timezone.now()
    for meeting in meetings:
        rows.append(
            MeetingRow(
                meeting,
                _quorum(meeting, managers.get(meeting.body_id, [])),
                due_date(meeting) if meeting.body.kind == Body.Kind.TASK_FORCE else None,
                _report_submitted(meeting),
                meeting.starts_at > now,
            )
        )
    return rows


def _has_report(meeting):
    try:
        meeting.report  # noqa: B018 - a reverse one-to-one raises when there is none
    except Meeting.report.RelatedObjectDoesNotExist:
        return False
    return True


def _report_submitted(meeting):
    return _has_report(meeting) and meeting.report.submitted_on is not None


def _quorum(meeting, managers):
    if meeting.body.kind != Body.Kind.PMT:
        return Quorum(applies=False, taking_part=0, expected=0)
    day = meeting_day(meeting)
    expected = {m.pk for m in managers if m.is_active_on(day)}
    taking_part = sum(
        1
        for attendance in meeting.attendances.all()
        if attendance.membership_id in expected and attendance.status in Attendance.TAKING_PART
    )
    return Quorum(applies=True, taking_part=taking_part, expected=len(expected))


def terms(appointments):
    return [Term(a.role, a.agency_id, a.start, a.end, a.user_id) for a in appointments]


def rotation(today):
    """Who coordinates now, the assistants, the fair next proposal and this month's days."""
    appointments = list(Appointment.objects.select_related("user", "agency"))
    current = [a for a in appointments if a.start <= today <= a.end]
    members = Agency.objects.filter(pk__in=member_agency_ids()).order_by("acronym")
    by_id = {agency.pk: agency for agency in members}
    busy = {a.agency_id for a in current}
    days = days_in_month(terms(appointments), today.year, today.month)
    return {
        "current": current,
        "history": [a for a in appointments if a.end < today][:8],
        "next_coordinator": [
            by_id[pk]
            for pk in propose_rotation("coordinator", list(by_id), terms(appointments), busy=busy)
        ][:3],
        "next_assistant": [
            by_id[pk]
            for pk in propose_rotation("assistant", list(by_id), terms(appointments), busy=busy)
        ][:3],
        "days": [
            (by_id.get(pk) or Agency.objects.get(pk=pk), low, high)
            for pk, (low, high) in sorted(days.items())
        ],
    }


def bodies_with_members(today):
    bodies = list(Body.objects.all())
    memberships = (
        Membership.objects.filter(term_start__lte=today)
        .exclude(term_end__lt=today)
        .select_related("user", "agency")
        .order_by("agency__acronym")
    )
    for body in bodies:
        body.current_members = [m for m in memberships if m.body_id == body.pk]
        if body.kind == Body.Kind.TASK_FORCE:
            body.evaluation_due = evaluation_due(body.started_on)
            body.evaluated = Decision.objects.filter(
                meeting__body=body, kind=Decision.Kind.EVALUATION, passed_at__isnull=False
            ).exists()
    return bodies


def shortfalls(year):
    """``[(body, held, short)]`` for each body short of its meetings in ``year`` (as
    :func:`~.actions.yearly_shortfalls`, in a fixed number of queries)."""
    rows = meeting_rows(Meeting.objects.filter(starts_at__year=year))
    found = []
    for body in Body.objects.all():
        held = sum(1 for row in rows if row.meeting.body_id == body.pk and row.quorum.reached)
        if meetings_short(body.kind, held):
            found.append((body, held, meetings_short(body.kind, held)))
    return found


def dashboard(today=None):
    """The context of the governance overview."""
    today = today or timezone.localdate()
    meetings = Meeting.objects.all()
    return {
        "today": today,
        "bodies": bodies_with_members(today),
        "upcoming": meeting_rows(
            meetings.filter(starts_at__date__gte=today).order_by("starts_at")[:10]
        ),
        "past": meeting_rows(
            meetings.filter(starts_at__date__lt=today).order_by("-starts_at")[:10]
        ),
        "shortfalls": shortfalls(today.year),
        "overdue": overdue(today),
        "rotation": rotation(today),
        "plans": ActionPlan.objects.all()[:5],
        "term_warnings": term_warnings(today),
        "warning_days": WARNING_DAYS,
    }


def decision_rows(meeting):
    """Each decision with each member organisation's position and, for consensus, the count."""
    members = list(Agency.objects.filter(pk__in=member_agency_ids()).order_by("acronym"))
    rows = []
    for decision in meeting.decisions.select_related(
        "subject_agency", "action_plan"
    ).prefetch_related("positions"):
        stances = {p.agency_id: p for p in decision.positions.all()}
        rows.append(
            {
                "decision": decision,
                "text": localized(decision, "text"),
                "positions": [(agency, stances.get(agency.pk)) for agency in members],
                "consensus": consensus_of(decision) if decision.needs_consensus else None,
            }
        )
    return rows


def meeting_detail(meeting):
    quorum = quorum_of(meeting)
    attendances = {a.membership_id: a for a in meeting.attendances.all()}
    day = meeting_day(meeting)
    members = (
        Membership.objects.filter(body=meeting.body, term_start__lte=day)
        .exclude(term_end__lt=day)
        .select_related("user", "agency")
        .order_by("agency__acronym")
    )
    return {
        "meeting": meeting,
        "agenda": localized(meeting, "agenda"),
        "minutes": localized(meeting, "minutes"),
        "place": localized(meeting, "place"),
        "public_summary": localized(meeting, "public_summary"),
        "quorum": quorum,
        "upcoming": meeting.starts_at > timezone.now(),
        "attendance": [(m, attendances.get(m.pk)) for m in members],
        "decisions": decision_rows(meeting),
        "report_due": due_date(meeting) if meeting.body.kind == Body.Kind.TASK_FORCE else None,
        "report": meeting.report if _has_report(meeting) else None,
    }
