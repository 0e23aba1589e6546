"""iCalendar export: the calendar's feeds and one event's file, as calendar clients read them."""

import datetime
import zoneinfo

import pytest
import recurring_ical_events
from django.contrib.auth import get_user_model
from django.core.cache import cache
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from events.calendar_filters import CalendarFilterSet as CalendarFilters
from events.calendar_queries import occurrences, visible_events
from events.ical.export import event_calendar, feed_window
from events.models import EventDateChange, EventPage
from tests import bulk, factories
from tests.instances import counted_instances

LIMA = zoneinfo.ZoneInfo("America/Lima")
SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")
SANTIAGO = zoneinfo.ZoneInfo("America/Santiago")
BOGOTA = zoneinfo.ZoneInfo("America/Bogota")
MEXICO = zoneinfo.ZoneInfo("America/Mexico_City")
UTC = datetime.UTC

REQUIRED = ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL", "STATUS", "LAST-MODIFIED")


# ---- helpers ----------------------------------------------------------------------------


def feed_url(calendar_page, **query):
    from urllib.parse import urlencode

    url = calendar_page.url + calendar_page.reverse_subpage("feed")
    return f"{url}?{urlencode(query)}" if query else url


def event_url(event):
    return event.url + event.reverse_subpage("ical")


def fetch(client, url):
    """GET an iCalendar URL; the response must be a calendar that parses."""
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert_valid(calendar)
    return response, calendar


def assert_valid(calendar):
    """What RFC 5545 asks of a published calendar and of each of its VEVENTs."""
    assert calendar.name == "VCALENDAR"
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert calendar.subcomponents, "RFC 5545 wants at least one component"
    for vevent in calendar.walk("VEVENT"):
        missing = [name for name in REQUIRED if name not in vevent]
        assert not missing, (vevent.get("SUMMARY"), missing)
        assert str(vevent["URL"]).startswith("http")
        assert str(vevent["URL"]) in str(vevent["DESCRIPTION"])
    zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
    assert len(zones) == len(set(zones)), "one VTIMEZONE per zone"
    assert calendar.get_missing_tzids() == set()


def summaries(calendar):
    return sorted({str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")})


def uids(calendar):
    return {str(vevent["SUMMARY"]): str(vevent["UID"]) for vevent in calendar.walk("VEVENT")}


def publish(page):
    page.save_revision().publish()
    return EventPage.objects.get(pk=page.pk)


# ---- the events of a calendar ------------------------------------------------------------


@pytest.fixture
def events(site_tree_en):
    """Events in each kind of work space, by different agencies, countries and languages."""
    pages = site_tree_en.pages
    topic = factories.TopicFactory(name="Digital identity", slug="digital-identity")
    start = datetime.datetime(2027, 6, 8, 9, tzinfo=LIMA)
    return {
        "cluster": factories.EventPageFactory(
            parent=pages["cluster"],
            title="Skills workshop",
            start=start,
            agencies=[pages["agency_idb"]],
            countries=["PE"],
            languages=["es"],
            topics=[topic],
        ),
        "issue_area": factories.EventPageFactory(
            parent=pages["issue_area"],
            title="Issue area forum",
            start=start + datetime.timedelta(days=1),
            venue="Palácio do Planalto",
            city="Brasília",
            country="BR",
            agencies=[pages["agency_oas"]],
            countries=["BR"],
            languages=["en", "pt"],
        ),
        "agency": factories.EventPageFactory(
            parent=pages["agency"],
            title="IDB open day",
            start=start + datetime.timedelta(days=2),
            city="Santiago",
            country="CL",
            agencies=[pages["agency_idb"]],
            countries=["CL"],
            languages=["en"],
        ),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["IDB open day", "Issue area forum", "Skills workshop", "an-event"]),
        ({"agency": "IDB"}, ["IDB open day", "Skills workshop"]),
        ({"agency": "oas"}, ["Issue area forum", "an-event"]),
        ({"space": "skills"}, ["Skills workshop", "an-event"]),
        ({"space": "skills-area"}, ["Issue area forum"]),
        ({"space": "idb"}, ["IDB open day"]),
        # Where an event is held counts, as well as the countries it concerns.
        ({"country": "PE"}, ["Skills workshop", "an-event"]),
        ({"country": "br"}, ["Issue area forum"]),
        ({"language": "es"}, ["Skills workshop"]),
        ({"language": "pt"}, ["Issue area forum"]),
        ({"topic": "digital-identity"}, ["Skills workshop"]),
        ({"agency": "IDB", "country": "CL"}, ["IDB open day"]),
    ],
)
def test_each_feed_variant_is_a_valid_calendar_of_the_matching_events(
    client, site_tree_en, events, query, expected
):
    site_tree_en.pages["event"].title = "an-event"
    site_tree_en.pages["event"].save_revision().publish()
    response, calendar = fetch(client, feed_url(site_tree_en.pages["calendar"], **query))
    assert summaries(calendar) == expected
    assert response["Content-Disposition"].startswith("inline")
    assert "max-age" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_feed_is_named_after_the_calendar_and_its_filters(client, site_tree_en, events):
    calendar_page = site_tree_en.pages["calendar"]
    _, calendar = fetch(client, feed_url(calendar_page))
    assert str(calendar["X-WR-CALNAME"]) == calendar_page.title
    _, calendar = fetch(client, feed_url(calendar_page, agency="idb", country="PE"))
    assert str(calendar["X-WR-CALNAME"]) == f"{calendar_page.title} — IDB · Peru"


