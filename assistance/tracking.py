"""What the requester sees on their private status page: never the contact data, never the
program managers' notes or names, only the request, its status and the dated steps."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from assistance.models.requests import AssistanceRequest, RequestEvent
from egecms.core.labels import LocaleLabels

Status = AssistanceRequest.Status

STATUS_EXPLANATIONS = {
    Status.NEW: _("We have received your request. A program manager will review it soon."),
    Status.TRIAGED: _("A program manager is reviewing your request."),
    Status.ASSIGNED: _("Your request has been passed to an agency that can help."),
    Status.IN_PROGRESS: _("An agency is working with you on your request."),
    Status.RESOLVED: _("Your request has been dealt with."),
    Status.DECLINED: _("We are sorry: the agencies cannot take on this request."),
}


@dataclass(frozen=True)
class Step:
    """One dated step of the request's history, as the requester sees it."""

    at: object
    label: str


@dataclass
class RequesterStatus:
    """The request as its status page shows it."""

    reference: str
    submitted_at: object
    status: str
    status_label: str
    explanation: str
    country: str
    institution: str
    topics: list
    urgency: str
    need: str
    steps: list = field(default_factory=list)


def requester_status(reference, *, locale):
    """The :class:`RequesterStatus` of the request with ``reference``, named in ``locale``
    (``None`` if there is no such request). Three queries, or two with the labels cached."""
    assistance_request = (
        AssistanceRequest.objects.filter(reference=reference)
        .prefetch_related("topics")
        .only("reference", "created_at", "status", "country", "institution", "urgency", "need")
        .first()
    )
    if assistance_request is None:
        return None
    events = RequestEvent.objects.filter(
        request=assistance_request, kind__in=RequestEvent.SHOWN_TO_REQUESTER
    ).only("at", "kind", "status")
    topic_labels = LocaleLabels.load(locale).topics
    return RequesterStatus(
        reference=assistance_request.reference,
        submitted_at=assistance_request.created_at,
        status=assistance_request.status,
        status_label=assistance_request.get_status_display(),
        explanation=STATUS_EXPLANATIONS[assistance_request.status],
        country=assistance_request.country.name,
        institution=assistance_request.institution,
        topics=sorted(
            topic_labels[topic.pk].name if topic.pk in topic_labels else topic.name
            for topic in assistance_request.topics.all()
        ),
        urgency=assistance_request.get_urgency_display(),
        need=assistance_request.need,
        steps=[_step(event) for event in events],
    )


def _step(event):
    if event.kind == RequestEvent.Kind.SUBMITTED:
        return Step(at=event.at, label=_("Request received"))
    return Step(at=event.at, label=Status(event.status).label)
