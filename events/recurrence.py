"""Repeating events: RFC 5545 rules read by python-dateutil, expanded in the event's time zone.

A rule repeats the event's *wall-clock* start in its own time zone (the yearly meeting at
09:00 in Lima stays at 09:00 in Lima, whatever daylight saving does elsewhere), exactly as
calendar clients read ``DTSTART;TZID=...`` with an ``RRULE``. Every rule must end (``COUNT``
or ``UNTIL``) and stay within :data:`max_occurrences`, so a series is always a finite list
that can be stored, listed and exported.
"""

import datetime
import re
import zoneinfo
from dataclasses import dataclass

from dateutil.rrule import rrulestr
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy


class RecurrenceError(ValueError):
    """A rule that cannot be used, with a message for the editor."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event: aware ``start``/``end``, and what happened to it.

    ``original_start`` is where the series placed it (the iCalendar ``RECURRENCE-ID``);
    a moved occurrence has another ``start``; a cancelled one stays listed as cancelled.
    """

    original_start: datetime.datetime
    start: datetime.datetime
    end: datetime.datetime
    cancelled: bool = False
    moved: bool = False


@dataclass(frozen=True)
class DateChange:
    """An editor's change to one occurrence: cancelled, or moved to another day/time.

    ``original_date`` is the local date of the occurrence in the series; ``new_date``,
    ``new_start_time`` and ``new_end_time`` are local to the event's time zone (missing
    parts keep those of the series).
    """

    original_date: datetime.date
    cancelled: bool = False
    new_date: datetime.date | None = None
    new_start_time: datetime.time | None = None
    new_end_time: datetime.time | None = None


def max_occurrences():
    return settings.EGECMS.get("EVENT_MAX_OCCURRENCES", 500)


def max_years():
    return settings.EGECMS.get("EVENT_MAX_SERIES_YEARS", 25)


_DATE_ONLY_UNTIL = re.compile(r"UNTIL=(\d{8})(?![T\d])")
_FORBIDDEN_PARTS = re.compile(r"(^|[;\n])\s*(DTSTART|EXDATE|RDATE|EXRULE)", re.IGNORECASE)


def normalise_rule(text):
    """The rule's body in canonical form: ``FREQ=...;...`` without ``RRULE:`` or spaces."""
    text = (text or "").strip()
    if text.upper().startswith("RRULE:"):
        text = text[len("RRULE:") :]
    return re.sub(r"\s+", "", text).upper()


def parse_rule(text, *, dtstart):
    """A dateutil ``rrule`` for ``text`` starting at the naive local ``dtstart``.

    Raises :class:`RecurrenceError` with a message an editor can act on.
    """
    body = normalise_rule(text)
    if not body:
        return None
    if _FORBIDDEN_PARTS.search(body) or "\n" in body:
        raise RecurrenceError(
            _(
                "Give only the repeat rule (FREQ=...); the start and the exceptions have their own fields."
            )
        )
    if "FREQ=" not in body:
        raise RecurrenceError(
            _("A repeat rule starts with its frequency, e.g. FREQ=YEARLY;COUNT=5.")
        )
    if "COUNT=" not in body and "UNTIL=" not in body:
        raise RecurrenceError(
            _(
                "This rule never ends. Add COUNT=… (how many times) or UNTIL=… (the last day, "
                "e.g. UNTIL=20301231)."
            )
        )
    # "UNTIL=20271231" means until the end of that day, as editors (and the help text) mean it.
    body = _DATE_ONLY_UNTIL.sub(r"UNTIL=\1T235959", body)
    try:
        rule = rrulestr(f"RRULE:{body}", dtstart=dtstart, ignoretz=True)
    except (ValueError, TypeError) as error:
        raise RecurrenceError(
            _(
                "This repeat rule cannot be read (%(detail)s). Example: FREQ=MONTHLY;BYDAY=2WE;COUNT=12."
            )
            % {"detail": str(error) or body}
        ) from error
    return rule


def rule_dates(rule, *, dtstart):
    """The naive local starts of ``rule`` (``[dtstart]`` without a rule), bounded."""
    if rule is None:
        return [dtstart]
    limit = max_occurrences()
    horizon = dtstart + datetime.timedelta(days=366 * max_years())
    starts = []
    for start in rule:
        if start > horizon:
            raise RecurrenceError(
                _("A series may span at most %(years)s years; end it sooner with COUNT or UNTIL.")
                % {"years": max_years()}
            )
        starts.append(start)
        if len(starts) > limit:
            raise RecurrenceError(
                ngettext_lazy(
                    "A series may have at most %(limit)s occurrence; end it sooner with COUNT or UNTIL.",
                    "A series may have at most %(limit)s occurrences; end it sooner with COUNT or UNTIL.",
                    limit,
                )
                % {"limit": limit}
            )
    if not starts:
        raise RecurrenceError(_("This rule gives no occurrence after the event's start."))
    return starts


def _aware(value, zone):
    # zoneinfo resolves wall-clock times in a DST gap or fold the way RFC 5545 asks
    # (fold=0: the first of two repeated times; a skipped time moves forward).
    return value.replace(tzinfo=zone)


def expand(*, start, end, zone_name, rule="", changes=()):
    """Every :class:`Occurrence` of an event, in order of their actual start.

    ``start``/``end`` are naive wall-clock times of the first occurrence in ``zone_name``.
    ``changes`` are :class:`DateChange`s; one naming a date the series does not reach
    raises :class:`RecurrenceError`.
    """
    zone = zoneinfo.ZoneInfo(zone_name)
    duration = end - start
    parsed = parse_rule(rule, dtstart=start)
    starts = rule_dates(parsed, dtstart=start)
    by_date = {value.date(): value for value in starts}
    changes_by_date = {}
    for change in changes:
        if change.original_date not in by_date:
            raise RecurrenceError(
                _("The series has no occurrence on %(date)s to cancel or move.")
                % {"date": change.original_date.isoformat()}
            )
        changes_by_date[change.original_date] = change
    occurrences = []
    for local_start in starts:
        change = changes_by_date.get(local_start.date())
        original = _aware(local_start, zone)
        if change is None:
            occurrences.append(Occurrence(original, original, _aware(local_start + duration, zone)))
        elif change.cancelled:
            occurrences.append(
                Occurrence(original, original, _aware(local_start + duration, zone), cancelled=True)
            )
        else:
            new_start, new_end = moved_times(local_start, duration, change)
            occurrences.append(
                Occurrence(original, _aware(new_start, zone), _aware(new_end, zone), moved=True)
            )
    return sorted(occurrences, key=lambda occurrence: (occurrence.start, occurrence.original_start))


def moved_times(local_start, duration, change):
    """Naive local start and end of an occurrence moved by ``change``."""
    new_start = datetime.datetime.combine(
        change.new_date or local_start.date(), change.new_start_time or local_start.time()
    )
    if change.new_end_time is not None:
        new_end = datetime.datetime.combine(new_start.date(), change.new_end_time)
        if new_end <= new_start:
            raise RecurrenceError(
                _("The moved occurrence of %(date)s must end after it starts.")
                % {"date": change.original_date.isoformat()}
            )
        return new_start, new_end
    return new_start, new_start + duration
