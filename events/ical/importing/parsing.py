"""Reading an iCalendar feed into :class:`~.feed_events.FeedEvent`s: :func:`parse_feed`.

Every event is read whole before the feed is judged: any problem in any event refuses the
feed with :class:`~.errors.ICalImportError` listing them all, each naming its event by UID and
title. What is read approximately (a time zone guessed, extra dates left out) becomes a
warning of the :class:`~.feed_events.ParsedFeed`. Events marked private are left out and
listed so the report can say so.
"""

import zoneinfo

import icalendar
from django.utils.translation import gettext as _

from egecms.core.safe_urls import unsafe_scheme

from ...models import EventPage
from .errors import ICalImportError
from .feed_events import FeedEntry, FeedEvent, ParsedFeed, ReadingNotes, event_label
from .schedules import read_recurrence, read_times
from .text import (
    description_html,
    event_title,
    one_line,
    plain_text,
    property_text,
    short_summary,
    web_url,
)
from .zones import offered_zones

VENUE_LENGTH = 255
UID_LENGTH = 255
#: Properties an event cannot be imported without reading correctly.
SCHEDULE_PROPERTIES = {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID"}
#: ``CLASS`` values of events not meant for the public.
PRIVATE_CLASSES = ("PRIVATE", "CONFIDENTIAL")


def parse_feed(data):
    """The :class:`ParsedFeed` of iCalendar ``data`` (bytes or text).

    Raises :class:`ICalImportError` if it is not an iCalendar file or any event is invalid;
    every problem of every event is listed.
    """
    calendar = _read_calendar(data)
    reader = _FeedReader(calendar)
    events = reader.read()
    if reader.notes.problems:
        raise ICalImportError(reader.notes.problems)
    imported = {event.uid for event in events}
    return ParsedFeed(
        events=events,
        warnings=reader.notes.warnings,
        name=str(calendar.get("X-WR-CALNAME", "")).strip(),
        private=[entry for uid, entry in reader.private.items() if uid not in imported],
    )


def _read_calendar(data):
    """The ``VCALENDAR`` of ``data`` (bytes or text); refuses anything else."""
    if isinstance(data, bytes):
        data = data.decode("utf-8-sig", errors="replace")
    if "BEGIN:VCALENDAR" not in data.upper():
        raise _not_a_calendar()
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, KeyError, IndexError) as error:
        raise ICalImportError(
            [_("This iCalendar file cannot be read: %(detail)s") % {"detail": error}]
        ) from error
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise _not_a_calendar()
    return calendar


def _not_a_calendar():
    return ICalImportError([_("This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR.")])


