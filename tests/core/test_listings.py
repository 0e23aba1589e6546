"""Section pages that aggregate contributions: filters, pagination, order and query bounds."""


import pytest

from tests import factories

MAX_LISTING_QUERIES = 15


@pytest.mark.django_db
def test_practice_library_queries_do_not_grow_with_content(
    client, site_tree_en, django_assert_max_num_queries
):
    url = site_tree_en.pages["practices"].url
    for index in range(60):
        factories.PracticePageFactory(
            parent=site_tree_en.pages["cluster"],
            title=f"Practice {index}",
            agencies=[site_tree_en.pages["agency_idb"]],
        )
    client.get(url)
    with django_assert_max_num_queries(MAX_LISTING_QUERIES):
        response = client.get(url)
    assert len(response.context["cards"]) == 24  # one page of results
    assert response.context["page_obj"].paginator.count == 61


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
