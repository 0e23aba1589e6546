"""An overlap is closed with a reason by a program manager concerned or the editorial board
(POST, checked on the server), then leaves the dashboard and the PMT's agenda, is not flagged
again by detection, shows in the listing's "closed" filter, and may be reopened."""

import datetime

import pytest
from django.urls import reverse

from coordination.actions import FlagClosingError, close_flag
from coordination.detection import detect_mission_overlaps
from coordination.models import OverlapFlag

from .test_overlap_flags import TODAY, _mission, coordination_hooks

pytestmark = pytest.mark.django_db


@pytest.fixture
def flag(coordination_site):
    """IDB's and OAS's missions to Peru on open data: one open flag."""
    site = coordination_site
    _mission(site["idb"], topics=[site["open_data"]], start=datetime.date(2099, 3, 1))
    _mission(site["oas"], topics=[site["open_data"]], start=datetime.date(2099, 3, 10))
    [flag] = detect_mission_overlaps(today=TODAY)
    return flag


def _board_member():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    from egecms.workspaces import roles

    group, _created = Group.objects.get_or_create(name=roles.EDITORIAL_BOARD)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("board", email="board@example.org", password="pw")
    user.groups.add(group)
    return user


def _close(client, flag, reason="not_a_duplicate", note=""):
    return client.post(
        reverse("coordination:flag_close", args=[flag.pk]),
        {"reason": reason, "note": note},
        follow=True,
    )


def test_a_program_manager_concerned_closes_it_with_a_reason_recorded_in_their_language(
    coordination_site, flag, client
):
    pm_oas = coordination_site["users"]["pm_oas"]  # prefers Spanish
    client.force_login(pm_oas)
    flag_url = reverse("coordination:flag", args=[flag.pk])
    assert (
        reverse("coordination:flag_close", args=[flag.pk]) in client.get(flag_url).content.decode()
    )
    response = _close(client, flag, reason="coordinated_outside", note="Met in Lima in March")
    page = response.content.decode()
    assert "La superposición está cerrada" in page
    flag.refresh_from_db()
    assert flag.status == OverlapFlag.Status.CLOSED
    assert flag.close_reason == OverlapFlag.CloseReason.COORDINATED_OUTSIDE
    assert flag.close_note == "Met in Lima in March"
    assert flag.closed_by == pm_oas and flag.closed_at is not None
    assert "Coordinada fuera de la plataforma" in page and "Met in Lima in March" in page
    assert reverse("coordination:flag_reopen", args=[flag.pk]) in page


def test_only_the_program_managers_concerned_and_the_board_may_close_it(
    coordination_site, flag, client
):
    users = coordination_site["users"]
    close_url = reverse("coordination:flag_close", args=[flag.pk])
    # Denied: 403, or 404 (which the locale middleware turns into a redirect), and no effect.
    for name in ("pm_wb", "ed_idb", "outsider", None):
        if name:
            client.force_login(users[name])
        else:
            client.logout()
        response = client.post(close_url, {"reason": "not_a_duplicate"})
        assert response.status_code in (302, 403, 404), name
        assert "coordination/overlaps/" not in response.get("Location", "").replace(close_url, "")
    flag.refresh_from_db()
    assert flag.status == OverlapFlag.Status.OPEN
    client.force_login(users["pm_idb"])
    assert client.get(close_url).status_code == 405  # POST only
    assert _close(client, flag, reason="nonsense").status_code == 200
    flag.refresh_from_db()
    assert flag.status == OverlapFlag.Status.OPEN  # no valid reason, nothing closed
    with pytest.raises(FlagClosingError):
        close_flag(flag, user=users["pm_wb"], reason="not_a_duplicate")
    board = _board_member()
    client.force_login(board)
    assert "Peru" in client.get(reverse("coordination:flags")).content.decode()
    assert (
        "The overlap is closed"
        in _close(client, flag, reason="joint_mission_held").content.decode()
    )
    flag.refresh_from_db()
    assert flag.status == OverlapFlag.Status.CLOSED and flag.closed_by == board
    # The board, with nothing open left, is not told about "your agency".
    listing = client.get(reverse("coordination:flags")).content.decode()
    assert "No open overlap." in listing and "your agency" not in listing


def test_a_closed_flag_leaves_the_dashboard_and_the_agenda_and_detection_leaves_it_closed(
    coordination_site, flag, client
):
    users = coordination_site["users"]
    flag_url = reverse("coordination:flag", args=[flag.pk])
    [suggest] = coordination_hooks("governance_agenda_suggestions")
    before = datetime.date.today() + datetime.timedelta(days=1)
    assert len(suggest(body="pmt", before=before, user=users["pm_wb"])) == 1
    client.force_login(users["pm_idb"])
    assert flag_url in client.get(reverse("wagtailadmin_home")).content.decode()

    _close(client, flag)
    assert flag_url not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert suggest(body="pmt", before=before, user=users["pm_wb"]) == []
    assert flag_url not in client.get(reverse("coordination:flags")).content.decode()
    assert flag_url in client.get(reverse("coordination:flags") + "?status=closed").content.decode()
    assert flag_url in client.get(reverse("coordination:flags") + "?status=all").content.decode()

    assert detect_mission_overlaps(today=TODAY) == []  # the same pair: not flagged again
    assert OverlapFlag.objects.get().status == OverlapFlag.Status.CLOSED

    page = client.post(
        reverse("coordination:flag_reopen", args=[flag.pk]), follow=True
    ).content.decode()
    assert "The overlap is open again." in page
    flag.refresh_from_db()
    assert flag.status == OverlapFlag.Status.OPEN and flag.reopened_by == users["pm_idb"]
    assert flag.close_reason == "" and flag.closed_by is None
    assert flag_url in client.get(reverse("wagtailadmin_home")).content.decode()
    assert len(suggest(body="pmt", before=before, user=users["pm_wb"])) == 1
