"""The public "who does what where" matrix and the country profiles: counts equal what the
cells link to, nothing private shows, and the number of queries does not grow with content."""

import csv
import datetime
import io
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from assistance.models import AssistanceRequest
from coordination.models import ActivityPage, Mission
from tests.bulk import live_pages

pytestmark = pytest.mark.django_db

CELL_LINK = re.compile(r'<a href="([^"]+)"><span class="matrix__number">(\d+)</span>')


def _activities(space, agency, topics, count, *, country="PE", status="active", prefix="act"):
    return live_pages(
        space,
        ActivityPage,
        [
            {
                "title": f"{prefix} {agency.acronym} {number}",
                "slug": f"{prefix}-{agency.acronym.lower()}-{number}",
                "summary": "An activity",
                "countries": [country],
                "status": status,
                "start_date": datetime.date(2025, 1, 1),
                "end_date": datetime.date(2027, 12, 31),
            }
            for number in range(count)
        ],
        agencies=[agency],
        topics=topics,
    )


@pytest.fixture
def content(coordination_site):
    site = coordination_site
    _activities(site["idb_space"], site["idb"], [site["open_data"]], 3, prefix="pe")
    _activities(site["idb_space"], site["idb"], [site["identity"]], 2, prefix="pe-id")
    _activities(site["idb_space"], site["idb"], [site["open_data"]], 1, status="completed")
    _activities(site["idb_space"], site["idb"], [site["open_data"]], 2, country="BO", prefix="bo")
    _activities(site["oas_space"], site["oas"], [site["open_data"]], 2, prefix="oas")
    return site


def _get(client, url):
    cache.clear()  # the page cache keeps anonymous pages: each request is served afresh
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _cards(html):
    """The items a listing shows: cards, or the calendar's entries (one per date)."""
    return html.count('<article class="card') + html.count('class="event-list__item')


def test_every_count_of_the_matrix_equals_what_its_link_lists(content, client):
    html = _get(client, content["profiles"].url)
    links = CELL_LINK.findall(html)
    counts = {url: int(number) for url, number in links}
    peru_idb_activities = next(url for url in counts if "agency=IDB" in url and "country=PE" in url and "status=active" in url)  # fmt: skip
    assert counts[peru_idb_activities] == 5
    assert any("practice" in url for url in counts) and any("service" in url for url in counts)
    for url, number in counts.items():
        assert _cards(_get(client, url.replace("&amp;", "&"))) == number, url


def test_the_matrix_filters_by_topic_and_year(content, client):
    base = content["profiles"].url
    html = _get(client, f"{base}?topic=digital-identity")
    assert [int(number) for _url, number in CELL_LINK.findall(html)] == [2]
    html = _get(client, f"{base}?year=2031")
    assert not any("status=active" in url for url, _number in CELL_LINK.findall(html))


def test_the_matrix_downloads_as_csv(content, client):
    cache.clear()
    response = client.get(f"{content['profiles'].url}csv/")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:4] == ["Country code", "Country", "Agency", "Active activities"]
    assert ["PE", "Peru", "IDB", "5"] == rows[[row[:3] for row in rows].index(["PE", "Peru", "IDB"])][:4]  # fmt: skip
    assert ["BO", "Bolivia", "IDB", "2"] == [row for row in rows if row[0] == "BO"][0][:4]


def _queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_matrix_and_a_profile_take_as_many_queries_for_thousands_of_items(content, client):
    matrix, profile = content["profiles"].url, f"{content['profiles'].url}pe/"
    few = _queries(client, matrix), _queries(client, profile)
    _activities(content["idb_space"], content["idb"], [content["open_data"]], 1500, prefix="many")
    _activities(content["oas_space"], content["oas"], [content["identity"]], 1500, prefix="lots")
    many = _queries(client, matrix), _queries(client, profile)
    assert many == few
    assert max(many) <= 40


