"""Which offered IANA zone a feed's ``TZID`` means, and wall clocks in that zone.

A ``TZID`` may be an offered IANA name (possibly behind a vendor prefix such as
``/freeassociation.sourceforge.net/``), a Windows name (Outlook) or a UTC alias; an IANA zone
that is not offered is converted to UTC. A custom ``TZID`` the feed defines with a ``VTIMEZONE``
is matched to an offered zone with the same UTC offsets all year; an undefined one is read as
UTC. Every approximation comes with a warning naming the event.
"""

import datetime
import zoneinfo
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext as _
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ...timezones import event_timezone_choices

#: Zone names that mean UTC.
UTC_NAMES = {"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"}

# Zones picked first when a feed's own time-zone definition matches several (a TZID such as
# "(UTC-05:00) Bogota, Lima, Quito" is the same clock as a dozen IANA zones).
PREFERRED_ZONES = (
    "America/Lima",
    "America/Bogota",
    "America/Mexico_City",
    "America/Sao_Paulo",
    "America/Santiago",
    "America/Argentina/Buenos_Aires",
    "America/Caracas",
    "America/La_Paz",
    "America/Guatemala",
    "America/Panama",
    "America/Santo_Domingo",
    "America/Montevideo",
    "America/Asuncion",
    "America/Havana",
    "America/Jamaica",
    "America/Port_of_Spain",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "UTC",
)


@cache
def offered_zones():
    """The names of the zones an event may have (see :mod:`events.timezones`)."""
    return frozenset(name for name, _label in event_timezone_choices())


@cache
def _iana_zones():
    return frozenset(zoneinfo.available_timezones())


@dataclass(frozen=True)
class ResolvedZone:
    """The event's zone, and whether a time given in the feed's own zone keeps its wall clock.

    ``warning`` says what was read approximately ("" if nothing was).
    """

    name: str
    keep_wall_clock: bool = True
    warning: str = ""


def wall_clock(value, zone_name):
    """Naive wall clock in ``zone_name`` of a feed value (a floating time stays as it is)."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            return value.astimezone(zoneinfo.ZoneInfo(zone_name)).replace(tzinfo=None)
        return value
    return datetime.datetime.combine(value, datetime.time())


def resolve_zone(tzid, tzinfo, *, year, label):
    """The offered IANA zone for a feed's ``TZID`` (with the tzinfo icalendar built for it).

    ``year`` is the year whose UTC offsets a custom zone is matched by; ``label`` names the
    event in warnings.
    """
    for candidate in _tzid_candidates(tzid, tzinfo):
        if candidate in offered_zones():
            return ResolvedZone(candidate)
        if candidate in UTC_NAMES:
            return ResolvedZone("UTC")
        if candidate in _iana_zones():
            return ResolvedZone(
                "UTC",
                keep_wall_clock=False,
                warning=_(
                    "%(event)s: the time zone %(zone)s is not offered for events; its times "
                    "were converted to UTC."
                )
                % {"event": label, "zone": candidate},
            )
    if tzinfo is None:
        return ResolvedZone(
            "UTC",
            warning=_(
                "%(event)s: the time zone “%(tzid)s” is unknown and the feed does not define it; "
                "its times were read as UTC."
            )
            % {"event": label, "tzid": tzid},
        )
    match = _zone_with_offsets(tzinfo, year)
    if match:
        return ResolvedZone(
            match,
            warning=_(
                "%(event)s: the time zone “%(tzid)s” was read as %(zone)s (same UTC offsets)."
            )
            % {"event": label, "tzid": tzid, "zone": match},
        )
    return ResolvedZone(
        "UTC",
        keep_wall_clock=False,
        warning=_(
            "%(event)s: the time zone “%(tzid)s” matches no time zone offered for events; "
            "its times were converted to UTC."
        )
        % {"event": label, "tzid": tzid},
    )


def _tzid_candidates(tzid, tzinfo):
    """The names ``tzid`` may stand for, most literal first."""
    cleaned = tzid.strip().strip('"').strip("/")
    yield cleaned
    if cleaned in WINDOWS_TO_OLSON:
        yield WINDOWS_TO_OLSON[cleaned]
    parts = cleaned.split("/")
    for start in range(1, len(parts)):  # "/freeassociation.sourceforge.net/America/Lima"
        yield "/".join(parts[start:])
    key = getattr(tzinfo, "key", None)
    if key:
        yield key


def _offsets(tzinfo, year):
    """UTC offsets of ``tzinfo`` on the 1st and 15th of every month of ``year`` (None if unknown)."""
    samples = [datetime.datetime(year, month, day, 12) for month in range(1, 13) for day in (1, 15)]
    try:
        return [tzinfo.utcoffset(sample) for sample in samples]
    except (TypeError, ValueError, AttributeError):
        return None


def _zone_with_offsets(tzinfo, year):
    """The first offered zone (preferred ones first) keeping ``tzinfo``'s offsets in ``year``."""
    wanted = _offsets(tzinfo, year)
    if wanted is None:
        return None
    for name in (*PREFERRED_ZONES, *sorted(offered_zones())):
        if name in offered_zones() and _offsets(zoneinfo.ZoneInfo(name), year) == wanted:
            return name
    return None
