"""The admin's searches: the agency snippet search works on every database backend, and with
the search server down the page search and the agency search say so instead of failing."""

import pytest

from tests.search_servers import closed_search_server

AGENCIES = "/admin/snippets/egecms_core/agency/"
PAGE_SEARCH = "/admin/pages/search/"


@pytest.fixture
def search_server_down(settings):
    settings.WAGTAILSEARCH_BACKENDS = closed_search_server()


@pytest.mark.parametrize("words", ["bank", "ban", "IDB"])
def test_the_agency_search_finds_by_name_acronym_and_first_letters(
    admin_client, site_tree_en, words
):
    response = admin_client.get(AGENCIES, {"q": words})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Inter-American Development Bank" in content
    assert "Organization of American States" not in content


@pytest.mark.parametrize(
    ("url", "fallback"),
    [
        (AGENCIES, f"{AGENCIES}?locale=en"),  # the listing, without the words
        (PAGE_SEARCH, "/admin/pages/"),  # the page search has no listing without words
    ],
)
def test_a_search_server_down_gives_a_message_not_an_error(
    admin_client, site_tree_en, search_server_down, url, fallback
):
    response = admin_client.get(url, {"q": "bank", "locale": "en"})
    assert response.status_code == 302
    assert response["Location"] == fallback
    page = admin_client.get(response["Location"])
    assert page.status_code == 200
    assert "Search is not available right now" in page.content.decode()
    again = admin_client.get(response["Location"])
    assert "Search is not available right now" not in again.content.decode()  # said once
