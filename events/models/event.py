"""Events of the calendar: when and where (in the event's own time zone), how they repeat,
who organises, and what came out of them."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from egecms.core.countries import LatinAmericaAndCaribbean
from egecms.core.fields import LanguagesField, SafeURLField
from egecms.core.models import Contribution
from egecms.core.registry import register_contribution
from egecms.core.safe_urls import validate_rich_text_links

from ..event_outcomes import event_outcomes
from ..forms import EventPageForm
from ..panels import NextOccurrencesPanel
from ..recurrence import DateChange, RecurrenceError, parse_rule, rule_dates
from ..schedule import schedule_for_readers
from ..timezones import aware_to_wall_clock, event_timezone_choices, timezone_label
from ..views.ical_responses import event_download
from .occurrences import EventOccurrence

#: Fields whose change re-computes the stored occurrences of an event.
#: How many of the next occurrences :meth:`EventPage.first_listed` looks at.
LISTED_LOOKAHEAD = 100
SCHEDULE_FIELDS = {"start", "end", "timezone", "all_day", "recurrence", "date_changes"}


def schedule_errors(*, start, end, all_day=False):
    """Messages for an event whose end does not come after its start."""
    if start is None or end is None:
        return {}
    if end < start or (end == start and not all_day):
        return {"end": _("The event must end after it starts.")}
    return {}


@register_contribution(
    plural_label=_("Events"),
    section="events.CalendarPage",
    order=30,
    extra={"feed_choice_fields": ["status"]},
)
class EventPage(RoutablePageMixin, Contribution):
    """An e-government event organised by one or more agencies, once or repeating."""

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
    recurrence = models.CharField(
        _("repeats"),
        max_length=500,
        blank=True,
        help_text=_(
            "Leave empty for a single event. Otherwise an iCalendar repeat rule that ends, "
            "e.g. FREQ=YEARLY;COUNT=5 (every year, five times), "
            "FREQ=MONTHLY;BYDAY=2WE;UNTIL=20271231 (second Wednesday of each month until the "
            "end of 2027), FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10."
        ),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.SCHEDULED)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), countries=LatinAmericaAndCaribbean, blank=True)
    online_url = SafeURLField(_("online link"), blank=True)
    registration_url = SafeURLField(_("registration link"), blank=True)
    languages = LanguagesField(_("event languages"))
    description = RichTextField(_("description"), validators=[validate_rich_text_links], blank=True)
    conclusions = RichTextField(
        _("conclusions"),
        validators=[validate_rich_text_links],
        blank=True,
        help_text=_("After the event: what it concluded."),
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
                FieldPanel("recurrence"),
                InlinePanel("date_changes", label=_("Cancelled or moved occurrences")),
                NextOccurrencesPanel(),
            ],
            heading=_("Repeats"),
            classname="collapsed",
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
        MultiFieldPanel(
            [
                FieldPanel("conclusions"),
                InlinePanel("recommendations", label=_("Recommendations")),
            ],
            heading=_("Conclusions and recommendations"),
        ),
    ]
    search_fields = [
        *Contribution.search_fields,
        index.SearchField("description"),
        index.SearchField("conclusions"),
        index.SearchField("city"),
        index.FilterField("start"),
    ]
    override_translatable_fields = [
        *Contribution.override_translatable_fields,
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("timezone"),
        SynchronizedField("all_day"),
        SynchronizedField("recurrence"),
        SynchronizedField("status"),
        SynchronizedField("country"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = schedule_errors(start=self.start, end=self.end, all_day=self.all_day)
        if not errors and self.start is not None and self.recurrence:
            try:
                rule_dates(
                    parse_rule(self.recurrence, dtstart=self.local_start), dtstart=self.local_start
                )
            except RecurrenceError as error:
                errors["recurrence"] = error.message
        if errors:
            raise ValidationError(errors)

    # ---- reading ----------------------------------------------------------------------

    @classmethod
    def listed(cls, queryset):
        """Events with an occurrence still to come first, soonest first; then past events,
        most recent first. ``next_start`` is the next occurrence's start (none when past)."""

        now = timezone.now()
        occurrences = EventOccurrence.objects.filter(event=OuterRef("pk"))
        return queryset.annotate(
            next_start=Subquery(
                occurrences.filter(end__gte=now, cancelled=False)
                .order_by("start")
                .values("start")[:1]
            ),
            last_start=Subquery(occurrences.order_by("-start").values("start")[:1]),
        ).order_by(
            F("next_start").asc(nulls_last=True), F("last_start").desc(nulls_last=True), "pk"
        )

    @classmethod
    def first_listed(cls, queryset, count):
        """The first ``count`` of a :meth:`listed` queryset, working out the order only for
        the events with one of the next ``LISTED_LOOKAHEAD`` occurrences (the first events
        to come are among them whenever they hold ``count`` events; otherwise, every event)."""
        now = timezone.now()
        upcoming = EventOccurrence.objects.filter(end__gte=now, cancelled=False).filter(
            Exists(queryset.order_by().filter(pk=OuterRef("event_id")))
        )
        horizon = upcoming.order_by("start", "pk").values("start")[
            LISTED_LOOKAHEAD - 1 : LISTED_LOOKAHEAD
        ]
        soonest = upcoming.filter(
            start__lte=Coalesce(
                Subquery(horizon), Value(datetime.datetime.max.replace(tzinfo=datetime.UTC))
            )
        ).values("event_id")
        first = list(queryset.filter(pk__in=soonest)[:count])
        return first if len(first) == count else list(queryset[:count])

    def schedule_changes(self):
        """The editor's cancelled and moved occurrences as :class:`DateChange`s."""
        return [change.as_date_change() for change in self.date_changes.all()]

    def get_timezone_display(self):
        # Django walks the normalised choices (every zone of the Americas) on each call; the
        # calendar and the topic page ask once per event shown.
        return timezone_label(self.timezone)

    @property
    def local_start(self):
        return aware_to_wall_clock(self.start, self.timezone) if self.start else None

    @property
    def local_end(self):
        return aware_to_wall_clock(self.end, self.timezone) if self.end else None

    @property
    def local_next_start(self):
        """Wall-clock start of the next occurrence, or of the last one when the series is over
        (listings annotate ``next_start`` and ``last_start``)."""
        value = getattr(self, "next_start", None) or getattr(self, "last_start", None) or self.start
        return aware_to_wall_clock(value, self.timezone)

    @property
    def is_recurring(self):
        return bool(self.recurrence)

    @property
    def is_past(self):
        """No occurrence left to come (listings annotate ``next_start``; else one query)."""
        if hasattr(self, "next_start"):
            return self.next_start is None
        return not self.occurrences.filter(end__gte=timezone.now(), cancelled=False).exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["schedule"] = schedule_for_readers(self)
        context["outcomes"] = event_outcomes(self, request=request)
        parent = self.get_parent()
        # The cluster, issue area or agency space the event belongs to (none if not public).
        context["space"] = (
            {"title": parent.title, "url": parent.get_url(request=request)}
            if parent is not None and parent.live
            else None
        )
        return context

    # ---- routes -------------------------------------------------------------------------

    def get_cached_paths(self):
        """The event's page and its iCalendar file (for purges)."""
        return [*super().get_cached_paths(), "event.ics"]

    @path("")
    def event_page(self, request):
        return self.render(request)

    @re_path(r"^event\.ics/?$", name="ical")
    def ical(self, request):
        """This event (with its repeats and exceptions) as an iCalendar file."""
        return event_download(request, self)


