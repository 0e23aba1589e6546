"""The calendar for readers: upcoming, past and month views, filters, time zones, languages."""

import datetime
import re
import zoneinfo

import pytest
from django.utils import timezone
from wagtail.models import Locale

from events.calendar_display import PAGE_SIZE
from events.calendar_queries import month_bounds
from events.models import EventOccurrence, EventPage
from tests import bulk, factories
from tests.instances import counted_instances

# Queries of a calendar view with 2,000 events (issue 15: at most 12, flat): the site, the menu
# and the restricted paths are kept between requests (egecms.core.structure_cache).
MAX_CALENDAR_QUERIES = 8
LIMA = zoneinfo.ZoneInfo("America/Lima")


def at(zone, *args):
    return datetime.datetime(*args, tzinfo=zoneinfo.ZoneInfo(zone))


def titles(response, key="entries"):
    return [entry.event.title for entry in response.context[key]]


def month_titles(response):
    return {
        (day.date.isoformat(), entry.event.title)
        for week in response.context["weeks"]
        for day in week
        for entry in day.entries
    }


@pytest.fixture
def calendar(site_tree_en):
    return site_tree_en.pages["calendar"]


@pytest.fixture
def cluster(site_tree_en):
    return site_tree_en.pages["cluster"]


@pytest.mark.django_db
def test_upcoming_soonest_first_and_past_latest_first(client, calendar, cluster):
    now = timezone.now()
    for title, days in (("Past", -10), ("Later", 20), ("Soon", 2), ("Long ago", -90)):
        factories.EventPageFactory(
            parent=cluster, title=title, start=now + datetime.timedelta(days=days)
        )
    upcoming = [t for t in titles(client.get(calendar.url)) if t in {"Soon", "Later"}]
    past = titles(client.get(calendar.url, {"view": "past"}))
    assert upcoming == ["Soon", "Later"]
    assert [t for t in past if t in {"Past", "Long ago"}] == ["Past", "Long ago"]
    assert "Soon" not in past


@pytest.mark.django_db
def test_a_series_lists_each_occurrence_with_cancelled_and_moved_ones_marked(
    client, calendar, cluster
):
    now = timezone.now()
    start = (
        (now + datetime.timedelta(days=1))
        .astimezone(LIMA)
        .replace(hour=10, minute=0, second=0, microsecond=0)
    )
    event = factories.EventPageFactory(
        parent=cluster,
        title="Weekly clinic",
        start=start,
        end=start + datetime.timedelta(hours=1),
        recurrence="FREQ=WEEKLY;COUNT=4",
    )
    from events.models import EventDateChange

    second = (start + datetime.timedelta(days=7)).date()
    event.date_changes = [EventDateChange(original_date=second, action="cancelled")]
    event.save_revision().publish()
    response = client.get(calendar.url)
    entries = [entry for entry in response.context["entries"] if entry.event.pk == event.pk]
    assert [entry.cancelled for entry in entries] == [False, True, False, False]
    html = response.content.decode()
    assert html.count("Weekly clinic") == 4
    assert "Cancelled" in html


@pytest.mark.django_db
def test_month_view_places_events_on_their_own_local_day(client, calendar, cluster):
    # 23:00 in Lima on 31 January is 1 February in UTC and in Madrid.
    late = factories.EventPageFactory(
        parent=cluster,
        title="Late session",
        start=at("America/Lima", 2027, 1, 31, 23),
        end=at("America/Lima", 2027, 1, 31, 23, 45),
        timezone="America/Lima",
    )
    assert late.start.astimezone(datetime.UTC).day == 1
    january = client.get(calendar.url, {"view": "month", "month": "2027-01"})
    assert ("2027-01-31", "Late session") in month_titles(january)
    february_madrid = client.get(
        calendar.url, {"view": "month", "month": "2027-02", "tz": "Europe/Madrid"}
    )
    assert ("2027-02-01", "Late session") in month_titles(february_madrid)
    html = february_madrid.content.decode()
    assert "05:00" in html or "5:00" in html  # 23:00 Lima = 05:00 Madrid
    assert "Europe/Madrid" in html


