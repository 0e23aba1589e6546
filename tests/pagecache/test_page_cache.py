"""The anonymous page cache as readers meet it: a second read answered without rendering,
304s, nothing personal ever kept, and no stale page after a publish, an unpublish, a move, a
deletion or an agency's new name — on the page in every language, its sections, the topic
page, the feeds and the search; and a CDN told the addresses of every page that shows it.

One shared world (``site_tree``, four linked languages); the page cache, off in the test
settings, is switched on around each test here and starts empty.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

from assistance.models import AssistanceRequestPage
from egecms.pagecache.conf import page_cache
from egecms.pagecache.middleware import STATUS_HEADER
from egecms.search.models import SearchDocument, SearchPage

RECORDED = []


class RecordingBackend(BaseBackend):
    """A front-end cache that only writes down what it is asked to purge."""

    def purge(self, url):
        RECORDED.append(url)


@pytest.fixture
def page_cache_on(settings):
    settings.EGECMS = {**settings.EGECMS, "PAGE_CACHE_SECONDS": 600, "PAGE_CACHE_CDN_SECONDS": 300}
    page_cache().clear()
    yield
    page_cache().clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change as if committed: the purges wait for the commit, as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def cache_status(response):
    return response.get(STATUS_HEADER)


def read(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    return response


def warm(client, *urls):
    """Read each address twice: the second read must come from the cache."""
    for url in urls:
        read(client, url)
        assert cache_status(read(client, url)) == "hit", url


def add_search_page(topic):
    page = topic.add_child(instance=SearchPage(title="Search", slug="search"))
    page.save_revision().publish()
    return page


# -- reading -------------------------------------------------------------------------------


def test_a_second_anonymous_read_is_answered_without_rendering(
    client, site_tree, page_cache_on, django_assert_num_queries
):
    url = site_tree.topic.url
    first = read(client, url)
    assert cache_status(first) == "miss"
    assert first["ETag"] and first["Last-Modified"]
    assert "public" in first["Cache-Control"] and "max-age=0" in first["Cache-Control"]
    assert "s-maxage=300" in first["Cache-Control"]  # a purge can reach this address
    with django_assert_num_queries(0):
        second = read(client, url)
    assert cache_status(second) == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    # Another language and a query string are other pages; a filtered address is out of a
    # purge's reach, so shared caches revalidate it.
    assert cache_status(read(client, site_tree.get("practices", "es").url)) == "miss"
    filtered = read(client, site_tree.get("practices").url + "?country=PE")
    assert cache_status(filtered) == "miss" and "s-maxage=0" in filtered["Cache-Control"]


def test_a_reader_whose_copy_is_current_gets_304(client, site_tree, page_cache_on, committed):
    url = site_tree.get("practice").url
    first = read(client, url)
    for headers in (
        {"If-None-Match": first["ETag"]},
        {"If-Modified-Since": first["Last-Modified"]},
    ):
        assert client.get(url, headers=headers).status_code == 304
    practice = site_tree.get("practice")
    practice.title = "A practice, retitled"
    with committed():
        practice.save_revision().publish()
    changed = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert "A practice, retitled" in changed.content.decode()


def test_logged_in_readers_are_neither_answered_from_the_cache_nor_kept(
    client, site_tree, page_cache_on
):
    url = site_tree.get("practices").url
    warm(client, url)
    editor = get_user_model().objects.create_superuser("editor", password="pw")
    client.force_login(editor)
    response = read(client, url)
    assert cache_status(response) is None  # rendered for them, not kept
    assert "private" in response["Cache-Control"]
    client.logout()
    assert cache_status(read(client, url)) == "hit"  # the anonymous copy, not theirs


def test_the_request_form_with_its_csrf_token_is_never_kept(client, site_tree, page_cache_on):
    form = AssistanceRequestPage(
        title="Request assistance",
        slug="request-assistance",
        intro="<p>Tell the agencies what you need.</p>",
        privacy_notice="<p>Seen by program managers only.</p>",
    )
    site_tree.topic.add_child(instance=form)
    form.save_revision().publish()
    for _ in range(2):
        response = read(client, form.url)
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert cache_status(response) is None
        assert "no-store" in response["Cache-Control"]


def test_a_restricted_page_is_never_kept_for_anyone(client, site_tree, page_cache_on, committed):
    cluster = site_tree.get("cluster")
    with committed():
        PageViewRestriction.objects.create(page=cluster, restriction_type="login")
    anonymous = client.get(cluster.url)
    assert anonymous.status_code == 302 and cache_status(anonymous) is None
    client.force_login(get_user_model().objects.create_superuser("member", password="pw"))
    for _ in range(2):
        response = read(client, cluster.url)
        assert cache_status(response) is None
        assert "private" in response["Cache-Control"]


def test_a_restriction_added_to_a_kept_page_takes_it_out_at_once(
    client, site_tree, page_cache_on, committed
):
    cluster = site_tree.get("cluster")
    warm(client, cluster.url)
    with committed():
        PageViewRestriction.objects.create(page=cluster, restriction_type="login")
    assert client.get(cluster.url).status_code == 302


def test_the_admin_is_never_kept(client, site_tree, page_cache_on):
    for _ in range(2):
        response = client.get("/admin/login/")
        assert cache_status(response) is None


# -- no stale page after a change --------------------------------------------------------


def test_after_a_publish_every_page_that_shows_it_is_fresh(
    client, site_tree, page_cache_on, committed
):
    search = add_search_page(site_tree.topic)
    practice = site_tree.get("practice")
    shown_on = {
        "page": practice.url,
        "library": site_tree.get("practices").url,
        "topic": site_tree.topic.url,
        "feed": site_tree.get("practices").url + "feed/rss/",
        "search": search.url + "?q=zanzibarian",
    }
    translations = [site_tree.get("practice", code).url for code in ("es", "pt", "fr")]
    warm(client, *shown_on.values(), *translations)

    practice.title = "Zanzibarian practice"
    with committed():
        practice.save_revision().publish()

    for name, url in shown_on.items():
        response = read(client, url)
        assert cache_status(response) == "miss", name
        assert "Zanzibarian practice" in response.content.decode(), name
    for url in translations:
        assert cache_status(read(client, url)) == "miss", url


def test_after_an_unpublish_the_page_is_gone_everywhere(
    client, site_tree, page_cache_on, committed
):
    practice = site_tree.get("practice")
    library = site_tree.get("practices").url
    warm(client, practice.url, library, library + "feed/atom/")
    with committed():
        practice.unpublish()
    assert client.get(practice.url).status_code == 404
    assert practice.title not in read(client, library).content.decode()
    assert practice.title not in read(client, library + "feed/atom/").content.decode()


def test_after_a_move_the_old_address_and_the_old_space_forget_it(
    client, site_tree, page_cache_on, committed
):
    practice, cluster = site_tree.get("practice"), site_tree.get("cluster")
    issue_area = site_tree.get("issue_area")
    old_url = practice.url
    warm(client, old_url, cluster.url, issue_area.url)
    with committed():
        practice.move(issue_area, pos="last-child")
    moved = client.get(old_url)  # Wagtail's redirect to the new address, not the kept page
    assert moved.status_code == 301 and moved["Location"].endswith("/skills-area/a-practice/")
    assert practice.title not in read(client, cluster.url).content.decode()
    assert practice.title in read(client, issue_area.url).content.decode()


def test_after_a_deletion_the_page_is_gone_everywhere(client, site_tree, page_cache_on, committed):
    practice = site_tree.get("practice")
    library = site_tree.get("practices").url
    warm(client, practice.url, library, site_tree.topic.url)
    with committed():
        practice.delete()
    assert client.get(practice.url).status_code == 404
    assert practice.title not in read(client, library).content.decode()
    assert practice.title not in read(client, site_tree.topic.url).content.decode()


def test_after_an_agency_is_renamed_its_pages_show_the_new_name(
    client, site_tree, page_cache_on, committed
):
    practice, library = site_tree.get("practice"), site_tree.get("practices")
    warm(client, practice.url, library.url)
    agency = site_tree.pages["agency_idb"]
    agency.acronym = "IDB-RENAMED"
    with committed():
        agency.save()
    assert "IDB-RENAMED" in read(client, practice.url).content.decode()
    assert "IDB-RENAMED" in read(client, library.url).content.decode()


def test_a_page_rendered_before_the_commit_is_not_answered_after_it(
    client, site_tree, page_cache_on, committed
):
    practice = site_tree.get("practice")
    with committed():
        practice.title = "Written, not yet committed"
        practice.save_revision().publish()
        # A reader in between is kept under the generation the commit ends.
        read(client, practice.url)
    assert cache_status(read(client, practice.url)) == "miss"


# -- a CDN in front ------------------------------------------------------------------------


def test_the_cdn_is_sent_every_address_that_shows_a_published_page(
    client, site_tree, page_cache_on, committed, settings
):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    RECORDED.clear()
    add_search_page(site_tree.topic)
    RECORDED.clear()
    practice = site_tree.get("practice")
    with committed():
        practice.save_revision().publish()
    base = "http://localhost"
    expected = {f"{base}/sitemap.xml", f"{base}/en/search/"}
    for code in ("en", "es", "pt", "fr"):
        expected |= {
            f"{base}/{code}/",
            f"{base}/{code}/clusters/",
            f"{base}/{code}/clusters/skills/",
            f"{base}/{code}/clusters/skills/a-practice/",
            f"{base}/{code}/practices/",
            f"{base}/{code}/practices/feed/rss/",
            f"{base}/{code}/practices/feed/atom/",
        }
    assert set(RECORDED) == expected
    assert len(RECORDED) == len(expected)  # each once


def test_a_search_document_a_worker_writes_after_the_publish_empties_kept_searches(
    client, site_tree, page_cache_on, committed
):
    # With a queue, documents are written after the publish committed (and purged): a search
    # kept in between would otherwise list what is gone until it expires.
    url = add_search_page(site_tree.topic).url
    listed = read(client, url).context["search"].total
    assert cache_status(read(client, url)) == "hit"
    with committed():
        SearchDocument.objects.filter(locale=site_tree.topic.locale).first().delete()
    response = read(client, url)
    assert cache_status(response) == "miss"
    assert response.context["search"].total == listed - 1
