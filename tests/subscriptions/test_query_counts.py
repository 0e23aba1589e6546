"""A digest, the feed and the board's counts take a fixed number of queries, whatever the
number of items and subscriptions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from egecms.search.documents import rebuild_documents
from practices.models import PracticePage
from subscriptions.digests import build_digest
from subscriptions.mailing import digest_message
from tests import bulk

from .conftest import confirmed

pytestmark = pytest.mark.django_db


def practices(tree, count, start=0):
    bulk.live_pages(
        tree.pages["cluster"],
        PracticePage,
        [
            {
                "title": f"Bulk practice {number}",
                "slug": f"bulk-practice-{number}",
                "summary": "s",
                "countries": ["PE"],
                "year": 2005,
                "outcome": "adapt",
            }
            for number in range(start, start + count)
        ],
    )
    rebuild_documents()


def queries_of(function):
    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured)


def test_a_digest_and_its_message_take_the_same_queries_for_3_or_60_items(tree):
    subscription = confirmed(filters={"country": ["PE"]})
    practices(tree, 3)
    few = queries_of(lambda: digest_message(build_digest(subscription)))
    assert len(build_digest(subscription).items) == 3
    practices(tree, 57, start=3)
    many = queries_of(lambda: digest_message(build_digest(subscription)))
    assert len(build_digest(subscription).items) == 60
    assert many == few


def test_the_feed_and_the_counts_take_a_fixed_number_of_queries(
    client, provisioned_site, django_assert_max_num_queries
):
    tree = provisioned_site["tree"]
    practices(tree, 40)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("subscriptions:feed", args=["rss"]) + "?country=PE")
    assert response.content.decode().count("<item>") == 30
    client.force_login(provisioned_site["people"]["board"])

    def counts_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("subscriptions_admin:counts")).status_code == 200
        return len(queries)

    confirmed(email="first@example.org", filters={"country": ["PE"]})
    counts_queries()  # what a session's first admin page reads once
    few = counts_queries()
    for number in range(30):
        confirmed(email=f"r{number}@example.org", filters={"country": ["PE", "BR"]})
    # The same queries for 30 more subscribers (the admin's own menus, which the installed
    # apps extend, count in both).
    assert counts_queries() == few
