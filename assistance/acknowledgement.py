"""The acknowledgement a requester gets once their request is stored, in their language.

It is plain text and repeats none of the free text the submitter typed (name, institution,
need): only the reference, choices from fixed lists and the private status link. So the form
cannot be used to send someone else a message of the sender's making, and no markup a
submitter types ever reaches an e-mail.
"""

from django.conf import settings
from django.utils import timezone, translation
from wagtail.models import Locale

from assistance.models.requests import AssistanceRequest
from egecms.core.labels import LocaleLabels

from .mailing import MailNotSent, deliver, render_email
from .status_links import link_lifetime, status_url

TEMPLATES = "assistance/email_acknowledgement"


def acknowledgement_context(assistance_request, *, page=None):
    """What the acknowledgement says (render it in the requester's language)."""
    locale = Locale.objects.filter(language_code=assistance_request.preferred_language).first()
    topic_labels = LocaleLabels.load(locale or assistance_request.locale_id).topics
    topic_ids = assistance_request.topics.values_list("pk", flat=True)
    return {
        "reference": assistance_request.reference,
        "country": assistance_request.country.name,
        "topics": sorted(topic_labels[pk].name for pk in topic_ids if pk in topic_labels),
        "urgency": assistance_request.get_urgency_display(),
        "status_url": status_url(assistance_request, page=page),
        "link_days": link_lifetime().days,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


def send_acknowledgement(assistance_request, *, page=None):
    """E-mail the requester the reference and the status link (once), and record when;
    :class:`MailNotSent` when the mail server fails (the request stays saved, and program
    managers see it is not acknowledged yet)."""
    with translation.override(assistance_request.preferred_language):
        context = acknowledgement_context(assistance_request, page=page)
        message = render_email(TEMPLATES, context, to=[assistance_request.email], html=False)
    what = f"acknowledgement of {assistance_request.reference}"
    if not deliver(message, key=f"assistance:ack:{assistance_request.pk}", what=what):
        raise MailNotSent(what)
    assistance_request.acknowledged_at = timezone.now()
    AssistanceRequest.objects.filter(pk=assistance_request.pk).update(
        acknowledged_at=assistance_request.acknowledged_at
    )
    return True