@pytest.mark.django_db
def test_month_view_shows_a_multi_day_all_day_event_on_each_day(client, calendar, cluster):
    factories.EventPageFactory(
        parent=cluster,
        title="Summit",
        all_day=True,
        timezone="America/Bogota",
        start=at("America/Bogota", 2027, 5, 10),
        end=at("America/Bogota", 2027, 5, 12),
    )
    days = {
        day
        for day, title in month_titles(
            client.get(calendar.url, {"view": "month", "month": "2027-05"})
        )
        if title == "Summit"
    }
    assert days == {"2027-05-10", "2027-05-11", "2027-05-12"}


@pytest.mark.django_db
def test_a_month_shows_events_that_began_before_it_however_long_ago(client, calendar, cluster):
    # The month reads the occurrences starting in it or a week before from one index, and the
    # longer ones from another: each of these must still show on the month's days.
    for title, start, end in (
        ("Week-long course", at("UTC", 2027, 2, 24, 9), at("UTC", 2027, 3, 2, 17)),  # 6 days
        ("Long residency", at("UTC", 2026, 11, 1, 9), at("UTC", 2027, 3, 3, 17)),  # 4 months
        ("Ended before", at("UTC", 2027, 1, 1, 9), at("UTC", 2027, 2, 27, 17)),
    ):
        factories.EventPageFactory(
            parent=cluster, title=title, start=start, end=end, timezone="UTC"
        )
    assert EventOccurrence.objects.get(event__title="Long residency").lasts_long
    assert not EventOccurrence.objects.get(event__title="Week-long course").lasts_long
    march = month_titles(client.get(calendar.url, {"view": "month", "month": "2027-03"}))
    assert {day for day, title in march if title == "Week-long course"} == {
        "2027-03-01",
        "2027-03-02",
    }
    assert {day for day, title in march if title == "Long residency"} == {
        "2027-03-01",
        "2027-03-02",
        "2027-03-03",
    }
    assert not [title for _day, title in march if title == "Ended before"]
    # The upcoming list narrowed to a month takes the same way.
    listed = client.get(calendar.url, {"view": "past", "month": "2027-03", "tz": "UTC"})
    listed_titles = set(titles(listed)) | set(
        titles(client.get(calendar.url, {"month": "2027-03"}))
    )
    assert {"Week-long course", "Long residency"} <= listed_titles


@pytest.mark.django_db
def test_filters_narrow_the_calendar(client, site_tree_en, calendar, cluster):
    idb, oas = site_tree_en.pages["agency_idb"], site_tree_en.pages["agency_oas"]
    topic = factories.TopicFactory(name="Digital identity", slug="digital-identity")
    soon = timezone.now() + datetime.timedelta(days=5)
    in_cluster = factories.EventPageFactory(
        parent=cluster,
        title="Cluster event",
        agencies=[idb],
        topics=[topic],
        country="PE",
        languages=["es"],
        start=soon,
    )
    in_agency = factories.EventPageFactory(
        parent=site_tree_en.pages["agency"],
        title="Agency event",
        agencies=[oas],
        country="BR",
        languages=["pt"],
        start=soon,
    )

    def shown(**query):
        return set(titles(client.get(calendar.url, query))) & {in_cluster.title, in_agency.title}

    assert shown() == {"Cluster event", "Agency event"}
    assert shown(agency="IDB") == {"Cluster event"}
    assert shown(space=cluster.slug) == {"Cluster event"}
    assert shown(space=site_tree_en.pages["agency"].slug) == {"Agency event"}
    assert shown(country="BR") == {"Agency event"}
    assert shown(topic="digital-identity") == {"Cluster event"}
    assert shown(language="pt") == {"Agency event"}
    assert shown(agency="OAS", country="PE") == set()
    assert shown(space="nowhere") == set()
    assert shown(month=soon.strftime("%Y-%m")) == {"Cluster event", "Agency event"}
    assert (
        client.get(
            calendar.url, {"month": "2027-13", "tz": "Mars/Olympus", "view": "nope"}
        ).status_code
        == 200
    )


@pytest.mark.django_db
def test_the_calendar_speaks_the_readers_language(client, site_tree):
    calendar = site_tree.get("calendar", "es")
    response = client.get(calendar.url, {"view": "month", "month": "2027-12"})
    html = response.content.decode()
    assert "diciembre de 2027" in html.lower() or "diciembre 2027" in html.lower()
    assert re.search(r'<abbr title="lunes">', html)
    french = client.get(site_tree.get("calendar", "fr").url, {"view": "month", "month": "2027-12"})
    assert "décembre 2027" in french.content.decode().lower()


