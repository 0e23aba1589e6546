"""Requests for assistance that countries post, and the history of each request.

A request is not a page: it holds a requester's contact data, which must never reach public
pages, search, feeds or other agencies' exports. Only its public ``reference`` (printed on the
confirmation page and in the acknowledgement e-mail) and the private, signed status link
identify it to the requester (see the ``assistance`` app).
"""

import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.models.canonical import canonical_locale_filter
from egecms.core.vocabulary import AssistanceKind

# Crockford's base 32: no I, L, O or U, so a reference read over the phone is not misheard.
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_RANDOM_LENGTH = 5


def new_reference(now=None):
    """A fresh public reference such as ``AR-2026-7KQ3M`` (not checked against the database)."""
    year = (now or timezone.now()).year
    code = "".join(
        secrets.choice(REFERENCE_ALPHABET) for _position in range(REFERENCE_RANDOM_LENGTH)
    )
    return f"AR-{year}-{code}"


class AssistanceRequest(models.Model):
    """A country's request for assistance, as the requester typed it.

    ``CONTACT_FIELDS`` are personal data: shown only to the program managers of the agencies
    the request is routed to, the editorial board and superusers; ``__str__`` is the
    reference alone so that logs and admin histories never carry them.
    """

    class Status(models.TextChoices):
        NEW = "new", _("Received")
        TRIAGED = "triaged", _("Under review")
        ASSIGNED = "assigned", _("Assigned to an agency")
        IN_PROGRESS = "in_progress", _("In progress")
        RESOLVED = "resolved", _("Resolved")
        DECLINED = "declined", _("Declined")

    class Urgency(models.TextChoices):
        LOW = "low", _("Not urgent (within months)")
        MEDIUM = "medium", _("Soon (within weeks)")
        HIGH = "high", _("Urgent (within days)")

    CONTACT_FIELDS = ("contact_name", "email")
    CLOSED_STATUSES = (Status.RESOLVED, Status.DECLINED)
    NEED_MAX_LENGTH = 5000

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    country = CountryField(_("country"), countries=LatinAmericaAndCaribbean)
    institution = models.CharField(_("requesting institution"), max_length=200)
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("e-mail"))
    need = models.TextField(_("need"), max_length=NEED_MAX_LENGTH)
    topics = models.ManyToManyField(
        "egecms_core.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="assistance_requests",
        limit_choices_to=canonical_locale_filter,
    )
    urgency = models.CharField(_("urgency"), max_length=10, choices=Urgency, default=Urgency.MEDIUM)
    modality = models.CharField(
        _("kind of assistance"), max_length=30, choices=AssistanceKind, blank=True
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=7, choices=settings.LANGUAGES
    )
    consent_at = models.DateTimeField(_("consent to the privacy notice given at"))
    privacy_notice_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("privacy notice accepted"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status, default=Status.NEW, db_index=True
    )
    assigned_agency = models.ForeignKey(
        "egecms_core.Agency",
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The agency that takes the request on."),
    )
    page = models.ForeignKey(
        "assistance.AssistanceRequestPage",
        verbose_name=_("submitted through"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assistance_requests",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language of submission"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    acknowledged_at = models.DateTimeField(_("acknowledgement e-mailed at"), null=True, blank=True)
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("request for assistance")
        verbose_name_plural = _("requests for assistance")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.reference

    def save(self, *args, **kwargs):
        if self.reference:
            return super().save(*args, **kwargs)
        # A clash is rare (32**5 codes a year) but possible: draw again inside a savepoint.
        for _attempt in range(10):
            self.reference = new_reference()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if not type(self).objects.filter(reference=self.reference).exists():
                    raise
        raise IntegrityError("No free assistance request reference after 10 attempts")

    @property
    def is_open(self):
        return self.status not in self.CLOSED_STATUSES


class RequestEvent(models.Model):
    """One step in a request's history: submitted, routed, a status change, a note.

    ``note`` and ``actor`` are for program managers; the requester's status page shows only
    the kinds in ``SHOWN_TO_REQUESTER`` with their date and status.
    """

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        ROUTED = "routed", _("Routed to an agency")
        NOTIFIED = "notified", _("Program managers notified")
        STATUS_CHANGED = "status_changed", _("Status changed")
        NOTE = "note", _("Note")

    SHOWN_TO_REQUESTER = (Kind.SUBMITTED, Kind.STATUS_CHANGED)

    request = models.ForeignKey(
        AssistanceRequest,
        verbose_name=_("request for assistance"),
        on_delete=models.CASCADE,
        related_name="events",
    )
    at = models.DateTimeField(_("date and time"), default=timezone.now)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=AssistanceRequest.Status,
        help_text=_("Status after it."),
    )
    agency = models.ForeignKey(
        "egecms_core.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The agency routed to or assigned, if any."),
    )
    note = models.TextField(_("note"), blank=True, max_length=5000)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("request history entry")
        verbose_name_plural = _("request history")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.request_id} {self.kind} {self.at:%Y-%m-%d %H:%M}"


class RequestRouting(models.Model):
    """A request passed to an agency: its program managers see it, with its contact data.

    Routing is automatic on submission (the best-matching agencies, ``routed_by`` empty and
    ``score`` the match score) or done by hand by the board or a routed program manager.
    """

    request = models.ForeignKey(
        AssistanceRequest,
        verbose_name=_("request for assistance"),
        on_delete=models.CASCADE,
        related_name="routings",
    )
    agency = models.ForeignKey(
        "egecms_core.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=canonical_locale_filter,
    )
    routed_at = models.DateTimeField(_("routed at"), default=timezone.now)
    routed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("routed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the request was routed automatically by matching."),
    )
    score = models.PositiveIntegerField(_("match score"), null=True, blank=True)

    class Meta:
        verbose_name = _("routing")
        verbose_name_plural = _("routings")
        ordering = ["routed_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["request", "agency"], name="one_routing_per_agency")
        ]

    def __str__(self):
        return f"{self.request_id} -> {self.agency_id}"
