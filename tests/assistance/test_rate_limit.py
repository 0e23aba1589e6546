"""The request form's rate limit is counted in the database, so it holds across app server
processes whatever the cache; these tests check its windows and its exactness when many
submissions arrive at once."""

import threading
import uuid
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.test import RequestFactory
from django.utils import timezone

from assistance.models import RateLimitCounter
from assistance.ratelimit import RateLimit

ON_SQLITE = connection.vendor == "sqlite"


def a_post(address="203.0.113.9"):
    return RequestFactory().post("/", REMOTE_ADDR=address)


@pytest.mark.django_db
def test_an_ended_window_is_reopened_and_the_address_is_not_stored():
    limit = RateLimit(scope="test", limit=1, window=60)
    assert limit.hit(a_post()) is True
    assert limit.hit(a_post()) is False
    counter = RateLimitCounter.objects.get()
    assert "203.0.113.9" not in counter.client
    counter.window_ends = timezone.now() - timedelta(seconds=1)
    counter.save()
    assert not limit.is_exceeded(a_post())
    assert limit.hit(a_post()) is True
    assert RateLimitCounter.objects.get().count == 1


@pytest.mark.django_db
def test_a_new_client_clears_the_counters_of_ended_windows():
    limit = RateLimit(scope="test", limit=1, window=60)
    limit.hit(a_post("198.51.100.1"))
    RateLimitCounter.objects.update(window_ends=timezone.now() - timedelta(seconds=1))
    limit.hit(a_post("198.51.100.2"))
    assert RateLimitCounter.objects.count() == 1


def test_the_count_does_not_use_the_cache(db, settings):
    """Each process's local-memory cache was a counter of its own; a fresh, empty cache (as a
    second gunicorn worker has) must not reset the count."""
    limit = RateLimit(scope="test", limit=2, window=60)
    assert [limit.hit(a_post()), limit.hit(a_post())] == [True, True]
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "x"}
    }
    assert limit.is_exceeded(a_post())
    assert limit.hit(a_post()) is False


def on_own_connection(function):
    """Run ``function`` in a thread of its own, so on a database connection of its own that
    commits for real (outside the test's transaction), then close that connection."""

    def run():
        try:
            function()
        finally:
            connections.close_all()

    return threading.Thread(target=run)


@pytest.mark.skipif(
    ON_SQLITE, reason="SQLite's in-memory test database cannot take writes from many threads"
)
@pytest.mark.django_db
def test_concurrent_submissions_are_accepted_exactly_up_to_the_limit():
    """30 submissions from one address at the same instant, each on its own connection (as
    from as many app server processes). They commit for real, so a unique scope keeps them
    apart and they are deleted at the end — cheaper than a transactional test's flush."""
    limit = RateLimit(scope=f"test-{uuid.uuid4().hex[:12]}", limit=5, window=60)
    submissions = 30
    start = threading.Barrier(submissions)
    accepted = []

    def submit():
        start.wait()
        accepted.append(limit.hit(a_post()))

    threads = [on_own_connection(submit) for _ in range(submissions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stored = []

    def read_and_delete():
        counters = RateLimitCounter.objects.filter(scope=limit.scope)
        stored.extend(counters.values_list("count", flat=True))
        counters.delete()

    cleanup = on_own_connection(read_and_delete)
    cleanup.start()
    cleanup.join()
    assert len(accepted) == submissions
    assert accepted.count(True) == 5
    assert stored == [5]