@pytest.mark.django_db
def test_a_vevent_carries_what_a_reader_needs(client, site_tree_en, events):
    _, calendar = fetch(client, feed_url(site_tree_en.pages["calendar"], space="skills-area"))
    (vevent,) = calendar.walk("VEVENT")
    page = events["issue_area"]
    assert str(vevent["UID"]) == f"{page.translation_key}@egecms"
    assert str(vevent["URL"]) == f"http://testserver{page.url}"  # the host the request came to
    assert str(vevent["LOCATION"]) == "Palácio do Planalto, Brasília, Brazil"
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert vevent.start == datetime.datetime(2027, 6, 9, 9, tzinfo=LIMA)
    assert vevent["DTSTART"].params["TZID"] == "America/Lima"
    assert vevent.end - vevent.start == datetime.timedelta(hours=3)
    published = EventPage.objects.get(pk=page.pk).last_published_at
    assert vevent["LAST-MODIFIED"].dt == published.replace(microsecond=0)
    assert "A meeting of the Task Force" in str(vevent["DESCRIPTION"])
    assert "<" not in str(vevent["DESCRIPTION"])


@pytest.mark.django_db
def test_categories_are_the_event_topics(client, site_tree_en, events):
    _, calendar = fetch(client, feed_url(site_tree_en.pages["calendar"], space="skills"))
    vevent = next(v for v in calendar.walk("VEVENT") if v["SUMMARY"] == "Skills workshop")
    assert vevent.categories == ["Digital identity"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"agency": "NOPE"},
        {"space": "nowhere"},
        {"topic": "no-such-topic"},
        {"agency": "IDB", "country": "BR"},
        {"agency": "x" * 500, "space": "💥" * 200, "topic": "'; DROP TABLE x; --"},
        {"agency": "\x00"},
        {"topic": "\x00b"},
        {"space": "a\x00"},
    ],
)
def test_filters_matching_nothing_give_an_empty_valid_calendar(client, site_tree_en, events, query):
    _, calendar = fetch(client, feed_url(site_tree_en.pages["calendar"], **query))
    assert calendar.walk("VEVENT") == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"country": "ZZ"},
        {"language": "xx"},
        {"month": "2027-13", "tz": "Mars/Olympus_Mons"},
        {"country": "", "space": ""},
    ],
)
def test_values_the_calendar_page_ignores_are_ignored_by_the_feed(
    client, site_tree_en, events, query
):
    calendar_page = site_tree_en.pages["calendar"]
    _, everything = fetch(client, feed_url(calendar_page))
    _, calendar = fetch(client, feed_url(calendar_page, **query))
    assert summaries(calendar) == summaries(everything)


# ---- per language -------------------------------------------------------------------------


@pytest.mark.django_db
def test_each_locale_has_its_own_feed_with_the_same_uids(client, site_tree):
    feeds = {}
    for language in ("en", "es", "fr"):
        calendar_page = site_tree.get("calendar", language)
        assert calendar_page.url.startswith(f"/{language}/")
        response, feeds[language] = fetch(client, feed_url(calendar_page))
        assert str(feeds[language]["X-WR-CALNAME"]) == calendar_page.title
    event = site_tree.pages["event"]
    by_language = {language: feeds[language].walk("VEVENT") for language in feeds}
    assert {len(vevents) for vevents in by_language.values()} == {1}
    (en,), (es,), (fr,) = by_language["en"], by_language["es"], by_language["fr"]
    assert str(en["UID"]) == str(es["UID"]) == str(fr["UID"]) == f"{event.translation_key}@egecms"
    assert str(es["SUMMARY"]) == site_tree.get("event", "es").title
    assert str(es["URL"]).startswith("http://testserver/es/")
    assert str(en["LOCATION"]) == "Lima, Peru"
    assert str(es["LOCATION"]) == "Lima, Perú"
    assert str(fr["LOCATION"]) == "Lima, Pérou"


