"""The queries behind the calendar page and the feeds: a fixed number whatever the events."""

import datetime

from django.db.models import Exists, F, Max, Min, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.utils import timezone
from wagtail.models import PageViewRestriction

from .models.occurrences import LONG_OCCURRENCE, EventOccurrence


def under_a_view_restriction():
    """An Exists() true for pages at or below a view-restricted page (inside the main query,
    where :func:`egecms.core.aggregation.restricted_q` costs a query of its own)."""
    return Exists(PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path"))))


def visible_events(*, locale, filters, spaces, request=None):
    """Live, public events of ``locale`` narrowed by ``filters`` (a queryset, not run):
    the events are those of the queryset the filters narrow (every event, unless given)."""
    events = filters.queryset.live().filter(locale_id=getattr(locale, "pk", locale))
    events = events.exclude(under_a_view_restriction())
    return filters.apply(events, spaces=spaces)


def of_events(events):
    """A condition on occurrences: their event is one of ``events`` (a queryset, not run).

    Checked row by row (EXISTS) rather than as a list of every visible event (IN): the
    occurrences are then read in date order from their index and the reading stops at the
    window or page shown, instead of first gathering every event of the locale."""
    return Exists(events.order_by().filter(pk=OuterRef("event_id")))


def overlapping(start, end):
    """A condition on occurrences: they overlap [start, end). The candidates are read from the
    index on ``start`` (those starting at most :data:`LONG_OCCURRENCE` before ``start``) and
    from the index on (``lasts_long``, ``start``) (the longer ones): the rows read are about
    those shown, not every occurrence that started before the window."""
    window = EventOccurrence.objects.order_by()
    candidates = (
        window.filter(start__gte=start - LONG_OCCURRENCE, start__lt=end)
        .values("pk")
        .union(window.filter(lasts_long=True, start__lt=end).values("pk"), all=True)
    )
    return Q(end__gte=start, start__lt=end, pk__in=candidates)


def occurrences(*, events, start=None, end=None, upcoming=None, now=None):
    """Occurrences of ``events`` overlapping [start, end), or upcoming/past ones, with their
    event loaded (one query when evaluated).

    ``upcoming=True``: not yet ended, soonest first; ``False``: ended, latest first.
    """
    now = now or timezone.now()
    queryset = EventOccurrence.objects.filter(of_events(events)).select_related("event")
    if start is not None and end is not None:
        queryset = queryset.filter(overlapping(start, end))
    elif start is not None:
        queryset = queryset.filter(end__gte=start)
    elif end is not None:
        queryset = queryset.filter(start__lt=end)
    if upcoming is True:
        queryset = queryset.filter(end__gte=now).order_by("start", "pk")
    elif upcoming is False:
        queryset = queryset.filter(end__lt=now).order_by("-start", "-pk")
    else:
        queryset = queryset.order_by("start", "pk")
    return queryset


def feed_events(*, events, now, past, limit):
    """The events a feed carries: of ``events``, those with an occurrence ending after
    ``now - past``; the ``limit`` first of them, those still to come soonest first, then the
    others latest first. Only that window's occurrences are read, however long the
    calendar's past; the chosen events are read once (one query) so that what the feed then
    loads of them is looked up by primary key."""
    rows = (
        EventOccurrence.objects.filter(of_events(events), end__gte=now - past)
        .values("event_id")
        .annotate(
            next_start=Min("start", filter=Q(end__gte=now)),
            last_start=Max("start"),
        )
        .order_by(F("next_start").asc(nulls_last=True), F("last_start").desc(), "event_id")
    )
    chosen = list(rows.values_list("event_id", flat=True)[:limit])
    return events.model.objects.filter(pk__in=chosen)


def month_bounds(month, zone):
    """Aware [start, end) of the calendar month ``month`` (a date) in ``zone``."""
    first = datetime.datetime.combine(month.replace(day=1), datetime.time(), tzinfo=zone)
    following = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return first, datetime.datetime.combine(following, datetime.time(), tzinfo=zone)
