"""RSS and Atom feeds of the section pages: valid, in the section's language, public pages only,
newest first, offered on the pages themselves, in a bounded number of queries."""

import datetime
import itertools
import re

import feedparser
import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Locale, PageViewRestriction

from practices.models import PracticePage
from tests import bulk, factories
from tests.builders import LANGUAGES, translated_copy

#: Section page -> the contribution in the test tree that its feeds list.
SECTIONS = {"practices": "practice", "services": "service", "calendar": "event"}
FORMATS = {
    "rss": ("application/rss+xml; charset=utf-8", "rss20"),
    "atom": ("application/atom+xml; charset=utf-8", "atom10"),
}
MAX_FEED_QUERIES = 12
MANY = 2000


def feed_url(section_page, kind):
    return f"{section_page.url}feed/{kind}/"


def read_feed(client, section_page, kind):
    response = client.get(feed_url(section_page, kind))
    assert response.status_code == 200
    return response, feedparser.parse(response.content)


@pytest.fixture(autouse=True)
def english():
    """Expected labels are read in the active language; other tests may leave another active."""
    with translation.override("en"):
        yield


def every_feed():
    """(section, contribution, format, language) of every feed of the test tree."""
    for section_name, contribution_name in SECTIONS.items():
        for kind in FORMATS:
            for language in LANGUAGES:
                yield section_name, contribution_name, kind, language


@pytest.mark.django_db
def test_every_feed_is_valid_and_in_its_sections_language(client, site_tree):
    for section_name, contribution_name, kind, language in every_feed():
        content_type, version = FORMATS[kind]
        section = site_tree.get(section_name, language)
        contribution = site_tree.get(contribution_name, language)
        response, feed = read_feed(client, section, kind)
        assert feed.bozo == 0, (section_name, language, feed.get("bozo_exception"))
        assert feed.version == version
        assert response["Content-Type"] == content_type
        assert response["Cache-Control"] == "public, max-age=900"
        with translation.override(language):
            assert feed.feed.title == f"{section.title} · {translation.gettext('e-Government')}"
        assert feed.feed.link == f"http://testserver{section.url}"  # the host the request came to
        assert feed.feed.language == language
        # Only the section's own language: the one contribution, in its translation.
        assert [entry.title for entry in feed.entries] == [contribution.title]
        assert [entry.link for entry in feed.entries] == [f"http://testserver{contribution.url}"]
        assert feed.entries[0].link.startswith(f"http://testserver/{language}/")
        assert feed.entries[0].id == f"http://testserver{contribution.url}"
        assert feed.entries[0].summary.endswith(contribution.summary)
        assert feed.entries[0].published_parsed
        if kind == "atom":
            assert feed.feed.updated_parsed and feed.entries[0].updated_parsed


@pytest.mark.django_db
def test_authors_topics_and_outcome_are_named_in_the_feeds_language(client, site_tree):
    es = Locale.objects.get(language_code="es")
    idb = site_tree.pages["agency_idb"]
    translated_copy(idb, "es", name="Banco Interamericano de Desarrollo")
    open_data = factories.TopicFactory(name="Open data", slug="open-data")
    translated_copy(open_data, "es", name="Datos abiertos")
    practice = factories.PracticePageFactory(
        parent=site_tree.pages["cluster"],
        title="Open data portal",
        agencies=[idb],
        topics=[open_data],
        outcome=PracticePage.Outcome.AVOID,
    )
    translated = practice.copy_for_translation(es, copy_parents=True)
    translated.title = "Portal de datos abiertos"
    translated.save_revision().publish()
    with translation.override("es"):
        to_avoid = str(PracticePage.Outcome.AVOID.label)
    assert to_avoid != "Unsuccessful practice to avoid"  # the label really is translated

    for kind in FORMATS:
        _response, feed = read_feed(client, site_tree.get("practices", "es"), kind)
        entry = next(e for e in feed.entries if e.title == "Portal de datos abiertos")
        assert entry.author == "Banco Interamericano de Desarrollo"
        assert [tag.term for tag in entry.tags] == [to_avoid, "Datos abiertos"]
        assert entry.summary.startswith(to_avoid)
        assert "Open data portal" not in {e.title for e in feed.entries}

        _response, feed = read_feed(client, site_tree.pages["practices"], kind)
        entry = next(e for e in feed.entries if e.title == "Open data portal")
        assert entry.author == "Inter-American Development Bank"
        assert [tag.term for tag in entry.tags] == ["Unsuccessful practice to avoid", "Open data"]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", FORMATS)
