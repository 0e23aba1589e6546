"""Events as iCalendar (RFC 5545): the VEVENTs of each event, a calendar of loaded events,
and one event's file (the calendar page's feed, narrowed by its filters: ``feed.py``).

An event becomes one VEVENT for its series (``RRULE`` copied from the event, ``DTSTART`` in
the event's own time zone) and one override VEVENT (same ``UID``, ``RECURRENCE-ID`` = the
planned start) for each cancelled or moved occurrence. Everything is read from the stored
:class:`~events.models.EventOccurrence` rows, the data the calendar page shows, so a calendar
client expanding the feed finds exactly the occurrences of the page.
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar, Event, vDuration, vRecur

from egecms.core.absolute_urls import page_full_url
from egecms.core.countries import country_name

from ..recurrence import normalise_rule
from .loading import load_events
from .time_zones import add_vtimezones

#: How far around the events the VTIMEZONE definitions reach.
ZONE_MARGIN = datetime.timedelta(days=7)


def uid_domain():
    """The right-hand side of every event UID (stable: calendar clients key updates on it)."""
    return settings.EGECMS.get("ICAL_UID_DOMAIN", "egecms")


def event_uid(event):
    """The UID of an event: the same for its four translations and for its whole life."""
    return f"{event.translation_key}@{uid_domain()}"


@dataclass(frozen=True)
class EventDetails:
    """What the VEVENTs of one event share: texts in the reader's language, absolute URL."""

    uid: str
    summary: str
    description: str
    location: str
    url: str
    status: str
    categories: tuple
    last_modified: datetime.datetime | None


# ---- one event ------------------------------------------------------------------------


def ical_status(event, *, cancelled=False):
    """``CONFIRMED``, ``TENTATIVE`` (postponed) or ``CANCELLED``."""
    if cancelled or event.status == event.Status.CANCELLED:
        return "CANCELLED"
    if event.status == event.Status.POSTPONED:
        return "TENTATIVE"
    return "CONFIRMED"


def event_location(event):
    """Venue, city and country (named in the active language), or else the online link."""
    country = country_name(event.country) if event.country else ""
    place = ", ".join(part for part in (event.venue, event.city, country) if part)
    return place or event.online_url


def event_description(event, *, url):
    """Plain text: the status note, the summary, the online link and the page's address."""
    parts = []
    if event.status == event.Status.POSTPONED:
        parts.append(gettext("This event has been postponed."))
    elif event.status == event.Status.CANCELLED:
        parts.append(gettext("This event has been cancelled."))
    if event.summary:
        parts.append(event.summary)
    if event.online_url and event_location(event) != event.online_url:
        parts.append(gettext("Join online: %(url)s") % {"url": event.online_url})
    if url:
        parts.append(url)
    return "\n\n".join(parts)


def event_details(event, *, url, language, categories=()):
    """The shared :class:`EventDetails` of ``event``, its texts in ``language``."""
    with translation.override(language):
        return EventDetails(
            uid=event_uid(event),
            summary=event.title,
            description=event_description(event, url=url),
            location=event_location(event),
            url=url,
            status=ical_status(event),
            categories=tuple(categories),
            last_modified=(
                event.last_published_at
                or event.latest_revision_created_at
                or event.first_published_at
            ),
        )


def _local(value, zone):
    return value.astimezone(zone)


def _instant(value, zone, *, all_day):
    """An iCalendar DATE (all-day) or a DATE-TIME in the event's zone (``TZID``)."""
    local = _local(value, zone)
    return local.date() if all_day else local


def _end(end, zone, *, all_day):
    """``DTEND``: all-day ends are stored as the last day (inclusive), iCalendar's are
    exclusive."""
    if all_day:
        return _local(end, zone).date() + datetime.timedelta(days=1)
    return _local(end, zone)


#: The rule parts of RFC 5545 (python-dateutil also reads extensions such as BYEASTER).
RFC_RULE_PARTS = frozenset(
    {
        "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
        "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
    }
)  # fmt: skip


def series_rule(event, *, last, zone):
    """The event's repeat rule as a canonical :class:`vRecur` that gives the stored series,
    or None when other calendar clients could not read it the way the site does.

    ``UNTIL`` is replaced by the last planned occurrence, as RFC 5545 wants it (a DATE for
    all-day events, UTC otherwise), so every client ends the series where the page does.
    """
    try:
        rule = vRecur.from_ical(normalise_rule(event.recurrence))
    except ValueError:
        return None
    if not RFC_RULE_PARTS.issuperset(rule):
        return None
    if "UNTIL" in rule:
        if event.all_day:
            rule["UNTIL"] = [_local(last, zone).date()]
        else:
            rule["UNTIL"] = [last.astimezone(datetime.UTC)]
    return rule


def _component(details, *, stamp, start, end, status):
    component = Event()
    component.add("uid", details.uid)
    component.add("dtstamp", stamp)
    component.add("dtstart", start)
    component.add("dtend", end)
    component.add("summary", details.summary)
    if details.description:
        component.add("description", details.description)
    if details.location:
        component.add("location", details.location)
    if details.url:
        component.add("url", details.url)
    if details.last_modified:
        component.add("last-modified", details.last_modified.astimezone(datetime.UTC))
    component.add("status", status)
    if details.categories:
        component.add("categories", list(details.categories))
    return component


