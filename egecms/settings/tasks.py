"""Background work (Django's tasks API, through django-tasks), chosen by environment variables.

TASKS_BACKEND=immediate   (default) every task runs at once, inside the request that asks for it:
                          ``make run`` needs nothing more.
TASKS_BACKEND=rq          tasks go to an RQ queue on Redis (``TASKS_REDIS_URL``) and a worker
                          (``make worker``) runs them, retrying a failing one
                          ``TASKS_RETRIES`` times, ``TASKS_RETRY_INTERVALS`` seconds apart, then
                          keeping it in RQ's failed-job registry. Install the ``worker`` extra.

Jobs reach the queue only when the database transaction that enqueued them commits (see
:mod:`egecms.background.queues`), so a worker never reads rows that are not committed yet.
"""

from django.core.exceptions import ImproperlyConfigured

IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"
RQ = "django_tasks_rq.RQBackend"
BACKENDS = {"immediate": IMMEDIATE, "rq": RQ}
#: The RQ queue class that defers jobs to the commit and gives each its retries.
QUEUE_CLASS = "egecms.background.queues.CommitAwareQueue"


def _intervals(value):
    try:
        intervals = [int(part) for part in str(value).split(",") if part.strip()]
    except ValueError as error:
        raise ImproperlyConfigured(
            f"TASKS_RETRY_INTERVALS={value!r}: comma-separated seconds, e.g. 10,60,300"
        ) from error
    if any(interval < 0 for interval in intervals):
        raise ImproperlyConfigured(f"TASKS_RETRY_INTERVALS={value!r}: no negative interval")
    return intervals or [0]


def task_settings(environ):
    """The settings of background work for ``environ`` (a mapping of environment variables):
    ``TASKS``, ``RQ_QUEUES``, ``RQ``, ``TASK_RETRIES``, ``TASK_RETRY_INTERVALS`` and the apps
    to install (``TASK_APPS``)."""
    name = environ.get("TASKS_BACKEND", "").strip().lower() or "immediate"
    if name not in BACKENDS:
        raise ImproperlyConfigured(
            f"TASKS_BACKEND={name!r}: choose one of {', '.join(sorted(BACKENDS))}"
        )
    try:
        retries = int(environ.get("TASKS_RETRIES", "3"))
        timeout = int(environ.get("TASKS_JOB_TIMEOUT", "600"))
    except ValueError as error:
        raise ImproperlyConfigured(
            f"TASKS_RETRIES and TASKS_JOB_TIMEOUT are numbers: {error}"
        ) from error
    if retries < 0:
        raise ImproperlyConfigured("TASKS_RETRIES cannot be negative")
    redis_url = environ.get("TASKS_REDIS_URL", "").strip() or "redis://127.0.0.1:6379/2"
    return {
        "TASKS": {"default": {"BACKEND": BACKENDS[name], "QUEUES": ["default"]}},
        # django-rq's queues are declared whatever the backend, so that ``rq`` can be switched
        # on by the environment alone; nothing connects to Redis unless it is used.
        "RQ_QUEUES": {
            "default": {
                "URL": redis_url,
                "DEFAULT_TIMEOUT": timeout,
                "QUEUE_CLASS": QUEUE_CLASS,
            }
        },
        # django-tasks-rq calls RQ's create_job/enqueue_job itself; the queue class above
        # defers them to the commit, so django-rq's own commit handling is not needed.
        "RQ": {"COMMIT_MODE": "auto"},
        "TASK_RETRIES": retries,
        "TASK_RETRY_INTERVALS": _intervals(environ.get("TASKS_RETRY_INTERVALS", "10,60,300")),
        "TASK_APPS": ["django_rq", "django_tasks_rq"] if name == "rq" else [],
    }
