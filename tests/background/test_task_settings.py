"""Background work is configured by the environment alone, and its health says what is wrong."""

import socket

import pytest
from django.core.exceptions import ImproperlyConfigured

from egecms.background.health import worker_health
from egecms.settings.tasks import IMMEDIATE, RQ, task_settings


def test_without_variables_tasks_run_inside_the_request_and_nothing_more_is_installed():
    configured = task_settings({})
    assert configured["TASKS"]["default"]["BACKEND"] == IMMEDIATE
    assert configured["TASK_APPS"] == []
    assert configured["TASK_RETRIES"] == 3 and configured["TASK_RETRY_INTERVALS"] == [10, 60, 300]


def test_the_rq_backend_with_its_redis_retries_and_apps():
    configured = task_settings(
        {
            "TASKS_BACKEND": "rq",
            "TASKS_REDIS_URL": "redis://cache.internal:6380/3",
            "TASKS_RETRIES": "5",
            "TASKS_RETRY_INTERVALS": "1, 2",
        }
    )
    assert configured["TASKS"]["default"]["BACKEND"] == RQ
    assert configured["RQ_QUEUES"]["default"]["URL"] == "redis://cache.internal:6380/3"
    assert configured["RQ_QUEUES"]["default"]["QUEUE_CLASS"].endswith("CommitAwareQueue")
    assert configured["TASK_APPS"] == ["django_rq", "django_tasks_rq"]
    assert (configured["TASK_RETRIES"], configured["TASK_RETRY_INTERVALS"]) == (5, [1, 2])


@pytest.mark.parametrize(
    "environ, named",
    [
        ({"TASKS_BACKEND": "celery"}, "TASKS_BACKEND='celery'"),
        ({"TASKS_RETRIES": "many"}, "TASKS_RETRIES"),
        ({"TASKS_RETRIES": "-1"}, "TASKS_RETRIES"),
        ({"TASKS_RETRY_INTERVALS": "10,soon"}, "TASKS_RETRY_INTERVALS='10,soon'"),
    ],
)
def test_a_wrong_value_is_refused_by_name(environ, named):
    with pytest.raises(ImproperlyConfigured, match=named.replace("(", r"\(")):
        task_settings(environ)


def test_with_the_immediate_backend_there_is_no_queue_to_watch():
    health = worker_health()
    assert health.ok and health.backend == "immediate"


def test_an_unreachable_queue_is_unhealthy_and_says_why(settings):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": f"redis://127.0.0.1:{port}/0"}}

    health = worker_health()

    assert not health.ok and not health.reachable
    assert health.problems[0].startswith("Redis unreachable")
