"""The topic page gathers the latest contributions of every registered type, in bounded queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from egecms.core.registry import contribution_types
from tests import bulk, factories
from tests.instances import counted_instances

# Wagtail routing (locale, page), its view-restriction check (one query), their agencies and
# topics, the language switcher, the translation notice, and the newest of each installed
# contribution type (one query per type); the site, the menu and the restricted paths are
# kept between requests (egecms.core.structure_cache).
MAX_TOPIC_PAGE_QUERIES = 5 + len(contribution_types)


def add_contributions(tree, count, batch="a"):
    """``count`` live practices, services and events, each with an agency and a topic."""
    from practices.models import PracticePage
    from services.models import ServicePage

    topic = factories.TopicFactory(name="Open data", slug="open-data")
    relations = {"agencies": [tree.pages["agency_idb"]], "topics": [topic]}

    def named(kind, **fields):
        return [
            {
                "title": f"Bulk {kind} {batch}{index}",
                "slug": f"bulk-{kind}-{batch}{index}",
                "summary": f"A {kind}",
                **fields,
            }
            for index in range(count)
        ]

    bulk.live_pages(
        tree.pages["cluster"],
        PracticePage,
        named("practice", countries=["PE"], year=2005),
        **relations,
    )
    bulk.live_pages(
        tree.pages["agency"],
        ServicePage,
        named("service", modality="training", languages=["es"]),
        **relations,
    )
    start = timezone.now() + datetime.timedelta(days=30)
    bulk.live_events(
        tree.pages["cluster"],
        named(
            "event",
            start=start,
            end=start + datetime.timedelta(hours=3),
            timezone="America/Lima",
            city="Lima",
            country="PE",
        ),
        **relations,
    )


def count_queries(client, url):
    return count_work(client, url)[0]


def count_work(client, url):
    """Queries and model instances of a request (caches that do not depend on content, such
    as the site root paths and content types, warmed first)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries, counted_instances() as built:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), sum(built.values())


@pytest.mark.django_db
def test_topic_page_shows_latest_of_each_type_with_section_links(client, site_tree_en):
    html = client.get("/en/").content.decode()
    for name in ("practice", "service", "event"):
        assert site_tree_en.pages[name].title in html
    for section in ("practices", "services", "calendar"):
        assert f'href="{site_tree_en.pages[section].get_url()}"' in html


@pytest.mark.django_db
def test_topic_page_shows_contributions_of_its_own_locale_only(client, site_tree):
    html = client.get("/es/").content.decode()
    assert site_tree.get("practice", "es").title in html
    assert f">{site_tree.pages['practice'].title}<" not in html


@pytest.mark.django_db
def test_topic_page_queries_do_not_grow_with_content(client, site_tree_en):
    add_contributions(site_tree_en, 10)
    with_ten = count_work(client, "/en/")
    add_contributions(site_tree_en, 690, batch="b")  # 2,100 contributions in all
    with_seven_hundred = count_work(client, "/en/")
    # The same queries, and the same rows read: the newest few of each type, not all of them.
    assert with_ten == with_seven_hundred


@pytest.mark.django_db
def test_topic_page_stays_within_its_query_budget(
    client, site_tree_en, django_assert_max_num_queries
):
    add_contributions(site_tree_en, 50)
    client.get("/en/")
    with django_assert_max_num_queries(MAX_TOPIC_PAGE_QUERIES):
        assert client.get("/en/").status_code == 200


@pytest.mark.django_db
def test_topic_page_lists_at_most_the_configured_number_per_type(client, site_tree_en, settings):
    settings.EGECMS = {**settings.EGECMS, "TOPIC_PAGE_LATEST_PER_TYPE": 2}
    add_contributions(site_tree_en, 5)
    html = client.get("/en/").content.decode()
    assert html.count("Bulk practice") == 2
