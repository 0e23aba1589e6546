"""The governance operations: each gathers what the rules (:mod:`.rules`) need from the
database, ``check()`` raises :class:`~.rules.RuleBroken`, ``execute()`` changes the database."""

from django.db import transaction
from django.utils import timezone

from egecms.core.models import Agency

from .models import Appointment, Attendance, Body, Decision, Meeting, Membership, Position
from .permissions import member_agency_ids
from .rules import Consensus, Quorum, RuleBroken, Term, check_appointment, consensus, meetings_short
from .signals import member_admitted


def meeting_day(meeting):
    return timezone.localdate(meeting.starts_at)


def active_memberships(body, day, role=None):
    memberships = Membership.objects.filter(body=body, term_start__lte=day).exclude(
        term_end__lt=day
    )
    return memberships.filter(role=role) if role else memberships


def quorum_of(meeting):
    """The meeting's :class:`~.rules.Quorum`: for the PMT, its managers on the meeting's day."""
    if meeting.body.kind != Body.Kind.PMT:
        return Quorum(applies=False, taking_part=0, expected=0)
    managers = active_memberships(meeting.body, meeting_day(meeting), Membership.Role.MANAGER)
    taking_part = Attendance.objects.filter(
        meeting=meeting, membership__in=managers, status__in=Attendance.TAKING_PART
    ).count()
    return Quorum(applies=True, taking_part=taking_part, expected=managers.count())


def meetings_held(body, year):
    """The meetings of ``body`` in ``year`` that count (a PMT meeting only with its quorum)."""
    meetings = Meeting.objects.filter(body=body, starts_at__year=year).select_related("body")
    return [meeting for meeting in meetings if quorum_of(meeting).reached]


def yearly_shortfalls(year):
    """``[(body, held, short)]`` for each body short of its meetings in ``year``."""
    found = []
    for body in Body.objects.all():
        held = len(meetings_held(body, year))
        short = meetings_short(body.kind, held)
        if short:
            found.append((body, held, short))
    return found


def consensus_of(decision):
    """The :class:`~.rules.Consensus` on ``decision``: every member organisation taking part
    in its meeting, and agreeing."""
    taking_part = Attendance.objects.filter(
        meeting=decision.meeting, status__in=Attendance.TAKING_PART
    ).values_list("membership__agency_id", flat=True)
    agreeing = decision.positions.filter(stance=Position.Stance.AGREE).values_list(
        "agency_id", flat=True
    )
    return consensus(member_agency_ids(), set(taking_part), set(agreeing))


class RecordDecision:
    """Record a decision of a meeting; refused without quorum, or without what its kind needs."""

    def __init__(
        self, *, meeting, kind, text, user=None, subject_agency=None, action_plan=None, outcome=""
    ):
        self.meeting = meeting
        self.kind = kind
        self.text = text
        self.user = user
        self.subject_agency = subject_agency
        self.action_plan = action_plan
        self.outcome = outcome

    def check(self):
        if not quorum_of(self.meeting).reached:
            raise RuleBroken("quorum")
        if self.kind in Decision.CONSENSUS and self.meeting.body.kind != Body.Kind.TASK_FORCE:
            raise RuleBroken("consensus_at_task_force")
        if self.kind == Decision.Kind.ACCESSION:
            if self.subject_agency is None:
                raise RuleBroken("decision_details")
            if self.subject_agency.status != Agency.Status.PROSPECTIVE:
                raise RuleBroken("accession_prospective")
        if self.kind == Decision.Kind.ACTION_PLAN and self.action_plan is None:
            raise RuleBroken("decision_details")
        if self.kind == Decision.Kind.EVALUATION and not self.outcome:
            raise RuleBroken("decision_details")

    @transaction.atomic
    def execute(self):
        self.check()
        return Decision.objects.create(
            meeting=self.meeting,
            kind=self.kind,
            text=self.text,
            recorded_by=self.user,
            subject_agency=self.subject_agency if self.kind == Decision.Kind.ACCESSION else None,
            action_plan=self.action_plan if self.kind == Decision.Kind.ACTION_PLAN else None,
            outcome=self.outcome if self.kind == Decision.Kind.EVALUATION else "",
            # an ordinary decision of a meeting with its quorum is taken when recorded
            passed_at=None if self.kind in Decision.CONSENSUS else timezone.now(),
        )


