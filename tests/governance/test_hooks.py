"""Governance through hooks: its meetings in the events calendar (members only), other apps'
suggestions on a meeting's agenda."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import reverse
from wagtail import hooks

from events.calendar_entries import extra_entries

from .world import new_meeting

pytestmark = pytest.mark.django_db


def _entries(user):
    request = RequestFactory().get("/")
    request.user = user
    return extra_entries(request, start=datetime.date(2026, 6, 1), end=datetime.date(2026, 6, 30))


def test_members_see_the_meetings_in_the_events_calendar_and_nobody_else(governance_world):
    meeting = new_meeting(governance_world.task_force, 2026, 6, 10, 14)
    new_meeting(governance_world.pmt, 2026, 7, 10, 14)  # another month
    entries = _entries(governance_world.users["oas-pm"])
    assert [entry.url for entry in entries] == [reverse("governance:meeting", args=[meeting.pk])]
    assert entries[0].title.startswith("Task Force")
    assert _entries(governance_world.users["ica-pm"]) == []
    assert _entries(AnonymousUser()) == []


def test_other_apps_suggest_items_for_a_meetings_agenda(client, governance_world):
    meeting = new_meeting(governance_world.pmt, 2026, 6, 10, 14)
    calls = []

    def suggest(body, before, user):
        calls.append((body, before, user.username))
        return [{"title": "Overlap: two missions to Peru", "url": "/x/", "detail": "IDB, WB"}]

    client.force_login(governance_world.users["dg-pm"])
    with hooks.register_temporarily("governance_agenda_suggestions", suggest):
        response = client.get(reverse("governance:meeting", args=[meeting.pk]))
    assert "Suggested for the agenda" in response.text
    assert "Overlap: two missions to Peru" in response.text
    assert calls == [("pmt", datetime.date(2026, 6, 10), "dg-pm")]