# ---- one event ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_event_downloads_as_a_file_with_its_series(client, site_tree_en):
    event = site_tree_en.pages["event"]
    event.start = datetime.datetime(2027, 1, 13, 10, tzinfo=MEXICO)
    event.end = datetime.datetime(2027, 1, 13, 11, 30, tzinfo=MEXICO)
    event.timezone = "America/Mexico_City"
    event.recurrence = "freq=monthly;byday=2we;count=3"
    event.date_changes = [
        EventDateChange(original_date=datetime.date(2027, 2, 10), action="cancelled")
    ]
    event = publish(event)
    response, calendar = fetch(client, event_url(event))
    assert response["Content-Disposition"] == 'attachment; filename="an-event.ics"'
    master, cancelled = calendar.walk("VEVENT")
    assert master["RRULE"].to_ical() == b"FREQ=MONTHLY;COUNT=3;BYDAY=2WE"
    assert "RECURRENCE-ID" not in master
    assert cancelled["UID"] == master["UID"]
    assert cancelled["RECURRENCE-ID"].dt == datetime.datetime(2027, 2, 10, 10, tzinfo=MEXICO)
    assert cancelled["RECURRENCE-ID"].params["TZID"] == "America/Mexico_City"
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["America/Mexico_City"]


@pytest.mark.django_db
def test_the_event_page_links_to_its_file(client, site_tree_en):
    event = site_tree_en.pages["event"]
    html = client.get(event.url).content.decode()
    assert "Add to my calendar (.ics)" in html
    assert f'href="{event_url(event)}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("status", "ical_status", "note"),
    [
        (EventPage.Status.CANCELLED, "CANCELLED", "This event has been cancelled."),
        (EventPage.Status.POSTPONED, "TENTATIVE", "This event has been postponed."),
    ],
)
def test_cancelled_and_postponed_events(site_tree_en, status, ical_status, note):
    event = site_tree_en.pages["event"]
    event.status = status
    event = publish(event)
    (vevent,) = event_calendar(event=event).walk("VEVENT")
    assert str(vevent["STATUS"]) == ical_status
    assert str(vevent["DESCRIPTION"]).startswith(note)


@pytest.mark.django_db
def test_an_all_day_event_is_a_date_range_with_an_exclusive_end(site_tree_en):
    event = factories.EventPageFactory(
        parent=site_tree_en.pages["cluster"],
        all_day=True,
        timezone="America/Bogota",
        start=datetime.datetime(2027, 5, 10, tzinfo=BOGOTA),
        end=datetime.datetime(2027, 5, 12, tzinfo=BOGOTA),
        online_url="https://meet.example.org/forum",
        city="",
        country="",
    )
    calendar = event_calendar(event=publish(event))
    assert_valid(calendar)
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["DTSTART"].to_ical() == b"20270510"
    assert vevent["DTSTART"].params["VALUE"] == "DATE"
    assert vevent["DTEND"].to_ical() == b"20270513"
    assert str(vevent["LOCATION"]) == "https://meet.example.org/forum"


# ---- what a calendar client computes equals what the calendar page shows --------------------