class RecordPosition:
    """An organisation's position on a decision, recorded by one of its members on the body
    (or by whoever manages the bodies); a consensus reached passes the decision."""

    def __init__(self, *, decision, agency, stance, user, on_behalf=False):
        self.decision = decision
        self.agency = agency
        self.stance = stance
        self.user = user
        self.on_behalf = on_behalf  # the coordinator or the board, from the minutes

    def check(self):
        if self.decision.passed_at is not None:
            raise RuleBroken("decision_closed")
        if self.on_behalf:
            return
        day = meeting_day(self.decision.meeting)
        speaks_for = active_memberships(self.decision.meeting.body, day).filter(
            user=self.user, agency=self.agency
        )
        if not speaks_for.exists():
            raise RuleBroken("position_by_member")

    @transaction.atomic
    def execute(self):
        self.check()
        Position.objects.update_or_create(
            decision=self.decision,
            agency=self.agency,
            defaults={"stance": self.stance, "recorded_by": self.user},
        )
        return settle(self.decision)


def settle(decision):
    """Pass a consensus decision once every member organisation is present and agrees; an
    accession then makes the organisation a member. Returns the :class:`~.rules.Consensus`."""
    result = consensus_of(decision) if decision.needs_consensus else Consensus(True, (), ())
    if decision.needs_consensus and result.passed and decision.passed_at is None:
        decision.passed_at = timezone.now()
        decision.save(update_fields=["passed_at"])
        if decision.kind == Decision.Kind.ACCESSION:
            admit(decision)
    return result


def admit(decision):
    """The organisation of an accession decision becomes a member, in every language; the
    receivers of :data:`~.signals.member_admitted` (provisioning) give it its groups."""
    agency = decision.subject_agency
    Agency.objects.filter(translation_key=agency.translation_key).update(
        status=Agency.Status.MEMBER
    )
    agency.refresh_from_db()
    member_admitted.send(sender=Decision, agency=agency, decision=decision)


class RecordAttendance:
    """A member records their own attendance (the coordinator or the board anyone's)."""

    def __init__(self, *, meeting, membership, status, user, on_behalf=False):
        self.meeting = meeting
        self.membership = membership
        self.status = status
        self.user = user
        self.on_behalf = on_behalf

    def check(self):
        if self.membership.body_id != self.meeting.body_id:
            raise RuleBroken("attendance_by_member")
        if not self.on_behalf and self.membership.user_id != self.user.pk:
            raise RuleBroken("attendance_by_member")

    @transaction.atomic
    def execute(self):
        self.check()
        attendance, _created = Attendance.objects.update_or_create(
            meeting=self.meeting, membership=self.membership, defaults={"status": self.status}
        )
        return attendance


def term_of(appointment):
    return Term(
        appointment.role,
        appointment.agency_id,
        appointment.start,
        appointment.end,
        appointment.user_id,
    )


class Appoint:
    """Appoint a coordinator or an assistant; refused when the rotation rules are broken."""

    def __init__(self, appointment):
        self.appointment = appointment

    def check(self):
        appointment = self.appointment
        others = Appointment.objects.exclude(pk=appointment.pk) if appointment.pk else None
        others = others if others is not None else Appointment.objects.all()
        pmt_managers = ()
        if appointment.role == Appointment.Role.COORDINATOR:
            pmt = Body.objects.filter(kind=Body.Kind.PMT).first()
            if pmt is not None:
                pmt_managers = set(
                    active_memberships(pmt, appointment.start, Membership.Role.MANAGER).values_list(
                        "user_id", flat=True
                    )
                )
        check_appointment(
            term_of(appointment),
            [term_of(other) for other in others],
            member_agencies=member_agency_ids(),
            pmt_managers=pmt_managers,
        )

    @transaction.atomic
    def execute(self):
        self.check()
        self.appointment.save()
        return self.appointment


def admitted_acronyms():
    """The acronyms of the organisations admitted by a passed accession decision (what
    provisioning keeps members whatever ``workspaces.yaml`` still says)."""
    return set(
        Decision.objects.filter(kind=Decision.Kind.ACCESSION, passed_at__isnull=False)
        .exclude(subject_agency=None)
        .values_list("subject_agency__acronym", flat=True)
    )
