"""Events of the calendar: when and where (in the event's own time zone), and who organises."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.fields import LanguagesField
from egecms.core.listing import SectionIndexPage
from egecms.core.models import Contribution
from egecms.core.registry import register_contribution

from .forms import EventPageForm
from .timezones import aware_to_wall_clock, event_timezone_choices


class CalendarPage(SectionIndexPage):
    """The calendar of e-government events: upcoming first (aggregates; owns no content)."""

    subpage_types = []
    listed_model = "events.EventPage"
    aggregates = True

    class Meta:
        verbose_name = _("calendar")


def schedule_errors(*, start, end, all_day=False):
    """Messages for an event whose end does not come after its start."""
    if start is None or end is None:
        return {}
    if end < start or (end == start and not all_day):
        return {"end": _("The event must end after it starts.")}
    return {}


@register_contribution(plural_label=_("Events"), section="events.CalendarPage", order=30)
class EventPage(Contribution):
    """An e-government event organised by one or more agencies."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=event_timezone_choices,
        default="America/Lima",
        help_text=_("Start and end are the local times of this zone."),
    )
    all_day = models.BooleanField(_("all day"), default=False)
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.SCHEDULED)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), countries=LatinAmericaAndCaribbean, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    languages = LanguagesField(_("event languages"))
    description = RichTextField(
        _("description"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    subpage_types = []
    base_form_class = EventPageForm
    card_template = "events/cards/event.html"
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("timezone"), FieldPanel("all_day")]),
                FieldPanel("status"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
                FieldPanel("registration_url"),
                FieldPanel("languages"),
            ],
            heading=_("Where"),
        ),
        *Contribution.contribution_panels,
        FieldPanel("description"),
    ]
    search_fields = [
        *Contribution.search_fields,
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("start"),
    ]
    override_translatable_fields = [
        *Contribution.override_translatable_fields,
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("country"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = schedule_errors(start=self.start, end=self.end, all_day=self.all_day)
        if errors:
            raise ValidationError(errors)

    @classmethod
    def listed(cls, queryset):
        """Upcoming events first, soonest first; then past events, most recent first."""
        now = timezone.now()
        return queryset.annotate(
            upcoming_start=Case(When(end__gte=now, then=F("start"))),
            past_start=Case(When(end__lt=now, then=F("start"))),
        ).order_by(
            F("upcoming_start").asc(nulls_last=True), F("past_start").desc(nulls_last=True), "pk"
        )

    @property
    def local_start(self):
        return aware_to_wall_clock(self.start, self.timezone)

    @property
    def local_end(self):
        return aware_to_wall_clock(self.end, self.timezone)

    @property
    def is_past(self):
        return self.end < timezone.now()
