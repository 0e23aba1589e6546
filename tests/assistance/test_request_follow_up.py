"""Following a request up: routed to the best-matching agencies, their program managers told
in their language, status moved on with notes and a full history, the requester told; the
duplication warning; export and erasure on demand."""

import json

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from assistance.models import AssistanceRequest, RequestEvent, RequestRouting
from assistance.records import ERASED_ACTION
from assistance.workflow import WorkflowError, change_status

from .follow_up import EMAIL, NAME, PASSWORD, make_request_page, make_staff, submit

SCRIPT = '<script>alert("x")</script><b onmouseover="steal()">bold</b>'


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def world(menu, site_tree_en):
    agencies = {acronym: space.agency for acronym, space in menu["spaces"].items()}
    return {
        **menu,
        "agencies": agencies,
        "users": make_staff(agencies),
        "page": make_request_page(site_tree_en),
    }


def identity(world):
    return [world["topics"]["digital-identity"]]


def submitted(world, django_capture_on_commit_callbacks, **overrides):
    with django_capture_on_commit_callbacks(execute=True):
        return submit(world["page"], overrides.pop("topics", identity(world)), **overrides)


def login(client, world, username):
    client.login(username=username, password=PASSWORD)
    return client


def detail_url(assistance_request):
    return reverse("assistance_requests:inspect", args=[assistance_request.pk])


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


# -- routing ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_new_request_goes_to_the_best_matching_agencies_whose_managers_are_told(
    world, django_capture_on_commit_callbacks
):
    assistance_request = submitted(world, django_capture_on_commit_callbacks)
    assert {routing.agency.acronym for routing in assistance_request.routings.all()} == {
        "IDB",
        "WB",
    }
    kinds = list(assistance_request.events.values_list("kind", "agency__acronym"))
    assert ("routed", "IDB") in kinds and ("notified", "WB") in kinds

    (to_idb,) = mails_to("idb-pm@agency.example")
    assert to_idb.subject == f"Request for assistance {assistance_request.reference} for IDB (Peru)"
    assert "offers training in digital identity; covers Peru; works in Spanish" in to_idb.body
    assert detail_url(assistance_request) in to_idb.body
    assert EMAIL not in to_idb.body and NAME not in to_idb.body  # contact data stays in the admin
    # The World Bank's program manager reads Spanish.
    (to_wb,) = mails_to("wb-pm@agency.example")
    assert to_wb.subject.startswith("Solicitud de asistencia")
    assert "Perú" in to_wb.subject
    assert not mails_to("oas-pm@agency.example")
    assert not mails_to("idb-ed@agency.example")


@pytest.mark.django_db
def test_routing_goes_to_as_many_agencies_as_configured(
    world, django_capture_on_commit_callbacks, settings
):
    settings.EGECMS = {**settings.EGECMS, "ASSISTANCE_ROUTE_TO": 1}
    assistance_request = submitted(world, django_capture_on_commit_callbacks)
    assert [routing.agency.acronym for routing in assistance_request.routings.all()] == ["IDB"]


@pytest.mark.django_db
def test_a_request_nobody_matches_is_routed_to_no_one_and_the_board_is_told(
    world, django_capture_on_commit_callbacks
):
    assistance_request = submitted(
        world, django_capture_on_commit_callbacks, topics=[world["topics"]["cybersecurity"]]
    )
    assert not assistance_request.routings.exists()
    (to_board,) = mails_to("board@agency.example")
    assert assistance_request.reference in to_board.subject
    assert "precisa de encaminhamento" in to_board.subject  # the board member reads Portuguese
    assert not [m for m in mail.outbox if m.to[0].endswith("-pm@agency.example")]


@pytest.mark.django_db
def test_markup_in_every_field_is_escaped_in_the_managers_email_and_in_the_admin(
    world, django_capture_on_commit_callbacks, client
):
    assistance_request = submitted(
        world,
        django_capture_on_commit_callbacks,
        institution=SCRIPT[:200],
        contact_name=SCRIPT[:200],
        need=f"Need {SCRIPT}",
    )
    (to_idb,) = mails_to("idb-pm@agency.example")
    ((html, mimetype),) = to_idb.alternatives
    assert mimetype == "text/html"
    assert "<script>" not in html and "<b onmouseover" not in html
    assert escape(SCRIPT) in html
    response = login(client, world, "idb-pm").get(detail_url(assistance_request))
    content = response.content.decode()
    assert "<script>alert" not in content and '<b onmouseover="steal()">' not in content
    assert content.count(escape(SCRIPT)) >= 3  # institution, contact person and need


