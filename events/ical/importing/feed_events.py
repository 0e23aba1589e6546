"""What reading a feed yields: its events mapped to an event page's fields, and notes.

:class:`FeedEvent` is one event the feed publishes; :class:`FeedEntry` one it marks private;
:class:`ParsedFeed` holds both; :class:`ReadingNotes` gathers the problems (which refuse the
feed) and warnings (what was read approximately) met on the way.
"""

import datetime
import hashlib
import json
import zoneinfo
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ...models import EventDateChange, EventPage


def event_label(uid, title):
    """How messages name an event of the feed: ``event UID “title”``."""
    return _("event %(uid)s “%(title)s”") % {"uid": uid or "?", "title": title or "?"}


@dataclass
class ReadingNotes:
    """Problems (the feed is refused) and warnings (read approximately) of one reading."""

    problems: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def problem(self, label, message):
        """Note a problem of the event named ``label``."""
        self.problems.append(f"{label}: {message}")


@dataclass(frozen=True)
class FeedEvent:
    """One event of the feed, mapped to the fields of an :class:`~events.models.EventPage`.

    ``start``/``end`` are aware; ``timezone`` is the IANA zone their wall clock belongs to;
    ``date_changes`` are the feed's cancelled (EXDATE, cancelled overrides) and moved
    (overrides with another time) occurrences, ordered by date.
    """

    uid: str
    title: str
    summary: str
    description: str
    start: datetime.datetime
    end: datetime.datetime
    timezone: str
    all_day: bool = False
    recurrence: str = ""
    status: str = EventPage.Status.SCHEDULED
    venue: str = ""
    online_url: str = ""
    registration_url: str = ""
    date_changes: tuple = ()

    @property
    def label(self):
        return event_label(self.uid, self.title)

    @property
    def local_start(self):
        return self.start.astimezone(zoneinfo.ZoneInfo(self.timezone)).replace(tzinfo=None)

    @property
    def local_end(self):
        return self.end.astimezone(zoneinfo.ZoneInfo(self.timezone)).replace(tzinfo=None)

    def page_values(self):
        """The page fields this event sets (on creation and on every update)."""
        return {
            "title": self.title,
            "draft_title": self.title,
            "summary": self.summary,
            "description": self.description,
            "start": self.start,
            "end": self.end,
            "timezone": self.timezone,
            "all_day": self.all_day,
            "recurrence": self.recurrence,
            "status": self.status,
            "venue": self.venue,
            "online_url": self.online_url,
            "registration_url": self.registration_url,
            "date": self.local_start.date(),
        }

    def date_change_rows(self):
        """Unsaved :class:`EventDateChange` rows for the page's ``date_changes``."""
        return [
            EventDateChange(
                original_date=change.original_date,
                action=EventDateChange.Action.CANCELLED
                if change.cancelled
                else EventDateChange.Action.MOVED,
                new_date=change.new_date,
                new_start_time=change.new_start_time,
                new_end_time=change.new_end_time,
            )
            for change in self.date_changes
        ]

    @property
    def fingerprint(self):
        """sha256 of the mapped data: equal fingerprints, nothing to update."""
        data = {
            key: value.isoformat() if hasattr(value, "isoformat") else value
            for key, value in self.page_values().items()
        }
        data["start"] = self.start.astimezone(datetime.UTC).isoformat()
        data["end"] = self.end.astimezone(datetime.UTC).isoformat()
        data["date_changes"] = [
            [
                change.original_date.isoformat(),
                change.cancelled,
                *(
                    value.isoformat() if value else None
                    for value in (change.new_date, change.new_start_time, change.new_end_time)
                ),
            ]
            for change in self.date_changes
        ]
        text = json.dumps(data, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class FeedEntry:
    """An event of the feed that is not imported (marked private), by UID and title."""

    uid: str
    title: str


@dataclass
class ParsedFeed:
    """The events of a feed, with notes on what was read approximately (``warnings``).

    ``private`` are the :class:`FeedEntry` of events marked ``CLASS:PRIVATE`` or
    ``CONFIDENTIAL``: never imported, reported as skipped.
    """

    events: list
    warnings: list = field(default_factory=list)
    name: str = ""
    private: list = field(default_factory=list)
