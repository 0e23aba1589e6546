"""The e-mails of requests for assistance, as background tasks taking plain ids.

Each reads its rows again when it runs (a request erased meanwhile sends nothing) and sends
each message at most once, so a task retried after the mail server failed half-way sends only
what did not leave (see :mod:`.mailing`).
"""

from django_tasks import task

from assistance.models.requests import AssistanceRequest, RequestEvent, RequestRouting

from . import notifications
from .acknowledgement import send_acknowledgement as _send_acknowledgement


def _request(request_id):
    return AssistanceRequest.objects.filter(pk=request_id).first()


@task()
def send_acknowledgement(request_id, page_id=None):
    """The requester's acknowledgement of request ``request_id`` (sent from form ``page_id``)."""
    assistance_request = _request(request_id)
    if assistance_request is None:
        return False
    # The form page it was sent from is the request's own (``page`` is kept with the request).
    page = assistance_request.page if page_id and assistance_request.page_id == page_id else None
    return _send_acknowledgement(assistance_request, page=page)


@task()
def notify_program_managers(request_id, routing_id):
    """The program managers of the agency of routing ``routing_id`` hear of the request."""
    routing = RequestRouting.objects.select_related("agency").filter(pk=routing_id).first()
    assistance_request = _request(request_id)
    if routing is None or assistance_request is None:
        return 0
    return notifications.notify_program_managers(assistance_request, routing)


@task()
def notify_board_unrouted(request_id):
    """The editorial board hears that no agency matched request ``request_id``."""
    assistance_request = _request(request_id)
    if assistance_request is None:
        return 0
    return notifications.notify_board_unrouted(assistance_request)


@task()
def notify_requester_of_status(request_id, event_id):
    """The requester hears of the status change ``event_id`` of their request."""
    event = RequestEvent.objects.filter(pk=event_id, request_id=request_id).first()
    assistance_request = _request(request_id)
    if event is None or assistance_request is None:
        return False
    return notifications.notify_requester_of_status(assistance_request, event=event)
