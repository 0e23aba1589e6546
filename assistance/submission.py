"""Submitting a request for assistance: store it with its first history entry, route it to the
best-matching agencies (``workflow.route_automatically``), then have the requester e-mailed an
acknowledgement in their language (a task: :mod:`.acknowledgement` says what it holds).
"""

import logging

from django.db import transaction
from django.utils import timezone

from assistance.models.requests import AssistanceRequest, RequestEvent

from . import tasks
from .workflow import route_automatically

logger = logging.getLogger(__name__)


def submit_request(
    *,
    country,
    institution,
    contact_name,
    email,
    need,
    urgency,
    preferred_language,
    locale,
    topics=(),
    modality="",
    page=None,
):
    """Store a request (status "new", a "submitted" history entry) and acknowledge it.

    ``locale`` is the language it was submitted in; ``page`` the form page (its live revision
    is the privacy notice the requester accepted). Returns the saved :class:`AssistanceRequest`.
    A failing mail server does not lose the request: it stays saved, with ``acknowledged_at``
    empty until the acknowledgement task gets through.
    """
    now = timezone.now()
    with transaction.atomic():
        assistance_request = AssistanceRequest.objects.create(
            country=country,
            institution=institution,
            contact_name=contact_name,
            email=email,
            need=need,
            urgency=urgency,
            modality=modality or "",
            preferred_language=preferred_language,
            consent_at=now,
            privacy_notice_revision_id=page.live_revision_id if page else None,
            page=page,
            locale=locale,
        )
        assistance_request.topics.set(topics)
        RequestEvent.objects.create(
            request=assistance_request,
            at=now,
            kind=RequestEvent.Kind.SUBMITTED,
            status=assistance_request.status,
        )
    try:
        route_automatically(assistance_request)
    except Exception:  # the request is saved: the board sees every unrouted one
        logger.exception("Request %s could not be routed", assistance_request.reference)
    # The task reaches a real queue when this request's transaction commits (see
    # egecms.background.queues); the immediate backend sends it here and now.
    tasks.send_acknowledgement.enqueue(assistance_request.pk, page.pk if page else None)
    return assistance_request
