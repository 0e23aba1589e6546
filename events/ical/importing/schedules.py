"""When one event of a feed happens: its times, its repeat rule, and changed occurrences.

:func:`read_times` maps ``DTSTART``/``DTEND``/``DURATION`` to the naive wall clock of an offered
zone (all-day ends become the last day, inclusive); :func:`read_recurrence` adds the ``RRULE``
and the cancelled (``EXDATE``, cancelled overrides) and moved (overrides with another time)
occurrences, and checks that the whole series can be expanded. Both note what they cannot read
in the :class:`~.feed_events.ReadingNotes` and return None.
"""

import dataclasses
import datetime
import re

from django.utils.translation import gettext as _
from icalendar.error import BrokenCalendarProperty

from ...recurrence import (
    DateChange,
    RecurrenceError,
    expand,
    normalise_rule,
    parse_rule,
    rule_dates,
)
from .text import property_text
from .zones import ResolvedZone, resolve_zone, wall_clock

ONE_DAY = datetime.timedelta(days=1)


@dataclasses.dataclass(frozen=True)
class Schedule:
    """An event's schedule: naive wall-clock ``start``/``end`` in ``zone``, rule and changes."""

    start: datetime.datetime
    end: datetime.datetime
    zone: str
    all_day: bool
    rule: str = ""
    changes: tuple = ()


def read_times(component, *, label, default_zone, notes):
    """The :class:`Schedule` (no rule yet) of an event's start and end, or None.

    Times without a zone (floating, all-day) are read in ``default_zone``, the calendar's.
    """
    dtstart = _single(component, "DTSTART", label=label, notes=notes)
    dtend = _single(component, "DTEND", label=label, notes=notes)
    duration = _single(component, "DURATION", label=label, notes=notes)
    start_value, tzid = _when(dtstart)
    if start_value is None:
        notes.problem(label, _("it has no start (DTSTART)."))
        return None
    all_day = not isinstance(start_value, datetime.datetime)
    zone = _zone_of_start(start_value, tzid, label=label, default_zone=default_zone)
    if zone.warning:
        notes.warnings.append(zone.warning)
    if zone.keep_wall_clock and not all_day:
        start = start_value.replace(tzinfo=None)
    else:
        start = wall_clock(start_value, zone.name)
    end = _read_end(
        dtend,
        duration,
        start_value=start_value,
        start=start,
        zone=zone.name,
        label=label,
        notes=notes,
    )
    if end is None or not _ends_after_start(start, end, all_day=all_day, label=label, notes=notes):
        return None
    return Schedule(start=start, end=end, zone=zone.name, all_day=all_day)


def read_recurrence(component, overrides, *, schedule, label, notes):
    """``schedule`` with the event's rule and changed occurrences, or None.

    ``overrides`` are the feed's components with the event's UID and a ``RECURRENCE-ID``.
    """
    rule = _read_rule(component, schedule=schedule, label=label, notes=notes)
    if rule is None:
        return None
    if component.get("RDATE") is not None:
        notes.warnings.append(
            _("%(event)s: extra dates (RDATE) are not imported; add them by hand.")
            % {"event": label}
        )
    changes = _read_changes(
        component, overrides, schedule=schedule, rule=rule, label=label, notes=notes
    )
    if changes is None:
        return None
    changes = tuple(sorted(changes, key=lambda change: change.original_date))
    try:
        expand(
            start=schedule.start,
            end=schedule.end,
            zone_name=schedule.zone,
            rule=rule,
            changes=changes,
        )
    except RecurrenceError as error:
        notes.problem(label, error.message)
        return None
    return dataclasses.replace(schedule, rule=rule, changes=changes)


# ---- start and end --------------------------------------------------------------------


def _single(component, name, *, label, notes):
    """The property ``name``; None (and a problem noted) if the event gives it more than once."""
    value = component.get(name)
    if isinstance(value, list):
        notes.problems.append(
            _("%(event)s: %(property)s is given more than once.")
            % {"event": label, "property": name}
        )
        return None
    return value


def _value(prop):
    """The parsed value of a date, date-time or duration property; None if absent or unreadable.

    icalendar keeps an unreadable value as a "broken" property that raises when it is used.
    """
    try:
        return getattr(prop, "dt", None)
    except BrokenCalendarProperty:
        return None


def _when(prop):
    """``(value, TZID)`` of a date/date-time property, or ``(None, "")`` if unreadable."""
    value = _value(prop)
    if not isinstance(value, datetime.date):
        return None, ""
    return value, str(prop.params.get("TZID", "")) if hasattr(prop, "params") else ""


def _zone_of_start(start_value, tzid, *, label, default_zone):
    if not isinstance(start_value, datetime.datetime):  # all day: the calendar's zone
        return ResolvedZone(default_zone)
    if tzid:
        return resolve_zone(tzid, start_value.tzinfo, year=start_value.year, label=label)
    if start_value.tzinfo is not None:  # UTC ("Z"): the calendar's zone, else UTC
        return ResolvedZone(default_zone, keep_wall_clock=False)
    return ResolvedZone(default_zone)  # floating: the calendar's zone


def _read_end(dtend, duration, *, start_value, start, zone, label, notes):
    """The naive wall-clock end (an all-day event's last day), or None (a problem noted)."""
    all_day = not isinstance(start_value, datetime.datetime)
    end_value, _tzid = _when(dtend)
    if end_value is not None:
        if isinstance(end_value, datetime.datetime) == all_day:
            notes.problem(label, _("its start and end must both be dates or both be date-times."))
            return None
        end = wall_clock(end_value, zone)
        if all_day and end_value != start_value:  # some exporters repeat DTSTART
            end -= ONE_DAY  # DTEND is exclusive; our end is the last day
        return end
    if isinstance(_value(duration), datetime.timedelta):
        end = start + duration.dt
        return end - ONE_DAY if all_day else end
    if all_day:
        return start
    notes.problem(label, _("it has no end (DTEND or DURATION)."))
    return None


