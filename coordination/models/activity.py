"""Activities: the projects and programmes each agency supports, in its own space (public)."""

import datetime

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from egecms.core.models import Contribution
from egecms.core.registry import register_contribution
from egecms.core.safe_urls import validate_rich_text_links


class ActivityStatus(models.TextChoices):
    """Where an activity stands (IATI's activity-status codes map onto these)."""

    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    SUSPENDED = "suspended", _("Suspended")
    CANCELLED = "cancelled", _("Cancelled")


class BudgetBand(models.TextChoices):
    """An order of magnitude of the budget, in US dollars (the amount itself stays private)."""

    SMALL = "lt100k", _("Under 100,000 USD")
    MEDIUM = "100k-1m", _("100,000 to 1 million USD")
    LARGE = "1m-10m", _("1 to 10 million USD")
    VERY_LARGE = "gt10m", _("Over 10 million USD")

    @classmethod
    def of_amount(cls, amount):
        """The band of ``amount`` (USD), or "" for none."""
        if amount is None:
            return ""
        if amount < 100_000:
            return cls.SMALL
        if amount < 1_000_000:
            return cls.MEDIUM
        if amount < 10_000_000:
            return cls.LARGE
        return cls.VERY_LARGE


@register_contribution(
    plural_label=_("Activities"),
    section="coordination.CountryProfilesPage",
    order=35,
    extra={"feed_choice_fields": ["status"]},
)
class ActivityPage(Contribution):
    """A project or programme an agency supports in one or more countries (public)."""

    Status = ActivityStatus

    status = models.CharField(
        _("status"), max_length=20, choices=ActivityStatus, default=ActivityStatus.ACTIVE
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    budget_band = models.CharField(_("budget band"), max_length=10, choices=BudgetBand, blank=True)
    contact_name = models.CharField(_("contact program manager"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    description = RichTextField(_("description"), validators=[validate_rich_text_links], blank=True)
    related_pages = ParentalManyToManyField(
        "wagtailcore.Page",
        verbose_name=_("related practices and services"),
        related_name="+",
        blank=True,
    )
    request_references = models.CharField(
        _("related requests for assistance"),
        max_length=500,
        blank=True,
        help_text=_(
            "References of the requests for assistance this activity answers, separated by "
            "commas. Seen in the admin only: requests are never shown on public pages."
        ),
    )
    iati_identifier = models.CharField(
        _("IATI identifier"),
        max_length=150,
        blank=True,
        db_index=True,
        help_text=_("Set by the IATI import; re-importing the same file finds the activity by it."),
    )

    parent_page_types = ["agencies.AgencyPage"] if apps.is_installed("agencies") else []
    subpage_types = []
    card_template = "coordination/cards/activity.html"
    content_panels = [
        *Page.content_panels,
        *Contribution.contribution_panels,
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("start_date"),
                FieldPanel("end_date"),
                FieldPanel("budget_band"),
            ],
            heading=_("Status and period"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
        FieldPanel("related_pages"),
        FieldPanel("request_references"),
        FieldPanel("description"),
        FieldPanel("iati_identifier", read_only=True),
    ]
    search_fields = [
        *Contribution.search_fields,
        index.SearchField("description"),
        index.FilterField("status"),
    ]
    override_translatable_fields = [
        *Contribution.override_translatable_fields,
        SynchronizedField("status"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("budget_band"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("related_pages"),
        SynchronizedField("request_references"),
        SynchronizedField("iati_identifier"),
    ]

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def request_reference_list(self):
        """The references in ``request_references``, cleaned up."""
        return [ref.strip().upper() for ref in self.request_references.split(",") if ref.strip()]

    def clean(self):
        super().clean()
        references = self.request_reference_list()
        if references and apps.is_installed("assistance"):
            known = set(
                apps.get_model("assistance", "AssistanceRequest")
                .objects.filter(reference__in=references)
                .values_list("reference", flat=True)
            )
            unknown = [ref for ref in references if ref not in known]
            if unknown:
                raise ValidationError(
                    {
                        "request_references": _(
                            "No request for assistance has the reference %(refs)s."
                        )
                        % {"refs": ", ".join(unknown)}
                    }
                )
        self.request_references = ", ".join(references)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_pages.live().public().order_by("title")
        return context

    def is_current(self, today=None):
        """Whether the activity is under way on ``today`` (status active, within its dates)."""
        today = today or datetime.date.today()
        return (
            self.status == ActivityStatus.ACTIVE
            and (self.start_date is None or self.start_date <= today)
            and (self.end_date is None or self.end_date >= today)
        )
