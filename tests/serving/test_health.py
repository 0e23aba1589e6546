"""/healthz: every service the site needs, without login, never cached, no secrets shown."""

import pytest
from health_check.exceptions import ServiceUnavailable

from tests.search_servers import closed_search_server

CHECKS = {
    "Database(alias='default')",
    "Cache(alias='default')",
    "Storage(alias='default')",
    "Storage(alias='documents')",
    "SearchBackend()",
    "Function(name='worker')",
}


def worker_is_silent():
    """A check another part of the platform registers: a plain function."""
    raise ServiceUnavailable("no worker seen for 5 minutes")


def crashes_with_a_secret():
    raise RuntimeError("redis://:hunter2@queue:6379")


def health(client, **query):
    return client.get("/healthz", query, HTTP_ACCEPT="application/json")


@pytest.mark.django_db
def test_everything_up_answers_200_as_json_never_cached(client):
    response = health(client)
    assert response.status_code == 200
    assert response.json() == dict.fromkeys(CHECKS, "OK")
    assert "no-store" in response["Cache-Control"]
    assert client.get("/healthz?format=text").content.decode().count(": OK") == len(CHECKS)


@pytest.mark.django_db
def test_a_search_server_down_fails_the_check_without_saying_where_it_is(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = closed_search_server("http://elastic:s3cret@127.0.0.1:9")
    response = health(client)
    assert response.status_code == 500
    assert response.json()["SearchBackend()"] == "Unavailable: the search backend does not answer"
    assert response.json()["Database(alias='default')"] == "OK"
    assert (
        "s3cret" not in response.content.decode() and "127.0.0.1" not in response.content.decode()
    )


@pytest.mark.django_db
def test_registered_functions_are_checked_and_their_errors_kept_private(client, settings):
    settings.EGECMS = {
        **settings.EGECMS,
        "HEALTH_CHECK_FUNCTIONS": {
            "worker": "tests.serving.test_health.worker_is_silent",
            "queue": "tests.serving.test_health.crashes_with_a_secret",
        },
    }
    response = health(client)
    assert response.status_code == 500
    result = response.json()
    assert result["Function(name='worker')"] == "Unavailable: no worker seen for 5 minutes"
    assert result["Function(name='queue')"] == "Unknown Error: unknown error"
    assert "hunter2" not in response.content.decode()


@pytest.mark.django_db
def test_the_worker_check_says_when_the_queue_cannot_be_reached(client, settings):
    from egecms.settings.tasks import task_settings

    queued = task_settings(
        {"TASKS_BACKEND": "rq", "TASKS_REDIS_URL": "redis://:hunter2@127.0.0.1:9/0"}
    )
    settings.TASKS, settings.RQ_QUEUES = queued["TASKS"], queued["RQ_QUEUES"]
    response = health(client)
    assert response.status_code == 500
    assert response.json()["Function(name='worker')"].startswith("Unavailable: Redis unreachable")
    assert "hunter2" not in response.content.decode() and ":9" not in response.content.decode()