def _ends_after_start(start, end, *, all_day, label, notes):
    if end < start:
        notes.problem(
            label,
            _("it ends (%(end)s) before it starts (%(start)s).")
            % {"start": start.isoformat(sep=" "), "end": end.isoformat(sep=" ")},
        )
        return False
    if end == start and not all_day:
        notes.problem(label, _("it ends when it starts; an event must end after it starts."))
        return False
    return True


# ---- repeats --------------------------------------------------------------------------


def _read_rule(component, *, schedule, label, notes):
    """The RRULE body for :mod:`events.recurrence` ("" for a single event), or None."""
    recur = _single(component, "RRULE", label=label, notes=notes)
    if recur is None:
        return None if component.get("RRULE") is not None else ""
    body = recur.to_ical().decode()
    until = (recur.get("UNTIL") or [None])[0]
    if until is not None:
        # The series runs in the event's wall clock: UNTIL becomes the same moment there.
        body = re.sub(r"UNTIL=[^;]*", f"UNTIL={_local_until(until, schedule)}", body)
    rule = normalise_rule(body)
    try:
        parse_rule(rule, dtstart=datetime.datetime(2000, 1, 1))
    except RecurrenceError as error:
        notes.problem(label, error.message)
        return None
    return rule


def _local_until(until, schedule):
    if isinstance(until, datetime.datetime):
        local = wall_clock(until, schedule.zone)
        return f"{local:%Y%m%d}" if schedule.all_day else f"{local:%Y%m%dT%H%M%S}"
    return f"{until:%Y%m%d}" if schedule.all_day else f"{until:%Y%m%d}T235959"


def _read_changes(component, overrides, *, schedule, rule, label, notes):
    """The feed's cancelled and moved occurrences as :class:`DateChange`s, or None."""
    series = None
    if rule:
        try:
            dtstart = schedule.start
            dates = rule_dates(parse_rule(rule, dtstart=dtstart), dtstart=dtstart)
        except RecurrenceError as error:
            notes.problem(label, error.message)
            return None
        series = {value.date() for value in dates}
    changes = {
        original_date: DateChange(original_date=original_date, cancelled=True)
        for original_date in _excluded_dates(component, schedule.zone)
    }
    for override in overrides:
        change = _read_override(override, schedule=schedule, label=label, notes=notes)
        if change is not None:
            changes[change.original_date] = change
    if changes and not rule:
        notes.warnings.append(
            _(
                "%(event)s: cancelled or moved occurrences of an event that does not repeat "
                "were ignored."
            )
            % {"event": label}
        )
        return []
    outside = sorted(date for date in changes if date not in series) if series else []
    if outside:
        notes.warnings.append(
            _("%(event)s: the series has no occurrence on %(dates)s; those changes were ignored.")
            % {"event": label, "dates": ", ".join(date.isoformat() for date in outside)}
        )
    return [change for date, change in changes.items() if date not in outside]


def _excluded_dates(component, zone):
    """The local dates of the event's ``EXDATE``s, in the feed's order."""
    exdates = component.get("EXDATE")
    props = exdates if isinstance(exdates, list) else [exdates] if exdates else []
    return [wall_clock(item.dt, zone).date() for prop in props for item in getattr(prop, "dts", [])]


def _read_override(override, *, schedule, label, notes):
    """The :class:`DateChange` of one changed occurrence; None if its time did not change."""
    original_value, _tzid = _when(override.get("RECURRENCE-ID"))
    if original_value is None:
        notes.warnings.append(
            _("%(event)s: a changed occurrence without a readable RECURRENCE-ID was ignored.")
            % {"event": label}
        )
        return None
    original_date = wall_clock(original_value, schedule.zone).date()
    if property_text(override, "STATUS").upper() == "CANCELLED":
        return DateChange(original_date=original_date, cancelled=True)
    new_value, _tzid = _when(override.get("DTSTART"))
    if new_value is None:
        return None
    new_start = wall_clock(new_value, schedule.zone)
    new_end = _override_end(override, new_start=new_start, schedule=schedule)
    if not isinstance(new_value, datetime.datetime):  # a day of an all-day series
        if new_start.date() == original_date:
            return None
        return DateChange(original_date=original_date, new_date=new_start.date())
    length = schedule.end - schedule.start
    series_start = datetime.datetime.combine(original_date, schedule.start.time())
    if new_start == series_start and new_end - new_start == length:
        return None  # only its details changed: the schedule stays
    same_day_end = new_end.date() == new_start.date() and new_end > new_start
    return DateChange(
        original_date=original_date,
        new_date=new_start.date(),
        new_start_time=new_start.time(),
        new_end_time=new_end.time() if same_day_end else None,
    )


def _override_end(override, *, new_start, schedule):
    """A changed occurrence's end: its own DTEND or DURATION, else the series' length."""
    end_value, _tzid = _when(override.get("DTEND"))
    duration = _value(override.get("DURATION"))
    if end_value is not None:
        return wall_clock(end_value, schedule.zone)
    if isinstance(duration, datetime.timedelta):
        return new_start + duration
    return new_start + (schedule.end - schedule.start)