# -- status workflow ------------------------------------------------------------------------------


def post_action(client, assistance_request, action, **fields):
    data = {"action": action, **{f"{action}-{name}": value for name, value in fields.items()}}
    return client.post(reverse(f"assistance_requests:{action}", args=[assistance_request.pk]), data)


@pytest.mark.django_db
def test_a_program_manager_moves_the_request_on_and_the_requester_follows_it(
    world, django_capture_on_commit_callbacks, client
):
    assistance_request = submitted(world, django_capture_on_commit_callbacks)
    login(client, world, "idb-pm")
    mail.outbox.clear()
    idb = world["agencies"]["IDB"]
    with django_capture_on_commit_callbacks(execute=True):
        response = post_action(
            client, assistance_request, "status", status="triaged", note="Call the ministry"
        )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        post_action(client, assistance_request, "status", status="assigned", agency=idb.pk)
        post_action(client, assistance_request, "note", note="Kick-off set for May")
        post_action(client, assistance_request, "status", status="in_progress")
        post_action(client, assistance_request, "status", status="resolved")
    assistance_request.refresh_from_db()
    assert assistance_request.status == "resolved"
    assert assistance_request.assigned_agency == idb

    page = client.get(detail_url(assistance_request)).content.decode()
    for text in ("Call the ministry", "Kick-off set for May", "Assigned to IDB", "Resolved"):
        assert text in page
    history = list(assistance_request.events.values_list("kind", "status"))
    assert [step for step in history if step[0] == "status_changed"] == [
        ("status_changed", "triaged"),
        ("status_changed", "assigned"),
        ("status_changed", "in_progress"),
        ("status_changed", "resolved"),
    ]
    # The requester is told each new status, in Spanish, with no internal note.
    to_requester = mails_to(EMAIL)
    assert len(to_requester) == 4
    assert to_requester[0].subject.endswith(": En revisión")
    assert "/status/" in to_requester[0].body
    assert all("Call the ministry" not in message.body for message in to_requester)


@pytest.mark.django_db
def test_a_move_the_workflow_refuses_is_explained_and_changes_nothing(
    world, django_capture_on_commit_callbacks, client
):
    assistance_request = submitted(world, django_capture_on_commit_callbacks)
    login(client, world, "idb-pm")
    response = post_action(client, assistance_request, "status", status="resolved", note="Done")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    response = post_action(client, assistance_request, "status", status="assigned", note="Keep")
    content = response.content.decode()
    assert "Choose the agency the request is assigned to." in content
    assert "Keep" in content  # what was typed is still there
    assistance_request.refresh_from_db()
    assert assistance_request.status == "new"
    with pytest.raises(WorkflowError):
        change_status(assistance_request, "in_progress", by=None)


@pytest.mark.django_db
def test_routing_by_hand_tells_the_new_agency_which_then_sees_the_request(
    world, django_capture_on_commit_callbacks, client
):
    assistance_request = submitted(world, django_capture_on_commit_callbacks)
    oas_client = login(client.__class__(), world, "oas-pm")
    assert oas_client.get(detail_url(assistance_request), follow=True).status_code == 404
    mail.outbox.clear()
    login(client, world, "board")
    with django_capture_on_commit_callbacks(execute=True):
        post_action(
            client, assistance_request, "route", agency=world["agencies"]["OAS"].pk, note="Chile"
        )
    assert RequestRouting.objects.filter(request=assistance_request, agency__acronym="OAS")
    (to_oas,) = mails_to("oas-pm@agency.example")
    assert to_oas.subject.startswith("Demande d’assistance")  # the OAS manager reads French
    response = oas_client.get(detail_url(assistance_request))
    assert response.status_code == 200 and EMAIL in response.content.decode()
    # Routing twice to the same agency is refused with a message.
    response = post_action(client, assistance_request, "route", agency=world["agencies"]["OAS"].pk)
    assert response.status_code == 200
    assert RequestRouting.objects.filter(request=assistance_request).count() == 3


