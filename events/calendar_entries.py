"""Entries other apps add to the calendar for the reader (hook ``events_calendar_entries``):
each hook is called as ``fn(request=..., start=date, end=date)`` and returns dicts with
``title``, ``start`` and ``end`` (aware datetimes; ``end`` may be None), ``url`` and ``kind``
(a translated label). Only for logged-in readers: their responses are never cached (see
``egecms.pagecache.rules``), while the anonymous calendar is."""

import datetime
from dataclasses import dataclass

from wagtail import hooks

HOOK = "events_calendar_entries"


@dataclass(frozen=True)
class ExtraCalendarEntry:
    title: str
    start: datetime.datetime
    url: str
    kind: str
    end: datetime.datetime | None = None


def extra_entries(request, *, start, end):
    """What the hooks add between ``start`` and ``end`` (dates) for ``request``'s user."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    found = []
    for fn in hooks.get_hooks(HOOK):
        for item in fn(request=request, start=start, end=end) or ():
            found.append(ExtraCalendarEntry(**item) if isinstance(item, dict) else item)
    return sorted(found, key=lambda entry: entry.start)
