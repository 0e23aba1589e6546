"""Overlapping missions and activities are flagged to exactly the program managers of the
agencies concerned (dashboard, e-mail in their language), who may propose and join a joint
mission; open flags are suggested for the PMT's agenda (governance hook)."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from wagtail import hooks

from coordination.actions import JointMissionError, join_joint_mission
from coordination.detection import detect_activity_overlaps, detect_mission_overlaps
from coordination.models import ActivityPage, JointParticipant, Mission, OverlapFlag
from coordination.notifications import notify_overlap
from tests import factories

TODAY = datetime.date(2027, 2, 1)
pytestmark = pytest.mark.django_db


def _mission(agency, *, topics, start, days=4, country="PE", open_to_joint=True):
    mission = Mission.objects.create(
        agency=agency,
        country=country,
        cities="Lima",
        start_date=start,
        end_date=start + datetime.timedelta(days=days),
        purpose="Meet the digital government secretariat",
        counterpart_institution="Secretaría de Gobierno Digital",
        open_to_joint_participation=open_to_joint,
    )
    mission.topics.set(topics)
    return mission


@pytest.fixture
def overlapping(coordination_site):
    """IDB and OAS to Peru on open data, ten days apart: one flag."""
    site = coordination_site
    first = _mission(site["idb"], topics=[site["open_data"]], start=datetime.date(2027, 3, 1))
    second = _mission(site["oas"], topics=[site["open_data"]], start=datetime.date(2027, 3, 15))
    [flag] = detect_mission_overlaps(today=TODAY)
    return {**site, "flag": flag, "missions": (first, second)}


def test_missions_in_the_window_on_a_shared_topic_are_flagged_once(overlapping):
    flag = overlapping["flag"]
    assert flag.kind == OverlapFlag.Kind.MISSIONS
    assert {flag.first_mission, flag.second_mission} == set(overlapping["missions"])
    assert flag.country == "PE" and flag.days_apart == 10
    assert set(flag.agencies.all()) == {overlapping["idb"], overlapping["oas"]}
    assert list(flag.topics.all()) == [overlapping["open_data"]]
    assert detect_mission_overlaps(today=TODAY) == []  # found again: not flagged twice


def test_missions_too_far_apart_elsewhere_or_on_other_topics_are_not_flagged(
    coordination_site,
):
    site = coordination_site
    _mission(site["idb"], topics=[site["open_data"]], start=datetime.date(2027, 3, 1))
    _mission(site["oas"], topics=[site["open_data"]], start=datetime.date(2027, 4, 1))  # 27 days
    _mission(site["wb"], topics=[site["identity"]], start=datetime.date(2027, 3, 2))  # topic
    _mission(site["oas"], topics=[site["open_data"]], start=datetime.date(2027, 3, 2), country="BO")
    _mission(site["idb"], topics=[site["open_data"]], start=datetime.date(2027, 3, 3))  # same
    assert detect_mission_overlaps(today=TODAY) == []


@override_settings(EGECMS={"MISSION_JOIN_WINDOW_DAYS": 30})
def test_the_join_window_is_a_setting(coordination_site):
    site = coordination_site
    _mission(site["idb"], topics=[site["open_data"]], start=datetime.date(2027, 3, 1))
    _mission(site["oas"], topics=[site["open_data"]], start=datetime.date(2027, 4, 1))
    assert len(detect_mission_overlaps(today=TODAY)) == 1


def test_past_missions_are_not_flagged(coordination_site):
    site = coordination_site
    _mission(site["idb"], topics=[site["open_data"]], start=datetime.date(2026, 3, 1))
    _mission(site["oas"], topics=[site["open_data"]], start=datetime.date(2026, 3, 2))
    assert detect_mission_overlaps(today=TODAY) == []


def test_active_activities_of_two_agencies_on_a_country_and_topic_are_flagged(
    coordination_site,
):
    site = coordination_site
    pages = []
    for agency, space, status in (
        (site["idb"], site["idb_space"], ActivityPage.Status.ACTIVE),
        (site["oas"], site["oas_space"], ActivityPage.Status.ACTIVE),
        (site["wb"], site["oas_space"], ActivityPage.Status.COMPLETED),
    ):
        page = space.add_child(
            instance=ActivityPage(
                title=f"{agency.acronym} open data", summary="s", countries=["PE"], status=status
            )
        )
        page.agencies.set([agency])
        page.topics.set([site["open_data"]])
        page.save_revision().publish()
        pages.append(page)
    [flag] = detect_activity_overlaps()
    assert flag.kind == OverlapFlag.Kind.ACTIVITIES
    assert {flag.first_activity_id, flag.second_activity_id} == {pages[0].pk, pages[1].pk}
    assert detect_activity_overlaps() == []


def test_the_flag_is_mailed_to_exactly_the_program_managers_concerned_in_their_language(
    overlapping,
):
    assert notify_overlap(overlapping["flag"]) == 2
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"pm_idb@example.org", "pm_oas@example.org"}
    assert by_recipient["pm_idb@example.org"].subject == "Overlap with another agency in Peru"
    assert "Perú" in by_recipient["pm_oas@example.org"].subject
    assert "Superposición" in by_recipient["pm_oas@example.org"].subject
    assert reverse("coordination:flag", args=[overlapping["flag"].pk]) in mail.outbox[0].body
    assert notify_overlap(overlapping["flag"]) == 2  # a retry sends nothing twice
    assert len(mail.outbox) == 2


def test_saving_missions_finds_the_overlap_and_mails_it(
    coordination_site, django_capture_on_commit_callbacks
):
    site = coordination_site
    with django_capture_on_commit_callbacks(execute=True):
        _mission(site["idb"], topics=[site["open_data"]], start=datetime.date(2099, 3, 1))
        _mission(site["oas"], topics=[site["open_data"]], start=datetime.date(2099, 3, 3))
    assert OverlapFlag.objects.count() == 1
    assert {message.to[0] for message in mail.outbox} == {
        "pm_idb@example.org",
        "pm_oas@example.org",
    }


def test_a_joint_mission_is_proposed_then_joined_and_who_joined_is_recorded(overlapping):
    users, flag = overlapping["users"], overlapping["flag"]
    join_joint_mission(flag, user=users["pm_idb"])
    flag.refresh_from_db()
    assert flag.status == OverlapFlag.Status.JOINT and flag.proposed_by == users["pm_idb"]
    join_joint_mission(flag, user=users["pm_oas"])
    assert [(p.agency.acronym, p.user.username) for p in flag.participants.all()] == [
        ("IDB", "pm_idb"),
        ("OAS", "pm_oas"),
    ]
    with pytest.raises(JointMissionError):
        join_joint_mission(flag, user=users["pm_oas"])  # already joined
    for outsider in ("pm_wb", "ed_idb", "outsider"):
        with pytest.raises(JointMissionError):
            join_joint_mission(flag, user=users[outsider])
    assert JointParticipant.objects.filter(flag=flag).count() == 2


def test_a_mission_closed_to_joint_participation_cannot_be_joined(coordination_site):
    site = coordination_site
    _mission(site["idb"], topics=[site["open_data"]], start=datetime.date(2027, 3, 1))
    _mission(
        site["oas"],
        topics=[site["open_data"]],
        start=datetime.date(2027, 3, 2),
        open_to_joint=False,
    )
    [flag] = detect_mission_overlaps(today=TODAY)
    with pytest.raises(JointMissionError, match="not open to joint participation"):
        join_joint_mission(flag, user=site["users"]["pm_idb"])


def test_the_admin_shows_the_flag_to_its_program_managers_only_and_records_the_joining(
    overlapping, client
):
    users, flag = overlapping["users"], overlapping["flag"]
    url = reverse("coordination:flag", args=[flag.pk])
    client.force_login(users["pm_idb"])
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert url in dashboard.content.decode()
    assert client.get(url).status_code == 200
    client.post(url)
    assert flag.participants.get().user == users["pm_idb"]
    for name in ("pm_wb", "ed_idb", "outsider"):
        client.force_login(users[name])
        assert url not in client.get(reverse("wagtailadmin_home")).content.decode()
        assert client.get(url).status_code in (302, 403, 404)
        assert client.post(url).status_code in (302, 403, 404)
    assert flag.participants.count() == 1


def test_open_flags_are_suggested_for_the_pmt_agenda(overlapping):
    users = overlapping["users"]
    [suggest] = coordination_hooks("governance_agenda_suggestions")
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    [item] = suggest(body="pmt", before=tomorrow, user=users["pm_wb"])
    assert "Peru" in item["title"] and "IDB, OAS" in item["detail"]
    assert item["url"] == reverse("coordination:flag", args=[overlapping["flag"].pk])
    assert list(suggest(body="task_force", before=tomorrow, user=users["pm_wb"])) == []
    assert list(suggest(body="pmt", before=tomorrow, user=users["outsider"])) == []
    both_over = max(mission.end_date for mission in overlapping["missions"])
    after_both = both_over + datetime.timedelta(days=1)
    assert list(suggest(body="pmt", before=after_both, user=users["pm_wb"])) == []
    join_joint_mission(overlapping["flag"], user=users["pm_idb"])
    assert list(suggest(body="pmt", before=tomorrow, user=users["pm_wb"])) == []


def test_missions_are_for_member_agencies_only_and_each_edits_its_own(overlapping, client):
    users = overlapping["users"]
    idb_mission, oas_mission = overlapping["missions"]
    index = reverse("coordination_missions:index")
    client.force_login(users["outsider"])
    assert client.get(index).status_code in (302, 403)
    client.force_login(users["pm_oas"])
    assert "Lima" in client.get(index).content.decode()
    assert (
        client.get(reverse("coordination_missions:edit", args=[oas_mission.pk])).status_code == 200
    )
    assert client.get(reverse("coordination_missions:edit", args=[idb_mission.pk])).status_code in (
        302,
        403,
    )
    form = client.get(reverse("coordination_missions:add")).context["form"]
    assert list(form.fields["agency"].queryset) == [overlapping["oas"]]


def coordination_hooks(name):
    """The coordination app's own functions for hook ``name`` (other apps add theirs too)."""
    return [fn for fn in hooks.get_hooks(name) if fn.__module__ == "coordination.wagtail_hooks"]


def test_agencies_fixture_smoke(coordination_site):
    assert factories.AgencyFactory._meta.model.objects.filter(acronym="WB").exists()


def test_missions_show_in_the_calendar_of_members_only(overlapping, rf):
    from django.contrib.auth.models import AnonymousUser

    [entries_of] = coordination_hooks("events_calendar_entries")
    request = rf.get("/")
    window = {"start": datetime.date(2027, 3, 1), "end": datetime.date(2027, 3, 31)}
    for name in ("pm_wb", "ed_idb"):
        request.user = overlapping["users"][name]
        entries = entries_of(request=request, **window)
        assert sorted(entry["title"] for entry in entries) == [
            "Mission of IDB to Peru",
            "Mission of OAS to Peru",
        ]
    for user in (overlapping["users"]["outsider"], AnonymousUser()):
        request.user = user
        assert list(entries_of(request=request, **window)) == []
    request.user = overlapping["users"]["pm_wb"]
    assert entries_of(request=request, start=window["end"], end=window["end"]) == []
