"""The views of the Task Force and the PMT (governance app), as the permission matrix calls
them. They are members-only records, not pages: each cell builds (rolled back after it) a PMT
and a Task Force meeting where IDB's program manager is the coordinator and sits for IDB, and
OAS's editor sits for OAS; it applies to the "private" object only (the members' platform).
Members see; the coordinator, the board and superusers manage; each member records their own
attendance and their organisation's position; ICA (prospective) is not a member.
"""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from egecms.core.models import Agency
from governance.models import (
    ActionPlan,
    Appointment,
    Attendance,
    Body,
    Decision,
    Meeting,
    Membership,
    Position,
)

from .view import View

PLACE = "MARKER-gov-place-q7"
PLAN = "MARKER-gov-plan-q7"
DENIED = (302, 403)
SEATS = {"idb-pm": "IDB", "oas-ed": "OAS"}  # role -> the organisation they sit for


def _agency(acronym):
    return Agency.objects.get(acronym=acronym, locale__language_code=settings.LANGUAGE_CODE)


def _setup(world):
    today = timezone.localdate()
    start = today - datetime.timedelta(days=30)
    task_force, _created = Body.objects.get_or_create(
        kind="task_force", defaults={"started_on": start}
    )
    pmt, _created = Body.objects.get_or_create(kind="pmt", defaults={"started_on": start})
    seats = {}
    for role, acronym in SEATS.items():
        for body, kind in ((pmt, "manager"), (task_force, "representative")):
            seats[(role, body.kind)] = Membership.objects.create(
                body=body,
                user=world.users[role],
                agency=_agency(acronym),
                role=kind,
                term_start=start,
            )
    Appointment.objects.create(
        role="coordinator",
        user=world.users["idb-pm"],
        agency=_agency("IDB"),
        start=start,
        end=today + datetime.timedelta(days=300),
    )
    meeting = Meeting.objects.create(
        body=task_force, starts_at=timezone.now() + datetime.timedelta(days=40), place=PLACE
    )
    plan = ActionPlan.objects.create(year=today.year, title=PLAN)
    return {"meeting": meeting, "plan": plan, "seats": seats}


def _on_private(act):
    def run(client, world, name):
        if name != "private":
            return None, None
        return act(client, world, _setup(world))

    return run


def _user_of(client):
    user_id = client.session.get("_auth_user_id")
    return int(user_id) if user_id else None


def _get(url_name, arg=None):
    @_on_private
    def act(client, world, data):
        args = [data[arg].pk] if arg else []
        return client.get(reverse(url_name, args=args)), None

    return act


@_on_private
def attend(client, world, data):
    """Record one's own attendance (a user with no seat tries IDB's)."""
    user_id = _user_of(client)
    own = [
        m for m in data["seats"].values() if m.user_id == user_id and m.body.kind == "task_force"
    ]
    membership = own[0] if own else data["seats"][("idb-pm", "task_force")]
    response = client.post(
        reverse("governance:attendance", args=[data["meeting"].pk]),
        {"membership": membership.pk, "status": "by_call"},
    )
    return response, Attendance.objects.filter(membership=membership, status="by_call").exists()


@_on_private
def state_position(client, world, data):
    decision = Decision.objects.create(
        meeting=data["meeting"], kind="evaluation", text="Term", outcome="strengthen"
    )
    response = client.post(
        reverse("governance:position", args=[data["meeting"].pk]),
        {"decision": decision.pk, "stance": "agree"},
    )
    return response, Position.objects.filter(decision=decision).exists()


@_on_private
def record_decision(client, world, data):
    response = client.post(
        reverse("governance:decision", args=[data["meeting"].pk]),
        {"kind": "ordinary", "text": "Matrix decision"},
    )
    return response, Decision.objects.filter(text="Matrix decision").exists()


