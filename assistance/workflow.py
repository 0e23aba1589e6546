"""Following a request up: routing it to agencies, its status, notes; each step in its history.

Status goes new → triaged → assigned → in progress → resolved, or declined from any open
status; a closed request can be reopened (back to triaged). Assigning names the agency that
takes the request on (routing it there too, if it was not). Every change is one
``RequestEvent``; program managers are told by e-mail when a request is routed to their
agency, the requester when its status changes (never the notes, which stay internal): each
e-mail is a task (``assistance.tasks``) enqueued when the change commits.
"""

from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assistance.models.requests import AssistanceRequest, RequestEvent, RequestRouting

from . import tasks
from .matching import TOPIC_WEIGHT, match_request
from .signals import request_routed

Status = AssistanceRequest.Status

TRANSITIONS = {
    Status.NEW: (Status.TRIAGED, Status.ASSIGNED, Status.DECLINED),
    Status.TRIAGED: (Status.ASSIGNED, Status.DECLINED),
    Status.ASSIGNED: (Status.IN_PROGRESS, Status.RESOLVED, Status.DECLINED, Status.TRIAGED),
    Status.IN_PROGRESS: (Status.RESOLVED, Status.DECLINED),
    Status.RESOLVED: (Status.TRIAGED,),
    Status.DECLINED: (Status.TRIAGED,),
}


class WorkflowError(ValueError):
    """A step the workflow does not allow; its message is for the user."""


def next_statuses(assistance_request):
    """The statuses ``assistance_request`` may move to now."""
    return TRANSITIONS[Status(assistance_request.status)]


def route_to_limit():
    """How many of the best-matching agencies a new request goes to
    (``EGECMS["ASSISTANCE_ROUTE_TO"]``, default 2)."""
    return max(1, settings.EGECMS.get("ASSISTANCE_ROUTE_TO", 2))


def best_agencies(match_result, limit=None):
    """The agencies a new request goes to: the best-ranked ones that share as many topics
    with it as the very best, at most ``limit`` (``[(agency, score)]``)."""

    ranked = list(match_result.agencies)
    if not ranked:
        return []
    top_tier = ranked[0].score // TOPIC_WEIGHT
    chosen = [match for match in ranked if match.score // TOPIC_WEIGHT == top_tier]
    return [(match.agency, match.score) for match in chosen[: limit or route_to_limit()]]


@dataclass(frozen=True)
class RoutingOutcome:
    """What routing did: the new routings, and whether the board was told instead."""

    routings: tuple
    board_notified: bool = False


def route_automatically(assistance_request):
    """Route a new request to its best-matching agencies (see :func:`best_agencies`); when
    none matches, the editorial board is told so that it routes the request by hand."""

    chosen = best_agencies(match_request(assistance_request))
    with transaction.atomic():
        routings = tuple(
            _route(assistance_request, agency, by=None, score=score) for agency, score in chosen
        )
    routings = tuple(routing for routing in routings if routing is not None)
    if routings:
        _notify_on_commit(assistance_request, routings, by=None)
        return RoutingOutcome(routings=routings)
    transaction.on_commit(partial(tasks.notify_board_unrouted.enqueue, assistance_request.pk))
    return RoutingOutcome(routings=(), board_notified=True)


def route_to(assistance_request, agency, *, by, note=""):
    """Route ``assistance_request`` to one more agency by hand (its program managers are
    told). Refused if it is already routed there."""
    with transaction.atomic():
        routing = _route(assistance_request, agency, by=by, note=note)
    if routing is None:
        raise WorkflowError(_("The request is already routed to this agency."))
    _notify_on_commit(assistance_request, (routing,), by=by)
    return routing


def _route(assistance_request, agency, *, by, score=None, note=""):
    routing, created = RequestRouting.objects.get_or_create(
        request=assistance_request,
        agency=agency,
        defaults={"routed_by": by, "score": score},
    )
    if not created:
        return None
    RequestEvent.objects.create(
        request=assistance_request,
        at=routing.routed_at,
        kind=RequestEvent.Kind.ROUTED,
        status=assistance_request.status,
        agency=agency,
        actor=by,
        note=note,
    )
    return routing


def _notify_on_commit(assistance_request, routings, *, by):
    for routing in routings:
        transaction.on_commit(
            partial(tasks.notify_program_managers.enqueue, assistance_request.pk, routing.pk)
        )
    transaction.on_commit(
        partial(
            request_routed.send,
            sender=AssistanceRequest,
            request_record=assistance_request,
            agencies=[routing.agency for routing in routings],
            actor=by,
        )
    )


def change_status(assistance_request, status, *, by, note="", agency=None):
    """Move ``assistance_request`` to ``status`` (with an internal ``note``); assigning needs
    the ``agency`` that takes it on. The requester is told by e-mail."""
    status = Status(status)
    if status not in next_statuses(assistance_request):
        raise WorkflowError(
            _("A request that is “%(current)s” cannot become “%(new)s”.")
            % {"current": assistance_request.get_status_display(), "new": status.label}
        )
    if status == Status.ASSIGNED and agency is None:
        raise WorkflowError(_("Choose the agency the request is assigned to."))
    with transaction.atomic():
        if agency is not None and status == Status.ASSIGNED:
            routing = _route(assistance_request, agency, by=by)
            if routing is not None:
                _notify_on_commit(assistance_request, (routing,), by=by)
            assistance_request.assigned_agency = agency
        elif status == Status.TRIAGED:
            assistance_request.assigned_agency = None
        assistance_request.status = status
        assistance_request.updated_at = timezone.now()
        assistance_request.save(update_fields=["status", "assigned_agency", "updated_at"])
        event = RequestEvent.objects.create(
            request=assistance_request,
            kind=RequestEvent.Kind.STATUS_CHANGED,
            status=status,
            agency=assistance_request.assigned_agency,
            actor=by,
            note=note,
        )
    transaction.on_commit(
        partial(tasks.notify_requester_of_status.enqueue, assistance_request.pk, event.pk)
    )


def add_note(assistance_request, note, *, by):
    """An internal note in the request's history (never shown to the requester)."""
    if not note.strip():
        raise WorkflowError(_("Write the note first."))
    return RequestEvent.objects.create(
        request=assistance_request,
        kind=RequestEvent.Kind.NOTE,
        status=assistance_request.status,
        actor=by,
        note=note,
    )