def test_practice_feeds_say_whether_to_adapt_or_to_avoid(client, site_tree_en, kind):
    cluster = site_tree_en.pages["cluster"]
    factories.PracticePageFactory(parent=cluster, title="Copy this", outcome="adapt")
    factories.PracticePageFactory(parent=cluster, title="Not this", outcome="avoid")
    _response, feed = read_feed(client, site_tree_en.pages["practices"], kind)
    stated = {entry.title: entry.tags[0].term for entry in feed.entries}
    assert stated["Copy this"] == "Successful practice to adapt"
    assert stated["Not this"] == "Unsuccessful practice to avoid"
    summaries = {entry.title: entry.summary for entry in feed.entries}
    assert summaries["Not this"].startswith("Unsuccessful practice to avoid")


@pytest.mark.django_db
@pytest.mark.parametrize("kind", FORMATS)
def test_restricted_draft_and_inactive_pages_never_appear(client, site_tree_en, kind):
    tree = site_tree_en
    private_cluster = factories.ClusterPageFactory(
        parent=tree.pages["clusters"], slug="private", leads=[tree.pages["agency_oas"]]
    )
    PageViewRestriction.objects.create(
        page=private_cluster, restriction_type=PageViewRestriction.LOGIN
    )
    hidden = {
        factories.PracticePageFactory(parent=private_cluster, title="Secret practice").title,
        factories.EventPageFactory(parent=private_cluster, title="Secret event").title,
        factories.PracticePageFactory(
            parent=tree.pages["cluster"], title="Draft", live=False
        ).title,
        factories.ServicePageFactory(
            parent=tree.pages["agency"], title="Draft service", live=False
        ).title,
        factories.ServicePageFactory(
            parent=tree.pages["agency"], title="Retired", is_active=False
        ).title,
        factories.EventPageFactory(
            parent=tree.pages["cluster"], title="Draft event", live=False
        ).title,
    }
    restricted = factories.PracticePageFactory(parent=tree.pages["cluster"], title="Login only")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    hidden.add(restricted.title)
    withdrawn = factories.ServicePageFactory(parent=tree.pages["agency"], title="Withdrawn")
    withdrawn.unpublish()
    hidden.add(withdrawn.title)

    # Even a reader who may see the restricted pages gets the public feed.
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.org", "pw"))
    for section_name, contribution_name in SECTIONS.items():
        _response, feed = read_feed(client, tree.pages[section_name], kind)
        titles = {entry.title for entry in feed.entries}
        assert tree.pages[contribution_name].title in titles
        assert not titles & hidden


