"""The bulk builders leave a tree Wagtail can work with: pages served, listed and added to."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from events.models import EventPage
from practices.models import PracticePage
from tests import bulk, factories


@pytest.mark.django_db
def test_bulk_pages_are_live_served_related_and_leave_the_tree_sound(client, site_tree_en):
    cluster = site_tree_en.pages["cluster"]
    idb = site_tree_en.pages["agency_idb"]
    topic = factories.TopicFactory(slug="open-data")
    pages = bulk.live_pages(
        cluster,
        PracticePage,
        [
            {"title": f"Bulk {n}", "slug": f"bulk-{n}", "summary": "S", "year": 2020}
            for n in range(3)
        ],
        agencies=[idb],
        topics=[topic],
    )
    start = timezone.now() + datetime.timedelta(days=3)
    events = bulk.live_events(
        cluster,
        [
            {
                "title": "Weekly",
                "slug": "weekly",
                "summary": "S",
                "start": start,
                "end": start + datetime.timedelta(hours=1),
                "timezone": "UTC",
                "recurrence": "FREQ=WEEKLY;COUNT=4",
            }
        ],
    )
    later = factories.PracticePageFactory(parent=cluster, title="Added the usual way")

    assert all(not problems for problems in Page.find_problems())
    assert Page.objects.get(pk=cluster.pk).numchild == cluster.get_children().count()
    practice = PracticePage.objects.live().get(pk=pages[1].pk)
    assert list(practice.agencies.all()) == [idb] and list(practice.topics.all()) == [topic]
    assert client.get(practice.url).status_code == 200
    assert "Bulk 2" in client.get(site_tree_en.pages["practices"].url).content.decode()
    assert EventPage.objects.get(pk=events[0].pk).occurrences.count() == 4
    assert later.get_parent().pk == cluster.pk and later.path > pages[-1].path
