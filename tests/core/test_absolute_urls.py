"""Absolute links in what we serve (RSS, Atom, iCalendar, canonical links) name the host the
request came to, or ``CANONICAL_BASE_URL`` when it is configured, never the ``Site``'s
``localhost``; the page cache keeps one answer per host."""

import feedparser
import pytest
from icalendar import Calendar

from egecms.pagecache.conf import page_cache
from egecms.pagecache.middleware import STATUS_HEADER

HOSTS = ("egov.example.org", "portal.example.net")


@pytest.fixture
def two_hosts(settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, *HOSTS]


def feed_links(client, section, kind, host):
    response = client.get(f"{section.url}feed/{kind}/", headers={"host": host})
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    return [feed.feed.link, *(entry.link for entry in feed.entries)]


def ical_urls(client, calendar, host, *, cached=None):
    response = client.get(calendar.url + calendar.reverse_subpage("feed"), headers={"host": host})
    assert response.status_code == 200
    if cached is not None:
        assert response.get(STATUS_HEADER) == cached, (host, response.get(STATUS_HEADER))
    vevents = Calendar.from_ical(response.content).walk("VEVENT")
    assert vevents
    return [str(vevent["URL"]) for vevent in vevents]


def served_links(client, tree, host):
    return [
        *feed_links(client, tree.pages["practices"], "rss", host),
        *feed_links(client, tree.pages["services"], "atom", host),
        *ical_urls(client, tree.pages["calendar"], host),
    ]


def test_links_name_the_host_the_request_came_to(client, site_tree_en, two_hosts):
    for host in HOSTS:
        links = served_links(client, site_tree_en, host)
        assert len(links) >= 5
        assert all(link.startswith(f"http://{host}/en/") for link in links), (host, links)


def test_a_canonical_base_url_wins_over_the_host(client, site_tree_en, two_hosts, settings):
    settings.EGECMS = {**settings.EGECMS, "CANONICAL_BASE_URL": "https://egov.example.org/"}
    links = served_links(client, site_tree_en, HOSTS[1])
    assert all(link.startswith("https://egov.example.org/en/") for link in links), links
    page = client.get(site_tree_en.pages["practice"].url, headers={"host": HOSTS[1]})
    assert b'rel="canonical" href="https://egov.example.org/en/' in page.content


def test_the_page_cache_keeps_each_hosts_own_links(client, site_tree_en, two_hosts, settings):
    settings.EGECMS = {**settings.EGECMS, "PAGE_CACHE_SECONDS": 600}
    page_cache().clear()
    try:
        for cached in ("miss", "hit"):
            for host in HOSTS:
                urls = ical_urls(client, site_tree_en.pages["calendar"], host, cached=cached)
                assert all(url.startswith(f"http://{host}/") for url in urls)
    finally:
        page_cache().clear()