@pytest.mark.django_db
def test_a_form_posted_to_the_request_page_as_before_goes_on_to_its_action(
    world, django_capture_on_commit_callbacks, client
):
    assistance_request = submitted(world, django_capture_on_commit_callbacks)
    data = {"action": "note", "note-note": "Posted as before"}
    oas_client = login(client.__class__(), world, "oas-pm")
    assert oas_client.post(detail_url(assistance_request), data, follow=True).status_code == 404
    login(client, world, "idb-pm")
    response = client.post(detail_url(assistance_request), data)
    assert response.status_code == 307
    assert response["Location"] == reverse("assistance_requests:note", args=[assistance_request.pk])
    client.post(detail_url(assistance_request), data, follow=True)
    assert RequestEvent.objects.filter(request=assistance_request, note="Posted as before").exists()
    assert client.post(detail_url(assistance_request), {"action": "?"}).status_code == 405


# -- duplication ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_program_managers_triaging_see_other_agencies_on_the_same_country_and_topic(
    world, django_capture_on_commit_callbacks, client
):
    earlier = submitted(world, django_capture_on_commit_callbacks)
    change_status(earlier, "assigned", by=None, agency=world["agencies"]["WB"])
    later = submitted(world, django_capture_on_commit_callbacks, institution="Another ministry")
    content = login(client, world, "idb-pm").get(detail_url(later)).content.decode()
    assert "data-duplication-warning" in content
    assert 'data-duplication-agency="IDB"' in content  # its service naming Peru
    assert 'data-duplication-agency="WB"' in content  # the earlier request it took on
    assert earlier.reference in content
    # A request on a topic nobody else works on carries no warning.
    alone = submitted(
        world, django_capture_on_commit_callbacks, topics=[world["topics"]["cybersecurity"]]
    )
    content = login(client, world, "board").get(detail_url(alone)).content.decode()
    assert "data-duplication-warning" not in content


# -- export and erasure ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_request_is_exported_whole_and_the_export_is_logged(
    world, django_capture_on_commit_callbacks, client
):
    assistance_request = submitted(world, django_capture_on_commit_callbacks)
    response = login(client, world, "idb-pm").get(
        reverse("assistance_requests:export", args=[assistance_request.pk])
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'{assistance_request.reference}.json"')
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert (data["contact_name"], data["email"], data["country"]) == (NAME, EMAIL, "PE")
    assert data["topics"] == ["Digital identity"]
    assert {entry["agency"] for entry in data["routed_to"]} == {"IDB", "WB"}
    assert [entry["kind"] for entry in data["history"]][0] == "submitted"
    assert ModelLogEntry.objects.filter(
        object_id=str(assistance_request.pk), action="egecms_services.export"
    ).exists()


@pytest.mark.django_db
def test_erasure_deletes_the_request_and_its_history_and_keeps_only_the_reference(
    world, django_capture_on_commit_callbacks, client
):
    assistance_request = submitted(world, django_capture_on_commit_callbacks)
    reference, pk = assistance_request.reference, assistance_request.pk
    erase_url = reverse("assistance_requests:delete", args=[pk])
    login(client, world, "idb-pm")
    assert client.post(erase_url).status_code in (302, 403)  # a program manager may not erase
    assert AssistanceRequest.objects.filter(pk=pk).exists()

    login(client, world, "board")
    assert "Não é possível desfazer" in client.get(erase_url).content.decode()  # reads pt
    response = client.post(erase_url)
    assert response.status_code == 302
    assert not AssistanceRequest.objects.filter(pk=pk).exists()
    assert not RequestEvent.objects.filter(request_id=pk).exists()
    assert not RequestRouting.objects.filter(request_id=pk).exists()
    (entry,) = ModelLogEntry.objects.filter(action=ERASED_ACTION)
    assert entry.label == reference and entry.user == world["users"]["board"]
    assert EMAIL not in json.dumps(entry.data) and NAME not in entry.label


# -- the queue --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_queue_lists_open_requests_with_filters_in_a_fixed_number_of_queries(
    world, django_capture_on_commit_callbacks, client
):
    def count_queries(url):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries), response.content.decode()

    login(client, world, "idb-pm")
    first = submitted(world, django_capture_on_commit_callbacks)
    url = reverse("assistance_requests:index")
    few, content = count_queries(url)
    assert first.reference in content and "Peru" in content
    for _number in range(30):
        submitted(world, django_capture_on_commit_callbacks)
    many, content = count_queries(url)
    assert many <= few
    closed = submitted(world, django_capture_on_commit_callbacks)
    change_status(closed, "declined", by=None)
    assert closed.reference not in client.get(url).content.decode()  # open ones by default
    assert closed.reference in client.get(url, {"status": "declined"}).content.decode()
    assert closed.reference not in client.get(url, {"country": "CL"}).content.decode()