@pytest.fixture
def series(site_tree_en):
    """Repeating events across time zones and daylight saving changes, with exceptions."""
    parent = site_tree_en.pages["cluster"]
    idb = site_tree_en.pages["agency_idb"]

    def event(**kwargs):
        return factories.EventPageFactory(parent=parent, agencies=[idb], **kwargs)

    lima = event(
        title="Yearly meeting in Lima",
        start=datetime.datetime(2027, 3, 10, 9, tzinfo=LIMA),
        end=datetime.datetime(2027, 3, 10, 17, tzinfo=LIMA),
        recurrence="FREQ=YEARLY;COUNT=3",
    )
    sao_paulo = event(
        title="Weekly call from São Paulo",
        timezone="America/Sao_Paulo",
        # Brazil has had no daylight saving time since 2019: November stays UTC-3.
        start=datetime.datetime(2027, 10, 6, 19, tzinfo=SAO_PAULO),
        end=datetime.datetime(2027, 10, 6, 20, 30, tzinfo=SAO_PAULO),
        recurrence="FREQ=WEEKLY;COUNT=8",
    )
    sao_paulo.date_changes = [
        EventDateChange(original_date=datetime.date(2027, 10, 20), action="cancelled"),
        EventDateChange(
            original_date=datetime.date(2027, 11, 3),
            action="moved",
            new_date=datetime.date(2027, 11, 4),
            new_start_time=datetime.time(10),
            new_end_time=datetime.time(12),
        ),
    ]
    sao_paulo = publish(sao_paulo)
    santiago = event(
        title="Weekly call from Santiago",
        timezone="America/Santiago",
        # Chile leaves daylight saving time on 4 April 2027 and returns on 5 September 2027.
        start=datetime.datetime(2027, 3, 24, 10, tzinfo=SANTIAGO),
        end=datetime.datetime(2027, 3, 24, 11, tzinfo=SANTIAGO),
        recurrence="FREQ=WEEKLY;BYDAY=WE;UNTIL=20270915",
    )
    all_day = event(
        title="Yearly forum in Bogotá",
        timezone="America/Bogota",
        all_day=True,
        start=datetime.datetime(2027, 5, 10, tzinfo=BOGOTA),
        end=datetime.datetime(2027, 5, 12, tzinfo=BOGOTA),
        recurrence="FREQ=YEARLY;UNTIL=20281231",
    )
    all_day.date_changes = [
        EventDateChange(
            original_date=datetime.date(2028, 5, 10),
            action="moved",
            new_date=datetime.date(2028, 5, 17),
        )
    ]
    all_day = publish(all_day)
    # Starts on a Tuesday: the series begins on the rule's first day, the second Wednesday.
    unsynchronised = event(
        title="Monthly webinar",
        timezone="America/Mexico_City",
        start=datetime.datetime(2027, 6, 1, 10, tzinfo=MEXICO),
        end=datetime.datetime(2027, 6, 1, 11, tzinfo=MEXICO),
        recurrence="FREQ=MONTHLY;BYDAY=2WE;COUNT=4",
    )
    one_day = event(
        title="One-day seminar",
        timezone="America/Lima",
        all_day=True,
        start=datetime.datetime(2027, 8, 2, tzinfo=LIMA),
        end=datetime.datetime(2027, 8, 2, tzinfo=LIMA),
    )
    in_utc = event(
        title="Online seminar",
        timezone="UTC",
        start=datetime.datetime(2027, 9, 1, 15, tzinfo=UTC),
        end=datetime.datetime(2027, 9, 1, 16, tzinfo=UTC),
    )
    return [lima, sao_paulo, santiago, all_day, unsynchronised, one_day, in_utc]


def key(uid, start, end, cancelled):
    """A comparable occurrence: dates stay dates, times become UTC instants (whole seconds,
    as iCalendar writes them)."""

    def moment(value):
        if isinstance(value, datetime.datetime):
            return value.astimezone(UTC).replace(microsecond=0).isoformat()
        return value.isoformat()

    return (uid, moment(start), moment(end), cancelled)


def client_occurrences(calendar, start, end):
    """The occurrences an independent iCalendar library expands from the feed."""
    return sorted(
        key(
            str(component["UID"]),
            component.start,
            component.end,
            str(component.get("STATUS")) == "CANCELLED",
        )
        for component in recurring_ical_events.of(calendar).between(start, end)
    )


def page_occurrences(locale, start, end):
    """The occurrences the calendar page reads for the same window."""
    rows = occurrences(
        events=visible_events(locale=locale, filters=CalendarFilters(), spaces={}),
        start=start,
        end=end,
    )
    result = []
    for row in rows:
        uid = f"{row.event.translation_key}@egecms"
        if row.event.all_day:
            zone = zoneinfo.ZoneInfo(row.event.timezone)
            first = row.start.astimezone(zone).date()
            last = row.end.astimezone(zone).date()
            result.append(key(uid, first, last + datetime.timedelta(days=1), row.cancelled))
        else:
            result.append(key(uid, row.start, row.end, row.cancelled))
    return sorted(result)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("start", "end"),
    [
        # Everything.
        (datetime.datetime(2026, 1, 1, tzinfo=UTC), datetime.datetime(2030, 1, 1, tzinfo=UTC)),
        # Around Chile's return to standard time and the first Lima meeting.
        (
            datetime.datetime(2027, 3, 9, 12, tzinfo=UTC),
            datetime.datetime(2027, 4, 20, 12, tzinfo=UTC),
        ),
        # Around Chile's daylight saving time, the São Paulo exceptions and a moved forum.
        (
            datetime.datetime(2027, 8, 25, 12, tzinfo=UTC),
            datetime.datetime(2028, 6, 1, 12, tzinfo=UTC),
        ),
    ],
)
def test_a_calendar_client_expands_the_feed_into_the_page_occurrences(
    client, site_tree_en, series, start, end
):
    _, calendar = fetch(client, feed_url(site_tree_en.pages["calendar"]))
    expected = page_occurrences(site_tree_en.topic.locale_id, start, end)
    assert len(expected) >= 5
    assert client_occurrences(calendar, start, end) == expected


