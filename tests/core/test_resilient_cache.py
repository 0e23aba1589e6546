"""A cache outage is a cache miss: Redis at a closed port (nothing listens on port 1)."""

import logging

import pytest
from django.test import RequestFactory

from assistance.ratelimit import RateLimit
from egecms.core.resilient_cache import ResilientRedisCache

UNREACHABLE = {
    "BACKEND": "egecms.core.resilient_cache.ResilientRedisCache",
    "LOCATION": "redis://127.0.0.1:1/9",
    "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
}


@pytest.fixture
def cache_down(settings):
    settings.CACHES = {"default": UNREACHABLE, "pages": UNREACHABLE}
    settings.EGECMS = {**settings.EGECMS, "PAGE_CACHE_SECONDS": 600}


def test_every_operation_answers_as_a_miss_and_the_outage_is_logged_once(caplog):
    cache = ResilientRedisCache(UNREACHABLE["LOCATION"], {"OPTIONS": UNREACHABLE["OPTIONS"]})
    with caplog.at_level(logging.WARNING, logger="egecms.core.resilient_cache"):
        assert cache.get("key", "default") == "default"
        assert cache.get_many(["a", "b"]) == {}
        assert cache.add("key", 1) is False
        assert cache.set("key", 1) is None
        assert cache.get_or_set("key", 7) == 7
        with pytest.raises(ValueError):
            cache.incr("key")
    assert len(caplog.records) == 1
    assert "127.0.0.1" not in caplog.text  # CACHE_URL may carry a password


def test_pages_render_the_form_counts_and_a_publish_succeeds_without_the_cache(
    client, site_tree_en, cache_down, django_capture_on_commit_callbacks
):
    for name in ("practice", "practices", "calendar"):
        response = client.get(site_tree_en.get(name).url)
        assert response.status_code == 200, name
    assert client.get(site_tree_en.topic.url).status_code == 200

    request = RequestFactory().post("/en/request-assistance/", REMOTE_ADDR="203.0.113.7")
    assert RateLimit.for_assistance_requests().hit(request) is True  # fails open

    practice = site_tree_en.get("practice")
    practice.title = "Published while the cache is down"
    with django_capture_on_commit_callbacks(execute=True):
        practice.save_revision().publish()
    assert "Published while the cache is down" in client.get(practice.url).content.decode()