def test_a_country_profile_shows_its_work_and_nothing_private(content, client):
    site = content
    AssistanceRequest.objects.create(
        country="PE",
        institution="Ministry of the Interior",
        contact_name="Ana Quispe",
        email="ana@example.org",
        need="A national digital identity",
        preferred_language="es",
        consent_at=timezone.now(),
        locale=site["idb_space"].locale,
    )
    mission = Mission.objects.create(
        agency=site["idb"],
        country="PE",
        start_date=datetime.date(2099, 1, 1),
        end_date=datetime.date(2099, 1, 5),
        purpose="SECRET-MISSION-PURPOSE",
    )
    mission.topics.set([site["open_data"]])
    [hidden] = _activities(site["idb_space"], site["idb"], [], 1, prefix="HIDDEN")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    html = _get(client, f"{site['profiles'].url}pe/")
    assert "<h1>" in html and "Peru" in html
    assert "pe IDB 0" in html and "oas OAS 0" in html
    assert "Active activities by agency" in html
    assert "1 open request for assistance." in html
    for private in ("Ana Quispe", "ana@example.org", "Ministry of the Interior", "SECRET-MISSION"):
        assert private not in html
    assert "HIDDEN" not in html
    assert "bo IDB" not in html  # Bolivia's activities are on Bolivia's profile
    assert client.get(f"{site['profiles'].url}zz/").status_code == 404
    assert client.get(f"{site['profiles'].url}us/").status_code == 404


def test_country_names_come_from_django_countries_in_the_readers_language(content, client):
    """(The demo test checks the profiles of every locale's copy of the page.)"""
    html = _get(client, f"{content['profiles'].url}pe/".replace("/en/", "/es/"))
    assert "Perú" in html


def test_cards_link_the_countries_they_name_to_their_profiles(content, client):
    html = _get(client, f"{content['profiles'].url}activities/")
    assert f'<a href="{content["profiles"].url}pe/">Peru</a>' in html


def test_an_activity_names_the_requests_it_answers_in_the_admin_only(content, client):
    from django.core.exceptions import ValidationError

    site = content
    answered = AssistanceRequest.objects.create(
        country="PE",
        institution="Ministry of the Interior",
        contact_name="Ana Quispe",
        email="ana@example.org",
        need="A national digital identity",
        preferred_language="es",
        consent_at=timezone.now(),
        locale=site["idb_space"].locale,
    )
    activity = ActivityPage.objects.live().filter(title="pe IDB 0").get()
    activity.request_references = f" {answered.reference.lower()} , AR-2020-NOPE1"
    with pytest.raises(ValidationError, match="AR-2020-NOPE1"):
        activity.full_clean()
    activity.request_references = answered.reference.lower()
    activity.full_clean()
    assert activity.request_references == answered.reference
    activity.save_revision().publish()
    html = _get(client, activity.url)
    assert "pe IDB 0" in html and answered.reference not in html


TILE = re.compile(
    r'<li class="tile-map__tile tile-map__tile--level-(\d) tile-map--row-\d+ tile-map--col-\d+">'
    r'\s*<a href="([^"]+)" title="([^"]+)"><span class="tile-map__code">([A-Z]{2})</span> '
    r'<span class="visually-hidden">([^<]+):</span> <span class="tile-map__count">(\d+)</span>'
    r'<span class="visually-hidden"> ([^<]+)</span></a>'
)


def _tiles(html):
    return {
        code: {"level": int(level), "url": url, "name": name, "count": int(count), "unit": unit}
        for level, url, name, code, hidden_name, count, unit in TILE.findall(html)
        if name == hidden_name
    }


def test_the_map_shows_every_country_with_its_active_activities_and_links_its_profile(
    content, client
):
    from egecms.core.countries import LAC_COUNTRY_CODES

    base = content["profiles"].url
    tiles = _tiles(_get(client, base))
    assert set(tiles) == set(LAC_COUNTRY_CODES)
    assert tiles["PE"] == {
        "level": 4,  # the most of any country: the darkest
        "url": f"{base}pe/",
        "name": "Peru",
        "count": 7,  # IDB's five and OAS's two active activities (not the completed one)
        "unit": "active activities",
    }
    assert (tiles["BO"]["count"], tiles["BO"]["level"]) == (2, 2)
    assert (tiles["BR"]["count"], tiles["BR"]["level"], tiles["BR"]["unit"]) == (
        0,
        0,
        "active activities",
    )
    assert tiles["KN"]["name"] == "Saint Kitts and Nevis"
    assert "Peru" in _get(client, tiles["PE"]["url"])
    # The map follows the filters, as the table does.
    tiles = _tiles(_get(client, f"{base}?topic=digital-identity"))
    assert (tiles["PE"]["count"], tiles["BO"]["count"]) == (2, 0)
    spanish = _tiles(_get(client, base.replace("/en/", "/es/")))
    assert spanish["PE"]["name"] == "Perú" and spanish["PE"]["unit"] == "actividades en curso"