@pytest.mark.django_db
def test_the_stored_series_are_what_the_test_claims(site_tree_en, series):
    """Guards the fixture: it really crosses daylight saving changes and has exceptions."""
    _lima, sao_paulo, santiago, all_day, unsynchronised, _one_day, _in_utc = series
    utc_hours = [row.start.astimezone(UTC).hour for row in santiago.occurrences.all()]
    assert utc_hours[:2] == [13, 13] and 14 in utc_hours and utc_hours[-1] == 13
    assert santiago.occurrences.last().start.date() == datetime.date(
        2027, 9, 15
    )  # UNTIL day included
    sao_paulo_rows = list(sao_paulo.occurrences.filter(moved=False, cancelled=False))
    assert {row.start.astimezone(UTC).hour for row in sao_paulo_rows} == {22}
    assert sao_paulo.occurrences.filter(cancelled=True).count() == 1
    assert sao_paulo.occurrences.filter(moved=True).count() == 1
    assert all_day.occurrences.filter(moved=True).count() == 1
    first = unsynchronised.occurrences.first().start.astimezone(MEXICO)
    assert first == datetime.datetime(2027, 6, 9, 10, tzinfo=MEXICO)


@pytest.mark.django_db
def test_the_series_keep_their_rule_and_time_zone(client, site_tree_en, series):
    _, calendar = fetch(client, feed_url(site_tree_en.pages["calendar"]))
    masters = {
        str(vevent["SUMMARY"]): vevent
        for vevent in calendar.walk("VEVENT")
        if "RECURRENCE-ID" not in vevent
    }
    santiago = masters["Weekly call from Santiago"]
    assert santiago["DTSTART"].params["TZID"] == "America/Santiago"
    # UNTIL in UTC, as RFC 5545 asks when DTSTART has a time zone: the last occurrence.
    assert santiago["RRULE"].to_ical() == b"FREQ=WEEKLY;UNTIL=20270915T130000Z;BYDAY=WE"
    forum = masters["Yearly forum in Bogotá"]
    assert forum["RRULE"].to_ical() == b"FREQ=YEARLY;UNTIL=20280510"
    assert masters["Monthly webinar"].start == datetime.datetime(2027, 6, 9, 10, tzinfo=MEXICO)
    # All-day events are dates, in no zone; the timed ones bring theirs.
    zones = sorted(str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE"))
    assert zones == [
        "America/Lima",
        "America/Mexico_City",
        "America/Santiago",
        "America/Sao_Paulo",
    ]


@pytest.mark.django_db
def test_a_rule_only_the_site_reads_is_exported_as_its_dates(client, site_tree_en):
    """python-dateutil reads BYEASTER, RFC 5545 clients do not: the feed lists the dates."""
    easter = factories.EventPageFactory(
        parent=site_tree_en.pages["cluster"],
        title="Easter conference",
        start=datetime.datetime(2027, 3, 28, 10, tzinfo=LIMA),
        end=datetime.datetime(2027, 3, 28, 12, tzinfo=LIMA),
        recurrence="FREQ=YEARLY;BYEASTER=0;COUNT=3",
    )
    easter.date_changes = [
        EventDateChange(original_date=datetime.date(2028, 4, 16), action="cancelled")
    ]
    easter = publish(easter)
    _, calendar = fetch(client, feed_url(site_tree_en.pages["calendar"]))
    master = next(v for v in calendar.walk("VEVENT") if v["SUMMARY"] == "Easter conference")
    assert "RRULE" not in master
    assert "RDATE" in master
    start = datetime.datetime(2027, 3, 1, tzinfo=UTC)
    end = datetime.datetime(2030, 1, 1, tzinfo=UTC)
    expected = page_occurrences(site_tree_en.topic.locale_id, start, end)
    assert len(expected) == 3
    assert client_occurrences(calendar, start, end) == expected


# ---- restricted events ----------------------------------------------------------------------


@pytest.fixture
def members_event(site_tree_en):
    """An event in a work space only member agencies may see."""
    members = factories.ClusterPageFactory(
        parent=site_tree_en.pages["clusters"], slug="members-only"
    )
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    return factories.EventPageFactory(
        parent=members, title="Members' meeting", agencies=[site_tree_en.pages["agency_idb"]]
    )


@pytest.mark.django_db
def test_a_restricted_event_is_in_no_feed(client, site_tree_en, members_event):
    calendar_page = site_tree_en.pages["calendar"]
    for query in ({}, {"agency": "IDB"}, {"space": "members-only"}):
        _, calendar = fetch(client, feed_url(calendar_page, **query))
        assert "Members' meeting" not in summaries(calendar)
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.org", "x"))
    _, calendar = fetch(client, feed_url(calendar_page))
    assert "Members' meeting" not in summaries(calendar)


@pytest.mark.django_db
def test_a_restricted_event_file_is_only_for_members(client, site_tree_en, members_event):
    response = client.get(event_url(members_event))
    assert response.status_code == 302
    assert "text/calendar" not in response.get("Content-Type", "")
    assert b"BEGIN:VCALENDAR" not in response.content
    client.force_login(get_user_model().objects.create_user("member", "m@example.org", "x"))
    response, calendar = fetch(client, event_url(members_event))
    assert summaries(calendar) == ["Members' meeting"]
    assert "private" in response["Cache-Control"]


# ---- queries ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_feed_of_500_events_takes_a_fixed_number_of_queries(
    client, site_tree_en, django_assert_max_num_queries
):
    pages = site_tree_en.pages
    topics = [factories.TopicFactory() for _ in range(3)]
    start = datetime.datetime(2027, 1, 5, 10, tzinfo=LIMA)
    zones = ("America/Lima", "America/Santiago", "America/Sao_Paulo")

    def fields(number):
        return {
            "start": start + datetime.timedelta(days=number),
            "end": start + datetime.timedelta(days=number, hours=3),
            "recurrence": "FREQ=WEEKLY;COUNT=6" if number % 3 else "",
            "timezone": zones[number % 3],
            "countries": ["PE"],
            "country": "PE",
        }

    # Ten events with agencies, topics and a cancelled date, published by an editor's steps;
    # the other 490 in bulk (see tests/bulk.py).
    for number in range(1, 500, 50):
        event = factories.EventPageFactory(
            parent=pages["cluster"] if number % 2 else pages["issue_area"], **fields(number)
        )
        event.agencies.set([pages["agency_oas"]])
        event.topics.set(topics[: number % 3 + 1])
        if event.recurrence:
            cancelled = (event.local_start + datetime.timedelta(days=7)).date()
            event.date_changes = [EventDateChange(original_date=cancelled)]
        event.save_revision().publish()
    for parity, parent in ((1, pages["cluster"]), (0, pages["issue_area"])):
        numbers = [n for n in range(500) if n % 2 == parity and n % 50 != 1]
        bulk.live_events(
            parent,
            [
                {"title": f"Event {n}", "slug": f"event-{n}", "summary": "A meeting", **fields(n)}
                for n in numbers
            ],
        )
    cache.clear()
    with django_assert_max_num_queries(12), counted_instances() as built:
        response = client.get(feed_url(pages["calendar"]))
    assert response.status_code == 200
    # The feed reads the events it carries (its window: ICAL_FEED_MAX_EVENTS), not all 501.
    assert built[EventPage] <= feed_window()[1] < 501
    # Filtered (one more query for the work spaces; Wagtail's site root paths now cached).
    filtered = {"agency": "OAS", "space": "skills", "topic": topics[0].slug}
    with django_assert_max_num_queries(12):
        response = client.get(feed_url(pages["calendar"], **filtered))
    assert len(Calendar.from_ical(response.content).walk("VEVENT")) > 5
    calendar = Calendar.from_ical(client.get(feed_url(pages["calendar"], country="PE")).content)
    # Of the 500 and the site's own event (all in Peru, all to come), the soonest 50.
    assert len({str(vevent["UID"]) for vevent in calendar.walk("VEVENT")}) == feed_window()[1]
    assert {"Event 0", "Event 48"} <= set(summaries(calendar))
    assert "Event 100" not in summaries(calendar)
