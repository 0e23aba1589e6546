"""The VTIMEZONEs of our iCalendar files, written so that every client reads them alike.

icalendar's :meth:`~icalendar.Timezone.from_tzid` turns Python's zoneinfo (IANA's rules) into
a VTIMEZONE whose observances gather several onsets: a ``DTSTART`` and more in ``RDATE``.
RFC 5545 counts the ``DTSTART`` as the first onset, but ical.js (Thunderbird, many web
calendars) reads only the ``RDATE`` of an observance that has one, so it missed Chile's
change to winter time of 5 April 2026 and its return on 6 September 2026: a 09:30 meeting in
Santiago on 25 August 2026 came out at 12:30Z instead of IANA's 13:30Z. Here every onset is an
observance of its own with its ``DTSTART`` alone, which every reader takes the same way.
"""

import datetime
import functools
from copy import deepcopy

from icalendar import Timezone


def onsets(observance):
    """Every onset of a STANDARD or DAYLIGHT observance: its DTSTART, then its RDATEs."""
    found = [observance["DTSTART"].dt]
    rdates = observance.get("RDATE", [])
    for rdate in rdates if isinstance(rdates, list) else [rdates]:
        found.extend(period.dt for period in rdate.dts)
    return found


def split_observance(observance):
    """``observance`` as one copy per onset, each with that onset as its DTSTART and no
    RDATE (observances with an RRULE are kept whole: their DTSTART starts the rule)."""
    if "RRULE" in observance or "RDATE" not in observance:
        return [observance]
    copies = []
    for onset in onsets(observance):
        copy = type(observance)()
        for name, value in observance.items():
            if name not in ("DTSTART", "RDATE"):
                copy[name] = value
        copy.add("dtstart", onset)
        copies.append(copy)
    return copies


def vtimezone(tzid, *, first_date, last_date):
    """The VTIMEZONE of the IANA zone ``tzid`` covering ``first_date`` to ``last_date``, one
    observance per onset, in the order of their onsets.

    The range is widened to whole years so that the (costly: every hour of the range is
    looked at) definition is worked out once per zone and span of years in a process, then
    copied; a wider VTIMEZONE describes the same instants."""
    return deepcopy(_whole_years_vtimezone(tzid, first_date.year, last_date.year))


@functools.lru_cache(maxsize=128)
def _whole_years_vtimezone(tzid, first_year, last_year):
    zone = Timezone.from_tzid(
        tzid,
        first_date=datetime.date(first_year, 1, 1),
        last_date=datetime.date(last_year, 12, 31),
    )
    observances = [
        copy for observance in zone.subcomponents for copy in split_observance(observance)
    ]
    observances.sort(key=lambda observance: observance["DTSTART"].dt)
    zone.subcomponents = observances
    return zone


def add_vtimezones(calendar, *, first_date, last_date, default_tzid=None):
    """Put the VTIMEZONE of every zone ``calendar``'s components name first in it (or of
    ``default_tzid`` when it names none: RFC 5545 wants a component in every calendar)."""
    tzids = sorted(calendar.get_missing_tzids()) or ([default_tzid] if default_tzid else [])
    zones = [vtimezone(tzid, first_date=first_date, last_date=last_date) for tzid in tzids]
    calendar.subcomponents[0:0] = zones
