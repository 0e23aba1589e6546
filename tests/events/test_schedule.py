"""Repeating events: rules, cancelled and moved occurrences, time zones, stored occurrences."""

import datetime
import zoneinfo

import pytest

from events.models import EventDateChange, EventOccurrence
from events.recurrence import DateChange, RecurrenceError, expand
from tests import factories

LIMA = zoneinfo.ZoneInfo("America/Lima")
SANTIAGO = zoneinfo.ZoneInfo("America/Santiago")


def naive(text):
    return datetime.datetime.fromisoformat(text)


def test_a_yearly_rule_repeats_the_local_time():
    occurrences = expand(
        start=naive("2027-03-10T09:00"),
        end=naive("2027-03-10T17:00"),
        zone_name="America/Lima",
        rule="FREQ=YEARLY;COUNT=3",
    )
    assert [o.start for o in occurrences] == [
        datetime.datetime(year, 3, 10, 9, tzinfo=LIMA) for year in (2027, 2028, 2029)
    ]
    assert all(o.end - o.start == datetime.timedelta(hours=8) for o in occurrences)


def test_across_a_daylight_saving_change_the_wall_clock_stays_and_utc_moves():
    # Chile leaves daylight saving time on the first Sunday of April 2027.
    occurrences = expand(
        start=naive("2027-03-31T10:00"),
        end=naive("2027-03-31T11:00"),
        zone_name="America/Santiago",
        rule="FREQ=WEEKLY;COUNT=2",
    )
    utc = [o.start.astimezone(datetime.UTC).hour for o in occurrences]
    assert [o.start.astimezone(SANTIAGO).hour for o in occurrences] == [10, 10]
    assert utc == [13, 14]


def test_cancelled_and_moved_occurrences():
    occurrences = expand(
        start=naive("2027-01-13T10:00"),
        end=naive("2027-01-13T11:30"),
        zone_name="America/Mexico_City",
        rule="FREQ=MONTHLY;BYDAY=2WE;COUNT=3",
        changes=[
            DateChange(original_date=datetime.date(2027, 2, 10), cancelled=True),
            DateChange(
                original_date=datetime.date(2027, 3, 10),
                new_date=datetime.date(2027, 3, 11),
                new_start_time=datetime.time(15),
            ),
        ],
    )
    assert [(o.start.date(), o.cancelled, o.moved) for o in occurrences] == [
        (datetime.date(2027, 1, 13), False, False),
        (datetime.date(2027, 2, 10), True, False),
        (datetime.date(2027, 3, 11), False, True),
    ]
    moved = occurrences[2]
    assert moved.original_start.date() == datetime.date(2027, 3, 10)
    assert moved.end - moved.start == datetime.timedelta(minutes=90)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=MONTHLY", "never ends"),
        ("FREQ=DAILY;UNTIL=20990101", "at most"),
        ("FREQ=SOMETIMES;COUNT=3", "cannot be read"),
        ("COUNT=3", "frequency"),
        ("DTSTART:20270101T000000\nRRULE:FREQ=DAILY;COUNT=2", "only the repeat rule"),
    ],
)
def test_rules_that_cannot_be_used_say_why(rule, message):
    with pytest.raises(RecurrenceError) as error:
        expand(
            start=naive("2027-01-01T10:00"),
            end=naive("2027-01-01T11:00"),
            zone_name="UTC",
            rule=rule,
        )
    assert message in str(error.value.message)


def test_a_change_on_a_day_the_series_does_not_reach_is_refused():
    with pytest.raises(RecurrenceError, match="no occurrence on 2027-01-02"):
        expand(
            start=naive("2027-01-01T10:00"),
            end=naive("2027-01-01T11:00"),
            zone_name="UTC",
            rule="FREQ=WEEKLY;COUNT=4",
            changes=[DateChange(original_date=datetime.date(2027, 1, 2), cancelled=True)],
        )


@pytest.mark.django_db
def test_publishing_stores_the_occurrences_and_drafts_do_not(site_tree_en):
    event = site_tree_en.pages["event"]
    assert EventOccurrence.objects.filter(event=event).count() == 1
    event.recurrence = "FREQ=WEEKLY;COUNT=5"
    event.date_changes = [
        EventDateChange(original_date=(event.local_start + datetime.timedelta(days=7)).date())
    ]
    event.save_revision()
    assert EventOccurrence.objects.filter(event=event).count() == 1
    event.get_latest_revision().publish()
    stored = EventOccurrence.objects.filter(event=event).order_by("start")
    assert stored.count() == 5
    assert [o.cancelled for o in stored] == [False, True, False, False, False]


@pytest.mark.django_db
def test_listings_put_a_series_under_its_next_occurrence(site_tree_en):
    from django.utils import timezone

    now = timezone.now()
    parent = site_tree_en.pages["event"].get_parent()
    started_long_ago = factories.EventPageFactory(
        parent=parent,
        start=now - datetime.timedelta(days=60, hours=1),
        end=now - datetime.timedelta(days=60),
        recurrence="FREQ=WEEKLY;COUNT=20",
    )
    single = factories.EventPageFactory(parent=parent, start=now + datetime.timedelta(days=3))
    from events.models import EventPage

    listed = list(EventPage.listed(EventPage.objects.live()))
    assert listed.index(started_long_ago) < listed.index(single)
    assert started_long_ago.pk == listed[0].pk
    assert listed[0].next_start > now


def test_a_date_only_until_includes_that_day():
    occurrences = expand(
        start=naive("2027-12-03T10:00"),
        end=naive("2027-12-03T11:00"),
        zone_name="America/Lima",
        rule="FREQ=WEEKLY;UNTIL=20271231",
    )
    assert occurrences[-1].start.date() == datetime.date(2027, 12, 31)
    assert len(occurrences) == 5


@pytest.mark.django_db
def test_an_events_zone_is_named_as_django_names_it():
    from events.models import EventPage
    from events.timezones import event_timezone_choices

    field = EventPage._meta.get_field("timezone")
    for name in [*(name for name, _label in event_timezone_choices()), "Europe/Madrid", ""]:
        page = EventPage(timezone=name)
        assert page.get_timezone_display() == page._get_FIELD_display(field), name
    assert EventPage(timezone="America/Sao_Paulo").get_timezone_display() == "America/Sao Paulo"