def event_components(event, *, details, stored, stamp):
    """The VEVENTs of one event: its series, then one override per cancelled or moved
    occurrence. ``stored`` are its :class:`StoredOccurrence`s in planned order."""
    if not stored:
        return []
    zone = zoneinfo.ZoneInfo(event.timezone)
    all_day = event.all_day
    if len(stored) == 1 or not event.recurrence:
        # One occurrence (a single event, or a rule that gives one): no rule, no override.
        occurrence = stored[0]
        return [
            _component(
                details,
                stamp=stamp,
                start=_instant(occurrence.start, zone, all_day=all_day),
                end=_end(occurrence.end, zone, all_day=all_day),
                status=ical_status(event, cancelled=occurrence.cancelled),
            )
        ]
    first, last = stored[0].original_start, stored[-1].original_start
    # The series starts where the rule's first occurrence is (RFC 5545 leaves a DTSTART the
    # rule does not give undefined) and lasts what the event lasts, in wall-clock time.
    wall_duration = _naive(event.end, zone) - _naive(event.start, zone)
    series_start = _local(first, zone)
    series_end = (series_start.replace(tzinfo=None) + wall_duration).replace(tzinfo=zone)
    master = _component(
        details,
        stamp=stamp,
        start=series_start.date() if all_day else series_start,
        end=_end(series_end, zone, all_day=all_day),
        status=details.status,
    )
    rule = series_rule(event, last=last, zone=zone)
    if rule is not None:
        master.add("rrule", rule)
    else:
        # A rule only python-dateutil reads: the planned dates themselves, for every client.
        master.add(
            "rdate",
            [
                _instant(occurrence.original_start, zone, all_day=all_day)
                for occurrence in stored[1:]
            ],
        )
    components = [master]
    for occurrence in stored:
        if not (occurrence.cancelled or occurrence.moved):
            continue
        override = _component(
            details,
            stamp=stamp,
            start=_instant(occurrence.start, zone, all_day=all_day),
            end=_end(occurrence.end, zone, all_day=all_day),
            status=ical_status(event, cancelled=occurrence.cancelled),
        )
        override.add("recurrence-id", _instant(occurrence.original_start, zone, all_day=all_day))
        components.append(override)
    return components


def _naive(value, zone):
    return value.astimezone(zone).replace(tzinfo=None)


# ---- many events ----------------------------------------------------------------------


def new_calendar(*, name, language, feed=False):
    """An empty VCALENDAR with the calendar-level properties."""
    calendar = Calendar()
    calendar.add("prodid", f"-//egecms//Calendar of events//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.calendar_name = name
    if feed:
        # How often subscribed clients should fetch the feed again (RFC 7986, and Outlook's).
        refresh = vDuration(datetime.timedelta(seconds=feed_refresh_seconds()))
        calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", refresh)
    return calendar


def feed_window():
    """``(past, limit)``: a feed carries the events that have not ended more than ``past``
    ago, at most ``limit`` of them (``EGECMS["ICAL_FEED_PAST_DAYS"]``, 30, and
    ``["ICAL_FEED_MAX_EVENTS"]``, 50), so that its cost does not grow with the calendar's
    history. One event's own file (``event.ics``) always has its whole series."""
    return (
        datetime.timedelta(days=settings.EGECMS.get("ICAL_FEED_PAST_DAYS", 30)),
        settings.EGECMS.get("ICAL_FEED_MAX_EVENTS", 50),
    )


def feed_refresh_seconds():
    """How long feeds may be cached, and how often clients should refresh them."""
    return settings.EGECMS.get("ICAL_CACHE_SECONDS", 900)


def add_time_zones(calendar, *, bounds, now, event_model):
    """One VTIMEZONE per zone the events use, covering ``bounds`` (earliest, latest); for no
    events, the default zone of ``event_model``'s events (see :mod:`.time_zones`)."""
    if bounds is None:
        # RFC 5545 wants at least one component: an empty calendar carries one zone.
        add_vtimezones(
            calendar,
            first_date=(now - datetime.timedelta(days=366)).date(),
            last_date=(now + datetime.timedelta(days=366)).date(),
            default_tzid=event_model._meta.get_field("timezone").get_default(),
        )
        return
    earliest, latest = bounds
    add_vtimezones(
        calendar,
        first_date=(earliest - ZONE_MARGIN).date(),
        last_date=(latest + ZONE_MARGIN).date(),
    )


def build_calendar(*, loaded, language, name, request=None, feed=False, now=None):
    """A :class:`~icalendar.Calendar` named ``name`` of :class:`LoadedEvents`, its texts
    in ``language`` (no query; page URLs come from Wagtail's per-request site cache)."""
    now = (now or timezone.now()).replace(microsecond=0)
    stamp = now.astimezone(datetime.UTC)
    calendar = new_calendar(name=name, language=language, feed=feed)
    bounds = None
    with translation.override(language):
        for event in loaded.pages:
            rows = loaded.occurrences.get(event.pk, [])
            if not rows:
                continue
            details = event_details(
                event,
                url=page_full_url(event, request) or "",
                categories=[topic.name for topic in loaded.topics.get(event.pk, ())],
                language=language,
            )
            for component in event_components(event, details=details, stored=rows, stamp=stamp):
                calendar.add_component(component)
            low = min(min(row.start, row.original_start) for row in rows)
            high = max(row.end for row in rows)
            bounds = (low, high) if bounds is None else (min(bounds[0], low), max(bounds[1], high))
    add_time_zones(calendar, bounds=bounds, now=now, event_model=loaded.model)
    return calendar


# ---- one event's file (the calendar's feed: feed.py) ------------------------------------


def event_calendar(*, event, request=None, now=None):
    """One event (its whole series, with its cancelled and moved occurrences)."""
    loaded = load_events(type(event).objects.filter(pk=event.pk), locale_id=event.locale_id)
    language = loaded.language or event.locale.language_code
    return build_calendar(
        loaded=loaded, language=language, name=event.title, request=request, now=now
    )
