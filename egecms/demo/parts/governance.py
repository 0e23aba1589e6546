"""The demo's Task Force and PMT: the two bodies with the five member organisations, a year
of meetings around today (one PMT meeting without quorum), a rotation history, an action plan
approved by consensus and ICA's accession in progress (data/governance.yaml); the approval,
its meeting's summary and the plan are on the public page. Plain rows,
created in bulk; the demo's users (workspaces part) sit on the bodies."""

import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data
from ..data import workspaces_description

LABEL = _("Task Force and PMT")
ORDER = 1010  # after the workspaces part, which creates the users
REQUIRES = ("governance", "egecms.workspaces")
OTHER_LANGUAGES = ("es", "pt", "fr")


def _model(name):
    return apps.get_model("governance", name)


def _translations(**fields):
    """``{language: {field: text}}`` for the languages other than English."""
    return {
        language: {field: texts[language] for field, texts in fields.items() if texts}
        for language in OTHER_LANGUAGES
    }


def _when(today, offset, hour=14):
    day = today + datetime.timedelta(days=offset)
    return timezone.make_aware(datetime.datetime(day.year, day.month, day.day, hour))


def load(loader):
    from egecms.workspaces.provisioning import Report
    from governance.description import GovernanceSection  # installed: see REQUIRES

    if _model("Meeting").objects.exists():
        loader.step("Task Force and PMT", created=False)
        return
    data = load_data("governance")
    today = timezone.localdate()
    users = get_user_model().objects.in_bulk(field_name="username")
    agencies = dict(zip(data["members"], loader.agencies(data["members"]), strict=True))
    # Who sits where comes from workspaces.yaml, as on a real site (now that the users exist).
    description = workspaces_description()
    GovernanceSection().apply(
        description.sections["governance"],
        agencies=dict(
            zip(description.agencies, loader.agencies(list(description.agencies)), strict=True)
        ),
        report=Report(),
    )
    started = today + datetime.timedelta(days=data["task_force_started"])
    Body, Membership = _model("Body"), _model("Membership")
    Body.objects.update(started_on=started)
    Membership.objects.update(term_start=started)  # the demo's year of meetings is in the past
    bodies = {body.kind: body for body in Body.objects.all()}
    seats = {
        (membership.body.kind, key): membership
        for membership in Membership.objects.select_related("body", "agency")
        for key, agency in agencies.items()
        if membership.agency_id == agency.pk
    }
    _meetings(loader, data, today, bodies, seats, agencies, users)
    _rotation(data, today, agencies, users)
    loader.step("Task Force and PMT: bodies, meetings, rotation, action plan", created=True)


def _meetings(loader, data, today, bodies, seats, agencies, users):
    Meeting, Attendance = _model("Meeting"), _model("Attendance")
    plan = _plan(loader, data, today)
    planned = [
        (kind, entry) for kind in ("pmt", "task_force") for entry in data[f"{kind}_meetings"]
    ]
    meetings = Meeting.objects.bulk_create(
        [_meeting(data, today, bodies[kind], entry) for kind, entry in planned]
    )
    attendances = []
    for meeting, (kind, entry) in zip(meetings, planned, strict=True):
        if entry["day"] > 30:
            continue
        for key in agencies:
            status = "present" if entry["mode"] == "in_person" else "by_call"
            attendances.append(
                Attendance(
                    meeting=meeting,
                    membership=seats[(kind, key)],
                    status=status if key in entry["taking_part"] else "excused",
                )
            )
    Attendance.objects.bulk_create(attendances)
    for meeting, (_kind, entry) in zip(meetings, planned, strict=True):
        if "decision" in entry:
            _decision(
                loader, data, meeting, data["decisions"][entry["decision"]], plan, agencies, users
            )
        if entry.get("report") == "submitted":
            _model("ImplementationReport").objects.create(
                meeting=meeting,
                text=data["report"]["en"],
                submitted_by=users["pm-oas"],
                submitted_on=meeting.starts_at.date() - datetime.timedelta(days=16),
            )


def _meeting(data, today, body, entry):
    summary = data["summaries"].get(entry.get("summary"))
    return _model("Meeting")(
        body=body,
        starts_at=_when(today, entry["day"]),
        mode=entry["mode"],
        place=data["places"][entry["place"]]["en"] if "place" in entry else "",
        agenda=data["agendas"][entry["agenda"]]["en"],
        public_summary=summary["en"] if summary else "",
        summary_published_at=_when(today, entry["day"]) if summary else None,
        translations=_translations(
            agenda=data["agendas"][entry["agenda"]],
            place=data["places"].get(entry.get("place")),
            public_summary=summary,
        ),
    )


def _decision(loader, data, meeting, spec, plan, agencies, users):
    Decision, Position = _model("Decision"), _model("Position")
    decision = Decision.objects.create(
        meeting=meeting,
        kind=spec["kind"],
        text=spec["text"]["en"],
        translations=_translations(text=spec["text"]),
        subject_agency=loader.agency(spec["agency"]) if "agency" in spec else None,
        action_plan=plan if spec["kind"] == "action_plan" else None,
        recorded_by=users["pm-oas"],
        passed_at=meeting.starts_at if spec["kind"] in ("ordinary", "action_plan") else None,
        published_at=meeting.starts_at if spec.get("published") else None,
    )
    if spec["kind"] == "action_plan":
        stances = dict.fromkeys(agencies, "agree")
    elif spec["kind"] == "accession":
        stances = data["accession_positions"]
    else:
        return
    Position.objects.bulk_create(
        [
            Position(
                decision=decision,
                agency=agencies[key],
                stance=stance,
                recorded_by=users[f"editor-{key.lower()}"],
            )
            for key, stance in stances.items()
        ]
    )


def _plan(loader, data, today):
    spec = data["plan"]
    plan = _model("ActionPlan").objects.create(
        year=today.year,
        title=spec["title"]["en"],
        translations=_translations(title=spec["title"]),
        # approved by the Task Force meeting of the demo (see _decision), then published
        published_at=timezone.now() if spec.get("published") else None,
    )
    Activity = _model("Activity")
    for entry in spec["activities"]:
        activity = Activity.objects.create(
            plan=plan,
            number=entry["number"],
            title=entry["title"]["en"],
            strategic_area=entry["area"]["en"],
            expected_outcomes=entry["outcomes"]["en"],
            first_quarter=entry["quarters"][0],
            last_quarter=entry["quarters"][1],
            status=entry["status"],
            progress=entry["progress"],
            translations=_translations(
                title=entry["title"],
                strategic_area=entry["area"],
                expected_outcomes=entry["outcomes"],
            ),
        )
        activity.agencies.set(loader.agencies(entry["agencies"]))
    Commitment = _model("Commitment")
    Commitment.objects.bulk_create(
        [
            Commitment(
                plan=plan,
                agency=loader.agency(entry["agency"]),
                quarter=quarter,
                kind=entry["kind"],
                count=entry["count"],
            )
            for entry in spec["commitments"]
            for quarter in entry["quarters"]
        ]
    )
    return plan


def _rotation(data, today, agencies, users):
    Appointment = _model("Appointment")
    Appointment.objects.bulk_create(
        [
            Appointment(
                role=entry["role"],
                user=users[f"pm-{entry['agency'].lower()}"],
                agency=agencies[entry["agency"]],
                start=today + datetime.timedelta(days=entry["start"]),
                end=today + datetime.timedelta(days=entry["end"]),
            )
            for entry in data["appointments"]
        ]
    )
