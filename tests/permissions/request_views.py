"""The admin views of the requests for assistance, as the permission matrix calls them.

A request is not a page: each cell creates one (rolled back after it) routed to the agency of
the object's space: "own" (IDB's space) a request routed to IDB, "area" (OAS's issue area) one
routed to OAS; the other objects do not apply. Its program managers, the board and superusers
handle it; nobody else learns that it exists (a 404, hence ``denied_statuses``).
"""

from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from assistance.models import AssistanceRequest, RequestEvent, RequestRouting
from egecms.core.models import Agency

from .view import View

ROUTED_TO = {"own": "agency_idb", "area": "agency_oas"}  # object -> the agency in world.tree
INSTITUTION = "MARKER-request-institution-q7"  # shown in the queue
CONTACT = "marker-request-contact-q7@ministry.example"  # shown with the request, exported
HIDDEN = (302, 403, 404)


def _agency(world, key):
    return Agency.objects.get(pk=world.tree.pages[key].pk)


def _new_request(world, name):
    assistance_request = AssistanceRequest.objects.create(
        country="PE",
        institution=INSTITUTION,
        contact_name="Contact of the matrix",
        email=CONTACT,
        need="A need",
        preferred_language="es",
        consent_at=timezone.now(),
        locale=Locale.get_default(),
    )
    RequestRouting.objects.create(
        request=assistance_request, agency=_agency(world, ROUTED_TO[name])
    )
    return assistance_request


def _on_request(act):
    """``act(client, world, name, request)``, on a fresh request where one applies."""

    def run(client, world, name):
        if name not in ROUTED_TO:
            return None, None
        return act(client, world, name, _new_request(world, name))

    return run


def _url(url_name, assistance_request):
    return reverse(f"assistance_requests:{url_name}", args=[assistance_request.pk])


def _get(url_name):
    def act(client, world, name, assistance_request):
        if url_name in ("index", "index_results"):
            return client.get(reverse(f"assistance_requests:{url_name}")), None
        return client.get(_url(url_name, assistance_request)), None

    return _on_request(act)


@_on_request
def change_status(client, world, name, assistance_request):
    response = client.post(_url("status", assistance_request), {"status-status": "triaged"})
    assistance_request.refresh_from_db()
    return response, assistance_request.status == "triaged"


@_on_request
def add_note(client, world, name, assistance_request):
    response = client.post(_url("note", assistance_request), {"note-note": "Matrix note"})
    return response, RequestEvent.objects.filter(note="Matrix note").exists()


@_on_request
def route(client, world, name, assistance_request):
    other = _agency(world, "agency_oas" if name == "own" else "agency_idb")
    response = client.post(_url("route", assistance_request), {"route-agency": other.pk})
    return response, assistance_request.routings.filter(agency=other).exists()


@_on_request
def erase(client, world, name, assistance_request):
    response = client.post(_url("delete", assistance_request))
    return response, not AssistanceRequest.objects.filter(pk=assistance_request.pk).exists()


def _institution(world, name):
    return INSTITUTION


def _contact(world, name):
    return CONTACT


def _request_view(name, kind, url_name, run, evidence=_contact):
    return View(
        name,
        kind,
        (f"assistance_requests:{url_name}",),
        run,
        evidence=evidence,
        denied_statuses=HIDDEN,
    )


REQUEST_VIEWS = [
    _request_view("request_queue", "listing", "index", _get("index"), _institution),
    _request_view(
        "request_queue_results", "listing", "index_results", _get("index_results"), _institution
    ),
    _request_view("request", "read", "inspect", _get("inspect")),
    _request_view("request_export", "read", "export", _get("export")),
    _request_view("request_status", "action", "status", change_status),
    _request_view("request_note", "action", "note", add_note),
    _request_view("request_route", "action", "route", route),
    _request_view("request_erase", "action", "delete", erase),
]
