"""A request's data on its requester's demand: exported whole, or erased for good.

The export is what the platform holds about the request (contact data included), as JSON.
Erasure deletes the request with its history and routings; what remains is one entry in
Wagtail's audit log naming the reference, who erased it and when — no personal data.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

ERASED_ACTION = "egecms_services.erase"
EXPORTED_ACTION = "egecms_services.export"


def export_request(assistance_request):
    """Everything stored about ``assistance_request``, as JSON-ready data."""
    return {
        "reference": assistance_request.reference,
        "submitted_at": assistance_request.created_at.isoformat(),
        "updated_at": assistance_request.updated_at.isoformat(),
        "country": assistance_request.country.code,
        "institution": assistance_request.institution,
        "contact_name": assistance_request.contact_name,
        "email": assistance_request.email,
        "need": assistance_request.need,
        "topics": sorted(topic.name for topic in assistance_request.topics.all()),
        "urgency": assistance_request.urgency,
        "modality": assistance_request.modality,
        "preferred_language": assistance_request.preferred_language,
        "language_of_submission": assistance_request.locale.language_code,
        "consent_at": assistance_request.consent_at.isoformat(),
        "privacy_notice_revision": assistance_request.privacy_notice_revision_id,
        "status": assistance_request.status,
        "assigned_agency": getattr(assistance_request.assigned_agency, "acronym", None),
        "routed_to": [
            {"agency": routing.agency.acronym, "at": routing.routed_at.isoformat()}
            for routing in assistance_request.routings.select_related("agency")
        ],
        "history": [
            {
                "at": event.at.isoformat(),
                "kind": event.kind,
                "status": event.status,
                "agency": getattr(event.agency, "acronym", None),
                "note": event.note,
            }
            for event in assistance_request.events.select_related("agency")
        ],
        "exported_at": timezone.now().isoformat(),
    }


def log_export(assistance_request, *, by):
    """Record in the audit log that the request was exported (by whom, when)."""
    ModelLogEntry.objects.log_action(assistance_request, EXPORTED_ACTION, user=by)


def erase_request(assistance_request, *, by):
    """Delete ``assistance_request`` and its history; log the erasure (reference only)."""
    reference = assistance_request.reference
    with transaction.atomic():
        ModelLogEntry.objects.log_action(
            assistance_request, ERASED_ACTION, user=by, deleted=True, title=reference
        )
        assistance_request.delete()
    return reference
