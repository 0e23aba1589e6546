"""Time zones offered for events: the IANA zones of the Americas, from the standard library."""

import zoneinfo
from functools import cache


@cache
def event_timezone_choices():
    """``[(name, label)]`` of IANA zones in the Americas, e.g. ``America/Lima``."""
    names = sorted(name for name in zoneinfo.available_timezones() if name.startswith("America/"))
    return [("UTC", "UTC"), *((name, name.replace("_", " ")) for name in names)]


@cache
def _timezone_labels():
    return dict(event_timezone_choices())


def timezone_label(name):
    """The label of the event zone ``name`` (the name itself when not offered), as Django's
    ``get_timezone_display`` gives it, by a lookup rather than a walk through every zone."""
    return _timezone_labels().get(name, name)


def wall_clock_to_aware(value, zone_name):
    """Read a naive wall-clock datetime as a moment in ``zone_name``."""
    return value.replace(tzinfo=zoneinfo.ZoneInfo(zone_name))


def aware_to_wall_clock(value, zone_name):
    """The naive wall-clock datetime of an aware moment in ``zone_name``."""
    return value.astimezone(zoneinfo.ZoneInfo(zone_name)).replace(tzinfo=None)
