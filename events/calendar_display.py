"""What the calendar page shows: a month grid or a list of occurrences, ready to render.

Times are shown in each event's own time zone, or in the zone the reader asked for
(``?tz=America/Bogota``); the template gets naive wall-clock values to format and ISO
strings with their offset for ``<time datetime>``.
"""

import calendar as stdlib_calendar
import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import get_format
from django.utils.http import urlencode

from egecms.core.aggregation import relation_ids
from egecms.core.labels import LocaleLabels
from egecms.core.paging import window

from .calendar_entries import extra_entries
from .calendar_filters import CalendarFilterSet, workspace_options
from .calendar_queries import month_bounds, occurrences, overlapping, visible_events

PAGE_SIZE = 24
VIEWS = ("upcoming", "past", "month")
#: How far ahead the upcoming view shows what other apps add for the reader (members' meetings).
EXTRA_DAYS_AHEAD = 90


@dataclass
class Entry:
    """One occurrence of an event as the calendar shows it."""

    event: object
    url: str
    start: datetime.datetime  # naive wall clock of ``zone``
    end: datetime.datetime
    start_iso: str
    zone: str
    all_day: bool
    cancelled: bool
    postponed: bool
    moved: bool
    event_start: datetime.datetime | None = None  # the event's own wall clock, when it differs
    agencies: list = field(default_factory=list)

    @property
    def zone_label(self):
        return self.zone.replace("_", " ")

    @property
    def spans_days(self):
        return self.end.date() > self.start.date()


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    entries: list = field(default_factory=list)


#: What the month grid reads of each occurrence and its event (a month may show hundreds).
MONTH_FIELDS = (
    "start",
    "end",
    "cancelled",
    "moved",
    "event__title",
    "event__url_path",
    "event__timezone",
    "event__all_day",
    "event__status",
)


def to_entry(
    occurrence, *, request, reader_zone, agency_labels=None, agencies_by_page=None, urls=None
):
    """An :class:`Entry` for an EventOccurrence (its event already loaded); ``urls`` keeps
    each event's address for the next occurrences of the same event."""
    event = occurrence.event
    if urls is None:
        url = event.get_url(request=request)
    elif (url := urls.get(event.pk)) is None:
        url = urls[event.pk] = event.get_url(request=request)
    own_zone = zoneinfo.ZoneInfo(event.timezone)
    shown_zone = reader_zone or own_zone
    start = occurrence.start.astimezone(shown_zone)
    end = occurrence.end.astimezone(shown_zone)
    event_start = occurrence.start.astimezone(own_zone).replace(tzinfo=None)
    labels = []
    if agency_labels is not None:
        labels = sorted(
            (agency_labels[a] for a in agencies_by_page.get(event.pk, ()) if a in agency_labels),
            key=lambda label: label.short,
        )
    return Entry(
        event=event,
        url=url,
        start=start.replace(tzinfo=None),
        end=end.replace(tzinfo=None),
        start_iso=(occurrence.start.date() if event.all_day else start).isoformat(),
        zone=shown_zone.key,
        all_day=event.all_day,
        cancelled=occurrence.cancelled or event.status == "cancelled",
        postponed=event.status == "postponed",
        moved=occurrence.moved,
        event_start=event_start if reader_zone and reader_zone.key != event.timezone else None,
        agencies=labels,
    )


def weekday_headers():
    """``[(abbreviation, full name)]`` from the locale's first day of the week."""
    first = (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7  # Django: 0 = Sunday; here 0 = Monday
    return [(WEEKDAYS_ABBR[(first + i) % 7], WEEKDAYS[(first + i) % 7]) for i in range(7)]


def month_grid(month, entries, *, today):
    """Weeks (lists of seven :class:`Day`) covering ``month``, entries on each day they span."""
    first_weekday = (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7
    weeks = stdlib_calendar.Calendar(firstweekday=first_weekday).monthdatescalendar(
        month.year, month.month
    )
    days = {}
    grid = []
    for week in weeks:
        row = []
        for date in week:
            day = Day(date=date, in_month=date.month == month.month, is_today=date == today)
            days[date] = day
            row.append(day)
        grid.append(row)
    for entry in entries:
        last = entry.end.date()
        if not entry.all_day and entry.end.time() == datetime.time() and last > entry.start.date():
            last -= datetime.timedelta(days=1)  # ends at midnight: not on the next day
        date = entry.start.date()
        while date <= last:
            if date in days and days[date].in_month:
                days[date].entries.append(entry)
            date += datetime.timedelta(days=1)
    return grid


def shift_month(month, delta):
    index = month.year * 12 + month.month - 1 + delta
    return datetime.date(index // 12, index % 12 + 1, 1)


def calendar_context(page, request):
    """Context of the calendar page for ``request`` (a fixed number of queries)."""
    view = request.GET.get("view", "upcoming")
    view = view if view in VIEWS else "upcoming"
    spaces = workspace_options(page.locale_id)
    labels = LocaleLabels.load(page.locale_id)
    filters = CalendarFilterSet(request.GET, labels=labels, spaces=spaces, keep={"view": view})
    reader_zone = zoneinfo.ZoneInfo(filters.tz) if filters.tz else None
    events = visible_events(locale=page.locale_id, filters=filters, spaces=spaces, request=request)
    now = timezone.now()
    today = now.astimezone(reader_zone or datetime.UTC).date()
    context = {
        "filters": filters,
        "view": view,
        "views": VIEWS,
        "reader_zone": filters.tz,
        "feed_query": urlencode(filters.query(month="", tz="")),
    }
    if view == "month":
        month = filters.month or today.replace(day=1)
        context["extra_entries"] = extra_entries(
            request, start=month, end=shift_month(month, 1) - datetime.timedelta(days=1)
        )
        start, end = month_bounds(month, reader_zone or datetime.UTC)
        # Every event is placed by its own local date: widen by a day on each side, then place.
        rows = occurrences(
            events=events,
            start=start - datetime.timedelta(days=1),
            end=end + datetime.timedelta(days=1),
        ).only(*MONTH_FIELDS)
        urls = {}
        entries = [
            to_entry(row, request=request, reader_zone=reader_zone, urls=urls) for row in rows
        ]
        context.update(
            month=month,
            weeks=month_grid(month, entries, today=today),
            weekdays=weekday_headers(),
            previous_month=shift_month(month, -1),
            next_month=shift_month(month, 1),
            entry_count=sum(1 for entry in entries if entry.start.date().month == month.month),
        )
        return context
    if view == "upcoming":
        context["extra_entries"] = extra_entries(
            request, start=today, end=today + datetime.timedelta(days=EXTRA_DAYS_AHEAD)
        )
    queryset = occurrences(events=events, upcoming=view == "upcoming", now=now)
    if filters.month:
        start, end = month_bounds(filters.month, reader_zone or datetime.UTC)
        queryset = queryset.filter(overlapping(start, end))
    page_obj = window(queryset, number=request.GET.get("page"), size=PAGE_SIZE)
    rows = page_obj.object_list
    agencies_by_page, _topics = relation_ids([row.event for row in rows]) if rows else ({}, {})
    context.update(
        page_obj=page_obj,
        entries=[
            to_entry(
                row,
                request=request,
                reader_zone=reader_zone,
                agency_labels=labels.agencies,
                agencies_by_page=agencies_by_page,
                urls={},
            )
            for row in rows
        ],
    )
    return context
