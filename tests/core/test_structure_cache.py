"""What every public page reads of the site's structure (the main menu's sections, the
view-restricted paths, a page's own view restrictions) costs no query once kept, and a change
shows on the very next request, published or not."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from egecms.core.view_restrictions import view_restrictions_of
from tests import factories


def menu_titles(client, url="/en/"):
    response = client.get(url)
    assert response.status_code == 200
    return [entry["title"] for entry in response.context["entries"]]


@pytest.mark.django_db
def test_a_second_request_reads_neither_the_menu_nor_the_restricted_paths(client, site_tree_en):
    client.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/").status_code == 200
    sql = [query["sql"] for query in queries.captured_queries]
    assert not [statement for statement in sql if '"restricted"' in statement], "menu query"
    assert not [
        statement
        for statement in sql
        if statement.startswith('SELECT "wagtailcore_page"."path" AS "page__path"')
    ], "restricted paths query"
    # Wagtail's view-restriction check: one query (not the ancestors, then their restrictions).
    assert (
        len([statement for statement in sql if "wagtailcore_pageviewrestriction" in statement]) == 1
    )


@pytest.mark.django_db
def test_the_menu_follows_a_new_section_and_a_restriction_at_once(client, site_tree_en):
    topic = site_tree_en.topic
    library = site_tree_en.pages["practices"]
    assert library.title in menu_titles(client)
    assert "Newsroom" not in menu_titles(client)

    factories.AgencyIndexPageFactory(
        parent=topic, title="Newsroom", slug="newsroom", show_in_menus=True
    )
    assert "Newsroom" in menu_titles(client)

    # A section restricted: out of the menu, and its contributions out of the topic page.
    clusters = site_tree_en.pages["clusters"]
    practice = site_tree_en.pages["practice"]
    assert f">{practice.title}<" in client.get("/en/").content.decode()
    restriction = PageViewRestriction.objects.create(
        page=clusters, restriction_type=PageViewRestriction.LOGIN
    )
    assert clusters.title not in menu_titles(client)
    assert f">{practice.title}<" not in client.get("/en/").content.decode()

    restriction.delete()
    assert clusters.title in menu_titles(client)
    assert f">{practice.title}<" in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_a_page_has_the_view_restrictions_wagtail_gives_it(site_tree_en):
    library = site_tree_en.pages["practices"]
    cluster = site_tree_en.pages["cluster"]
    PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(page=cluster, restriction_type=PageViewRestriction.PASSWORD)
    # An alias of a restricted page, an alias of that alias, and a page under an alias.
    alias = library.create_alias(parent=site_tree_en.pages["agencies"], update_slug="library-alias")
    alias_of_alias = alias.create_alias(
        parent=site_tree_en.pages["agencies"], update_slug="library-alias-2"
    )
    cluster_alias = cluster.create_alias(
        parent=site_tree_en.pages["agencies"], update_slug="cluster-alias", recursive=True
    )
    pages = list(Page.objects.all())
    assert alias.pk and alias_of_alias.pk and cluster_alias.pk
    assert len(pages) > 10
    restricted = 0
    for page in pages:
        expected = set(Page.get_view_restrictions(page).values_list("pk", flat=True))
        assert set(view_restrictions_of(page).values_list("pk", flat=True)) == expected, page
        restricted += bool(expected)
    assert restricted >= 6


@pytest.mark.django_db
def test_the_request_s_site_is_kept_until_a_site_changes(client, site_tree_en):
    def site_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/")
        assert response.status_code == 200
        sql = [query["sql"] for query in queries.captured_queries]
        return len([s for s in sql if 'FROM "wagtailcore_site"' in s]), response

    client.get("/en/")
    assert site_queries()[0] == 0
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Renamed portal"
    site.save()
    found, response = site_queries()
    assert found  # read again (with the root paths Wagtail keeps for its URLs)
    assert response.wsgi_request._wagtail_site.site_name == "Renamed portal"
    # A host name Django does not allow is still refused, not looked up.
    assert client.get("/en/", HTTP_HOST="evil.example").status_code == 400
