"""Who sees a request for assistance and its contact data, and who may act on it: every role
against every view, checked on the server. The requester's private link, valid, tampered
or expired, never shows the contact data."""

import time
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from assistance.models import AssistanceRequest, RequestEvent
from assistance.status_links import make_status_token

from .follow_up import EMAIL, NAME, PASSWORD, make_request_page, make_staff, submit

ROLES = ("anon", "idb-pm", "oas-pm", "idb-ed", "tr-pt", "board", "super")
HANDLERS = {"idb-pm", "board", "super"}  # the request is routed to IDB (and WB), not OAS

EXPECTED = {
    "queue": HANDLERS,
    "queue_results": HANDLERS,  # the queue's rows alone, when a filter changes
    "detail": HANDLERS,
    "export": HANDLERS,
    "status": HANDLERS,
    "note": HANDLERS,
    "route": HANDLERS,
    "erase": {"board", "super"},
}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def world(menu, site_tree_en, django_capture_on_commit_callbacks):
    agencies = {acronym: space.agency for acronym, space in menu["spaces"].items()}
    users = make_staff(agencies)
    page = make_request_page(site_tree_en)

    def new_request():
        with django_capture_on_commit_callbacks(execute=True):
            return submit(page, [menu["topics"]["digital-identity"]])

    return {"users": users, "page": page, "new_request": new_request, "agencies": agencies}


def client_for(world, role):
    client = Client()
    if role != "anon":
        assert client.login(username=role, password=PASSWORD)
    return client


def _url(name, assistance_request):
    return reverse(name, args=[assistance_request.pk])


def try_view(view, client, world, assistance_request):
    """Run one view as the client; ``True`` when it let the user see or do what it offers."""
    if view == "queue":
        response = client.get(reverse("assistance_requests:index"), follow=True)
        return assistance_request.reference in response.content.decode()
    if view == "queue_results":
        response = client.get(reverse("assistance_requests:index_results"), follow=True)
        return assistance_request.reference in response.content.decode()
    if view == "detail":
        response = client.get(_url("assistance_requests:inspect", assistance_request), follow=True)
        content = response.content.decode()
        shown = EMAIL in content and NAME in content
        assert shown == (response.status_code == 200 and "data-contact" in content)
        return shown
    if view == "export":
        response = client.get(_url("assistance_requests:export", assistance_request))
        return response.status_code == 200 and EMAIL in response.content.decode()
    if view == "erase":
        client.post(_url("assistance_requests:delete", assistance_request))
        return not AssistanceRequest.objects.filter(pk=assistance_request.pk).exists()
    url = _url(f"assistance_requests:{view}", assistance_request)  # status, note, route
    if view == "status":
        client.post(url, {"action": "status", "status-status": "triaged"})
        assistance_request.refresh_from_db()
        return assistance_request.status == "triaged"
    if view == "note":
        client.post(url, {"action": "note", "note-note": "A note"})
        return RequestEvent.objects.filter(request=assistance_request, note="A note").exists()
    if view == "route":
        oas = world["agencies"]["OAS"]
        client.post(url, {"action": "route", "route-agency": oas.pk})
        return assistance_request.routings.filter(agency=oas).exists()
    raise AssertionError(view)


@pytest.mark.django_db
@pytest.mark.parametrize("view", EXPECTED)
def test_roles_against_request_views(world, view):
    mismatches = []
    for role in ROLES:
        assistance_request = world["new_request"]()
        allowed = try_view(view, client_for(world, role), world, assistance_request)
        if allowed != (role in EXPECTED[view]):
            mismatches.append(f"{role}: {'allowed' if allowed else 'denied'}")
    assert not mismatches, f"{view}: {mismatches}"


@pytest.mark.django_db
def test_the_admin_menu_shows_the_queue_to_program_managers_and_the_board(world):
    queue = reverse("assistance_requests:index")
    for role in ROLES[1:]:
        content = client_for(world, role).get(reverse("wagtailadmin_home")).content.decode()
        assert (queue in content) == (role in HANDLERS | {"oas-pm"}), role


def status_url(world, assistance_request, token=None):
    page = world["page"]
    token = token or make_status_token(assistance_request)
    return page.url + page.reverse_subpage("status", kwargs={"token": token})


@pytest.mark.django_db
def test_the_private_link_valid_tampered_or_expired_never_shows_contact_data(world, settings):
    assistance_request = world["new_request"]()
    anonymous = Client()
    response = anonymous.get(status_url(world, assistance_request))
    content = response.content.decode()
    assert response.status_code == 200 and assistance_request.reference in content
    assert EMAIL not in content and NAME not in content
    assert "IDB" not in content  # nor which agencies or managers handle it

    token = make_status_token(assistance_request)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert anonymous.get(status_url(world, assistance_request, tampered)).status_code == 404

    settings.EGECMS = {**settings.EGECMS, "ASSISTANCE_STATUS_LINK_DAYS": 1}
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 2 * 86400):
        old_token = make_status_token(assistance_request)
    response = anonymous.get(status_url(world, assistance_request, old_token))
    content = response.content.decode()
    assert response.status_code == 410 and EMAIL not in content and NAME not in content
