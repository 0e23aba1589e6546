"""The members' pages: who sees them, what a member records, what a manager records."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from governance.models import (
    Appointment,
    Attendance,
    Decision,
    ImplementationReport,
    Membership,
    Position,
)
from governance.notifications import remind_report
from governance.reports import overdue

from .world import MEMBERS, new_meeting

pytestmark = pytest.mark.django_db


def _client(client, user):
    client.force_login(user)
    return client


def test_members_see_the_overview_and_a_prospective_organisation_does_not(client, governance_world):
    users = governance_world.users
    for name in ("idb-pm", "oas-tf", "board"):
        response = _client(client, users[name]).get(reverse("governance:index"))
        assert response.status_code == 200, name
        assert "Program Managers Team" in response.text
    response = _client(client, users["ica-pm"]).get(reverse("governance:index"))
    assert response.status_code in (302, 403)  # the admin turns a denial into a redirect
    assert "Program Managers Team" not in response.text
    client.logout()
    assert client.get(reverse("governance:index")).status_code == 302


def test_a_meeting_without_quorum_says_so(client, governance_world):
    meeting = new_meeting(governance_world.pmt, 2026, 3, 10, 15)
    for acronym in MEMBERS[:3]:
        Attendance.objects.create(
            meeting=meeting, membership=governance_world.managers[acronym], status="present"
        )
    response = _client(client, governance_world.users["idb-pm"]).get(
        reverse("governance:meeting", args=[meeting.pk])
    )
    assert "No quorum: 3 of 5 managers" in response.text


def test_a_member_records_their_own_attendance_not_anothers(client, governance_world):
    meeting = new_meeting(governance_world.pmt, 2026, 3, 10, 15)
    own = governance_world.managers["IDB"]
    other = governance_world.managers["OAS"]
    client = _client(client, own.user)
    url = reverse("governance:attendance", args=[meeting.pk])
    client.post(url, {"membership": own.pk, "status": "by_call"})
    response = client.post(url, {"membership": other.pk, "status": "absent"}, follow=True)
    assert list(meeting.attendances.values_list("membership", "status")) == [(own.pk, "by_call")]
    assert "only their own attendance" in response.text


def test_a_decision_is_refused_without_quorum_with_the_rule_named(client, governance_world):
    meeting = new_meeting(governance_world.pmt, 2026, 3, 10, 15)
    client = _client(client, governance_world.users["board"])
    with translation.override("en"):
        response = client.post(
            reverse("governance:decision", args=[meeting.pk]),
            {"kind": "ordinary", "text": "Adopt the budget"},
            follow=True,
        )
    assert not Decision.objects.exists()
    assert "two thirds of the PMT" in response.text


def test_only_the_coordinator_and_the_board_record_decisions(client, governance_world):
    meeting = new_meeting(governance_world.task_force, 2026, 6, 1, 14)
    url = reverse("governance:decision", args=[meeting.pk])
    data = {"kind": "ordinary", "text": "Meet in Lima"}
    idb = governance_world.managers["IDB"]
    assert _client(client, idb.user).post(url, data).status_code in (302, 403)
    assert not Decision.objects.filter(text="Meet in Lima").exists()
    Appointment.objects.create(
        role="coordinator",
        user=idb.user,
        agency=idb.agency,
        start=datetime.date(2020, 1, 1),
        end=datetime.date(2099, 1, 1),
    )
    client.post(url, data)
    assert Decision.objects.filter(text="Meet in Lima").exists()


def test_members_state_their_organisations_position_on_an_accession(client, governance_world):
    meeting = new_meeting(governance_world.task_force, 2026, 6, 1, 14)
    for member in governance_world.representatives.values():
        Attendance.objects.create(meeting=meeting, membership=member, status="present")
    decision = Decision.objects.create(
        meeting=meeting,
        kind="accession",
        text="ICA",
        subject_agency=governance_world.agencies["ICA"],
    )
    for acronym in MEMBERS:
        member = governance_world.representatives[acronym]
        _client(client, member.user).post(
            reverse("governance:position", args=[meeting.pk]),
            {"decision": decision.pk, "stance": "agree"},
        )
    assert Position.objects.filter(decision=decision).count() == 5
    decision.refresh_from_db()
    assert decision.passed_at is not None
    page = client.get(reverse("governance:meeting", args=[meeting.pk]))
    assert "Passed" in page.text


def test_the_overdue_report_is_listed_and_the_pmt_reminded_in_its_language(
    client, governance_world
):
    meeting = new_meeting(governance_world.task_force, 2026, 6, 15, 14)
    assert overdue(datetime.date(2026, 6, 1)) == []  # due on June 1st: not overdue yet
    assert overdue(datetime.date(2026, 6, 2)) == [meeting]
    oas = governance_world.managers["OAS"].user
    profile = UserProfile.get_for_user(oas)
    profile.preferred_language = "es"
    profile.save()
    assert remind_report(meeting, today=datetime.date(2026, 5, 28)) == 5
    assert remind_report(meeting, today=datetime.date(2026, 5, 29)) == 0  # each person once
    spanish = next(message for message in mail.outbox if message.to == [oas.email])
    assert "informe" in spanish.subject.lower()
    ImplementationReport.objects.create(
        meeting=meeting, text="Done", submitted_on=datetime.date(2026, 6, 3)
    )
    assert overdue(datetime.date(2026, 6, 4)) == []


def test_the_members_ical_feed_lists_the_meetings(client, governance_world):
    new_meeting(governance_world.task_force, 2026, 6, 1, 14, place="Washington, D.C.")
    response = _client(client, governance_world.users["wb-pm"]).get(reverse("governance:ical"))
    assert response["Content-Type"] == "text/calendar"
    assert b"Washington" in response.content
    assert "no-store" in response["Cache-Control"]
    ica = _client(client, governance_world.users["ica-tf"]).get(reverse("governance:ical"))
    assert ica.status_code in (302, 403)
    assert b"Washington" not in ica.content


def test_the_overview_queries_do_not_grow_with_meetings(client, governance_world):
    """As many queries with 2 more PMT meetings (one held, one to come) as with 21 (the admin menu of the other
    installed apps counts in both)."""
    client = _client(client, governance_world.users["idb-pm"])
    today = timezone.localdate()

    def add_meetings(days_from_today):
        for days in days_from_today:
            day = today + datetime.timedelta(days=days)
            meeting = new_meeting(governance_world.pmt, day.year, day.month, day.day, 15)
            for member in governance_world.managers.values():
                Attendance.objects.create(meeting=meeting, membership=member, status="present")

    def overview_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("governance:index")).status_code == 200
        return len(queries)

    add_meetings((-20, 20))  # one held, one to come
    overview_queries()  # what the first request of a session reads once
    few = overview_queries()
    add_meetings(range(-19, 19, 2))
    assert overview_queries() == few


def test_the_admin_refuses_an_appointment_breaking_the_rotation_in_the_users_language(
    client, governance_world
):
    idb = governance_world.managers["IDB"]
    Appointment.objects.create(
        role="coordinator",
        user=idb.user,
        agency=idb.agency,
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 12, 31),
    )
    board = governance_world.users["board"]
    profile = UserProfile.get_for_user(board)
    profile.preferred_language = "es"
    profile.save()
    response = _client(client, board).post(
        reverse("governance_appointments:add"),
        {
            "role": "assistant",
            "user": governance_world.users["idb-tf"].pk,
            "agency": idb.agency.pk,
            "start": "2026-02-01",
            "end": "2026-07-31",
        },
    )
    assert response.status_code == 200
    assert "una organización distinta de la del coordinador" in response.text
    assert Appointment.objects.count() == 1


def test_a_members_own_calendar_address_works_without_a_login_while_they_are_a_member(
    client, governance_world
):
    member = governance_world.users["wb-pm"]
    soon = timezone.localdate() + datetime.timedelta(days=30)
    new_meeting(governance_world.pmt, soon.year, soon.month, soon.day, 15)
    overview = _client(client, member).get(reverse("governance:index"))
    address = overview.context["calendar_app_url"]
    assert address in overview.content.decode()
    client.logout()  # as a calendar app: no session
    response = client.get(address)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar"
    assert b"BEGIN:VEVENT" in response.content
    assert "no-store" in response["Cache-Control"]
    forged = address.rstrip("/")[:-2] + "xx/"
    assert client.get(forged).status_code == 404
    Membership.objects.filter(user=member).delete()
    member.groups.clear()
    assert client.get(address).status_code == 404  # no longer a member: the address is dead
