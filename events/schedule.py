"""An event's schedule as occurrences: stored for readers, previewed for editors."""

import zoneinfo

from django.utils import timezone

from .models.occurrences import EventOccurrence, lasts_long
from .recurrence import RecurrenceError, expand


def occurrences_of(page, changes=None):
    """The :class:`~events.recurrence.Occurrence`s of ``page`` as it stands in memory.

    ``changes`` defaults to the page's own cancelled/moved occurrences.
    """
    if page.start is None or page.end is None:
        return []
    return expand(
        start=page.local_start,
        end=page.local_end,
        zone_name=page.timezone,
        rule=page.recurrence,
        changes=page.schedule_changes() if changes is None else changes,
    )


def store_occurrences(page):
    """Replace the stored occurrences of ``page`` by those of its current schedule.

    A schedule that cannot be expanded (only possible when saved without validation) keeps
    the first occurrence, so the event still shows, and never half a series.
    """

    try:
        occurrences = occurrences_of(page)
    except RecurrenceError:
        occurrences = expand(start=page.local_start, end=page.local_end, zone_name=page.timezone)
    EventOccurrence.objects.filter(event_id=page.pk).delete()
    EventOccurrence.objects.bulk_create(occurrence_rows(page, occurrences))


def occurrence_rows(page, occurrences):
    """The ``EventOccurrence`` rows (unsaved) that store ``occurrences`` of ``page``."""
    return [
        EventOccurrence(
            event_id=page.pk,
            start=occurrence.start,
            end=occurrence.end,
            original_start=occurrence.original_start,
            cancelled=occurrence.cancelled,
            moved=occurrence.moved,
            lasts_long=lasts_long(occurrence.start, occurrence.end),
        )
        for occurrence in occurrences
    ]


def upcoming_for_editor(page, *, limit=8, now=None):
    """``(occurrences, error)``: the next ``limit`` occurrences of the page being edited (all
    of them from the first if the series is over), or the message of what is wrong."""
    try:
        occurrences = occurrences_of(page)
    except RecurrenceError as error:
        return [], error.message
    now = now or timezone.now()
    upcoming = [occurrence for occurrence in occurrences if occurrence.end >= now]
    return (upcoming or occurrences)[:limit], None


def wall_clock(occurrence, zone_name):
    """``(start, end)`` of an occurrence as naive wall-clock times of ``zone_name``."""
    zone = zoneinfo.ZoneInfo(zone_name)
    return (
        occurrence.start.astimezone(zone).replace(tzinfo=None),
        occurrence.end.astimezone(zone).replace(tzinfo=None),
    )


def schedule_for_readers(page, *, shown=6, now=None):
    """What the event page says of its dates: the next ``shown`` occurrences (or the last ones
    when the series is over), how many more, and whether any is still to come. One query."""
    now = now or timezone.now()
    rows = list(page.occurrences.order_by("start"))
    upcoming = [row for row in rows if row.end >= now]
    listed = upcoming[:shown] if upcoming else rows[-shown:]
    return {
        "is_series": len(rows) > 1,
        "is_over": not upcoming,
        "occurrences": [{"row": row, "local": wall_clock(row, page.timezone)} for row in listed],
        "more": max(len(upcoming) - shown, 0),
        "last": wall_clock(rows[-1], page.timezone)[0] if rows else None,
    }
