"""The matrix's event counts equal what their cells link to — the calendar filtered by agency
and country — repeating events included: both sides count upcoming dates (occurrences), as the
calendar lists them, in the country an event takes place in or concerns."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from tests.worlds import world

pytestmark = pytest.mark.django_db

CELL_LINK = re.compile(r'<a href="([^"]+)"><span class="matrix__number">(\d+)</span>')
CALENDAR_ENTRY = 'class="event-list__item'


@world
def matrix_calendar():
    """A site with a calendar (built once per module) and, besides the site's own single
    event of OAS in Lima (a month ahead): an IDB series of four weekly dates to come in
    Peru, an OAS monthly series in Bolivia whose first three dates are past, and a past IDB
    event in Peru."""
    from coordination.models import CountryProfilesPage
    from tests import factories
    from tests.builders import build_site

    tree = build_site(translate=False)
    idb, oas = tree.pages["agency_idb"], tree.pages["agency_oas"]
    profiles = tree.topic.add_child(
        instance=CountryProfilesPage(title="Who does what where", slug="countries")
    )
    space, now = tree.pages["agency"], timezone.now()
    factories.EventPageFactory(
        parent=space,
        slug="idb-weekly",
        title="IDB weekly clinic",
        start=now + datetime.timedelta(days=10),
        end=now + datetime.timedelta(days=10, hours=2),
        recurrence="FREQ=WEEKLY;COUNT=4",
        countries=["PE"],  # and its venue is in Peru too (counted once)
        agencies=[idb],
    )
    factories.EventPageFactory(
        parent=space,
        slug="oas-monthly",
        title="OAS monthly forum",
        start=now - datetime.timedelta(days=75),
        end=now - datetime.timedelta(days=75) + datetime.timedelta(hours=2),
        recurrence="FREQ=MONTHLY;COUNT=6",
        country="",
        city="",
        countries=["BO"],
        agencies=[oas],
    )
    factories.EventPageFactory(
        parent=space,
        slug="idb-past",
        title="IDB past seminar",
        start=now - datetime.timedelta(days=20),
        end=now - datetime.timedelta(days=20) + datetime.timedelta(hours=2),
        agencies=[idb],
    )
    return {"profiles": profiles}


def _get(client, url):
    cache.clear()  # the page cache keeps anonymous pages: each request is served afresh
    response = client.get(url.replace("&amp;", "&"))
    assert response.status_code == 200, url
    return response.content.decode()


def test_each_event_count_equals_the_dates_its_calendar_link_lists(matrix_calendar, client):
    html = _get(client, matrix_calendar["profiles"].url)
    event_cells = {
        url: int(number) for url, number in CELL_LINK.findall(html) if "/calendar/" in url
    }
    found = {}
    for url, number in event_cells.items():
        listed = _get(client, url).count(CALENDAR_ENTRY)
        assert listed == number, url
        query = dict(part.split("=") for part in url.split("?", 1)[1].split("&amp;"))
        found[(query["agency"], query["country"])] = number
    assert found == {("IDB", "PE"): 4, ("OAS", "PE"): 1, ("OAS", "BO"): 3}


def test_a_country_profile_lists_a_series_still_to_come_though_its_first_date_is_past(
    matrix_calendar, client
):
    html = _get(client, f"{matrix_calendar['profiles'].url}bo/")
    assert "OAS monthly forum" in html
    assert "IDB past seminar" not in _get(client, f"{matrix_calendar['profiles'].url}pe/")