class EventDateChange(Orderable):
    """One occurrence of a repeating event cancelled, or moved to another day or time."""

    class Action(models.TextChoices):
        CANCELLED = "cancelled", _("Cancelled")
        MOVED = "moved", _("Moved")

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="date_changes")
    original_date = models.DateField(
        _("occurrence of"), help_text=_("The date the series gives this occurrence.")
    )
    action = models.CharField(_("change"), max_length=12, choices=Action, default=Action.CANCELLED)
    new_date = models.DateField(_("moved to"), null=True, blank=True)
    new_start_time = models.TimeField(_("new start time"), null=True, blank=True)
    new_end_time = models.TimeField(_("new end time"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("original_date"), FieldPanel("action")]),
        FieldRowPanel(
            [FieldPanel("new_date"), FieldPanel("new_start_time"), FieldPanel("new_end_time")]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("cancelled or moved occurrence")
        verbose_name_plural = _("cancelled or moved occurrences")

    def clean(self):
        super().clean()
        moved = self.action == self.Action.MOVED
        if moved and not (self.new_date or self.new_start_time or self.new_end_time):
            raise ValidationError(
                {"new_date": _("Say where the occurrence moves: a new date or new times.")}
            )

    def as_date_change(self):
        if self.action == self.Action.CANCELLED:
            return DateChange(original_date=self.original_date, cancelled=True)
        return DateChange(
            original_date=self.original_date,
            new_date=self.new_date,
            new_start_time=self.new_start_time,
            new_end_time=self.new_end_time,
        )