@pytest.mark.django_db
def test_a_restricted_section_keeps_its_feed_out_of_shared_caches(client, site_tree_en):
    practices = site_tree_en.pages["practices"]
    PageViewRestriction.objects.create(page=practices, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(feed_url(practices, "rss")).status_code == 302  # to the login page
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.org", "pw"))
    response = client.get(feed_url(practices, "rss"))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", FORMATS)
def test_newest_first_and_at_most_feed_items(client, site_tree_en, settings, kind):
    settings.EGECMS = {**settings.EGECMS, "FEED_ITEMS": 3}
    today = datetime.date.today()
    for title, days_ago in (("Old", 300), ("Newest", 1), ("Older", 30), ("Newer", 10)):
        factories.PracticePageFactory(
            parent=site_tree_en.pages["cluster"],
            title=title,
            date=today - datetime.timedelta(days=days_ago),
        )
    practice = site_tree_en.pages["practice"]
    practice.date = today - datetime.timedelta(days=100)
    practice.save_revision().publish()
    _response, feed = read_feed(client, site_tree_en.pages["practices"], kind)
    assert [entry.title for entry in feed.entries] == ["Newest", "Newer", "Older"]


@pytest.mark.django_db
def test_the_same_day_orders_by_first_publication(client, site_tree_en):
    cluster = site_tree_en.pages["cluster"]
    first = factories.PracticePageFactory(parent=cluster, title="First")
    second = factories.PracticePageFactory(parent=cluster, title="Second")
    now = timezone.now()
    type(first).objects.filter(pk=first.pk).update(first_published_at=now)
    type(second).objects.filter(pk=second.pk).update(
        first_published_at=now - datetime.timedelta(hours=1)
    )
    _response, feed = read_feed(client, site_tree_en.pages["practices"], "atom")
    titles = [entry.title for entry in feed.entries]
    assert titles.index("First") < titles.index("Second")


@pytest.mark.django_db
def test_section_pages_offer_their_feeds(client, site_tree):
    for section_name, language in itertools.product(SECTIONS, ("en", "fr")):
        section = site_tree.get(section_name, language)
        html = client.get(section.url).content.decode()
        head = html.split("</head>")[0]
        for kind, (content_type, _version) in FORMATS.items():
            mime = content_type.split(";")[0]
            link = re.search(
                rf'<link rel="alternate" type="{re.escape(mime)}" title="([^"]+)" href="([^"]+)">',
                head,
            )
            assert link, (section_name, kind)
            assert section.title in link.group(1)
            assert link.group(2) == feed_url(section, kind)
            assert client.get(link.group(2)).status_code == 200
            body = html.split("</head>")[1]
            assert f'href="{feed_url(section, kind)}" type="{mime}"' in body  # a visible link too


@pytest.mark.django_db
def test_the_calendar_keeps_its_own_views_and_ical_feed(client, site_tree_en):
    calendar = site_tree_en.pages["calendar"]
    assert client.get(calendar.url).status_code == 200
    assert client.get(calendar.url, {"view": "month"}).status_code == 200
    ical = client.get(f"{calendar.url}feed.ics")
    assert ical.status_code == 200
    assert ical["Content-Type"].startswith("text/calendar")
    assert client.get(f"{calendar.url}feed/").status_code == 404
    assert client.get(f"{site_tree_en.pages['practices'].url}feed/nope/").status_code == 404


def add_practices(cluster, count, *, agency, topic, start=0):
    """``count`` published practices under ``cluster``, each with ``agency`` and ``topic``, a
    day apart (in bulk: see tests/bulk.py)."""
    today = timezone.now().date()
    return bulk.live_pages(
        cluster,
        PracticePage,
        [
            {
                "title": f"Bulk practice {number}",
                "slug": f"bulk-practice-{number}",
                "summary": "A practice",
                "countries": ["PE"],
                "year": 2020,
                "date": today - datetime.timedelta(days=number % 365),
            }
            for number in range(start, start + count)
        ],
        agencies=[agency],
        topics=[topic],
    )


def feed_queries(client, url):
    client.get(url)  # warm Wagtail's site-root cache and the locale's labels
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), feedparser.parse(response.content)


@pytest.mark.django_db
def test_feeds_issue_a_bounded_number_of_queries(client, site_tree_en):
    tree = site_tree_en
    idb, topic = (
        tree.pages["agency_idb"],
        factories.TopicFactory(name="Open data", slug="open-data"),
    )
    cluster = tree.pages["cluster"]
    add_practices(cluster, 9, agency=idb, topic=topic)
    url = feed_url(tree.pages["practices"], "atom")
    few, feed = feed_queries(client, url)
    assert len(feed.entries) == 10

    add_practices(cluster, MANY - 10, agency=idb, topic=topic, start=9)
    assert PracticePage.objects.live().count() == MANY
    many, feed = feed_queries(client, url)
    assert len(feed.entries) == 20
    assert many == few <= MAX_FEED_QUERIES
    ids = [entry.id for entry in feed.entries]
    assert len(set(ids)) == len(ids)  # every Atom entry has its own id
    listed = [entry for entry in feed.entries if entry.title.startswith("Bulk practice")]
    assert len(listed) >= 19
    assert all(entry.author == idb.name and entry.tags[-1].term == "Open data" for entry in listed)
    assert feed.bozo == 0

    # The other sections' feeds, with their own contributions, stay within the same bound.
    for section_name in ("services", "calendar"):
        for kind in FORMATS:
            count, feed = feed_queries(client, feed_url(tree.pages[section_name], kind))
            assert count <= MAX_FEED_QUERIES, (section_name, kind, count)


@pytest.mark.django_db
@pytest.mark.parametrize("kind", FORMATS)
def test_titles_and_summaries_keep_their_special_characters(client, site_tree_en, kind):
    factories.PracticePageFactory(
        parent=site_tree_en.pages["cluster"], title="R&D <pilot>", summary="Costs < 5% & falling"
    )
    _response, feed = read_feed(client, site_tree_en.pages["practices"], kind)
    entry = next(entry for entry in feed.entries if entry.title == "R&D <pilot>")
    assert entry.summary.endswith("Costs &lt; 5% &amp; falling")  # HTML, shown as typed
    assert feed.bozo == 0