@pytest.mark.django_db
def test_restricted_and_draft_events_stay_out(client, calendar, cluster):
    draft = factories.EventPageFactory(parent=cluster, title="Not yet", live=False)
    assert "Not yet" not in titles(client.get(calendar.url))
    assert draft.occurrences.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {},
        {"view": "past"},
        {"view": "month"},
        {"view": "upcoming", "agency": "IDB", "tz": "America/Bogota"},
    ],
)
def test_calendar_views_issue_a_bounded_number_of_queries(
    client, calendar, cluster, site_tree_en, django_assert_max_num_queries, query
):
    now = timezone.now()
    idb = site_tree_en.pages["agency_idb"]
    parent = cluster
    base = factories.EventPageFactory(
        parent=parent, start=now + datetime.timedelta(days=1), agencies=[idb]
    )
    # 2,000 more in bulk (see tests/bulk.py), a fifth of them repeating weekly, half the IDB's.
    for parity, agencies in ((0, [idb]), (1, [])):
        fields = []
        for index in range(parity, 2000, 2):
            start = now + datetime.timedelta(days=(index % 60) - 20, hours=index % 7)
            fields.append(
                {
                    "title": f"Event {index}",
                    "slug": f"event-{index}",
                    "summary": "A meeting",
                    "start": start,
                    "end": start + datetime.timedelta(hours=2),
                    "timezone": "America/Lima",
                    "recurrence": "FREQ=WEEKLY;COUNT=8" if index % 5 == 0 else "",
                    "city": "Lima",
                    "country": "PE",
                }
            )
        bulk.live_events(parent, fields, agencies=agencies)
    assert EventPage.objects.live().count() >= 2000
    client.get(calendar.url, query)  # warm Wagtail's site-root cache
    with django_assert_max_num_queries(MAX_CALENDAR_QUERIES), counted_instances() as built:
        response = client.get(calendar.url, query)
    assert response.status_code == 200
    assert base
    # Only the occurrences shown are read, each with its event: a page of the list (and one
    # more, for "next"), or the month's days.
    if query.get("view") == "month":
        start, end = month_bounds(response.context["month"], datetime.UTC)
        day = datetime.timedelta(days=1)
        in_window = EventOccurrence.objects.filter(start__lt=end + day, end__gte=start - day)
        assert built[EventOccurrence] <= in_window.count()
    else:
        assert built[EventOccurrence] <= PAGE_SIZE + 1
    assert built[EventPage] <= built[EventOccurrence] + 1


@pytest.mark.django_db
def test_a_series_shows_its_next_dates_and_is_listed_by_its_next_occurrence(
    client, site_tree_en, cluster
):
    now = timezone.now()
    start = now - datetime.timedelta(days=30)
    factories.EventPageFactory(
        parent=cluster,
        title="Monthly webinar",
        start=start,
        end=start + datetime.timedelta(hours=1),
        recurrence="FREQ=WEEKLY;COUNT=10",
    )
    page = EventPage.objects.get(title="Monthly webinar")
    html = client.get(page.url).content.decode()
    assert "Next dates" in html
    topic_html = client.get(site_tree_en.topic.url).content.decode()
    assert "Monthly webinar" in topic_html
    cluster_html = client.get(cluster.url).content.decode()
    assert "Monthly webinar" in cluster_html and "Repeats" in cluster_html
    assert Locale.objects.filter(language_code="en").exists()


@pytest.mark.django_db
def test_the_subscribe_link_carries_the_filters_but_not_the_month_or_time_zone(client, calendar):
    from urllib.parse import parse_qs, urlsplit

    response = client.get(
        calendar.url,
        {"agency": "IDB", "language": "pt", "month": "2027-02", "tz": "America/Lima"},
    )
    link = re.search(r'<p class="subscribe">\s*<a href="([^"]+)"', response.content.decode())
    href = link.group(1).replace("&amp;", "&")
    assert urlsplit(href).path.endswith("feed.ics")
    assert parse_qs(urlsplit(href).query) == {"agency": ["IDB"], "language": ["pt"]}