class _FeedReader:
    """Reads one calendar; notes ``problems`` (refusing the feed) and ``warnings``.

    ``private`` maps the UIDs of events marked private to their :class:`FeedEntry`.
    """

    def __init__(self, calendar):
        self.calendar = calendar
        self.notes = ReadingNotes()
        self.private = {}
        declared = str(calendar.get("X-WR-TIMEZONE", "")).strip()
        self.default_zone = declared if declared in offered_zones() else "UTC"
        if declared and declared not in offered_zones():
            self.notes.warnings.append(
                _(
                    "The feed's time zone %(zone)s is not offered for events; times without a "
                    "time zone were read as UTC."
                )
                % {"zone": declared}
            )

    def read(self):
        """The feed's readable :class:`FeedEvent`s, in the feed's order."""
        masters, overrides = self.sort_components()
        events = []
        for uid, component in masters.items():
            event = self.read_event(uid, component, overrides.pop(uid, []))
            if event is not None:
                events.append(event)
        for uid, orphans in overrides.items():
            if uid not in self.private:
                self.notes.warnings.append(
                    _(
                        "%(event)s: changes to single occurrences of an event not in the feed "
                        "were ignored."
                    )
                    % {"event": event_label(uid, property_text(orphans[0], "SUMMARY"))}
                )
        return events

    def sort_components(self):
        """``({uid: event}, {uid: [changed occurrences]})``; private events set aside."""
        masters, overrides = {}, {}
        for component in self.calendar.walk("VEVENT"):
            uid = property_text(component, "UID")
            title = event_title(component)
            label = event_label(uid, title)
            if not uid:
                self.notes.problems.append(_("%(event)s has no UID.") % {"event": label})
            elif property_text(component, "CLASS").upper() in PRIVATE_CLASSES:
                # Whoever published the feed marked it as not for the public: leave it out.
                self.private.setdefault(uid, FeedEntry(uid=uid, title=title))
            elif component.get("RECURRENCE-ID") is not None:
                overrides.setdefault(uid, []).append(component)
            elif uid in masters:
                self.notes.problems.append(
                    _("%(event)s appears twice in the feed.") % {"event": label}
                )
            else:
                masters[uid] = component
        return masters, overrides

    def read_event(self, uid, component, overrides):
        """The :class:`FeedEvent` of one event and its changed occurrences, or None."""
        title = event_title(component)
        label = event_label(uid, title)
        problems_before = len(self.notes.problems)
        if not self.check_properties(component, uid=uid, title=title, label=label):
            return None
        schedule = read_times(
            component, label=label, default_zone=self.default_zone, notes=self.notes
        )
        if schedule is None or len(self.notes.problems) > problems_before:
            return None
        schedule = read_recurrence(
            component, overrides, schedule=schedule, label=label, notes=self.notes
        )
        if schedule is None:
            return None
        self.note_unsafe_addresses(component, label=label)
        return _feed_event(component, uid=uid, title=title, schedule=schedule)

    def note_unsafe_addresses(self, component, *, label):
        """A warning for each address that would run code in a browser (``javascript:``…):
        :func:`~.text.web_url` drops it, and the report says so."""
        for name in ("URL", "LOCATION"):
            scheme = unsafe_scheme(property_text(component, name))
            if scheme:
                self.notes.warnings.append(
                    f"{label}: "
                    + _("its %(property)s (a “%(scheme)s:” address) was left out.")
                    % {"property": name, "scheme": scheme}
                )

    def check_properties(self, component, *, uid, title, label):
        """Note unreadable properties, UID and title; whether the schedule can be read.

        An unreadable schedule property is a problem (the event cannot be placed in time);
        any other unreadable property or line is a warning.
        """
        schedule_readable = True
        for name, message in getattr(component, "errors", []):
            if name is None:  # a line icalendar could not split into name and value
                text = _("a line cannot be read (%(detail)s).") % {"detail": message}
            else:
                text = _("%(property)s cannot be read (%(detail)s).") % {
                    "property": name,
                    "detail": message,
                }
            if name is not None and name.upper() in SCHEDULE_PROPERTIES:
                self.notes.problem(label, text)
                schedule_readable = False
            else:
                self.notes.warnings.append(f"{label}: {text}")
        if len(uid) > UID_LENGTH:
            self.notes.problem(label, _("its UID is longer than 255 characters."))
        if not title:
            self.notes.problem(label, _("it has no title (SUMMARY)."))
        return schedule_readable


def _feed_event(component, *, uid, title, schedule):
    """The :class:`FeedEvent` of a checked event, its text and addresses mapped to fields."""
    text = plain_text(property_text(component, "DESCRIPTION"))
    location = one_line(property_text(component, "LOCATION"))
    location = "" if unsafe_scheme(location) else location  # reported by note_unsafe_addresses
    online_url = web_url(location)
    cancelled = property_text(component, "STATUS").upper() == "CANCELLED"
    zone = zoneinfo.ZoneInfo(schedule.zone)
    return FeedEvent(
        uid=uid,
        title=title,
        summary=short_summary(text, title),
        description=description_html(text),
        start=schedule.start.replace(tzinfo=zone),
        end=schedule.end.replace(tzinfo=zone),
        timezone=schedule.zone,
        all_day=schedule.all_day,
        recurrence=schedule.rule,
        status=EventPage.Status.CANCELLED if cancelled else EventPage.Status.SCHEDULED,
        venue="" if online_url else location[:VENUE_LENGTH],
        online_url=online_url,
        registration_url=web_url(property_text(component, "URL")),
        date_changes=schedule.changes,
    )
