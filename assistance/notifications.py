"""The e-mails of the follow-up, each in its reader's language.

- To the program managers of an agency a request is routed to (or, when it has none with an
  address, to the editorial board): what is asked, why it matched, a link to the admin. Plain
  text with an HTML alternative, where everything the requester typed is escaped. The contact
  data stays in the admin.
- To the editorial board when nobody matched a new request, so that it routes it by hand.
- To the requester when the status changes: the status and the private link, none of the
  program managers' notes.

Each is sent by a task (``assistance.tasks``), at most once per recipient and occasion (a key
per message, see :func:`.mailing.deliver`): a failing mail server never undoes a change; it is
logged, :class:`.mailing.MailNotSent` makes the worker try again the messages that did not
leave, and the history says who was told.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail import hooks
from wagtail.users.models import UserProfile

from assistance.models.requests import AssistanceRequest, RequestEvent
from egecms.core.labels import LocaleLabels
from egecms.workspaces import roles
from egecms.workspaces.models import AgencyGroup

from .mailing import MailNotSent, deliver, render_email, was_sent
from .matching import match_request
from .status_links import status_url
from .tracking import STATUS_EXPLANATIONS

ROUTED_TEMPLATES = "assistance/email/routed"
UNROUTED_TEMPLATES = "assistance/email/unrouted"
STATUS_TEMPLATES = "assistance/email/status_changed"


def program_managers_of(agency):
    """Active users with an e-mail address in ``agency``'s program managers group."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__agency_link__agency=agency,
            groups__agency_link__role=AgencyGroup.Role.PROGRAM_MANAGERS,
        )
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def editorial_board():
    """Active members of the editorial board with an e-mail address."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=roles.EDITORIAL_BOARD)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def admin_url(assistance_request):
    """The absolute address of the request in the admin."""
    path = reverse("assistance_requests:inspect", args=[assistance_request.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _language_of(user):
    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


def request_summary(assistance_request):
    """What every staff e-mail says of the request, in the active language."""
    topic_labels = LocaleLabels.for_active_language().topics
    topic_ids = assistance_request.topics.values_list("pk", flat=True)
    return {
        "reference": assistance_request.reference,
        "country": assistance_request.country.name,
        "institution": assistance_request.institution,
        "topics": sorted(topic_labels[pk].name for pk in topic_ids if pk in topic_labels),
        "urgency": assistance_request.get_urgency_display(),
        "modality": assistance_request.get_modality_display(),
        "preferred_language": get_language_info(assistance_request.preferred_language)[
            "name_translated"
        ],
        "need": assistance_request.need,
        "admin_url": admin_url(assistance_request),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


def _send(templates, context, recipients, *, key):
    """Render ``templates`` (``_subject.txt``, ``.txt``, ``.html``) per recipient language and
    send each once (``<key>:<user id>``); ``(how many have left, ids of those that failed)``."""
    sent, failed = 0, []
    for user in recipients:
        user_key = f"{key}:{user.pk}"
        if was_sent(user_key):
            sent += 1
            continue
        with translation.override(_language_of(user)):
            context_for_user = {**context(), "recipient": user.get_full_name() or user.username}
            message = render_email(templates, context_for_user, to=[user.email])
        if deliver(message, key=user_key, what=f"notification to user {user.pk}"):
            sent += 1
        else:
            failed.append(user.pk)
    return sent, failed


def _raise_for(failed, what):
    if failed:
        raise MailNotSent(f"{what}: not sent to users {failed}")


def program_managers_to_email(users, agency):
    """Those of ``users`` (program managers of ``agency``) to e-mail at once: every
    ``assistance_program_managers_to_email`` hook, called with ``users`` and ``agency``, may
    keep fewer (the subscriptions app keeps those who did not choose a daily summary or
    nothing for requests routed to their agency)."""
    for hook in hooks.get_hooks("assistance_program_managers_to_email"):
        users = list(hook(users=users, agency=agency))
    return users


def notify_program_managers(assistance_request, routing):
    """Tell the program managers of ``routing.agency`` (else the board) about the request;
    the history records that they were told (once). :class:`MailNotSent` if some were not."""

    recipients = list(program_managers_of(routing.agency))
    to_board = not recipients
    if to_board:
        recipients = list(editorial_board())
    else:
        recipients = program_managers_to_email(recipients, routing.agency)

    def context():
        reasons = next(
            (
                match.reasons
                for match in match_request(assistance_request).agencies
                if match.agency.pk == routing.agency_id
            ),
            [],
        )
        return {
            **request_summary(assistance_request),
            "agency": routing.agency,
            "reasons": [str(reason) for reason in reasons],
            "no_program_manager": to_board,
        }

    sent, failed = _send(
        ROUTED_TEMPLATES, context, recipients, key=f"assistance:routed:{routing.pk}"
    )
    if sent:
        RequestEvent.objects.get_or_create(
            request=assistance_request,
            kind=RequestEvent.Kind.NOTIFIED,
            agency=routing.agency,
            defaults={"status": assistance_request.status},
        )
    _raise_for(failed, f"routing of {assistance_request.reference} to {routing.agency}")
    return sent


def notify_board_unrouted(assistance_request):
    """Tell the editorial board that no agency matched a new request."""

    def context():
        return {
            **request_summary(assistance_request),
            "match_message": match_request(assistance_request).message,
        }

    sent, failed = _send(
        UNROUTED_TEMPLATES,
        context,
        editorial_board(),
        key=f"assistance:unrouted:{assistance_request.pk}",
    )
    _raise_for(failed, f"unrouted {assistance_request.reference}")
    return sent


def notify_requester_of_status(assistance_request, *, event):
    """E-mail the requester the status ``event`` (a status change of the request's history)
    set, with their private link (no notes, no names); :class:`MailNotSent` if it failed."""
    status = AssistanceRequest.Status(event.status)
    with translation.override(assistance_request.preferred_language):
        context = {
            "reference": assistance_request.reference,
            "status": status.label,
            "explanation": STATUS_EXPLANATIONS[status],
            "status_url": status_url(assistance_request, page=assistance_request.page),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        message = render_email(STATUS_TEMPLATES, context, to=[assistance_request.email], html=False)
    if not deliver(
        message,
        key=f"assistance:status:{event.pk}",
        what=f"status of {assistance_request.reference}",
    ):
        raise MailNotSent(f"status of {assistance_request.reference}")
    return True
