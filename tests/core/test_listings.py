"""Section pages that aggregate contributions: filters, pagination, order and query bounds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import PracticePage
from tests import bulk, factories
from tests.instances import counted_instances

# Issue 15: at most 12, flat; the site, the menu and the restricted paths are kept between
# requests (egecms.core.structure_cache).
MAX_LISTING_QUERIES = 9


def add_practices(parent, count, *, start=0, **fields):
    """``count`` live practices, in bulk (see tests/bulk.py)."""
    bulk.live_pages(
        parent,
        PracticePage,
        [
            {
                "title": f"Practice {number}",
                "slug": f"practice-{number}",
                "summary": "What was done",
                "year": 2000 + number % 25,
                "outcome": "avoid" if number % 4 == 0 else "adapt",
                "countries": ["PE"],
                **fields,
            }
            for number in range(start, start + count)
        ],
    )


@pytest.mark.django_db
def test_practice_library_takes_at_most_12_queries_with_2000_practices(client, site_tree_en):
    url = site_tree_en.pages["practices"].url
    views = [url, f"{url}?outcome=avoid&year=2004&country=PE&page=2", f"{url}?topic=x&page=3"]

    def queries(view):
        client.get(view)
        with CaptureQueriesContext(connection) as captured, counted_instances() as built:
            response = client.get(view)
        return len(captured), response, built[PracticePage]

    add_practices(site_tree_en.pages["cluster"], 60)
    few = [queries(view)[0] for view in views]
    add_practices(site_tree_en.pages["cluster"], 1940, start=60)
    many = [queries(view) for view in views]
    assert [count for count, _response, _built in many] == few
    # Each view reads one page of practices and one more (is there a next page?), not 2,000.
    assert max(built for _count, _response, built in many) <= 25
    assert max(few) <= MAX_LISTING_QUERIES, few
    first = many[0][1]
    assert len(first.context["cards"]) == 24  # one page of results...
    assert first.context["page_obj"].has_next  # ...and no COUNT of them all


@pytest.mark.django_db
def test_practice_library_filters_by_outcome_and_year_and_says_which_is_which(client, site_tree_en):
    cluster = site_tree_en.pages["cluster"]
    avoid = factories.PracticePageFactory(
        parent=cluster, title="Failed", outcome="avoid", year=2019
    )
    adapt = factories.PracticePageFactory(
        parent=cluster, title="Worked", outcome="adapt", year=2021
    )
    url = site_tree_en.pages["practices"].url

    def titles(query):
        return {card.page.title for card in client.get(url, query).context["cards"]}

    assert titles({"outcome": "avoid"}) == {avoid.title}
    assert titles({"year": "2021"}) == {adapt.title}
    assert titles({"year": "2021", "outcome": "avoid"}) == set()
    assert titles({"year": "20x1"}) == titles({})  # ignored, not an error
    html = client.get(url).content.decode()
    assert '<option value="avoid">Unsuccessful practice to avoid</option>' in html
    assert '<span class="badge badge--avoid">Unsuccessful practice to avoid</span>' in html
    assert '<option value="2021">2021</option>' in html


@pytest.mark.django_db
def test_practice_library_filters_by_topic_agency_and_country(client, site_tree_en):
    open_data = factories.TopicFactory(name="Open data", slug="open-data")
    oas = site_tree_en.pages["agency_oas"]
    tagged = factories.PracticePageFactory(
        parent=site_tree_en.pages["cluster"], title="Tagged", topics=[open_data], countries=["BR"]
    )
    by_oas = factories.PracticePageFactory(
        parent=site_tree_en.pages["cluster"], title="By OAS", agencies=[oas], countries=["CL"]
    )
    url = site_tree_en.pages["practices"].url

    def titles(query):
        return {card.page.title for card in client.get(url, query).context["cards"]}

    assert titles({"topic": "open-data"}) == {tagged.title}
    assert titles({"agency": "oas"}) == {by_oas.title}
    assert titles({"country": "cl"}) == {by_oas.title}
    assert titles({"country": "XX"}) == titles({})  # an unknown country is ignored, not an error


@pytest.mark.django_db
def test_workspace_page_shows_its_own_contributions_only(client, site_tree_en):
    other = factories.ClusterPageFactory(
        parent=site_tree_en.pages["clusters"],
        slug="other",
        leads=[site_tree_en.pages["agency_oas"]],
    )
    elsewhere = factories.PracticePageFactory(parent=other, title="Elsewhere")
    html = client.get(site_tree_en.pages["cluster"].url).content.decode()
    assert site_tree_en.pages["practice"].title in html
    assert site_tree_en.pages["event"].title in html
    assert elsewhere.title not in html


@pytest.mark.django_db
def test_inactive_services_leave_the_menu_of_services(client, site_tree_en):
    service = site_tree_en.pages["service"]
    service.is_active = False
    service.save_revision().publish()
    cards = client.get(site_tree_en.pages["services"].url).context["cards"]
    assert service.title not in {card.page.title for card in cards}


@pytest.mark.django_db
def test_filters_offer_named_choices_and_pagination_keeps_them(client, site_tree_en):
    for index in range(30):
        factories.PracticePageFactory(
            parent=site_tree_en.pages["cluster"], title=f"Peru {index}", countries=["PE"]
        )
    response = client.get(site_tree_en.pages["practices"].url, {"country": "PE"})
    html = response.content.decode()
    assert '<option value="PE" selected>Peru</option>' in html
    assert '<option value="IDB">IDB — Inter-American Development Bank</option>' in html
    assert 'href="?country=PE&amp;page=2"' in html


@pytest.mark.django_db
def test_a_year_or_agency_that_only_looks_like_digits_is_no_error(client, site_tree_en):
    # '²'.isdigit() is true, but int('²') fails: such a year is ignored, such an agency
    # (as any unknown one) matches nothing; a NUL byte never reaches the database.
    factories.PracticePageFactory(parent=site_tree_en.pages["cluster"], title="Any", year=2021)
    url = site_tree_en.pages["practices"].url

    def titles(query):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 200, query
        return {card.page.title for card in response.context["cards"]}

    assert titles("year=%C2%B2") == titles("") != set()
    assert titles("year=%C2%B2%C2%B2%C2%B2%C2%B2&outcome=adapt") == titles("outcome=adapt")
    assert titles("agency=%C2%B2") == set()
    assert titles("topic=a%00b&agency=%00") == set()


@pytest.mark.django_db
@pytest.mark.parametrize("section", ["practices", "services", "calendar"])
def test_odd_filter_values_never_fail_a_listing(client, site_tree_en, section):
    query = "year=%C2%B2&agency=%C2%B2&country=%00&language=%C2%B2&month=%C2%B2-01&tz=%00"
    response = client.get(f"{site_tree_en.pages[section].url}?{query}")
    assert response.status_code == 200
    # A month too large for a date (found by fuzzing: OverflowError) is refused, not a 500.
    month = "2027-01" + "0" * 300
    for view in ("upcoming", "month"):
        response = client.get(site_tree_en.pages[section].url, {"view": view, "month": month})
        assert response.status_code == 200
