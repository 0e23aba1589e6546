"""The topic page's newest events (``EventPage.first_listed``) are those of the full listing
order — soonest to come first, then the latest past — whether the lookahead holds them or not."""

import datetime

import pytest
from django.utils import timezone

from egecms.core.aggregation import contribution_queryset
from events.models import EventPage
from events.models.event import LISTED_LOOKAHEAD
from tests import bulk


def add_events(parent, count, *, first_day, step_days=1, batch="a"):
    now = timezone.now()
    fields = []
    for index in range(count):
        start = now + datetime.timedelta(days=first_day + index * step_days, hours=index % 5)
        fields.append(
            {
                "title": f"Event {batch}{index}",
                "slug": f"event-{batch}{index}",
                "summary": "A meeting",
                "start": start,
                "end": start + datetime.timedelta(hours=2),
                "timezone": "America/Lima",
                # Every third repeats weekly: several of the next occurrences are one event's.
                "recurrence": "FREQ=WEEKLY;COUNT=6" if index % 3 == 0 else "",
            }
        )
    bulk.live_events(parent, fields)


def first_by_both_ways(locale, count):
    queryset = contribution_queryset(EventPage, locale=locale)
    full = [page.pk for page in queryset[:count]]
    first = [page.pk for page in EventPage.first_listed(queryset, count)]
    return full, first


@pytest.mark.django_db
def test_the_first_events_are_those_of_the_full_order(site_tree_en):
    cluster = site_tree_en.pages["cluster"]
    locale = cluster.locale_id
    # Only past events and a few to come: fewer upcoming than asked, the past fills the rest.
    add_events(cluster, 8, first_day=-60, batch="past")
    add_events(cluster, 2, first_day=3, batch="soon")
    full, first = first_by_both_ways(locale, 6)
    assert first == full and len(full) == 6
    # Many more to come than the lookahead reads, some starting at the same hour.
    add_events(cluster, LISTED_LOOKAHEAD * 2, first_day=1, step_days=0, batch="many")
    add_events(cluster, LISTED_LOOKAHEAD, first_day=0, step_days=1, batch="later")
    for count in (1, 6, 24):
        full, first = first_by_both_ways(locale, count)
        assert first == full and len(full) == count
