"""Submitting a request for assistance: store it with its first history entry, route it to the
best-matching agencies (``workflow.route_automatically``), then e-mail the requester an
acknowledgement in their language.

The acknowledgement is plain text and repeats none of the free text the submitter typed (name,
institution, need): only the reference, choices from fixed lists and the private status link.
So the form cannot be used to send someone else a message of the sender's making, and no
markup a submitter types ever reaches an e-mail.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from wagtail.models import Locale

from assistance.models.requests import AssistanceRequest, RequestEvent
from egecms.core.labels import LocaleLabels

from .mailing import render_email, send_quietly
from .status_links import link_lifetime, status_url
from .workflow import route_automatically

logger = logging.getLogger(__name__)

TEMPLATES = "assistance/email_acknowledgement"


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
    request=None,
):
    """Store a request (status "new", a "submitted" history entry) and acknowledge it.

    ``locale`` is the language it was submitted in; ``page`` the form page (its live revision
    is the privacy notice the requester accepted); ``request`` the HTTP request, if any, for
    absolute links. Returns the saved :class:`AssistanceRequest`. A failing mail server does
    not lose the request: it stays saved, with ``acknowledged_at`` empty.
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
        route_automatically(assistance_request, http_request=request)
    except Exception:  # the request is saved: the board sees every unrouted one
        logger.exception("Request %s could not be routed", assistance_request.reference)
    send_acknowledgement(assistance_request, page=page, request=request)
    return assistance_request


def acknowledgement_context(assistance_request, *, page=None, request=None):
    """What the acknowledgement says (render it in the requester's language)."""
    locale = Locale.objects.filter(language_code=assistance_request.preferred_language).first()
    topic_labels = LocaleLabels.load(locale or assistance_request.locale_id).topics
    topic_ids = assistance_request.topics.values_list("pk", flat=True)
    return {
        "reference": assistance_request.reference,
        "country": assistance_request.country.name,
        "topics": sorted(topic_labels[pk].name for pk in topic_ids if pk in topic_labels),
        "urgency": assistance_request.get_urgency_display(),
        "status_url": status_url(assistance_request, page=page, request=request),
        "link_days": link_lifetime().days,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


def send_acknowledgement(assistance_request, *, page=None, request=None):
    """E-mail the requester the reference and the status link; ``True`` once it is sent."""
    with translation.override(assistance_request.preferred_language):
        context = acknowledgement_context(assistance_request, page=page, request=request)
        message = render_email(TEMPLATES, context, to=[assistance_request.email])
    # When it fails the request stays saved; program managers see it was never acknowledged.
    if not send_quietly(message, f"acknowledgement of {assistance_request.reference}"):
        return False
    assistance_request.acknowledged_at = timezone.now()
    AssistanceRequest.objects.filter(pk=assistance_request.pk).update(
        acknowledged_at=assistance_request.acknowledged_at
    )
    return True