@_on_private
def publish_decision(client, world, data):
    """Put a decision that passed on the public page."""
    decision = Decision.objects.create(
        meeting=data["meeting"], text="Matrix public", passed_at=timezone.now()
    )
    response = client.post(
        reverse("governance:publication", args=["decision", decision.pk]), {"public": "1"}
    )
    return response, Decision.objects.filter(pk=decision.pk, published_at__isnull=False).exists()


DECISION = "MARKER-gov-decision-q7"


@_on_private
def edit_decision(client, world, data):
    """Open the form that corrects a decision's texts (in every language)."""
    decision = Decision.objects.create(meeting=data["meeting"], text=DECISION)
    return client.get(reverse("governance_decisions:edit", args=[decision.pk])), None


@_on_private
def add_decision(client, world, data):
    """A decision is recorded on its meeting's page (quorum rule), never added in the admin."""
    response = client.post(reverse("governance_decisions:add"), {"text": "Matrix added decision"})
    return response, Decision.objects.filter(text="Matrix added decision").exists()


TERM_WARNING = "The term of oas-ed (OAS) on the Task Force ends on"


@_on_private
def see_members(client, world, data):
    """A body's members and their terms (OAS's senior official's term ends in three weeks)."""
    seat = data["seats"][("oas-ed", "task_force")]
    seat.term_end = timezone.localdate() + datetime.timedelta(days=21)
    seat.save()
    return client.get(reverse("governance:members", args=[seat.body_id])), None


def _term_warning(world, name):
    return TERM_WARNING


@_on_private
def add_meeting(client, world, data):
    when = timezone.localtime() + datetime.timedelta(days=90)
    response = client.post(
        reverse("governance_meetings:add"),
        {
            "body": data["meeting"].body_id,
            "starts_at": when.strftime("%Y-%m-%d %H:%M"),
            "mode": "call",
            "place": "Matrix added",
            "agenda": "",
            "minutes": "",
        },
    )
    return response, Meeting.objects.filter(place="Matrix added").exists()


@_on_private
def delete_meeting(client, world, data):
    meeting = data["meeting"]
    response = client.post(reverse("governance_meetings:delete", args=[meeting.pk]))
    return response, not Meeting.objects.filter(pk=meeting.pk).exists()


def _place(world, name):
    return PLACE


def _plan(world, name):
    return PLAN


def _decision(world, name):
    return DECISION


def _form(world, name):
    return 'name="starts_at"'


def _view(name, kind, url_name, run, evidence=_place):
    return View(name, kind, (url_name,), run, evidence=evidence, denied_statuses=DENIED)


GOVERNANCE_VIEWS = [
    _view("gov_overview", "read", "governance:index", _get("governance:index"), _plan),
    _view("gov_meeting", "read", "governance:meeting", _get("governance:meeting", "meeting")),
    _view("gov_plan", "read", "governance:plan", _get("governance:plan", "plan"), _plan),
    _view("gov_ical", "read", "governance:ical", _get("governance:ical")),
    _view("gov_members", "read", "governance:members", see_members, _term_warning),
    _view("gov_attend", "action", "governance:attendance", attend),
    _view("gov_position", "action", "governance:position", state_position),
    _view("gov_decision", "action", "governance:decision", record_decision),
    _view("gov_publication", "action", "governance:publication", publish_decision),
    _view(
        "gov_meetings", "listing", "governance_meetings:index", _get("governance_meetings:index")
    ),
    _view(
        "gov_meeting_edit",
        "read",
        "governance_meetings:edit",
        _get("governance_meetings:edit", "meeting"),
    ),
    _view("gov_meeting_add", "action", "governance_meetings:add", add_meeting),
    _view("gov_decision_edit", "read", "governance_decisions:edit", edit_decision, _decision),
    _view("gov_decision_add", "action", "governance_decisions:add", add_decision),
    _view("gov_meeting_delete", "action", "governance_meetings:delete", delete_meeting),
    _view("gov_plans", "listing", "governance_plans:index", _get("governance_plans:index"), _plan),
]
